package org.bmi4j.core.alliance;

/**
 * Whether a ledger entry was really contributed or returned, or is only expected.
 *
 * <p>Spieth et al. name "a win-win situation for all partners" as the critical point of the
 * development phase, before the alliance business model reaches the market; at that time nothing
 * has been returned yet, so a win-win can only be judged on what the partners expect. Keeping
 * expected and realised entries apart, and judging DEVELOPMENT on both and OPERATION on realised
 * entries, is the library's formalisation (SPEC 3.5).
 */
public enum Realisation {
  /** Agreed or forecast but not yet contributed or returned, such as a planned revenue share. */
  EXPECTED,
  /** Really contributed or returned. An entry is realised unless recorded as expected. */
  REALISED
}

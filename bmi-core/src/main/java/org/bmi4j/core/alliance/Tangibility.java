package org.bmi4j.core.alliance;

/**
 * Whether a ledger entry is tangible or intangible.
 *
 * <p>Oskam et al. (2021) ask "what is the financial value of data?": an intangible entry may have
 * no valuation, and the library never guesses one. That a tangible entry always carries a valuation
 * is the library's formalisation.
 */
public enum Tangibility {
  /** Money, goods, equipment: always valued. */
  TANGIBLE,
  /** Data, knowledge, reputation, access: valued only when the partners agree on a figure. */
  INTANGIBLE
}

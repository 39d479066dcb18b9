package org.bmi4j.process.alliance;

/** How the alliance BM is kept apart from the partners' extant BMs [SPIETH]. */
public enum SeparationMode {
  /** An independent project team or in-house unit. */
  DOMAIN,
  /** A separate organisation: a joint venture. */
  ORGANISATIONAL,
  /** Separated in time: the knowledge is reintegrated after the alliance. */
  TEMPORAL
}

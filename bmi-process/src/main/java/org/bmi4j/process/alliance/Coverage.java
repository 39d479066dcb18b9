package org.bmi4j.process.alliance;

/** Who covers a requirement of the business case [SPIETH, concept phase]. */
public enum Coverage {
  /** The focal firm covers it itself. */
  FIRM,
  /** It needs a partner. */
  PARTNER
}

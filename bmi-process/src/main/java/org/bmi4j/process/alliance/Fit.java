package org.bmi4j.process.alliance;

/** An assessment of a partner's fit [SPIETH, foundation phase]. */
public enum Fit {
  /** The partners fit well. */
  GOOD,
  /** The partners fit in part. */
  MODERATE,
  /** The partners fit poorly: a finding the user can act on. */
  POOR
}

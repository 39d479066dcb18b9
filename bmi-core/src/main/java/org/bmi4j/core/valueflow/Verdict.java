package org.bmi4j.core.valueflow;

/**
 * Whether a scenario pays for an actor [e3value user guide chapter 6: "if the net value flow of an
 * actor is positive, the scenario is financially sustainable for this actor"]. The four verdicts
 * and INDETERMINATE's rule are the library's formalisation.
 */
public enum Verdict {
  /** The net value flow is above zero: the scenario pays for the actor. */
  POSITIVE,
  /** The net value flow is exactly zero. */
  BREAK_EVEN,
  /** The net value flow is below zero: the scenario does not pay for the actor. */
  NEGATIVE,
  /**
   * An exchange the actor gives or receives on a dependency path has no valuation: the net is not
   * known, and the library does not guess it; the sheet names the unvalued exchanges.
   */
  INDETERMINATE;

  /** Returns the verdict of a known net: POSITIVE, BREAK_EVEN or NEGATIVE by its sign. */
  static Verdict of(java.math.BigDecimal net) {
    int sign = net.signum();
    return sign > 0 ? POSITIVE : sign < 0 ? NEGATIVE : BREAK_EVEN;
  }
}

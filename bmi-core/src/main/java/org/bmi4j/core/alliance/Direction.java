package org.bmi4j.core.alliance;

/** Whether a ledger entry is something a partner put into the alliance or got out of it. */
public enum Direction {
  /** What a partner puts into the alliance: money, staff, data, know-how [Spieth et al.]. */
  CONTRIBUTION,
  /** What a partner gets out of the alliance: revenue share, knowledge, access [Spieth et al.]. */
  RETURN
}

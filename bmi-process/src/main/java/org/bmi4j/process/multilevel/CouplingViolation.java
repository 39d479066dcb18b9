package org.bmi4j.process.multilevel;

import org.bmi4j.process.ViolationCode;

/** The stable codes of the multi-level process's own rejections. Never renamed or removed. */
public enum CouplingViolation implements ViolationCode {
  /** A partner is proposed to the alliance without a prospective firm process. */
  NO_FIRM_PROCESS,
  /** No firm process is known for the named partner. */
  UNKNOWN_FIRM,
  /** A firm process is already known for the partner. */
  DUPLICATE_FIRM,
  /** A prospective firm process must be in IDENTIFICATION. */
  NOT_IN_IDENTIFICATION,
  /** A prospective partner runs IDENTIFICATION only, until it joins. */
  PROSPECT_BEYOND_IDENTIFICATION,
  /** A current partner's phase changes follow the alliance's; it cannot move on its own. */
  PHASE_FOLLOWS_ALLIANCE
}

package org.bmi4j.process.sst;

import org.bmi4j.process.ViolationCode;

/** The stable codes of the sense-seize-transform cycle's rejections. Never renamed or removed. */
public enum SstViolation implements ViolationCode {
  /**
   * An opportunity, a designed BM, an adoption or a revision would lose one of the organisation's
   * mission value kinds; the message names the lost kinds.
   */
  MISSION_DRIFT,
  /** No opportunity is selected. */
  NO_SELECTED_OPPORTUNITY,
  /** A named opportunity is not in the list. */
  UNKNOWN_OPPORTUNITY,
  /** An opportunity id is used twice. */
  DUPLICATE_OPPORTUNITY,
  /** No BM is designed. */
  NO_DESIGNED_MODEL,
  /** A BM has an empty value function. */
  MODEL_INCOMPLETE,
  /** A named BM is not in the current portfolio. */
  UNKNOWN_MODEL,
  /** Adopting would put two BMs with the same id in the portfolio. */
  DUPLICATE_MODEL,
  /** No production-site ecosystem-level deployment is recorded in this cycle. */
  NO_PRODUCTION_SITE_DEPLOYMENT,
  /** No market-site ecosystem-level deployment is recorded in this cycle. */
  NO_MARKET_SITE_DEPLOYMENT,
  /** A reason, description, capability or actor is blank. */
  BLANK_TEXT
}

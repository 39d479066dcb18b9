package org.bmi4j.process.alliance;

import org.bmi4j.process.ViolationCode;

/** The stable codes of the alliance-level process's rejections. Never renamed or removed. */
public enum AllianceViolation implements ViolationCode {
  /** No business case is recorded. */
  NO_BUSINESS_CASE,
  /** The business case names no requirement that needs a partner. */
  NO_PARTNER_REQUIREMENT,
  /** The business case records no funding decision (alone or shared). */
  NO_FUNDING_DECISION,
  /** The business case is not internally approved. */
  NO_INTERNAL_APPROVAL,
  /** Fewer than two partners are committed. */
  TOO_FEW_COMMITTED_PARTNERS,
  /** A current partner has not committed. */
  PARTNER_NOT_COMMITTED,
  /** No contract is signed. */
  NO_SIGNED_CONTRACT,
  /** The signed contract names another partner set than the current one. */
  CONTRACT_PARTNERS_CHANGED,
  /** No organisational form (joint venture or in-house) is chosen. */
  NO_ORGANISATIONAL_FORM,
  /** The project plan has no milestone. */
  NO_MILESTONE,
  /** A named partner is not a current partner. */
  UNKNOWN_PARTNER,
  /** The partner is already a current partner. */
  DUPLICATE_PARTNER,
  /** A milestone id is used twice. */
  DUPLICATE_MILESTONE,
  /** A named milestone is not in the plan. */
  UNKNOWN_MILESTONE,
  /** A milestone is not done. */
  MILESTONE_OPEN,
  /** The acceptance test has not passed. */
  NO_ACCEPTANCE_TEST,
  /** No alliance business model is recorded, or one of its four value functions is empty. */
  ALLIANCE_MODEL_INCOMPLETE,
  /** An activity of the alliance business model is still performed by a removed partner. */
  REMOVED_PARTNER_PERFORMS,
  /** A ledger entry is valued in another currency than the alliance's ledger. */
  WRONG_CURRENCY,
  /** The ledger shows a partner below its win-win threshold. */
  PARTNER_BELOW_THRESHOLD,
  /** No vision is recorded. */
  NO_VISION,
  /** A vision lacks the partner or buyer it must name. */
  VISION_TARGET_MISSING,
  /** COMPLETE needs a contract with a defined end. */
  NO_CONTRACT_END,
  /** A reason, name or description is blank. */
  BLANK_TEXT
}

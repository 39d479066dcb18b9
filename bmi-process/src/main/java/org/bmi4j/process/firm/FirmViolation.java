package org.bmi4j.process.firm;

import org.bmi4j.process.ViolationCode;

/**
 * Why the firm-level BMI process rejects an event. Codes are stable: never renamed or removed.
 *
 * <p>The exit guards behind these codes are the library's formalisation (operational reading of
 * each phase of [Spieth, Laudien &amp; Meissner]), not the source's; see {@link FirmProcess}.
 */
public enum FirmViolation implements ViolationCode {
  /** Leaving IDENTIFICATION without an enhancement idea. */
  NO_ENHANCEMENT_IDEA,
  /** An enhancement idea with the id of one already identified in this cycle. */
  DUPLICATE_IDEA,
  /** A lesson with the id of one already recorded. */
  DUPLICATE_LESSON,
  /** Leaving CONSOLIDATION without a proposed partner. */
  NO_PROPOSED_PARTNER,
  /** A partner proposal naming the firm itself. */
  PARTNER_IS_FIRM,
  /**
   * Leaving CONSOLIDATION with an intersection that has no complementary resource and no shared
   * customer segment; overlapping offerings are conflicts and do not count.
   */
  NO_SYNERGY,
  /** Leaving CREATION before the alliance business model is operating. */
  ALLIANCE_NOT_OPERATING,
  /** Leaving ADAPTION before the adaption is decided: integrated or non-integration recorded. */
  ADAPTION_UNDECIDED,
  /** A second adaption decision in the same cycle. */
  ALREADY_DECIDED,
  /** An adaption whose new model has another id than the extant model. */
  MODEL_ID_CHANGED,
  /** An adaption whose new model's version is not the extant version plus one. */
  VERSION_NOT_NEXT,
  /** An adaption whose new model does not differ from the extant model in any element. */
  MODEL_UNCHANGED,
  /** An adaption naming no lesson. */
  NO_LESSON,
  /** An adaption naming a lesson that was never recorded. */
  UNKNOWN_LESSON,
  /** A fall-back or non-integration without a reason. */
  BLANK_REASON
}

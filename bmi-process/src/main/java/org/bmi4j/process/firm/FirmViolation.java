package org.bmi4j.process.firm;

import java.util.List;
import org.bmi4j.process.ViolationCode;

/**
 * Why the firm-level BMI process rejects an event. Codes are stable: never renamed or removed.
 *
 * <p>The exit guards behind these codes are the library's formalisation (operational reading of
 * each phase of [Spieth, Laudien &amp; Meissner]), not the source's; see {@link FirmProcess}.
 */
public enum FirmViolation implements ViolationCode {
  /** Leaving IDENTIFICATION without an enhancement idea. */
  NO_ENHANCEMENT_IDEA(
      "IDENTIFICATION needs at least one enhancement idea before CONSOLIDATION;"
          + " add one with AddEnhancementIdea"),
  /** An enhancement idea with the id of one already identified in this cycle. */
  DUPLICATE_IDEA("enhancement idea '%s' is identified already; give a new idea a new id", "idea"),
  /** A lesson with the id of one already recorded. */
  DUPLICATE_LESSON("lesson '%s' is recorded already; give a new lesson a new id", "lesson"),
  /** Leaving CONSOLIDATION without a proposed partner. */
  NO_PROPOSED_PARTNER(
      "CONSOLIDATION needs a proposed partner before CREATION; propose one with"
          + " ProposePartnerModel"),
  /** A withdrawal naming a partner that is not proposed. */
  UNKNOWN_PROPOSED_PARTNER(
      "'%s' is not a proposed partner of the firm; name one of %s", "partner", "proposed"),
  /** A partner proposal naming the firm itself. */
  PARTNER_IS_FIRM("the proposed partner '%s' is the firm itself; propose another firm", "partner"),
  /**
   * Leaving CONSOLIDATION with an intersection, with one of the proposed partners, that has no
   * complementary resource and no shared customer segment; overlapping offerings are conflicts and
   * do not count. Reported once per such partner, with the partner as subject; the message names
   * what was compared ({@link org.bmi4j.core.analysis.BusinessModelIntersection#compared()}).
   */
  NO_SYNERGY(
      "the business models '%s' and '%s' have no complementary resource and no shared"
          + " customer segment (compared: %s); CONSOLIDATION needs synergy with each proposed"
          + " partner, so withdraw '%s' or propose a partner whose model complements the firm's"
          + " or shares a customer segment with it",
      "model", "partnerModel", "compared", "partner"),
  /** Leaving CREATION before the alliance business model is operating. */
  ALLIANCE_NOT_OPERATING(
      "CREATION ends when the alliance business model is operating; record it"
          + " with RecordAllianceOperating"),
  /** Leaving ADAPTION before the adaption is decided: integrated or non-integration recorded. */
  ADAPTION_UNDECIDED(
      "ADAPTION ends when the extant model is adapted (AdaptExtantModel) or the"
          + " non-integration is recorded (RecordNonIntegration)"),
  /** A second adaption decision in the same cycle. */
  ALREADY_DECIDED(
      "the adaption of this cycle is decided already (%s); one decision per cycle, so"
          + " advance to the next cycle to decide again",
      "decision"),
  /** An adaption whose new model has another id than the extant model. */
  MODEL_ID_CHANGED(
      "the next version must keep the extant model's id '%s', was '%s'", "extantId", "id"),
  /** An adaption whose new model's version is not the extant version plus one. */
  VERSION_NOT_NEXT(
      "the next version of '%s' must be version %s (extant version %s plus one), was" + " %s",
      "model", "expectedVersion", "extantVersion", "version"),
  /** An adaption whose new model does not differ from the extant model in any element. */
  MODEL_UNCHANGED(
      "the next version of '%s' differs from the extant model in no element; record a"
          + " non-integration instead",
      "model"),
  /** An adaption naming no lesson. */
  NO_LESSON("an adaption is built from at least one lesson; name the lessons' ids"),
  /** An adaption naming a lesson that was never recorded. */
  UNKNOWN_LESSON("lesson '%s' was never recorded; record it with RecordLesson first", "lesson"),
  /**
   * Revising the extant business model outside ADAPTION: until then it stays unchanged, since the
   * innovation happens on the alliance level only (test balloon) and the alliance BM becomes a role
   * model for the extant BM in ADAPTION [SPIETH].
   */
  EXTANT_MODEL_FROZEN(
      "the extant business model '%s' stays unchanged until ADAPTION, and the firm is in %s:"
          + " innovation happens on the alliance level first (test balloon); adapt the extant"
          + " model with AdaptExtantModel once the firm has reached ADAPTION",
      "model", "phase"),
  /** A fall-back, withdrawal or non-integration without a reason. */
  BLANK_REASON("a %s needs a non-blank reason, such as %s", "event", "example");

  private final String sentence;
  private final List<String> valueNames;

  FirmViolation(String sentence, String... valueNames) {
    this.sentence = sentence;
    this.valueNames = List.of(valueNames);
  }

  /**
   * Returns the names of the values this code's messages carry, one per {@code %s} of its sentence,
   * in order; listed in {@code docs/codes.md}.
   */
  @Override
  public List<String> valueNames() {
    return valueNames;
  }

  /**
   * Returns the sentence template of this code's messages: literal text with {@code %s} where the
   * message names what is wrong, where (idea, lesson, model, phase) and what would be right; each
   * code's template is its own.
   */
  @Override
  public String sentence() {
    return sentence;
  }
}

package org.bmi4j.process.sst;

import org.bmi4j.process.ViolationCode;

/** The stable codes of the sense-seize-transform cycle's rejections. Never renamed or removed. */
public enum SstViolation implements ViolationCode {
  /**
   * An opportunity, a designed BM, an adoption or a revision would lose one of the organisation's
   * mission value kinds; the message names the lost kinds.
   */
  MISSION_DRIFT("%s loses mission value kinds %s (mission drift); %s every mission value kind %s"),
  /** No opportunity is selected. */
  NO_SELECTED_OPPORTUNITY(
      "no opportunity is selected; select one carrying every mission value" + " kind %s"),
  /** A named opportunity is not in the list. */
  UNKNOWN_OPPORTUNITY("opportunity '%s' is not identified; identify it before selecting it"),
  /** An opportunity id is used twice. */
  DUPLICATE_OPPORTUNITY("opportunity '%s' is already identified; give the new one its own id"),
  /** No BM is designed. */
  NO_DESIGNED_MODEL(
      "no BM is designed; design the BM exploiting the opportunity with DesignModel"
          + " before adopting it"),
  /** A BM has an empty value function. */
  MODEL_INCOMPLETE("%s '%s' has empty value functions %s; fill all four value functions"),
  /** A named BM is not in the current portfolio. */
  UNKNOWN_MODEL("'%s' is not a BM of the current portfolio %s; %s"),
  /** Adopting would put two BMs with the same id in the portfolio. */
  DUPLICATE_MODEL(
      "a current BM is already called '%s'; replace it or give the designed BM" + " another id"),
  /** No production-site ecosystem-level deployment is recorded in TRANSFORMING of this cycle. */
  NO_PRODUCTION_SITE_DEPLOYMENT(
      "no ECOSYSTEM-level deployment at the PRODUCTION site is recorded"
          + " in TRANSFORMING of cycle %s; record one, such as production capabilities of the whole site for scale"),
  /** No market-site ecosystem-level deployment is recorded in TRANSFORMING of this cycle. */
  NO_MARKET_SITE_DEPLOYMENT(
      "no ECOSYSTEM-level deployment at the MARKET site is recorded in"
          + " TRANSFORMING of cycle %s; record one, such as direct customer relationships"),
  /** A revised BM equals the current BM it revises (library formalisation). */
  MODEL_UNCHANGED(
      "the revision of BM '%s' equals the current BM; revise what changed, or record nothing"),
  /**
   * A revised BM's version is not the current BM's plus one, as every revision of an extant BM
   * raises it by exactly one (library formalisation, as on the firm level).
   */
  BAD_REVISION_VERSION(
      "the revision of BM '%s' has version %s but the current BM has version %s; a revision"
          + " raises the version by exactly one, to %s"),
  /** A reason, description, capability or actor is blank. */
  BLANK_TEXT("%s in %s is blank; the cycle keeps only non-blank texts, so write one");

  private final String sentence;

  SstViolation(String sentence) {
    this.sentence = sentence;
  }

  /**
   * Returns the sentence template of this code's messages: literal text with {@code %s} where the
   * message names what is wrong, where (opportunity, BM, stage, event) and what would be right;
   * each code's template is its own.
   */
  @Override
  public String sentence() {
    return sentence;
  }
}

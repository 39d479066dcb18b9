package org.bmi4j.process.sst;

import java.util.List;
import org.bmi4j.process.ViolationCode;

/** The stable codes of the sense-seize-transform cycle's rejections. Never renamed or removed. */
public enum SstViolation implements ViolationCode {
  /**
   * An opportunity, a designed BM, an adoption, a revision or the portfolio would lose one of the
   * organisation's mission value kinds. The message says the subject "lacks" a kind it never
   * carried and "loses" one it carried (in the opportunity before its revision, the BM revised or
   * replaced, the offering of the same id there, or the portfolio). The violation carries the named
   * values {@code lost} and {@code lacking} (each an {@code ImmutableSet<ValueKind>}, possibly
   * empty), and, naming where, {@code opportunity}, {@code model} or, for a drift at an offering
   * ({@link DriftPolicy#OFFERING}), {@code model} and {@code offering} (each a {@code String} id);
   * a drift of the portfolio as a whole names no place.
   */
  MISSION_DRIFT(
      "%s %s (mission drift); %s every mission value kind %s",
      "doing", "drift", "remedy", "missions"),
  /** No opportunity is selected. */
  NO_SELECTED_OPPORTUNITY(
      "no opportunity is selected; select one carrying every mission value" + " kind %s",
      "missions"),
  /** A named opportunity is not in the list. */
  UNKNOWN_OPPORTUNITY(
      "opportunity '%s' is not identified; identify it with IdentifyOpportunity, then %s",
      "opportunity", "then"),
  /** An opportunity id is used twice. */
  DUPLICATE_OPPORTUNITY(
      "opportunity '%s' is already identified; give the new one its own id, or change the"
          + " identified one with ReviseOpportunity",
      "opportunity"),
  /** A revised opportunity equals the one it revises (library formalisation). */
  OPPORTUNITY_UNCHANGED(
      "the revision of opportunity '%s' equals the identified one; revise its description or"
          + " value kinds, or record nothing",
      "opportunity"),
  /**
   * A designed, adopted or revised BM is not the organisation's own: its owners do not include the
   * organisation running the cycle (library formalisation: a cycle innovates its own BM).
   */
  NOT_OWN_MODEL(
      "BM '%s' is owned by %s, not by '%s', the organisation running the cycle; add '%s' to its"
          + " owners, or design a BM of the organisation's own",
      "model", "owners", "organisation", "organisation"),
  /** A deployment or challenge names a catalogue entry the cycle's catalogue does not hold. */
  UNKNOWN_CATALOGUE_ENTRY(
      "catalogue entry '%s' named by %s is not in the cycle's catalogue; start the cycle with a"
          + " catalogue holding it, or name no entry",
      "entry", "deployment"),
  /**
   * A deployment names a catalogue entry of another level than it records (library formalisation: a
   * deployment must fit what it claims).
   */
  DEPLOYMENT_LEVEL_MISMATCH(
      "catalogue entry '%s' belongs to level %s, but the deployment records level %s; record it at"
          + " level %s, or name no entry for a deployment of your own",
      "entry", "entryLevel", "level", "entryLevel"),
  /** No BM is designed. */
  NO_DESIGNED_MODEL(
      "no BM is designed; design the BM exploiting the opportunity with DesignModel"
          + " before adopting it"),
  /** A BM has an empty value function. */
  MODEL_INCOMPLETE(
      "%s '%s' has empty value functions %s; fill all four value functions",
      "kind", "model", "emptyFunctions"),
  /** A named BM is not in the current portfolio. */
  UNKNOWN_MODEL("'%s' is not a BM of the current portfolio %s; %s", "model", "portfolio", "then"),
  /** Adopting would put two BMs with the same id in the portfolio. */
  DUPLICATE_MODEL(
      "a current BM is already called '%s'; replace it or give the designed BM" + " another id",
      "model"),
  /** No production-site ecosystem-level deployment is recorded in TRANSFORMING of this cycle. */
  NO_PRODUCTION_SITE_DEPLOYMENT(
      "no ECOSYSTEM-level deployment at the PRODUCTION site is recorded"
          + " in TRANSFORMING of cycle %s; record one, such as production capabilities of the whole site for scale",
      "cycle"),
  /** No market-site ecosystem-level deployment is recorded in TRANSFORMING of this cycle. */
  NO_MARKET_SITE_DEPLOYMENT(
      "no ECOSYSTEM-level deployment at the MARKET site is recorded in"
          + " TRANSFORMING of cycle %s; record one, such as direct customer relationships",
      "cycle"),
  /** A revised BM equals the current BM it revises (library formalisation). */
  MODEL_UNCHANGED(
      "the revision of BM '%s' equals the current BM; revise what changed, or record nothing",
      "model"),
  /**
   * A revised BM's version is not the current BM's plus one, as every revision of an extant BM
   * raises it by exactly one (library formalisation, as on the firm level).
   */
  BAD_REVISION_VERSION(
      "the revision of BM '%s' has version %s but the current BM has version %s; a revision"
          + " raises the version by exactly one, to %s",
      "model", "version", "currentVersion", "expectedVersion"),
  /** A reason, description, capability or actor is blank. */
  BLANK_TEXT(
      "%s in %s is blank; the cycle keeps only non-blank texts, so write one", "field", "event");

  private final String sentence;
  private final List<String> valueNames;

  SstViolation(String sentence, String... valueNames) {
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
   * message names what is wrong, where (opportunity, BM, stage, event) and what would be right;
   * each code's template is its own.
   */
  @Override
  public String sentence() {
    return sentence;
  }
}

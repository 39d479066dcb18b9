package org.bmi4j.core.valueflow;

/**
 * The stable code of a problem of a market scenario. Constants are never renamed or removed;
 * applications may store and switch on them.
 */
public enum ScenarioProblemCode {
  /** An id of the scenario does not follow the model's id pattern. */
  BAD_SCENARIO_ID(
      "the %s id '%s' is not a valid id; use 1 to 64 lower-case letters, digits, '.', '_' or '-',"
          + " starting with a letter or digit"),
  /** Two needs, or two or-splits of one need, share an id. */
  DUPLICATE_SCENARIO_ID("the %s id '%s' is used already, at %s; give each %s its own id"),
  /** A reference names no actor of the scenario's business model. */
  UNKNOWN_SCENARIO_ACTOR(
      "the %s is '%s', which is not an actor of business model '%s'; known actors: %s"),
  /** A reference names no exchange of the scenario's business model. */
  UNKNOWN_EXCHANGE(
      "the %s is '%s', which is not an exchange of business model '%s'; known exchanges: %s"),
  /** An occurrence count or a number of times is below zero. */
  NEGATIVE_COUNT("the %s is %s; a count of occurrences is zero or more"),
  /** A price, valuation, expense or investment is below zero. */
  NEGATIVE_MONEY("the %s is %s; an amount of money in a scenario is zero or more"),
  /** An amount is in another currency than the scenario's. */
  CURRENCY_MIX(
      "the %s is in %s, but the scenario counts in %s; convert it to %s first, since the library"
          + " uses no exchange rate"),
  /** An or-split has no branch. */
  EMPTY_OR_SPLIT("or-split '%s' has no branch; give it two or more branches with their ratios"),
  /** A ratio of an or-split lies outside 0 to 1. */
  RATIO_OUT_OF_RANGE("the ratio of branch %s of or-split '%s' is %s; a ratio lies from 0 to 1"),
  /** The ratios of an or-split do not sum to exactly 1. */
  RATIOS_NOT_ONE(
      "the ratios of or-split '%s' sum to %s; each occurrence takes exactly one branch, so they"
          + " must sum to 1"),
  /** An exchange is valued twice. */
  DUPLICATE_VALUATION("exchange '%s' is valued already, at %s; keep one valuation per exchange"),
  /** A variable expense names an exchange its actor neither gives nor receives. */
  NOT_A_PARTY(
      "the variable expense '%s' of actor '%s' is on exchange '%s', which goes from '%s' to '%s';"
          + " a variable expense belongs to one of the two"),
  /** A market segment is sized twice, or sized below one member. */
  BAD_SEGMENT_SIZE("market segment '%s' has size %s%s; a segment is sized once, at 1 or more"),
  /** A count, ratio or size lies outside the library's numeric domain. */
  OUT_OF_DOMAIN(
      "the %s is %s; a figure of a scenario has at most 30 digits before and 30 after the decimal"
          + " point"),
  /** An exchange's occurrences times an amount on it would grow beyond what a sheet can sum. */
  TOTAL_TOO_LARGE(
      "the count of exchange '%s' in the period is %s, and %s of %s on it comes to %s; keep every"
          + " total below 10^24 so that the sheets can sum them"),
  /** A description is blank. */
  BLANK_DESCRIPTION("the description of %s is blank; say what the amount is for");

  private final String sentence;

  ScenarioProblemCode(String sentence) {
    this.sentence = sentence;
  }

  /**
   * Returns the sentence template of this code's messages: literal text with {@code %s} where the
   * message names what is wrong, where, and the values involved; each code's template is its own.
   *
   * @return the sentence template of this code's messages
   */
  public String sentence() {
    return sentence;
  }
}

package org.bmi4j.core.valueflow;

import java.util.List;
import org.bmi4j.core.model.MessageCode;

/**
 * The stable code of a problem of a market scenario. Constants are never renamed or removed;
 * applications may store and switch on them.
 */
public enum ScenarioProblemCode implements MessageCode {
  /** An id of the scenario does not follow the model's id pattern. */
  BAD_SCENARIO_ID(
      "the %s id '%s' is not a valid id; use 1 to 64 lower-case letters, digits, '.', '_' or '-',"
          + " starting with a letter or digit",
      "element", "id"),
  /** Two needs, or two or-splits of one need, share an id. */
  DUPLICATE_SCENARIO_ID(
      "the %s id '%s' is used already, at %s; give each %s its own id",
      "element", "id", "first", "each"),
  /** A reference names no actor of the scenario's business model. */
  UNKNOWN_SCENARIO_ACTOR(
      "the %s is '%s', which is not an actor of business model '%s'; known actors: %s",
      "reference", "actor", "model", "knownActors"),
  /** A reference names no exchange of the scenario's business model. */
  UNKNOWN_EXCHANGE(
      "the %s is '%s', which is not an exchange of business model '%s'; known exchanges: %s",
      "reference", "exchange", "model", "knownExchanges"),
  /** An occurrence count or a number of times is below zero. */
  NEGATIVE_COUNT("the %s is %s; a count of occurrences is zero or more", "figure", "count"),
  /** A price, valuation, expense or investment is below zero. */
  NEGATIVE_MONEY(
      "the %s is %s; an amount of money in a scenario is zero or more", "figure", "amount"),
  /** An amount is in another currency than the scenario's. */
  CURRENCY_MIX(
      "the %s is in %s, but the scenario counts in %s; convert it to %s first, since the library"
          + " uses no exchange rate",
      "figure", "currency", "scenarioCurrency", "scenarioCurrency"),
  /** An or-split has no branch. */
  EMPTY_OR_SPLIT(
      "or-split '%s' has no branch; give it two or more branches with their ratios", "orSplit"),
  /** A ratio of an or-split lies outside 0 to 1. */
  RATIO_OUT_OF_RANGE(
      "the ratio of branch %s of or-split '%s' is %s; a ratio lies from 0 to 1",
      "branch", "orSplit", "ratio"),
  /** The ratios of an or-split do not sum to exactly 1. */
  RATIOS_NOT_ONE(
      "the ratios of or-split '%s' sum to %s; each occurrence takes exactly one branch, so they"
          + " must sum to 1",
      "orSplit", "sum"),
  /** An exchange is valued twice. */
  DUPLICATE_VALUATION(
      "exchange '%s' is valued already, at %s; keep one valuation per exchange",
      "exchange", "first"),
  /** A variable expense names an exchange its actor neither gives nor receives. */
  NOT_A_PARTY(
      "the variable expense '%s' of actor '%s' is on exchange '%s', which goes from '%s' to '%s';"
          + " a variable expense belongs to one of the two",
      "expense", "actor", "exchange", "provider", "recipient"),
  /** A market segment is sized twice, or sized below one member. */
  BAD_SEGMENT_SIZE(
      "market segment '%s' has size %s%s; a segment is sized once, at 1 or more",
      "segment", "size", "repetition"),
  /** A count, ratio or size lies outside the library's numeric domain. */
  OUT_OF_DOMAIN(
      "the %s is %s; a figure of a scenario has at most 30 digits before and 30 after the decimal"
          + " point",
      "figure", "value"),
  /** An exchange's occurrences times an amount on it would grow beyond what a sheet can sum. */
  TOTAL_TOO_LARGE(
      "the count of exchange '%s' in the period is %s, and %s of %s on it comes to %s; keep every"
          + " total below 10^24 so that the sheets can sum them",
      "exchange", "count", "what", "unit", "total"),
  /** A description is blank. */
  BLANK_DESCRIPTION("the description of %s is blank; say what the amount is for", "item");

  private final String sentence;
  private final List<String> valueNames;

  ScenarioProblemCode(String sentence, String... valueNames) {
    this.sentence = sentence;
    this.valueNames = List.of(valueNames);
  }

  /**
   * Returns the names of the values this code's messages carry, one per {@code %s} of its sentence,
   * in order; listed in {@code docs/codes.md}.
   *
   * @return the names of the values this code's messages carry, in sentence order
   */
  @Override
  public List<String> valueNames() {
    return valueNames;
  }

  /**
   * Returns the sentence template of this code's messages: literal text with {@code %s} where the
   * message names what is wrong, where, and the values involved; each code's template is its own.
   *
   * @return the sentence template of this code's messages
   */
  @Override
  public String sentence() {
    return sentence;
  }
}

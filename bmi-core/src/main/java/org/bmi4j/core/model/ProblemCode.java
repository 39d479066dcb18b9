package org.bmi4j.core.model;

import java.util.List;

/**
 * The stable code of an integrity problem. Constants are never renamed or removed; applications may
 * store and switch on them.
 */
public enum ProblemCode implements MessageCode {
  /** An id does not follow {@link Ids#PATTERN}. */
  BAD_ID(
      "%s id '%s' does not match "
          + Ids.PATTERN.pattern()
          + " (lower-case letters, digits, '.', '_', '-'; 1 to 64 characters, starting with a letter"
          + " or digit)",
      "element",
      "id"),
  /** A name or other required text is blank. */
  BLANK_TEXT("%s is blank; give a non-blank text", "field"),
  /** Two elements of the same kind share an id. */
  DUPLICATE_ID(
      "%s id '%s' is used already, at %s; give each %s its own id",
      "element", "id", "first", "element"),
  /** The model's version is below 1. */
  BAD_VERSION("the model's version is %s; versions count from 1", "version"),
  /** A reference names no actor of the model. */
  UNKNOWN_ACTOR(
      "the %s is '%s', which is not an actor of the model; known actors: %s",
      "reference", "actor", "knownActors"),
  /** A reference names no offering of the model's value proposition. */
  UNKNOWN_OFFERING(
      "exchange '%s' passes offering '%s', which is not an offering of the value proposition; known"
          + " offerings: %s",
      "exchange", "offering", "knownOfferings"),
  /** A reference names no resource of the model's value creation. */
  UNKNOWN_RESOURCE(
      "activity '%s' uses resource '%s', which is not a resource of value creation; known"
          + " resources: %s",
      "activity", "resource", "knownResources"),
  /** A reference names no activity of the model's content. */
  UNKNOWN_ACTIVITY(
      "the %s is '%s', which is not an activity of the model; known activities: %s",
      "reference", "activity", "knownActivities"),
  /** An exchange goes from an actor to itself. */
  SELF_EXCHANGE(
      "exchange '%s' goes from actor '%s' to itself; an exchange needs two different actors",
      "exchange", "actor"),
  /** A structure link connects an activity to itself. */
  SELF_LINK(
      "the link from activity '%s' leads back to it; a link connects two different activities",
      "activity"),
  /** Two structure links have the same source, target and flow. */
  DUPLICATE_LINK(
      "the link from activity '%s' to '%s' carrying %s is listed already, at %s; keep one",
      "upstream", "downstream", "flow", "first"),
  /** An activity names neither its performer nor its governance mode. */
  UNGOVERNED_ACTIVITY(
      "activity '%s' has no governance; name its performer and mode in the activity", "activity"),
  /**
   * A format-1 document governs an activity twice; since format 2 an activity declares its
   * governance once, so only reading an old document finds this.
   */
  DUPLICATE_GOVERNANCE(
      "activity '%s' is governed already, by %s; an activity has exactly one governance"
          + " assignment, so merge the two",
      "activity", "first"),
  /**
   * An activity names its performer but not its mode, or its mode but not its performer (library
   * formalisation: governance is a performer under a mode, so one without the other is half a
   * declaration).
   */
  INCOMPLETE_GOVERNANCE(
      "activity '%s' names its %s but not its %s; governance names both the performer and the"
          + " mode",
      "activity", "named", "missing"),
  /** An activity names its performer as supervisor or co-performer. */
  PERFORMER_REPEATED(
      "actor '%s' is both performer and %s of activity '%s'; name it once, as performer",
      "actor", "role", "activity"),
  /** A contract term is zero or negative. */
  BAD_CONTRACT_TERM(
      "the contract term of activity '%s' is %s; a term is positive, such as P10Y",
      "activity", "term"),
  /** A revenue or cost amount is negative. */
  NEGATIVE_AMOUNT("the amount of %s is %s; an amount is zero or more", "item", "amount"),
  /** A value share lies outside 0 to 1. */
  SHARE_OUT_OF_RANGE(
      "value share '%s' is %s; a share is a fraction from 0 to 1", "share", "fraction"),
  /** An exchange names an intermediary but does not go through a third party. */
  INTERMEDIARY_WITHOUT_THIRD_PARTY(
      "exchange '%s' names intermediary '%s' but goes through channel %s; only a THIRD_PARTY"
          + " exchange has an intermediary, so set the channel to THIRD_PARTY or drop the"
          + " intermediary",
      "exchange", "intermediary", "channel"),
  /** An exchange names its giver or its recipient as its intermediary. */
  INTERMEDIARY_IS_PARTY(
      "actor '%s' is both the %s and the intermediary of exchange '%s'; an intermediary stands"
          + " between giver and recipient, so name another actor or drop it",
      "actor", "party", "exchange"),
  /** An actor lists its main role again among its other roles. */
  ROLE_REPEATED(
      "actor '%s' has %s as its main role and again among its other roles; name it once, as the"
          + " main role",
      "actor", "role"),
  /** An actor is its own parent, directly or through a chain of parents. */
  PARENT_CYCLE(
      "actor '%s' is its own parent through %s; a subsidiary or unit has a parent above it, never"
          + " itself, so break the chain",
      "actor", "chain"),
  /**
   * A value share in range has more digits than the numeric domain allows (library formalisation).
   */
  SHARE_TOO_PRECISE(
      "value share '%s' is %s, outside the numeric domain of at most 30 digits on each side of"
          + " the decimal point; give the fraction with at most 30 digits, such as 0.25",
      "share", "fraction");

  private final String sentence;
  private final List<String> valueNames;

  ProblemCode(String sentence, String... valueNames) {
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

package org.bmi4j.core.model;

/**
 * The stable code of an integrity problem. Constants are never renamed or removed; applications
 * may store and switch on them.
 */
public enum ProblemCode {
  /** An id does not follow {@link Ids#PATTERN}. */
  BAD_ID,
  /** A name or other required text is blank. */
  BLANK_TEXT,
  /** Two elements of the same kind share an id. */
  DUPLICATE_ID,
  /** The model's version is below 1. */
  BAD_VERSION,
  /** A reference names no actor of the model. */
  UNKNOWN_ACTOR,
  /** A reference names no offering of the model's value proposition. */
  UNKNOWN_OFFERING,
  /** A reference names no resource of the model's value creation. */
  UNKNOWN_RESOURCE,
  /** A reference names no activity of the model's content. */
  UNKNOWN_ACTIVITY,
  /** An exchange goes from an actor to itself. */
  SELF_EXCHANGE,
  /** A structure link connects an activity to itself. */
  SELF_LINK,
  /** Two structure links have the same source, target and flow. */
  DUPLICATE_LINK,
  /** An activity has no governance assignment. */
  UNGOVERNED_ACTIVITY,
  /** An activity has more than one governance assignment. */
  DUPLICATE_GOVERNANCE,
  /** A governance assignment names its performer as supervisor or co-performer. */
  PERFORMER_REPEATED,
  /** A contract term is zero or negative. */
  BAD_CONTRACT_TERM,
  /** A revenue or cost amount is negative. */
  NEGATIVE_AMOUNT,
  /** A value share lies outside 0 to 1. */
  SHARE_OUT_OF_RANGE
}

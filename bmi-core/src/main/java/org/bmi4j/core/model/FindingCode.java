package org.bmi4j.core.model;

import java.util.List;

/** The stable code of a coherence finding. Constants are never renamed or removed. */
public enum FindingCode implements MessageCode {
  /** An offering that no exchange delivers. */
  UNDELIVERED_OFFERING(
      "offering '%s' is delivered by no exchange; add an exchange passing it to its beneficiaries",
      "offering"),
  /**
   * An exchange to an actor that does not own the model, with no reciprocal revenue or value flow
   * back to the giver (economic reciprocity, as in e3value) and no third party funding it: see
   * {@link Reciprocity} for the cases that hold.
   */
  NO_RECIPROCAL_FLOW(
      "exchange '%s' gives to %s '%s', who pays no revenue stream and gives nothing back to '%s',"
          + " and no donation, grant, investment or value share funds it; add the reciprocal"
          + " revenue stream or exchange, or the funding",
      "exchange", "role", "recipient", "provider"),
  /**
   * A mission value kind that no offering or value share delivers: mission drift [De Silva et al.
   * 2019]. An offering delivers only with a beneficiary, a value share only above zero (library
   * formalisation).
   */
  MISSION_NOT_DELIVERED(
      "mission value kind %s is delivered by no offering or value share (mission"
          + " drift); deliver it through an offering or value share, or drop it from the missions",
      "mission"),
  /**
   * A value kind of an actor's own mission (a partner's, a platform operator's) that nothing in the
   * model delivers, by the same delivery rule as {@link #MISSION_NOT_DELIVERED} (library
   * formalisation).
   */
  ACTOR_MISSION_NOT_DELIVERED(
      "actor '%s' has mission value kind %s, which no offering or value share of the model"
          + " delivers; deliver it, or record why the actor takes part without it",
      "actor", "mission");

  private final String sentence;
  private final List<String> valueNames;

  FindingCode(String sentence, String... valueNames) {
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
   * message names what was found, where, and the values involved; each code's template is its own.
   *
   * @return the sentence template of this code's messages
   */
  @Override
  public String sentence() {
    return sentence;
  }
}

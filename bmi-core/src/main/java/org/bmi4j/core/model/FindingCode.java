package org.bmi4j.core.model;

/** The stable code of a coherence finding. Constants are never renamed or removed. */
public enum FindingCode {
  /** An offering that no exchange delivers. */
  UNDELIVERED_OFFERING(
      "offering '%s' is delivered by no exchange; add an exchange passing it to its beneficiaries"),
  /**
   * An exchange to a customer segment with no reciprocal revenue or value flow back to the giver
   * (economic reciprocity, as in e3value).
   */
  NO_RECIPROCAL_FLOW(
      "exchange '%s' gives to customer '%s', who pays no revenue stream and gives"
          + " nothing back to '%s'; add the reciprocal revenue stream or exchange"),
  /**
   * A mission value kind that no offering or value share delivers: mission drift [De Silva et al.
   * 2019].
   */
  MISSION_NOT_DELIVERED(
      "mission value kind %s is delivered by no offering or value share (mission"
          + " drift); deliver it through an offering or value share, or drop it from the missions");

  private final String sentence;

  FindingCode(String sentence) {
    this.sentence = sentence;
  }

  /**
   * Returns the sentence template of this code's messages: literal text with {@code %s} where the
   * message names what was found, where, and the values involved; each code's template is its own.
   */
  public String sentence() {
    return sentence;
  }
}

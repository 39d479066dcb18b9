package org.bmi4j.core.model;

/**
 * The stable code of a coherence finding. Constants are never renamed or removed.
 */
public enum FindingCode {
  /** An offering that no exchange delivers. */
  UNDELIVERED_OFFERING,
  /**
   * An exchange to a customer segment with no reciprocal revenue or value flow back to the giver
   * (economic reciprocity, as in e3value).
   */
  NO_RECIPROCAL_FLOW,
  /**
   * A mission value kind that no offering or value share delivers: mission drift [De Silva et al.
   * 2019].
   */
  MISSION_NOT_DELIVERED
}

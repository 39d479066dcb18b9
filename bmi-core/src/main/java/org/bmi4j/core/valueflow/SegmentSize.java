package org.bmi4j.core.valueflow;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The number of actors in a market segment [e3value user guide 2.2, 5.3: "market segments have a
 * size property that indicates the number of actors in the segment"]. The segment's needs occur
 * that many times as often, and its sheet also shows the net per member.
 *
 * <p>The scenario checks that the actor is one of the model's, listed once, and the size is 1 or
 * more; this record only refuses nulls.
 *
 * @param actor the id of the actor standing for the segment
 * @param size how many actors the segment holds
 */
public record SegmentSize(String actor, long size) {
  /**
   * @param actor the id of the actor standing for the segment
   * @param size how many actors the segment holds
   * @throws NullPointerException if {@code actor} is null
   */
  public SegmentSize {
    checkNotNull(actor, "actor");
  }

  /**
   * Returns the size of the given segment.
   *
   * @param actor the id of the actor standing for the segment
   * @param size the number of members of the segment
   * @return the size of the given segment
   */
  public static SegmentSize of(String actor, long size) {
    return new SegmentSize(actor, size);
  }

  /**
   * Returns a copy with the given id of the actor standing for the segment, every other part
   * unchanged.
   *
   * @param actor the id of the actor standing for the segment
   * @return a copy with the given id of the actor standing for the segment
   */
  public SegmentSize withActor(String actor) {
    return new SegmentSize(actor, size);
  }

  /**
   * Returns a copy with the given size, every other part unchanged.
   *
   * @param size the size
   * @return a copy with the given size
   */
  public SegmentSize withSize(long size) {
    return new SegmentSize(actor, size);
  }
}

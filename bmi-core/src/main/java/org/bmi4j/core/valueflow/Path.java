package org.bmi4j.core.valueflow;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A dependency path [e3value: Gordijn &amp; Akkermans 2003; user guide 4.3-4.5]: what one
 * occurrence of a customer need (or of an or-branch) triggers. Every exchange in {@link
 * #triggers()} occurs (an and-fork: all of them, user guide 4.4), and every or-split in {@link
 * #orSplits()} sends the occurrence down exactly one of its branches, in the proportions of its
 * ratios (user guide 4.5, 5.4).
 *
 * <p>A path is a tree, so it has no cycles (the guide requires dependency graphs to be acyclic). An
 * or-join, where branches meet again, is written by repeating the shared exchanges in each branch:
 * the occurrences add up the same way (library formalisation).
 *
 * @param triggers the exchanges every occurrence triggers, in order
 * @param orSplits the or-splits every occurrence passes through, in order
 */
public record Path(List<Trigger> triggers, List<OrSplit> orSplits) {
  /**
   * Copies the lists.
   *
   * @param triggers the exchanges every occurrence triggers, in order
   * @param orSplits the or-splits every occurrence passes through, in order
   * @throws NullPointerException if a list or one of its elements is null
   */
  public Path {
    triggers = ImmutableList.copyOf(checkNotNull(triggers, "triggers"));
    orSplits = ImmutableList.copyOf(checkNotNull(orSplits, "orSplits"));
  }

  /**
   * Returns the path that triggers each of the given exchanges once per occurrence.
   *
   * @param exchanges the ids of the exchanges, in order
   * @return the path that triggers each of the given exchanges once per occurrence
   */
  public static Path of(String... exchanges) {
    ImmutableList.Builder<Trigger> triggers = ImmutableList.builder();
    for (String exchange : exchanges) {
      triggers.add(Trigger.of(exchange));
    }
    return new Path(triggers.build(), List.of());
  }

  /**
   * Returns the path with these triggers and or-splits.
   *
   * @param triggers the exchanges triggered, in order
   * @param orSplits the or-splits, in order
   * @return the path with these triggers and or-splits
   */
  public static Path of(List<Trigger> triggers, List<OrSplit> orSplits) {
    return new Path(triggers, orSplits);
  }

  /**
   * Returns this path with an or-split added.
   *
   * @param orSplit the or-split to add after the existing ones
   * @return this path with an or-split added
   */
  public Path with(OrSplit orSplit) {
    return new Path(
        triggers, ImmutableList.<OrSplit>builder().addAll(orSplits).add(orSplit).build());
  }
}

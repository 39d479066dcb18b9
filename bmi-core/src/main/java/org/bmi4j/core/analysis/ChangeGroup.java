package org.bmi4j.core.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.bmi4j.core.internal.Sentences;

/**
 * One change a reader counts in a {@link BusinessModelDiff}: the differing elements of one unit,
 * such as an activity added with its value-creating mark, governance and outgoing links (library
 * formalisation; see {@link BusinessModelDiff}).
 *
 * @param unit the key of the unit's head: the activity for an activity's parts, the element itself
 *     otherwise
 * @param added whether the unit is only in the later model
 * @param removed whether the unit is only in the earlier model
 * @param parts the unit's differing elements, in the diff's order; at least one
 */
public record ChangeGroup(
    ElementKey unit, boolean added, boolean removed, ImmutableList<ElementChange> parts) {
  /**
   * @param unit the key of the unit's head: the activity for an activity's parts, the element
   *     itself otherwise
   * @param parts the unit's differing elements, in the diff's order; at least one
   * @param added whether the unit is only in the later model
   * @param removed whether the unit is only in the earlier model
   * @throws NullPointerException if a component or a part is null
   * @throws IllegalArgumentException if there is no part, or the unit is both added and removed
   */
  public ChangeGroup {
    checkNotNull(unit, "unit");
    parts = ImmutableList.copyOf(checkNotNull(parts, "parts"));
    checkArgument(!parts.isEmpty(), "a change group of %s needs at least one part", unit);
    checkArgument(!(added && removed), "a change group of %s cannot be added and removed", unit);
  }

  /**
   * Copies the given collections, of any kind, into immutable ones.
   *
   * @param unit the key of the unit's head: the activity for an activity's parts, the element
   *     itself otherwise
   * @param parts the unit's differing elements, in the diff's order; at least one
   * @param added whether the unit is only in the later model
   * @param removed whether the unit is only in the earlier model
   * @throws NullPointerException if a component or a part is null
   * @throws IllegalArgumentException if there is no part, or the unit is both added and removed
   */
  public ChangeGroup(
      ElementKey unit, boolean added, boolean removed, List<? extends ElementChange> parts) {
    this(unit, added, removed, ImmutableList.copyOf(parts));
  }

  /**
   * Returns whether the unit is in both models and some of its elements differ.
   *
   * @return whether the unit is in both models and some of its elements differ
   */
  public boolean isChanged() {
    return !added && !removed;
  }

  /**
   * Returns a short description for logs: the unit, whether added or removed, and how many parts.
   */
  @Override
  public String toString() {
    return "ChangeGroup["
        + unit
        + (added ? " added" : removed ? " removed" : " changed")
        + ", "
        + Sentences.count(parts.size(), "part")
        + "]";
  }
}

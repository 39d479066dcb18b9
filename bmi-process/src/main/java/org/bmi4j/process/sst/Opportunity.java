package org.bmi4j.process.sst;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.Collection;
import org.bmi4j.core.model.Ids;
import org.bmi4j.core.model.ValueKind;

/**
 * An opportunity sensed by the organisation [DESILVA, sensing].
 *
 * @param id its id, matching {@link Ids#PATTERN} like every other id, unique among the cycle's
 *     opportunities
 * @param description what the opportunity is
 * @param valueKinds the kinds of value it carries, in declaration order
 * @param selected whether it is selected to be seized
 */
public record Opportunity(
    String id, String description, ImmutableSet<ValueKind> valueKinds, boolean selected) {
  /**
   * @param selected whether it is selected to be seized
   * @param id its id, matching {@link Ids#PATTERN} like every other id, unique among the cycle's
   *     opportunities
   * @param description what the opportunity is
   * @param valueKinds the kinds of value it carries, in declaration order
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the id does not match {@link Ids#PATTERN}
   */
  public Opportunity {
    checkId(id);
    checkNotNull(description, "description");
    valueKinds = Sets.immutableEnumSet(checkNotNull(valueKinds, "valueKinds"));
  }

  /**
   * An opportunity whose value kinds come in any collection, copied.
   *
   * @param id its id, matching {@link Ids#PATTERN}, unique among the cycle's opportunities
   * @param description what the opportunity is
   * @param valueKinds the kinds of value it carries
   * @param selected whether it is selected to be seized
   * @throws NullPointerException if an argument or value kind is null
   * @throws IllegalArgumentException if the id does not match {@link Ids#PATTERN}
   */
  public Opportunity(
      String id, String description, Collection<ValueKind> valueKinds, boolean selected) {
    this(id, description, Sets.immutableEnumSet(checkNotNull(valueKinds, "valueKinds")), selected);
  }

  /** Checks an opportunity id like every other id. */
  static void checkId(String id) {
    checkNotNull(id, "id");
    checkArgument(
        Ids.isValid(id), "opportunity id must match %s, was '%s'", Ids.PATTERN.pattern(), id);
  }

  /** Returns this opportunity, selected or not. */
  Opportunity withSelected(boolean value) {
    return new Opportunity(id, description, valueKinds, value);
  }
}

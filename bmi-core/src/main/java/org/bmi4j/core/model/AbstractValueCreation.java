package org.bmi4j.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.immutables.value.Value;

/**
 * The value creation function: how the value is generated, through which activities and resources
 * [De Silva et al. 2019]. It is empty while it names neither an activity nor a resource.
 */
@Value.Immutable
@JsonSerialize(as = ValueCreation.class)
@JsonDeserialize(as = ValueCreation.class)
abstract class AbstractValueCreation {
  /**
   * The ids of the value-creating activities (of the model's content), in insertion order.
   *
   * @return the ids of the value-creating activities (of the model's content), in insertion order
   */
  public abstract ImmutableSet<String> activities();

  /**
   * The resources, in insertion order.
   *
   * @return the resources, in insertion order
   */
  public abstract ImmutableList<Resource> resources();

  /**
   * Returns whether the function names no activity and no resource.
   *
   * @return whether the function names no activity and no resource
   */
  @JsonIgnore
  public boolean isEmpty() {
    return activities().isEmpty() && resources().isEmpty();
  }
}

package org.bmi4j.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * The value creation function's resources: how the value is generated, through which resources [De
 * Silva et al. 2019]. The activities that belong to the function say so themselves ({@link
 * Activity#valueCreating()}); {@link BusinessModel#valueCreatingActivities()} lists them.
 *
 * <p>Create one with {@code ValueCreation.of(resources)} (any collection, copied; issue 15), or
 * with {@code ValueCreation.builder()} for the optional parts; {@code with...} methods change one
 * part.
 */
@Value.Immutable
@JsonSerialize(as = ValueCreation.class)
@JsonDeserialize(as = ValueCreation.class)
abstract class AbstractValueCreation {
  /**
   * The resources, in insertion order.
   *
   * @return the resources, in insertion order
   */
  @Value.Parameter
  public abstract ImmutableList<Resource> resources();

  /**
   * Returns whether the function names no resource; the model's value creation function is empty
   * when, besides, none of its activities is {@link Activity#valueCreating() value-creating}.
   *
   * @return whether the function names no resource
   */
  @JsonIgnore
  public boolean isEmpty() {
    return resources().isEmpty();
  }
}

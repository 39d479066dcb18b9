package org.bmi4j.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * The value proposition function: what value the model offers, and for whom [De Silva et al. 2019,
 * after Richardson 2008]. It is empty while it has no offering.
 *
 * <p>Create one with {@code ValueProposition.of(offerings)} (any collection, copied; issue 15), or
 * with {@code ValueProposition.builder()} for the optional parts; {@code with...} methods change
 * one part.
 */
@Value.Immutable
@JsonSerialize(as = ValueProposition.class)
@JsonDeserialize(as = ValueProposition.class)
abstract class AbstractValueProposition {
  /**
   * The offerings, in insertion order.
   *
   * @return the offerings, in insertion order
   */
  @Value.Parameter
  public abstract ImmutableList<Offering> offerings();

  /**
   * Returns whether the function holds no offering.
   *
   * @return whether the function holds no offering
   */
  @JsonIgnore
  public boolean isEmpty() {
    return offerings().isEmpty();
  }
}

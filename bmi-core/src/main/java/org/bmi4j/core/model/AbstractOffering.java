package org.bmi4j.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSet;
import org.immutables.value.Value;

/**
 * A product or service of the value proposition: what value, for whom [De Silva et al. 2019].
 *
 * <p>Its beneficiaries are actor ids of the same model.
 *
 * <p>Create one with {@code Offering.of(id, name, valueKinds, beneficiaries)} (any collection,
 * copied; issue 15), or with {@code Offering.builder()} for the optional parts; {@code with...}
 * methods change one part.
 */
@Value.Immutable
@JsonSerialize(as = Offering.class)
@JsonDeserialize(as = Offering.class)
abstract class AbstractOffering {
  /**
   * The offering's id, unique among the model's offerings.
   *
   * @return the offering's id, unique among the model's offerings
   */
  @Value.Parameter
  public abstract String id();

  /**
   * A human-readable name.
   *
   * @return a human-readable name
   */
  @Value.Parameter
  public abstract String name();

  /**
   * The kinds of value the offering delivers, in declaration order.
   *
   * @return the kinds of value the offering delivers, in declaration order
   */
  @Value.Parameter
  public abstract ImmutableSet<ValueKind> valueKinds();

  /**
   * The ids of the actors the offering is for: customer segments, beneficiaries.
   *
   * @return the ids of the actors the offering is for
   */
  @Value.Parameter
  public abstract ImmutableSet<String> beneficiaries();
}

package org.bmi4j.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * The value exchange function: how created value reaches stakeholders, that is delivery [De Silva
 * et al. 2019]. It is empty while it has no exchange.
 *
 * <p>Create one with {@code ValueExchange.of(exchanges)} (any collection, copied; issue 15), or
 * with {@code ValueExchange.builder()} for the optional parts; {@code with...} methods change one
 * part.
 */
@Value.Immutable
@JsonSerialize(as = ValueExchange.class)
@JsonDeserialize(as = ValueExchange.class)
abstract class AbstractValueExchange {
  /**
   * The exchanges, in insertion order.
   *
   * @return the exchanges, in insertion order
   */
  @Value.Parameter
  public abstract ImmutableList<Exchange> exchanges();

  /**
   * Returns whether the function holds no exchange.
   *
   * @return whether the function holds no exchange
   */
  @JsonIgnore
  public boolean isEmpty() {
    return exchanges().isEmpty();
  }
}

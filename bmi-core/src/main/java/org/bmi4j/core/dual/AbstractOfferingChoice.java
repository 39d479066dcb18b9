package org.bmi4j.core.dual;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * The co-developing customer's recorded choice for an offering of the collaboration-based model:
 * {@link CustomerChoice#EXCLUSIVE} keeps it there, {@link CustomerChoice#SHARED} moves it to the
 * market-based model [Andreassen &amp; Andersson].
 */
@Value.Immutable
@JsonSerialize(as = OfferingChoice.class)
@JsonDeserialize(as = OfferingChoice.class)
abstract class AbstractOfferingChoice {
  /**
   * The id of the offering, in the collaboration-based model when the choice is made.
   *
   * @return the id of the offering, in the collaboration-based model when the choice is made
   */
  @Value.Parameter
  public abstract String offering();

  /**
   * The actor id of the customer who co-developed it and chose.
   *
   * @return the actor id of the customer who co-developed it and chose
   */
  @Value.Parameter
  public abstract String customer();

  /**
   * The customer's choice.
   *
   * @return the customer's choice
   */
  @Value.Parameter
  public abstract CustomerChoice choice();
}

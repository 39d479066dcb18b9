package org.bmi4j.core.valueflow;

import static com.google.common.base.Preconditions.checkNotNull;

import org.bmi4j.core.model.Money;

/**
 * An investment of an actor, paid outside the network [e3value user guide 5.10: "each actor may
 * have an investment that will be subtracted from its revenue when computing its net cash flow in a
 * market scenario"; unlike expenses it is made only in the initial scenario of a time series].
 *
 * @param actor the id of the actor investing
 * @param description what it is for
 * @param amount the amount, 0 or more
 */
public record Investment(String actor, String description, Money amount) {
  /**
   * @param actor the id of the actor investing
   * @param description what it is for
   * @param amount the amount, 0 or more
   * @throws NullPointerException if a component is null
   */
  public Investment {
    checkNotNull(actor, "actor");
    checkNotNull(description, "description");
    checkNotNull(amount, "amount");
  }

  /**
   * Returns the investment of an actor.
   *
   * @param actor the id of the actor investing
   * @param description what it is for
   * @param amount the amount, 0 or more
   * @return the investment of an actor
   */
  public static Investment of(String actor, String description, Money amount) {
    return new Investment(actor, description, amount);
  }

  /**
   * Returns a copy with the given id of the investing actor, every other part unchanged.
   *
   * @param actor the id of the investing actor
   * @return a copy with the given id of the investing actor
   */
  public Investment withActor(String actor) {
    return new Investment(actor, description, amount);
  }

  /**
   * Returns a copy with the given description, every other part unchanged.
   *
   * @param description the description
   * @return a copy with the given description
   */
  public Investment withDescription(String description) {
    return new Investment(actor, description, amount);
  }

  /**
   * Returns a copy with the given amount, every other part unchanged.
   *
   * @param amount the amount
   * @return a copy with the given amount
   */
  public Investment withAmount(Money amount) {
    return new Investment(actor, description, amount);
  }
}

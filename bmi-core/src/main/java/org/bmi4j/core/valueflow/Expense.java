package org.bmi4j.core.valueflow;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.bmi4j.core.model.Money;

/**
 * An expense of an actor that the model does not show as a value transfer [e3value user guide 5.9:
 * "we distinguish fixed expenses from variable expenses"], paid outside the network.
 *
 * <ul>
 *   <li>{@link Fixed}: once per contract period, whatever the volume.
 *   <li>{@link Variable}: per occurrence of one exchange the actor takes part in (in e3value, an
 *       expense of the actor's port on that transfer).
 * </ul>
 *
 * <p>In JSON the variant is named by a {@code "type"} property: {@code "fixed"} or {@code
 * "variable"}. The scenario checks actors, exchanges, amounts and currencies.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Expense.Fixed.class, name = "fixed"),
  @JsonSubTypes.Type(value = Expense.Variable.class, name = "variable")
})
public sealed interface Expense {
  /**
   * Returns the id of the actor paying.
   *
   * @return the id of the actor paying
   */
  String actor();

  /**
   * Returns what the expense is for, in words.
   *
   * @return what the expense is for, in words
   */
  String description();

  /**
   * Returns a fixed expense per period.
   *
   * @param actor the id of the actor paying
   * @param description what it is for
   * @param perPeriod the amount per period, 0 or more
   * @return a fixed expense per period
   */
  static Expense fixed(String actor, String description, Money perPeriod) {
    return new Fixed(actor, description, perPeriod);
  }

  /**
   * Returns a variable expense per occurrence of an exchange.
   *
   * @param actor the id of the actor paying
   * @param exchange the id of the exchange
   * @param description what it is for
   * @param perOccurrence the amount per occurrence, 0 or more
   * @return a variable expense per occurrence of an exchange
   */
  static Expense variable(String actor, String exchange, String description, Money perOccurrence) {
    return new Variable(actor, exchange, description, perOccurrence);
  }

  /**
   * A fixed expense: paid once per contract period.
   *
   * @param actor the id of the actor paying
   * @param description what it is for
   * @param perPeriod the amount per period, 0 or more
   */
  record Fixed(String actor, String description, Money perPeriod) implements Expense {
    /**
     * @param actor the id of the actor paying
     * @param description what it is for
     * @param perPeriod the amount per period, 0 or more
     * @throws NullPointerException if a component is null
     */
    public Fixed {
      checkNotNull(actor, "actor");
      checkNotNull(description, "description");
      checkNotNull(perPeriod, "perPeriod");
    }
  }

  /**
   * A variable expense: paid per occurrence of an exchange its actor gives or receives.
   *
   * @param actor the id of the actor paying
   * @param exchange the id of the exchange
   * @param description what it is for
   * @param perOccurrence the amount per occurrence, 0 or more
   */
  record Variable(String actor, String exchange, String description, Money perOccurrence)
      implements Expense {
    /**
     * @param actor the id of the actor paying
     * @param exchange the id of the exchange
     * @param description what it is for
     * @param perOccurrence the amount per occurrence, 0 or more
     * @throws NullPointerException if a component is null
     */
    public Variable {
      checkNotNull(actor, "actor");
      checkNotNull(exchange, "exchange");
      checkNotNull(description, "description");
      checkNotNull(perOccurrence, "perOccurrence");
    }
  }
}

package org.bmi4j.core.valueflow;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Optional;
import org.bmi4j.core.model.Money;

/**
 * What one occurrence of a value transfer is worth [e3value user guide 5.8: "each value transfer
 * has a monetary value for the actors involved in a transfer"].
 *
 * <ul>
 *   <li>{@link Price}: a money transfer (user guide 5.8.1: "if I give you f10, then you receive
 *       f10"): the giver's net falls and the receiver's rises by the price.
 *   <li>{@link Worth}: a non-money transfer, which "may have a different value for different
 *       actors" (user guide 5.8.2): for the receiver the increase in utility, for the giver the
 *       cost of giving it. Each side counts only where the scenario values it; a side left empty is
 *       left out of that actor's sheet, never guessed (library formalisation).
 * </ul>
 *
 * <p>An exchange on a dependency path with no valuation at all is unvalued: its giver's and
 * receiver's verdicts are {@link Verdict#INDETERMINATE}. In JSON the variant is named by a {@code
 * "type"} property: {@code "price"} or {@code "worth"}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Valuation.Price.class, name = "price"),
  @JsonSubTypes.Type(value = Valuation.Worth.class, name = "worth")
})
public sealed interface Valuation {
  /**
   * Returns the id of the exchange valued.
   *
   * @return the id of the exchange valued
   */
  String exchange();

  /**
   * Returns the valuation of a money transfer: the amount paid per occurrence.
   *
   * @param exchange the id of the exchange
   * @param price the amount paid per occurrence, 0 or more
   * @return the valuation of a money transfer
   */
  static Valuation price(String exchange, Money price) {
    return new Price(exchange, price);
  }

  /**
   * Returns the valuation of a non-money transfer for its receiver only (its utility); the giver's
   * side is left out.
   *
   * @param exchange the id of the exchange
   * @param toReceiver what one occurrence is worth to the receiver (its utility)
   * @return the valuation of a non-money transfer for its receiver only (its utility)
   */
  static Valuation worthToReceiver(String exchange, Money toReceiver) {
    return new Worth(exchange, Optional.of(toReceiver), Optional.empty());
  }

  /**
   * Returns the valuation of a non-money transfer that the scenario values for neither side: the
   * exchange counts in no actor's net, and is not unvalued.
   *
   * @param exchange the id of the exchange
   * @return the valuation of a non-money transfer that the scenario values for neither side
   */
  static Valuation nonMoney(String exchange) {
    return new Worth(exchange, Optional.empty(), Optional.empty());
  }

  /**
   * A money transfer and its amount per occurrence.
   *
   * @param exchange the id of the exchange
   * @param price the amount paid per occurrence, 0 or more
   */
  record Price(String exchange, Money price) implements Valuation {
    /**
     * @param exchange the id of the exchange
     * @param price the amount paid per occurrence, 0 or more
     * @throws NullPointerException if a component is null
     */
    public Price {
      checkNotNull(exchange, "exchange");
      checkNotNull(price, "price");
    }
  }

  /**
   * A non-money transfer, valued per side where the scenario values it.
   *
   * @param exchange the id of the exchange
   * @param toReceiver what one occurrence is worth to the receiver (its utility), if valued
   * @param toGiver what one occurrence costs the giver, if valued
   */
  record Worth(String exchange, Optional<Money> toReceiver, Optional<Money> toGiver)
      implements Valuation {
    /**
     * @param exchange the id of the exchange
     * @param toReceiver what one occurrence is worth to the receiver (its utility), if valued
     * @param toGiver what one occurrence costs the giver, if valued
     * @throws NullPointerException if a component is null
     */
    public Worth {
      checkNotNull(exchange, "exchange");
      checkNotNull(toReceiver, "toReceiver");
      checkNotNull(toGiver, "toGiver");
    }
  }
}

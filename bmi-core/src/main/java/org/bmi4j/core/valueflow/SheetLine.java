package org.bmi4j.core.valueflow;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.Optional;
import org.bmi4j.core.model.Money;

/**
 * One value transfer on an actor's net value flow sheet [e3value user guide 6.2: for each transfer
 * "the number of occurrences of the transfer in this market scenario, the valuation of the
 * transfer, and the total value of the occurrences being counted"].
 *
 * @param exchange the id of the model's exchange
 * @param direction IN when the actor receives, OUT when it gives
 * @param counterpart the id of the actor on the other end
 * @param object what is transferred: the offering's id or the item's name (e3value's value object)
 * @param occurrences how often the transfer occurs in the period, exact
 * @param status whether the transfer is valued for this actor
 * @param valuation the value of one occurrence for this actor, when {@link Status#VALUED}
 * @param total occurrences &times; valuation, positive IN and negative OUT, when valued
 */
public record SheetLine(
    String exchange,
    Direction direction,
    String counterpart,
    String object,
    BigDecimal occurrences,
    Status status,
    Optional<Money> valuation,
    Optional<Money> total) {

  /**
   * @param exchange the id of the model's exchange
   * @param direction IN when the actor receives, OUT when it gives
   * @param counterpart the id of the actor on the other end
   * @param object what is transferred: the offering's id or the item's name (e3value's value
   *     object)
   * @param occurrences how often the transfer occurs in the period, exact
   * @param status whether the transfer is valued for this actor
   * @param valuation the value of one occurrence for this actor, when {@link Status#VALUED}
   * @param total occurrences &times; valuation, positive IN and negative OUT, when valued
   * @throws NullPointerException if a component is null
   */
  public SheetLine {
    checkNotNull(exchange, "exchange");
    checkNotNull(direction, "direction");
    checkNotNull(counterpart, "counterpart");
    checkNotNull(object, "object");
    checkNotNull(occurrences, "occurrences");
    checkNotNull(status, "status");
    checkNotNull(valuation, "valuation");
    checkNotNull(total, "total");
  }

  /** Whether the actor receives or gives on a transfer (e3value's in-port and out-port). */
  public enum Direction {
    /** The actor receives the value object. */
    IN,
    /** The actor gives the value object. */
    OUT
  }

  /** Whether a transfer is counted in the actor's net (library formalisation). */
  public enum Status {
    /** Valued for this actor: a price, or a worth for this side. */
    VALUED,
    /** A non-money transfer the scenario does not value for this side: counts nothing. */
    LEFT_OUT,
    /** No valuation at all: the actor's net is not known. */
    UNVALUED
  }
}

package org.bmi4j.core.valueflow;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;

/**
 * One exchange a dependency path triggers, and how many times per occurrence of the path: a value
 * transfer on the path [e3value: Gordijn &amp; Akkermans 2003; user guide 4.3], with e3value's
 * same-object bundling (user guide 5.6: "in 50% of which they buy food three times") as {@code
 * times}.
 *
 * <p>The scenario checks that the exchange is one of the model's and that {@code times} is 0 or
 * more; this record only refuses nulls.
 *
 * @param exchange the id of the model's exchange
 * @param times how often it occurs per occurrence of the path, usually 1
 */
public record Trigger(String exchange, BigDecimal times) {
  /**
   * @param exchange the id of the model's exchange
   * @param times how often it occurs per occurrence of the path, usually 1
   * @throws NullPointerException if a component is null
   */
  public Trigger {
    checkNotNull(exchange, "exchange");
    checkNotNull(times, "times");
  }

  /**
   * Returns the exchange triggered once per occurrence.
   *
   * @param exchange the id of the exchange
   * @return the exchange triggered once per occurrence
   */
  public static Trigger of(String exchange) {
    return new Trigger(exchange, BigDecimal.ONE);
  }

  /**
   * Returns the exchange triggered {@code times} times per occurrence.
   *
   * @param exchange the id of the exchange
   * @param times how many times per occurrence
   * @return the exchange triggered {@code times} times per occurrence
   */
  public static Trigger of(String exchange, long times) {
    return new Trigger(exchange, BigDecimal.valueOf(times));
  }
}

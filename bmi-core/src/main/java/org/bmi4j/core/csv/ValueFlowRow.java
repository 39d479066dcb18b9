package org.bmi4j.core.csv;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One line of a net value flow sheet as a CSV row: {@link BmiCsv#VALUE_FLOW}. Amounts are rounded
 * half-even to the currency's minor unit; occurrences are exact. Costs are written as negative
 * totals, since they are subtracted; the NET row carries the actor's verdict as its status.
 *
 * @param scenario the scenario's id
 * @param actor the actor's id
 * @param actorName the actor's name
 * @param line TRANSFER, FIXED_EXPENSE, VARIABLE_EXPENSE, INVESTMENT or NET
 * @param exchange the exchange's id, or empty
 * @param direction IN or OUT for a transfer, or empty
 * @param counterpart the actor on the other end of a transfer, or empty
 * @param object the value object of a transfer, or the description of a cost
 * @param occurrences how often it occurs in the period, or empty for NET
 * @param status VALUED, LEFT_OUT or UNVALUED for a transfer; the verdict for NET; else empty
 * @param valuation the amount per occurrence, or empty
 * @param total the signed total (the net for NET), or empty when not valued
 * @param currency the currency code
 */
public record ValueFlowRow(
    String scenario,
    String actor,
    String actorName,
    String line,
    String exchange,
    String direction,
    String counterpart,
    String object,
    String occurrences,
    String status,
    String valuation,
    String total,
    String currency) {
  /**
   * @param currency the currency code
   * @param occurrences how often it occurs in the period, or empty for NET
   * @param status VALUED, LEFT_OUT or UNVALUED for a transfer; the verdict for NET; else empty
   * @param total the signed total (the net for NET), or empty when not valued
   * @param valuation the amount per occurrence, or empty
   * @param scenario the scenario's id
   * @param actor the actor's id
   * @param actorName the actor's name
   * @param line TRANSFER, FIXED_EXPENSE, VARIABLE_EXPENSE, INVESTMENT or NET
   * @param exchange the exchange's id, or empty
   * @param direction IN or OUT for a transfer, or empty
   * @param counterpart the actor on the other end of a transfer, or empty
   * @param object the value object of a transfer, or the description of a cost
   * @throws NullPointerException if a component is null
   */
  public ValueFlowRow {
    checkNotNull(scenario, "scenario");
    checkNotNull(actor, "actor");
    checkNotNull(actorName, "actorName");
    checkNotNull(line, "line");
    checkNotNull(exchange, "exchange");
    checkNotNull(direction, "direction");
    checkNotNull(counterpart, "counterpart");
    checkNotNull(object, "object");
    checkNotNull(occurrences, "occurrences");
    checkNotNull(status, "status");
    checkNotNull(valuation, "valuation");
    checkNotNull(total, "total");
    checkNotNull(currency, "currency");
  }
}

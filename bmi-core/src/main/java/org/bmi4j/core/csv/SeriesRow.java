package org.bmi4j.core.csv;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One period of one actor's time series as a CSV row: {@link BmiCsv#TIME_SERIES}. Amounts are
 * rounded half-even to the currency's minor unit.
 *
 * @param actor the actor's id
 * @param period the period, from 0
 * @param net the period's net
 * @param discounted the period's net discounted to period 0
 * @param cumulativeDiscounted the sum of the discounted nets up to this period
 * @param currency the currency code
 */
public record SeriesRow(
    String actor,
    int period,
    String net,
    String discounted,
    String cumulativeDiscounted,
    String currency) {
  /**
   * @param period the period, from 0
   * @param actor the actor's id
   * @param net the period's net
   * @param discounted the period's net discounted to period 0
   * @param cumulativeDiscounted the sum of the discounted nets up to this period
   * @param currency the currency code
   * @throws NullPointerException if a component is null
   */
  public SeriesRow {
    checkNotNull(actor, "actor");
    checkNotNull(net, "net");
    checkNotNull(discounted, "discounted");
    checkNotNull(cumulativeDiscounted, "cumulativeDiscounted");
    checkNotNull(currency, "currency");
  }
}

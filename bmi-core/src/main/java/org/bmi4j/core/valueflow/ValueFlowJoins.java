package org.bmi4j.core.valueflow;

import static com.google.common.base.Preconditions.checkNotNull;

import org.bmi4j.core.dual.PriceComparison;
import org.bmi4j.core.model.Money;

/**
 * Joins net value flow to the rest of bmi4j (library formalisation): a scenario supplies the
 * volumes of a dual business model's price comparison.
 */
public final class ValueFlowJoins {
  private ValueFlowJoins() {}

  /**
   * Returns the price comparison of a dual business model [Andreassen &amp; Andersson; the
   * comparison is the library's formalisation, see {@link PriceComparison}] whose volumes come from
   * scenarios: the exclusive volume Ve is how often {@code exclusiveExchange} occurs in the
   * collaboration-based scenario, the market volume Vm how often {@code marketExchange} occurs in
   * the market-based one (one occurrence per unit, such as a kilogram delivered).
   *
   * @param reservationPrice R, the most the co-developer pays per unit for exclusivity
   * @param exclusiveUnitCost ce, the cost per unit under exclusivity
   * @param exclusive the collaboration-based model's net value flow
   * @param exclusiveExchange the exchange delivering the offering to the co-developer
   * @param marketPrice M, the market price per unit if shared
   * @param marketUnitCost cm, the cost per unit at market scale
   * @param market the market-based model's net value flow
   * @param marketExchange the exchange delivering the offering to the market
   * @throws IllegalArgumentException if an exchange is not in its scenario's model, or as {@link
   *     PriceComparison#of}
   * @throws NullPointerException if an argument is null
   */
  public static PriceComparison priceComparison(
      Money reservationPrice,
      Money exclusiveUnitCost,
      NetValueFlow exclusive,
      String exclusiveExchange,
      Money marketPrice,
      Money marketUnitCost,
      NetValueFlow market,
      String marketExchange) {
    checkNotNull(exclusive, "exclusive");
    checkNotNull(market, "market");
    return PriceComparison.of(
        reservationPrice,
        exclusive.occurrences(checkNotNull(exclusiveExchange, "exclusiveExchange")),
        exclusiveUnitCost,
        marketPrice,
        market.occurrences(checkNotNull(marketExchange, "marketExchange")),
        marketUnitCost);
  }
}

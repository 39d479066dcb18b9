package org.bmi4j.core.valueflow;

import static org.bmi4j.core.valueflow.Shops.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.bmi4j.core.dual.PriceComparison;
import org.junit.jupiter.api.Test;

class ValueFlowJoinsTests {
  @Test
  void takesThePriceComparisonsVolumesFromTheScenarios() {
    NetValueFlow exclusive =
        NetValueFlow.of(
            Shops.scenario()
                .addNeed(Need.of("refill", "locals", "100", Path.of("sell")))
                .addValuation(Valuation.nonMoney("sell"))
                .build());
    NetValueFlow market =
        NetValueFlow.of(
            Shops.scenario()
                .addNeed(Need.of("refill", "locals", "40", Path.of("sell", "deliver")))
                .addSegmentSize(SegmentSize.of("locals", 25))
                .build());

    PriceComparison prices =
        ValueFlowJoins.priceComparison(
            eur("40"), eur("18"), exclusive, "sell", eur("28"), eur("15"), market, "deliver");

    assertEquals(new BigDecimal("100"), prices.exclusiveVolume());
    assertEquals(new BigDecimal("1000"), prices.marketVolume());
    // (28 - 15) x 1,000 - (40 - 18) x 100 = 13,000 - 2,200 = 10,800
    assertEquals(0, new BigDecimal("10800").compareTo(prices.difference().amount()));
  }
}

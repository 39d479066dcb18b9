package org.bmi4j.core.valueflow;

import static org.bmi4j.core.valueflow.Shops.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Hand-computed time series, naive and discounted net present values. */
class TimeSeriesTests {
  // e3value user guide table 7.1 in the shop's terms: an investment of 1,000 in period 0, then
  // 500 revenue less 100 expenses in periods 1 to 3
  private static Scenario period(String id, String refills, boolean invest) {
    Scenario.Builder builder =
        Shops.scenario()
            .id(id)
            .addNeed(Need.of("refill", "locals", refills, Path.of("sell", "pay")))
            .addValuation(Valuation.price("pay", eur("5.00")))
            .addValuation(Valuation.nonMoney("sell"));
    if (invest) {
      builder.addInvestment(Investment.of("shop", "fit-out", eur("1000")));
    } else {
      builder.addExpense(Expense.fixed("shop", "rent", eur("100")));
    }
    return builder.build();
  }

  private final TimeSeries series =
      TimeSeries.of(
          List.of(
              period("p0", "0", true),
              period("p1", "100", false),
              period("p2", "100", false),
              period("p3", "100", false)),
          new BigDecimal("0.10"));

  @Test
  void sumsTheNetsOfThePeriodsIntoTheNaiveNpv() {
    // -1,000 + 400 + 400 + 400 = 200, as in the guide's table 7.1
    assertEquals("200.00", Amounts.display(series.actor("shop").naiveNpv()));
  }

  @Test
  void discountsPeriodPByOnePlusTheRateToThePowerP() {
    // -1000 + 400/1.1 + 400/1.21 + 400/1.331 = -1000 + 363.636.. + 330.578.. + 300.525.. = -5.26
    ActorSeries shop = series.actor("shop");
    assertEquals("-5.26", Amounts.display(shop.discountedNpv()));
    assertEquals("363.64", Amounts.display(shop.discounted().get(1)));
    assertEquals(Verdict.NEGATIVE, shop.verdict());
    assertEquals(OptionalInt.empty(), shop.breakEvenPeriod());
  }

  @Test
  void breaksEvenInTheFirstPeriodWhoseCumulativeDiscountedNetReachesZero() {
    ActorSeries shop = series.withDiscountRate(new BigDecimal("0.05")).actor("shop");
    // -1000 + 380.95 + 362.81 + 345.54 = 89.30, first >= 0 in period 3
    assertEquals("89.30", Amounts.display(shop.discountedNpv()));
    assertEquals(OptionalInt.of(3), shop.breakEvenPeriod());
  }

  @Test
  void growsAScenarioAndInvestsInPeriodZeroOnly() {
    Scenario base = period("base", "100", false).withValuation(Valuation.price("pay", eur("5.00")));
    Scenario invested =
        Scenario.builder()
            .from(base)
            .addInvestment(Investment.of("shop", "fit-out", eur("600")))
            .build();
    TimeSeries grown = TimeSeries.growing(invested, 3, new BigDecimal("0.5"), BigDecimal.ZERO);
    // period 0: 500 - 100 - 600 = -200; period 1: 750 - 100 = 650; period 2: 1125 - 100 = 1025
    assertEquals(
        List.of("-200.00", "650.00", "1025.00"),
        grown.actor("shop").nets().stream().map(Amounts::display).toList());
    assertEquals(OptionalInt.of(1), grown.actor("shop").breakEvenPeriod());
  }

  @Test
  void refusesANegativeDiscountRate() {
    IllegalArgumentException thrown =
        assertThrows(
            IllegalArgumentException.class, () -> series.withDiscountRate(new BigDecimal("-0.1")));
    assertEquals(
        "discount rate must be 0 or more per period, such as 0.08, was -0.1", thrown.getMessage());
  }

  @Test
  void writesOneMarkdownRowPerActor() {
    String table = ValueFlowMarkdown.of(series);
    assertEquals(
        "| shop | -1000.00 | 400.00 | 400.00 | 400.00 | 200.00 | -5.26 | never | NEGATIVE |",
        table.lines().filter(l -> l.startsWith("| shop")).findFirst().orElseThrow());
  }
}

package org.bmi4j.core.valueflow;

import static org.bmi4j.core.valueflow.Shops.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Sensitivity sweeps and the values where verdicts flip. */
class SensitivityTests {
  // 1,000 refills; rent 3,000: the shop breaks even at a price of 3.00
  private final Scenario scenario =
      Shops.scenario()
          .addNeed(Need.of("refill", "locals", "1000", Path.of("sell", "pay")))
          .addValuation(Valuation.price("pay", eur("4.35")))
          .addValuation(Valuation.nonMoney("sell"))
          .addExpense(Expense.fixed("shop", "rent", eur("3000")))
          .build();

  private static List<BigDecimal> values(String... values) {
    return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
  }

  @Test
  void reportsEachActorsNetAtEachPrice() {
    Sensitivity sweep = Sensitivity.ofPrice(scenario, "pay", values("2", "4", "6"));
    assertEquals(
        List.of("-1000.00", "1000.00", "3000.00"),
        sweep.points().stream().map(p -> Amounts.display(p.nets().get("shop"))).toList());
    assertEquals("price of exchange 'pay'", sweep.quantity());
  }

  @Test
  void findsThePriceAtWhichTheShopsVerdictFlips() {
    Sensitivity sweep = Sensitivity.ofPrice(scenario, "pay", values("2", "4", "6"));
    assertEquals(
        List.of(
            new Sensitivity.Flip(
                "shop",
                Verdict.NEGATIVE,
                Verdict.POSITIVE,
                new BigDecimal("2"),
                new BigDecimal("4"),
                Optional.of(new BigDecimal("3")))),
        sweep.flips().stream().map(SensitivityTests::stripped).toList());
  }

  @Test
  void reportsAFlipFromBreakEvenWhenTheNeedFirstOccurs() {
    Sensitivity sweep = Sensitivity.ofOccurrences(scenario, "refill", values("0", "500"));
    assertEquals(
        List.of(
            new Sensitivity.Flip(
                "locals",
                Verdict.BREAK_EVEN,
                Verdict.NEGATIVE,
                BigDecimal.ZERO,
                new BigDecimal("500"),
                Optional.of(BigDecimal.ZERO))),
        sweep.flips().stream().map(SensitivityTests::stripped).toList());
  }

  @Test
  void findsTheOccurrencesAtWhichTheShopBreaksEven() {
    // at 4.35 a refill, 3,000 / 4.35 = 689.655.. refills pay the rent
    Sensitivity sweep = Sensitivity.ofOccurrences(scenario, "refill", values("0", "500", "1000"));
    Sensitivity.Flip flip =
        sweep.flips().stream().filter(f -> f.actor().equals("shop")).findFirst().orElseThrow();
    assertEquals(new BigDecimal("500"), flip.lower());
    assertEquals(
        new BigDecimal("689.66"),
        flip.at().orElseThrow().setScale(2, java.math.RoundingMode.HALF_EVEN));
  }

  @Test
  void findsTheDiscountRateAtWhichAnInvestmentStopsPaying() {
    TimeSeries series =
        TimeSeries.growing(
            Scenario.builder()
                .from(scenario)
                .addInvestment(Investment.of("shop", "fit-out", eur("2000")))
                .build(),
            3,
            BigDecimal.ZERO,
            BigDecimal.ZERO);
    // nets -650, 1350, 1350: positive at 0%, negative at 100% (-650 + 675 + 337.5 = 362.5 > 0)
    Sensitivity sweep = Sensitivity.ofDiscountRate(series, values("0", "1", "3"));
    assertEquals(Verdict.POSITIVE, sweep.points().get(1).verdicts().get("shop"));
    assertEquals(Verdict.NEGATIVE, sweep.points().get(2).verdicts().get("shop"));
    assertEquals(1, sweep.flips().stream().filter(f -> f.actor().equals("shop")).count());
  }

  private static Sensitivity.Flip stripped(Sensitivity.Flip flip) {
    return new Sensitivity.Flip(
        flip.actor(),
        flip.from(),
        flip.to(),
        flip.lower(),
        flip.upper(),
        flip.at().map(BigDecimal::stripTrailingZeros));
  }
}

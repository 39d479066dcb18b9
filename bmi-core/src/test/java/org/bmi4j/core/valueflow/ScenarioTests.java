package org.bmi4j.core.valueflow;

import static org.bmi4j.core.valueflow.Shops.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.bmi4j.core.model.Money;
import org.bmi4j.core.testing.Messages;
import org.junit.jupiter.api.Test;

/** A scenario is checked against its model, every problem reported at once. */
class ScenarioTests {

  @Test
  void reportsEveryProblemAtOnceWithPathAndCode() {
    ScenarioException thrown =
        assertThrows(
            ScenarioException.class,
            () ->
                Shops.scenario()
                    .addNeed(
                        Need.of(
                            "refill",
                            "locals",
                            "-2",
                            Path.of("sell", "steal")
                                .with(
                                    OrSplit.of(
                                        "delivery",
                                        OrSplit.Branch.of("0.5", Path.of("deliver")),
                                        OrSplit.Branch.of("0.4", Path.of())))))
                    .addValuation(Valuation.price("pay", Money.of("4.35", "USD")))
                    .addValuation(Valuation.price("pay", eur("4.35")))
                    .addExpense(Expense.variable("supplier", "sell", "packaging", eur("-1")))
                    .addInvestment(Investment.of("bank", "loan", eur("100")))
                    .build());
    Messages.check(thrown.problems());

    assertEquals(
        List.of(
            "needs[0].occurrences: NEGATIVE_COUNT",
            "needs[0].path.triggers[1].exchange: UNKNOWN_EXCHANGE",
            "needs[0].path.orSplits[0]: RATIOS_NOT_ONE",
            "valuations[0].price: CURRENCY_MIX",
            "valuations[1].exchange: DUPLICATE_VALUATION",
            "expenses[0].perOccurrence: NEGATIVE_MONEY",
            "expenses[0].exchange: NOT_A_PARTY",
            "investments[0].actor: UNKNOWN_SCENARIO_ACTOR"),
        thrown.problems().stream().map(p -> p.path() + ": " + p.code()).toList());
    assertEquals("test", thrown.scenarioId());
    assertEquals(
        Optional.of(new BigDecimal("-2")),
        problem(thrown, ScenarioProblemCode.NEGATIVE_COUNT).value("count", BigDecimal.class));
  }

  @Test
  void countsKnownIdsAndRepetitionsAreTypedValues() {
    ScenarioException thrown =
        assertThrows(
            ScenarioException.class,
            () ->
                Shops.scenario()
                    .addValuation(Valuation.nonMoney("steal"))
                    .addSegmentSize(SegmentSize.of("locals", 5))
                    .addSegmentSize(SegmentSize.of("locals", 6))
                    .build());
    Messages.check(thrown.problems());
    ScenarioProblem unknown = problem(thrown, ScenarioProblemCode.UNKNOWN_EXCHANGE);
    List<?> known = unknown.value("knownExchanges", List.class).orElseThrow();
    assertEquals(true, known.contains("pay"), known::toString);
    ScenarioProblem repeated = problem(thrown, ScenarioProblemCode.BAD_SEGMENT_SIZE);
    assertEquals(Optional.of(Optional.of(0)), repeated.value("repetition", Optional.class));

    ScenarioException negative =
        assertThrows(
            ScenarioException.class,
            () -> Shops.scenario().addSegmentSize(SegmentSize.of("locals", 0)).build());
    assertEquals(
        Optional.of(Optional.empty()),
        problem(negative, ScenarioProblemCode.BAD_SEGMENT_SIZE)
            .value("repetition", Optional.class));
  }

  private static ScenarioProblem problem(ScenarioException thrown, ScenarioProblemCode code) {
    return thrown.problems().stream().filter(p -> p.code() == code).findFirst().orElseThrow();
  }

  @Test
  void namesTheUnknownExchangeAndTheKnownOnes() {
    ScenarioException thrown =
        assertThrows(
            ScenarioException.class,
            () -> Shops.scenario().addValuation(Valuation.nonMoney("steal")).build());
    Messages.check(thrown.problems());
    assertEquals(
        "the exchange valued is 'steal', which is not an exchange of business model 'refill';"
            + " known exchanges: 'sell', 'pay', 'stock', 'pay-stock', 'deliver', 'pay-delivery'",
        thrown.problems().get(0).message());
  }

  @Test
  void saysWhatTheRatiosSumTo() {
    ScenarioException thrown =
        assertThrows(
            ScenarioException.class,
            () ->
                Shops.scenario()
                    .addNeed(
                        Need.of(
                            "refill",
                            "locals",
                            "1",
                            Path.of()
                                .with(
                                    OrSplit.of(
                                        "delivery",
                                        OrSplit.Branch.of("1.2", Path.of()),
                                        OrSplit.Branch.of("0.1", Path.of())))))
                    .build());
    Messages.check(thrown.problems());
    assertEquals(
        List.of(
            "needs[0].path.orSplits[0].branches[0].ratio: RATIO_OUT_OF_RANGE: the ratio of branch"
                + " 0 of or-split 'delivery' is 1.2; a ratio lies from 0 to 1",
            "needs[0].path.orSplits[0]: RATIOS_NOT_ONE: the ratios of or-split 'delivery' sum to"
                + " 1.3; each occurrence takes exactly one branch, so they must sum to 1"),
        thrown.problems().stream().map(ScenarioProblem::toString).toList());
  }

  @Test
  void scalesEveryNeedsOccurrences() {
    Scenario scenario =
        Shops.scenario()
            .addNeed(Need.of("refill", "locals", "3", Path.of("sell", "pay")))
            .build()
            .scaled(new BigDecimal("1.5"));
    assertEquals(0, new BigDecimal("4.5").compareTo(scenario.needs().get(0).occurrences()));
  }

  @Test
  void refusesToReplaceTheOccurrencesOfAnUnknownNeed() {
    Scenario scenario = Shops.scenario().build();
    IllegalArgumentException thrown =
        assertThrows(
            IllegalArgumentException.class,
            () -> scenario.withOccurrences("visit", BigDecimal.ONE));
    assertEquals("scenario 'test' has no need 'visit'; its needs: []", thrown.getMessage());
  }

  @Test
  void refusesAForgedExponentAndTotalsBeyondWhatASheetCanSum() {
    ScenarioException forged =
        assertThrows(
            ScenarioException.class,
            () ->
                Shops.scenario()
                    .addNeed(
                        new Need("refill", "locals", new BigDecimal("1E+999999"), Path.of("pay")))
                    .build());
    Messages.check(forged.problems());
    assertEquals(
        List.of("needs[0].occurrences: OUT_OF_DOMAIN"),
        forged.problems().stream().map(p -> p.path() + ": " + p.code()).toList());

    ScenarioException large =
        assertThrows(
            ScenarioException.class,
            () ->
                Shops.scenario()
                    .addNeed(Need.of("refill", "locals", "1E+20", Path.of("pay")))
                    .addSegmentSize(SegmentSize.of("locals", 1_000_000))
                    .addValuation(Valuation.price("pay", eur("4.35")))
                    .build());
    Messages.check(large.problems());
    assertEquals(
        "valuations[0].price: TOTAL_TOO_LARGE: the count of exchange 'pay' in the period is"
            + " 100000000000000000000000000, and the price of 4.35 EUR on it"
            + " comes to 4.35E+26; keep every total below 10^24 so that the sheets can sum them",
        large.problems().get(0).toString());
  }
}

package org.bmi4j.core.valueflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.bmi4j.core.json.BmiJson;
import org.bmi4j.core.json.DocumentType;
import org.bmi4j.core.model.Exchange;
import org.bmi4j.core.model.Money;

/** The invariants of net value flow sheets and time series. */
class NetValueFlowProperties {

  @Provide
  Arbitrary<Scenario> closed() {
    return ScenarioArbitraries.closed();
  }

  @Provide
  Arbitrary<Scenario> any() {
    return ScenarioArbitraries.any();
  }

  @Provide
  Arbitrary<BigDecimal> factors() {
    return Arbitraries.integers().between(0, 1000).map(k -> BigDecimal.valueOf(k, 2));
  }

  @Property
  void conservesMoneyInAClosedScenario(@ForAll("closed") Scenario scenario) {
    NetValueFlow flow = NetValueFlow.of(scenario);
    BigDecimal sum = flow.paidOutside().amount();
    for (ActorSheet sheet : flow.sheets()) {
      sum = sum.add(sheet.net().amount());
    }
    BigDecimal total = sum;
    assertEquals(0, total.signum(), () -> "nets plus paid outside sum to " + total);
  }

  @Property
  void scalesEveryNetLessFixedCostsByTheFactorOfTheOccurrences(
      @ForAll("any") Scenario scenario, @ForAll("factors") BigDecimal k) {
    NetValueFlow once = NetValueFlow.of(scenario);
    NetValueFlow scaled = NetValueFlow.of(scenario.scaled(k));
    for (ActorSheet sheet : once.sheets()) {
      BigDecimal expected = ScenarioArbitraries.variablePart(sheet).multiply(k);
      BigDecimal actual = ScenarioArbitraries.variablePart(scaled.sheet(sheet.actorId()));
      assertEquals(
          0, expected.compareTo(actual), sheet.actorId() + ": " + expected + " vs " + actual);
      assertEquals(sheet.unvalued(), scaled.sheet(sheet.actorId()).unvalued());
    }
  }

  @Property
  void scalesEveryNetByKWithoutFixedCosts(
      @ForAll("closed") Scenario scenario, @ForAll @IntRange(min = 0, max = 50) int k) {
    Scenario variableOnly =
        Scenario.builder()
            .from(scenario)
            .expenses(
                scenario.expenses().stream().filter(e -> e instanceof Expense.Variable).toList())
            .investments(List.of())
            .build();
    NetValueFlow once = NetValueFlow.of(variableOnly);
    NetValueFlow scaled = NetValueFlow.of(variableOnly.scaled(BigDecimal.valueOf(k)));
    for (ActorSheet sheet : once.sheets()) {
      assertEquals(
          0,
          sheet
              .net()
              .amount()
              .multiply(BigDecimal.valueOf(k))
              .compareTo(scaled.sheet(sheet.actorId()).net().amount()));
    }
  }

  @Property
  void givesTheNaiveNpvAtADiscountRateOfZero(
      @ForAll("any") Scenario scenario,
      @ForAll @IntRange(min = 1, max = 6) int periods,
      @ForAll("factors") BigDecimal growth) {
    TimeSeries series = TimeSeries.growing(scenario, periods, growth, BigDecimal.ZERO);
    for (ActorSeries actor : series.actors()) {
      assertEquals(0, actor.naiveNpv().amount().compareTo(actor.discountedNpv().amount()));
    }
  }

  @Property
  void neverLowersTheNetOfTheReceiverWhenAValuationRises(
      @ForAll("any") Scenario scenario,
      @ForAll @IntRange(min = 0, max = 7) int index,
      @ForAll("factors") BigDecimal raise) {
    List<Exchange> exchanges = scenario.model().exchange().exchanges();
    Exchange exchange = exchanges.get(index % exchanges.size());
    Optional<Valuation> before = ScenarioArbitraries.valuationOf(scenario, exchange.id());
    Valuation raised;
    if (before.isPresent() && before.get() instanceof Valuation.Price price) {
      raised = Valuation.price(exchange.id(), plus(price.price(), raise));
    } else if (before.isPresent()
        && before.get() instanceof Valuation.Worth worth
        && worth.toReceiver().isPresent()) {
      raised =
          new Valuation.Worth(
              exchange.id(), Optional.of(plus(worth.toReceiver().get(), raise)), worth.toGiver());
    } else {
      return; // unvalued or not valued for the receiver: nothing to raise
    }
    BigDecimal was = NetValueFlow.of(scenario).sheet(exchange.recipient()).net().amount();
    BigDecimal is =
        NetValueFlow.of(scenario.withValuation(raised)).sheet(exchange.recipient()).net().amount();
    assertTrue(is.compareTo(was) >= 0, () -> exchange.recipient() + ": " + was + " became " + is);
  }

  @Property
  void readsBackTheScenarioItWrites(@ForAll("any") Scenario scenario) {
    String json = BmiJson.write(DocumentType.VALUE_FLOW_SCENARIO, scenario);
    assertEquals(scenario, BmiJson.read(DocumentType.VALUE_FLOW_SCENARIO, json));
  }

  private static Money plus(Money money, BigDecimal amount) {
    return new Money(money.amount().add(amount), money.currency());
  }
}

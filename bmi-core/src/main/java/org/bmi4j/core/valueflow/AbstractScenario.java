package org.bmi4j.core.valueflow;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.bmi4j.core.model.BusinessModel;
import org.immutables.value.Value;

/**
 * A market scenario over a business model: the quantities of one contract period [e3value: Gordijn
 * &amp; Akkermans 2003; user guide chapter 5, "we call a quantification of the model elements a
 * market scenario"].
 *
 * <p>It holds the model it quantifies, the currency it counts in, the customer needs with their
 * occurrences and dependency paths, the sizes of market segments, a valuation per exchange, and the
 * actors' expenses and investments. Its net value flow sheets are {@link NetValueFlow#of
 * NetValueFlow.of(scenario)}.
 *
 * <p>Guarantees: building a scenario (through the builder, a {@code with} copy or JSON) checks it
 * against its model and throws one {@link ScenarioException} listing every problem ({@link
 * ScenarioProblemCode}): unknown actors and exchanges, negative counts and amounts, amounts in
 * another currency, or-split ratios outside 0 to 1 or not summing to 1, duplicate ids and
 * valuations, a variable expense on an exchange its actor is no party to. No half-checked scenario
 * escapes. Deeply immutable and thread-safe.
 *
 * <pre>{@code
 * Scenario scenario = Scenario.builder()
 *     .id("year-1").model(model).currency(Currency.getInstance("EUR"))
 *     .addNeed(Need.of("refill", "locals", "12", Path.of("sell", "pay")))
 *     .addSegmentSize(SegmentSize.of("locals", 500))
 *     .addValuation(Valuation.price("pay", Money.of("4.50", "EUR")))
 *     .addValuation(Valuation.nonMoney("sell"))
 *     .addExpense(Expense.fixed("shop", "rent", Money.of("9000", "EUR")))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = Scenario.class)
@JsonDeserialize(as = Scenario.class)
@JsonPropertyOrder({
  "id",
  "currency",
  "model",
  "needs",
  "segmentSizes",
  "valuations",
  "expenses",
  "investments"
})
abstract class AbstractScenario {
  /**
   * The scenario's id.
   *
   * @return the scenario's id
   */
  public abstract String id();

  /**
   * The currency every amount of the scenario is in.
   *
   * @return the currency every amount of the scenario is in
   */
  public abstract Currency currency();

  /**
   * The business model the scenario quantifies.
   *
   * @return the business model the scenario quantifies
   */
  public abstract BusinessModel model();

  /**
   * The customer needs (start stimuli), in insertion order.
   *
   * @return the customer needs (start stimuli), in insertion order
   */
  public abstract ImmutableList<Need> needs();

  /**
   * The sizes of market segments, in insertion order; an actor not listed counts as one.
   *
   * @return the sizes of market segments, in insertion order
   */
  public abstract ImmutableList<SegmentSize> segmentSizes();

  /**
   * One valuation per valued exchange, in insertion order.
   *
   * @return one valuation per valued exchange, in insertion order
   */
  public abstract ImmutableList<Valuation> valuations();

  /**
   * The actors' fixed and variable expenses, in insertion order.
   *
   * @return the actors' fixed and variable expenses, in insertion order
   */
  public abstract ImmutableList<Expense> expenses();

  /**
   * The actors' investments, in insertion order.
   *
   * @return the actors' investments, in insertion order
   */
  public abstract ImmutableList<Investment> investments();

  /**
   * Returns this scenario with every need's occurrences multiplied by {@code factor}: the same
   * market, larger or smaller (library formalisation of growth between periods).
   *
   * @param factor the factor, 0 or more
   * @return this scenario with every need's occurrences multiplied by {@code factor}
   * @throws NullPointerException if {@code factor} is null
   * @throws ScenarioException if {@code factor} is negative
   */
  public Scenario scaled(BigDecimal factor) {
    checkNotNull(factor, "factor");
    ImmutableList.Builder<Need> needs = ImmutableList.builder();
    for (Need need : needs()) {
      needs.add(need.withOccurrences(need.occurrences().multiply(factor)));
    }
    return Scenario.builder().from(this).needs(needs.build()).build();
  }

  /**
   * Returns this scenario with the occurrences of one need replaced.
   *
   * @param needId the need's id
   * @param occurrences its new occurrences per period, 0 or more
   * @return this scenario with the occurrences of one need replaced
   * @throws IllegalArgumentException if no need has that id
   * @throws ScenarioException if {@code occurrences} is negative
   */
  public Scenario withOccurrences(String needId, BigDecimal occurrences) {
    checkNotNull(needId, "needId");
    checkNotNull(occurrences, "occurrences");
    ImmutableList.Builder<Need> needs = ImmutableList.builder();
    boolean found = false;
    for (Need need : needs()) {
      if (need.id().equals(needId)) {
        needs.add(need.withOccurrences(occurrences));
        found = true;
      } else {
        needs.add(need);
      }
    }
    if (!found) {
      throw new IllegalArgumentException(
          "scenario '" + id() + "' has no need '" + needId + "'; its needs: " + needIds());
    }
    return Scenario.builder().from(this).needs(needs.build()).build();
  }

  /**
   * Returns this scenario with the valuation of {@code valuation.exchange()} replaced, or added if
   * the exchange had none.
   *
   * @param valuation the valuation, naming its exchange
   * @return this scenario with the valuation of {@code valuation.exchange()} replaced, or added if
   *     the exchange had none
   * @throws ScenarioException if the result has problems
   */
  public Scenario withValuation(Valuation valuation) {
    checkNotNull(valuation, "valuation");
    ImmutableList.Builder<Valuation> valuations = ImmutableList.builder();
    boolean found = false;
    for (Valuation v : valuations()) {
      if (v.exchange().equals(valuation.exchange())) {
        valuations.add(valuation);
        found = true;
      } else {
        valuations.add(v);
      }
    }
    if (!found) {
      valuations.add(valuation);
    }
    return Scenario.builder().from(this).valuations(valuations.build()).build();
  }

  /**
   * Returns this scenario without its investments (a later period of a time series).
   *
   * @return this scenario without its investments (a later period of a time series)
   */
  public Scenario withoutInvestments() {
    return Scenario.builder().from(this).investments(List.of()).build();
  }

  private List<String> needIds() {
    return needs().stream().map(Need::id).toList();
  }

  @Value.Check
  void check() {
    ImmutableList<ScenarioProblem> problems = ScenarioChecks.check((Scenario) this);
    if (!problems.isEmpty()) {
      throw new ScenarioException(id(), problems);
    }
  }

  @Override
  public String toString() {
    return "Scenario{id=" + id() + ", model=" + model().id() + ", currency=" + currency() + "}";
  }
}

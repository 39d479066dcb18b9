package org.bmi4j.core.valueflow;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.bmi4j.core.model.Money;

/**
 * How each actor's net answers to one quantity varied over a range, and where its verdict flips
 * [e3value user guide chapter 5: "to test sensitivity of a value network to differences in market
 * conditions, you typically create several market scenarios"]. The sweep and the flip points are
 * the library's formalisation.
 *
 * <p>A flip lies between two consecutive values of the range at which an actor's verdict differs.
 * Its point is found by linear interpolation of the two nets at zero: exact for a price or an
 * occurrence count, since a net is affine in each of them, and an approximation for the discount
 * rate. Immutable and thread-safe.
 *
 * @param quantity what was varied, in words, such as {@code "price of exchange 'pay'"}
 * @param points the nets at each value, in the order of the values
 * @param flips every verdict change between consecutive values, actor by actor
 */
public record Sensitivity(String quantity, List<Point> points, List<Flip> flips) {

  /**
   * Copies the lists.
   *
   * @param quantity what was varied, in words, such as {@code "price of exchange 'pay'"}
   * @param points the nets at each value, in the order of the values
   * @param flips every verdict change between consecutive values, actor by actor
   * @throws NullPointerException if a component or element is null
   */
  public Sensitivity {
    checkNotNull(quantity, "quantity");
    points = ImmutableList.copyOf(points);
    flips = ImmutableList.copyOf(flips);
  }

  /**
   * The nets of every actor at one value of the quantity.
   *
   * @param value the value of the quantity
   * @param nets each actor's net (for the discount rate, its discounted net present value), by
   *     actor id in model order
   * @param verdicts each actor's verdict, by actor id in model order
   */
  public record Point(BigDecimal value, Map<String, Money> nets, Map<String, Verdict> verdicts) {
    /**
     * Copies the maps.
     *
     * @param value the value of the quantity
     * @param nets each actor's net (for the discount rate, its discounted net present value), by
     *     actor id in model order
     * @param verdicts each actor's verdict, by actor id in model order
     * @throws NullPointerException if a component, key or value is null
     */
    public Point {
      checkNotNull(value, "value");
      nets = ImmutableMap.copyOf(nets);
      verdicts = ImmutableMap.copyOf(verdicts);
    }
  }

  /**
   * A change of an actor's verdict between two consecutive values.
   *
   * @param actor the actor's id
   * @param from its verdict at {@code lower}
   * @param to its verdict at {@code upper}
   * @param lower the value before the flip
   * @param upper the value after it
   * @param at the interpolated value where its net crosses zero, when both verdicts are known
   */
  public record Flip(
      String actor,
      Verdict from,
      Verdict to,
      BigDecimal lower,
      BigDecimal upper,
      Optional<BigDecimal> at) {
    /**
     * @param actor the actor's id
     * @param from its verdict at {@code lower}
     * @param to its verdict at {@code upper}
     * @param lower the value before the flip
     * @param upper the value after it
     * @param at the interpolated value where its net crosses zero, when both verdicts are known
     * @throws NullPointerException if a component is null
     */
    public Flip {
      checkNotNull(actor, "actor");
      checkNotNull(from, "from");
      checkNotNull(to, "to");
      checkNotNull(lower, "lower");
      checkNotNull(upper, "upper");
      checkNotNull(at, "at");
    }
  }

  /**
   * Varies the price of one money transfer; an exchange valued otherwise, or not at all, becomes a
   * money transfer at each price.
   *
   * @param scenario the scenario to vary
   * @param exchange the id of the exchange whose price varies
   * @param values the prices per occurrence, in the order to try
   * @return the nets and verdicts at each price, and where the verdicts flip
   * @throws IllegalArgumentException if {@code values} is empty
   * @throws ScenarioException if a value makes the scenario invalid (a negative price)
   */
  public static Sensitivity ofPrice(Scenario scenario, String exchange, List<BigDecimal> values) {
    checkNotNull(scenario, "scenario");
    checkNotNull(exchange, "exchange");
    return sweep(
        "price of exchange '" + exchange + "'",
        values,
        v ->
            sheetsOf(
                scenario.withValuation(
                    Valuation.price(exchange, new Money(v, scenario.currency()))),
                v));
  }

  /**
   * Varies the occurrences per period of one need.
   *
   * @param scenario the scenario to vary
   * @param need the id of the need whose occurrences vary
   * @param values the occurrences per period, in the order to try
   * @return the nets and verdicts at each value, and where the verdicts flip
   * @throws IllegalArgumentException if {@code values} is empty or the need is unknown
   * @throws ScenarioException if a value is negative
   */
  public static Sensitivity ofOccurrences(Scenario scenario, String need, List<BigDecimal> values) {
    checkNotNull(scenario, "scenario");
    checkNotNull(need, "need");
    return sweep(
        "occurrences of need '" + need + "'",
        values,
        v -> sheetsOf(scenario.withOccurrences(need, v), v));
  }

  /**
   * Varies the discount rate of a time series; the nets are discounted net present values.
   *
   * @param series the time series to vary
   * @param values the discount rates per period, in the order to try
   * @return the discounted net present values and verdicts at each rate, and where the verdicts
   *     flip
   * @throws IllegalArgumentException if {@code values} is empty or a rate is negative
   */
  public static Sensitivity ofDiscountRate(TimeSeries series, List<BigDecimal> values) {
    checkNotNull(series, "series");
    return sweep(
        "discount rate",
        values,
        v -> {
          TimeSeries at = series.withDiscountRate(v);
          ImmutableMap.Builder<String, Money> nets = ImmutableMap.builder();
          ImmutableMap.Builder<String, Verdict> verdicts = ImmutableMap.builder();
          for (ActorSeries actor : at.actors()) {
            nets.put(actor.actor().id(), actor.discountedNpv());
            verdicts.put(actor.actor().id(), actor.verdict());
          }
          return new Point(v, nets.build(), verdicts.build());
        });
  }

  private static Point sheetsOf(Scenario scenario, BigDecimal value) {
    NetValueFlow flow = NetValueFlow.of(scenario);
    ImmutableMap.Builder<String, Money> nets = ImmutableMap.builder();
    ImmutableMap.Builder<String, Verdict> verdicts = ImmutableMap.builder();
    for (ActorSheet sheet : flow.sheets()) {
      nets.put(sheet.actorId(), sheet.net());
      verdicts.put(sheet.actorId(), sheet.verdict());
    }
    return new Point(value, nets.build(), verdicts.build());
  }

  private static Sensitivity sweep(
      String quantity, List<BigDecimal> values, Function<BigDecimal, Point> at) {
    checkNotNull(values, "values");
    checkArgument(!values.isEmpty(), "values of %s must hold at least one value", quantity);
    ImmutableList.Builder<Point> points = ImmutableList.builder();
    for (BigDecimal value : values) {
      points.add(at.apply(checkNotNull(value, "a value of %s", quantity)));
    }
    ImmutableList<Point> all = points.build();
    ImmutableList.Builder<Flip> flips = ImmutableList.builder();
    for (int i = 1; i < all.size(); i++) {
      Point before = all.get(i - 1);
      Point after = all.get(i);
      for (Map.Entry<String, Verdict> entry : before.verdicts().entrySet()) {
        String actor = entry.getKey();
        Verdict from = entry.getValue();
        Verdict to = after.verdicts().get(actor);
        if (to == null || to == from) {
          continue;
        }
        Optional<BigDecimal> point = Optional.empty();
        if (from != Verdict.INDETERMINATE && to != Verdict.INDETERMINATE) {
          BigDecimal n1 = requireNonNull(before.nets().get(actor)).amount();
          BigDecimal n2 = requireNonNull(after.nets().get(actor)).amount();
          BigDecimal step = after.value().subtract(before.value());
          point =
              Optional.of(
                  before.value().add(Amounts.divide(n1.negate().multiply(step), n2.subtract(n1))));
        }
        flips.add(new Flip(actor, from, to, before.value(), after.value(), point));
      }
    }
    return new Sensitivity(quantity, all, flips.build());
  }
}

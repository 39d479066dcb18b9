package org.bmi4j.core.valueflow;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bmi4j.core.model.Actor;

/**
 * A time series: one market scenario per consecutive contract period, with a discount rate [e3value
 * user guide 7.1: "a time series is a sequence of market scenarios for consecutive contract
 * periods"; Gordijn &amp; Akkermans 2003].
 *
 * <p>For each actor: the net of each period, the naive net present value (user guide 7.2: the sum
 * over periods of revenues less expenses less investments), and the discounted net present value
 * (user guide 7.3, the discounted net present cash flow technique): period {@code p}'s net divided
 * by (1 + rate)<sup>p</sup>, period 0 undiscounted. The break-even period, the first period whose
 * cumulative discounted net is zero or more, is the library's formalisation.
 *
 * <p>Periods may quantify different models (user guide 7.1 allows it); an actor absent from a
 * period's model has a net of 0 in that period. Immutable and thread-safe.
 */
public final class TimeSeries {
  private final ImmutableList<NetValueFlow> periods;
  private final BigDecimal discountRate;
  private final ImmutableList<ActorSeries> actors;

  private TimeSeries(List<Scenario> periods, BigDecimal discountRate) {
    checkNotNull(periods, "periods");
    checkNotNull(discountRate, "discountRate");
    checkArgument(!periods.isEmpty(), "a time series needs at least one period, was empty");
    checkArgument(
        discountRate.signum() >= 0,
        "discount rate must be 0 or more per period, such as 0.08, was %s",
        discountRate);
    Currency currency = periods.get(0).currency();
    ImmutableList.Builder<NetValueFlow> flows = ImmutableList.builder();
    for (int p = 0; p < periods.size(); p++) {
      Scenario scenario = checkNotNull(periods.get(p), "periods[%s]", p);
      checkArgument(
          scenario.currency().equals(currency),
          "period %s ('%s') counts in %s, but period 0 counts in %s; a time series counts in one"
              + " currency",
          p,
          scenario.id(),
          scenario.currency(),
          currency);
      flows.add(NetValueFlow.of(scenario));
    }
    this.periods = flows.build();
    this.discountRate = discountRate;
    this.actors = actorSeries();
  }

  /**
   * Returns the series of the given periods, period 0 first, discounted at {@code discountRate} per
   * period.
   *
   * @param periods the scenarios of the periods, period 0 first, all in one currency
   * @param discountRate the discount rate per period, 0 or more
   * @return the series of the given periods, period 0 first, discounted at {@code discountRate} per
   *     period
   * @throws IllegalArgumentException if there is no period, the rate is negative or the periods
   *     count in different currencies
   * @throws NullPointerException if an argument or period is null
   */
  public static TimeSeries of(List<Scenario> periods, BigDecimal discountRate) {
    return new TimeSeries(periods, discountRate);
  }

  /**
   * Returns {@code count} periods of one scenario whose needs grow by {@code growth} per period:
   * period {@code p} is the scenario scaled by (1 + growth)<sup>p</sup>, and its investments are
   * made in period 0 only [e3value user guide 5.10] (library formalisation of growth).
   *
   * @param scenario the scenario of period 0
   * @param count the number of periods, 1 or more
   * @param growth the growth of the needs per period, -1 or more (0.1 for 10 %)
   * @param discountRate the discount rate per period, 0 or more
   * @return {@code count} periods of one scenario whose needs grow by {@code growth} per period
   * @throws IllegalArgumentException if {@code count} is below 1, {@code growth} is below -1 or the
   *     rate is negative
   */
  public static TimeSeries growing(
      Scenario scenario, int count, BigDecimal growth, BigDecimal discountRate) {
    checkNotNull(scenario, "scenario");
    checkNotNull(growth, "growth");
    checkArgument(count >= 1, "a time series needs at least one period, count was %s", count);
    checkArgument(
        growth.compareTo(BigDecimal.ONE.negate()) >= 0,
        "growth must be -1 or more per period, such as 0.10, was %s",
        growth);
    List<Scenario> periods = new ArrayList<>();
    BigDecimal factor = BigDecimal.ONE;
    for (int p = 0; p < count; p++) {
      Scenario period = scenario.scaled(factor);
      periods.add(p == 0 ? period : period.withoutInvestments());
      factor = factor.multiply(BigDecimal.ONE.add(growth));
    }
    return new TimeSeries(periods, discountRate);
  }

  /**
   * Returns the net value flows of the periods, period 0 first.
   *
   * @return the net value flows of the periods, period 0 first
   */
  public ImmutableList<NetValueFlow> periods() {
    return periods;
  }

  /**
   * Returns the discount rate per period.
   *
   * @return the discount rate per period
   */
  public BigDecimal discountRate() {
    return discountRate;
  }

  /**
   * Returns the currency of every amount.
   *
   * @return the currency of every amount
   */
  public Currency currency() {
    return periods.get(0).currency();
  }

  /**
   * Returns the series of every actor, in order of first appearance in the periods' models.
   *
   * @return the series of every actor, in order of first appearance in the periods' models
   */
  public ImmutableList<ActorSeries> actors() {
    return actors;
  }

  /**
   * Returns the series of one actor.
   *
   * @param actorId the actor's id
   * @return the series of one actor
   * @throws IllegalArgumentException if no period's model has the actor
   */
  public ActorSeries actor(String actorId) {
    checkNotNull(actorId, "actorId");
    for (ActorSeries series : actors) {
      if (series.actor().id().equals(actorId)) {
        return series;
      }
    }
    throw new IllegalArgumentException(
        "actor '" + actorId + "' is in no period of the time series");
  }

  /**
   * Returns this series with another discount rate.
   *
   * @param rate the new discount rate per period, 0 or more
   * @return this series with another discount rate
   */
  public TimeSeries withDiscountRate(BigDecimal rate) {
    List<Scenario> scenarios = new ArrayList<>();
    for (NetValueFlow flow : periods) {
      scenarios.add(flow.scenario());
    }
    return new TimeSeries(scenarios, rate);
  }

  private ImmutableList<ActorSeries> actorSeries() {
    Map<String, Actor> actors = new LinkedHashMap<>();
    for (NetValueFlow flow : periods) {
      for (Actor actor : flow.scenario().model().actors()) {
        actors.putIfAbsent(actor.id(), actor);
      }
    }
    ImmutableList.Builder<ActorSeries> series = ImmutableList.builder();
    for (Actor actor : actors.values()) {
      List<BigDecimal> nets = new ArrayList<>();
      Set<String> unvalued = new LinkedHashSet<>();
      for (NetValueFlow flow : periods) {
        ActorSheet sheet = null;
        for (ActorSheet s : flow.sheets()) {
          if (s.actorId().equals(actor.id())) {
            sheet = s;
            break;
          }
        }
        if (sheet == null) {
          nets.add(BigDecimal.ZERO);
        } else {
          nets.add(sheet.net().amount());
          unvalued.addAll(sheet.unvalued());
        }
      }
      series.add(ActorSeries.of(actor, currency(), discountRate, nets, unvalued));
    }
    return series.build();
  }

  @Override
  public String toString() {
    return "TimeSeries{periods=" + periods.size() + ", discountRate=" + discountRate + "}";
  }
}

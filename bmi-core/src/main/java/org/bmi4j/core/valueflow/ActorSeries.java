package org.bmi4j.core.valueflow;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.OptionalInt;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.Money;

/**
 * One actor's nets over a time series [e3value user guide chapter 7]: per period its net, its
 * discounted net and the cumulative discounted net, and over the series the naive and discounted
 * net present value.
 *
 * @param actor the actor
 * @param discountRate the rate per period
 * @param nets the net of each period, period 0 first, exact
 * @param discounted each period's net divided by (1 + rate)<sup>p</sup>
 * @param cumulativeDiscounted the running sum of {@code discounted}
 * @param unvalued the exchanges unvalued in some period; when not empty the verdict is
 *     INDETERMINATE and the figures cover the valued part only
 */
public record ActorSeries(
    Actor actor,
    BigDecimal discountRate,
    List<Money> nets,
    List<Money> discounted,
    List<Money> cumulativeDiscounted,
    List<String> unvalued) {

  /**
   * Copies the lists.
   *
   * @param actor the actor
   * @param discountRate the rate per period
   * @param nets the net of each period, period 0 first, exact
   * @param discounted each period's net divided by (1 + rate)<sup>p</sup>
   * @param cumulativeDiscounted the running sum of {@code discounted}
   * @param unvalued the exchanges unvalued in some period; when not empty the verdict is
   *     INDETERMINATE and the figures cover the valued part only
   * @throws NullPointerException if a component or element is null
   */
  public ActorSeries {
    checkNotNull(actor, "actor");
    checkNotNull(discountRate, "discountRate");
    nets = ImmutableList.copyOf(nets);
    discounted = ImmutableList.copyOf(discounted);
    cumulativeDiscounted = ImmutableList.copyOf(cumulativeDiscounted);
    unvalued = ImmutableList.copyOf(unvalued);
  }

  static ActorSeries of(
      Actor actor,
      Currency currency,
      BigDecimal rate,
      List<BigDecimal> nets,
      Collection<String> unvalued) {
    ImmutableList.Builder<Money> money = ImmutableList.builder();
    ImmutableList.Builder<Money> discounted = ImmutableList.builder();
    ImmutableList.Builder<Money> cumulative = ImmutableList.builder();
    BigDecimal factor = BigDecimal.ONE;
    BigDecimal running = BigDecimal.ZERO;
    BigDecimal growth = BigDecimal.ONE.add(rate);
    for (BigDecimal net : nets) {
      BigDecimal present =
          factor.compareTo(BigDecimal.ONE) == 0 ? net : Amounts.divide(net, factor);
      running = running.add(present);
      money.add(new Money(net, currency));
      discounted.add(new Money(present, currency));
      cumulative.add(new Money(running, currency));
      factor = factor.multiply(growth);
    }
    return new ActorSeries(
        actor, rate, money.build(), discounted.build(), cumulative.build(), List.copyOf(unvalued));
  }

  /**
   * Returns the naive net present value: the sum of the periods' nets [user guide 7.2].
   *
   * @return the naive net present value
   */
  public Money naiveNpv() {
    BigDecimal sum = BigDecimal.ZERO;
    for (Money net : nets) {
      sum = sum.add(net.amount());
    }
    return new Money(sum, nets.get(0).currency());
  }

  /**
   * Returns the discounted net present value: the sum of the discounted nets [user guide 7.3].
   *
   * @return the discounted net present value
   */
  public Money discountedNpv() {
    return cumulativeDiscounted.get(cumulativeDiscounted.size() - 1);
  }

  /**
   * Returns the first period whose cumulative discounted net is zero or more, or empty when none is
   * (library formalisation).
   *
   * @return the first period whose cumulative discounted net is zero or more, or empty when none is
   */
  public OptionalInt breakEvenPeriod() {
    for (int p = 0; p < cumulativeDiscounted.size(); p++) {
      if (cumulativeDiscounted.get(p).amount().signum() >= 0) {
        return OptionalInt.of(p);
      }
    }
    return OptionalInt.empty();
  }

  /**
   * Returns the verdict on the discounted net present value, INDETERMINATE if any is unvalued.
   *
   * @return the verdict on the discounted net present value, INDETERMINATE if any is unvalued
   */
  public Verdict verdict() {
    return unvalued.isEmpty() ? Verdict.of(discountedNpv().amount()) : Verdict.INDETERMINATE;
  }
}

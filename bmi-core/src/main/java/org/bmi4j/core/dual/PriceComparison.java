package org.bmi4j.core.dual;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import org.bmi4j.core.internal.Decimals;
import org.bmi4j.core.model.Money;

/**
 * Compares selling a co-developed offering exclusively to its co-developer with sharing it and
 * selling it at market price: the library's formalisation of a qualitative rule, not the paper's.
 *
 * <p>Andreassen &amp; Andersson report the rule in words: the co-developer pays up to its
 * reservation price for exclusivity; if it shares, the firm accepts the market price, which is as
 * good when the volume sold offsets the difference. The formulas below are the library's own, with
 * separate unit costs because exploitation lowers marginal cost:
 *
 * <ul>
 *   <li>exclusive margin = (R &minus; ce) &times; Ve
 *   <li>market margin = (M &minus; cm) &times; Vm
 *   <li>difference = market margin &minus; exclusive margin (positive when sharing earns more)
 *   <li>break-even market volume = (R &minus; ce) &times; Ve / (M &minus; cm): the market volume at
 *       which the market margin equals the exclusive margin, rounded to {@link #BREAK_EVEN} (34
 *       significant digits, half-even)
 * </ul>
 *
 * <p>It says which arrangement pays more at the given volumes and by how much ({@link #paysMore()},
 * {@link #byHowMuch()}, {@link #summary()}), and recommends nothing beyond that comparison: the
 * choice is the customer's, recorded as an {@link OfferingChoice}.
 *
 * <p>Valid figures: every price and cost 0 or more, all in the reservation price's currency; the
 * market price greater than the market unit cost, so that the break-even volume exists; the
 * exclusive volume greater than 0 (an exclusive deal sells something); the market volume 0 or more;
 * both volumes, both margins and their difference within the {@link Money} domain (at most 30
 * digits before and 30 after the decimal point), so that every method returns a figure and none
 * fails on arithmetic. A reservation price at or below the exclusive unit cost is allowed: the
 * exclusive margin is then 0 or negative, and so is the break-even volume.
 *
 * @param reservationPrice R, the most the co-developer pays per unit for exclusivity
 * @param exclusiveVolume Ve, the units sold to the co-developer under exclusivity
 * @param exclusiveUnitCost ce, the cost per unit under exclusivity
 * @param marketPrice M, the market price per unit if shared
 * @param marketVolume Vm, the units sold at market price if shared
 * @param marketUnitCost cm, the cost per unit at market scale
 */
public record PriceComparison(
    Money reservationPrice,
    BigDecimal exclusiveVolume,
    Money exclusiveUnitCost,
    Money marketPrice,
    BigDecimal marketVolume,
    Money marketUnitCost) {

  /** How the break-even market volume is rounded: 34 significant digits, half-even. */
  public static final MathContext BREAK_EVEN = new MathContext(34, RoundingMode.HALF_EVEN);

  /**
   * Checks the figures.
   *
   * @param reservationPrice R, the most the co-developer pays per unit for exclusivity
   * @param exclusiveVolume Ve, the units sold to the co-developer under exclusivity
   * @param exclusiveUnitCost ce, the cost per unit under exclusivity
   * @param marketPrice M, the market price per unit if shared
   * @param marketVolume Vm, the units sold at market price if shared
   * @param marketUnitCost cm, the cost per unit at market scale
   * @throws IllegalArgumentException if a figure is outside its valid range, a money figure is in
   *     another currency than the reservation price, or a volume, a margin or their difference has
   *     more than 30 digits before or after the decimal point; the message names the figure and the
   *     range
   * @throws NullPointerException if a figure is null
   */
  public PriceComparison {
    checkNotNull(reservationPrice, "reservationPrice");
    checkNotNull(exclusiveVolume, "exclusiveVolume");
    checkNotNull(exclusiveUnitCost, "exclusiveUnitCost");
    checkNotNull(marketPrice, "marketPrice");
    checkNotNull(marketVolume, "marketVolume");
    checkNotNull(marketUnitCost, "marketUnitCost");
    checkArgument(
        !reservationPrice.isNegative(),
        "reservation price R must be 0 or more, was %s",
        reservationPrice);
    sameCurrency("exclusive unit cost ce", exclusiveUnitCost, reservationPrice);
    sameCurrency("market price M", marketPrice, reservationPrice);
    sameCurrency("market unit cost cm", marketUnitCost, reservationPrice);
    checkArgument(
        !exclusiveUnitCost.isNegative(),
        "exclusive unit cost ce must be 0 or more, was %s",
        exclusiveUnitCost);
    checkArgument(
        !marketUnitCost.isNegative(),
        "market unit cost cm must be 0 or more, was %s",
        marketUnitCost);
    checkArgument(
        marketPrice.amount().compareTo(marketUnitCost.amount()) > 0,
        "market price M must be greater than market unit cost cm (M=%s, cm=%s)",
        marketPrice,
        marketUnitCost);
    checkArgument(
        exclusiveVolume.signum() > 0,
        "exclusive volume Ve must be greater than 0, was %s",
        exclusiveVolume);
    checkArgument(
        marketVolume.signum() >= 0, "market volume Vm must be 0 or more, was %s", marketVolume);
    Decimals.check("exclusive volume Ve", exclusiveVolume);
    Decimals.check("market volume Vm", marketVolume);
    BigDecimal exclusiveMargin =
        reservationPrice.amount().subtract(exclusiveUnitCost.amount()).multiply(exclusiveVolume);
    BigDecimal marketMargin =
        marketPrice.amount().subtract(marketUnitCost.amount()).multiply(marketVolume);
    Decimals.check("exclusive margin (R - ce) x Ve", exclusiveMargin);
    Decimals.check("market margin (M - cm) x Vm", marketMargin);
    Decimals.check("difference of the margins", marketMargin.subtract(exclusiveMargin));
  }

  private static void sameCurrency(String figure, Money money, Money reservationPrice) {
    checkArgument(
        money.currency().equals(reservationPrice.currency()),
        "%s must be in the currency of reservation price R (%s), was %s",
        figure,
        reservationPrice.currency(),
        money);
  }

  /**
   * Returns the comparison of the given figures.
   *
   * @param reservationPrice R, the most the co-developer pays per unit for exclusivity
   * @param exclusiveVolume Ve, the units sold to the co-developer under exclusivity
   * @param exclusiveUnitCost ce, the cost per unit under exclusivity
   * @param marketPrice M, the market price per unit if shared
   * @param marketVolume Vm, the units sold at market price if shared
   * @param marketUnitCost cm, the cost per unit at market scale
   * @return the comparison of the given figures
   * @throws IllegalArgumentException as {@link #PriceComparison the constructor}
   * @throws NullPointerException if a figure is null
   */
  public static PriceComparison of(
      Money reservationPrice,
      BigDecimal exclusiveVolume,
      Money exclusiveUnitCost,
      Money marketPrice,
      BigDecimal marketVolume,
      Money marketUnitCost) {
    return new PriceComparison(
        reservationPrice,
        exclusiveVolume,
        exclusiveUnitCost,
        marketPrice,
        marketVolume,
        marketUnitCost);
  }

  /**
   * Returns the exclusive margin, (R &minus; ce) &times; Ve, exactly.
   *
   * @return the exclusive margin, (R &minus; ce) &times; Ve, exactly
   */
  public Money exclusiveMargin() {
    return money(exclusiveUnitMargin().multiply(exclusiveVolume));
  }

  /**
   * Returns the market margin, (M &minus; cm) &times; Vm, exactly.
   *
   * @return the market margin, (M &minus; cm) &times; Vm, exactly
   */
  public Money marketMargin() {
    return money(marketUnitMargin().multiply(marketVolume));
  }

  /**
   * Returns the market margin less the exclusive margin: positive when sharing earns more.
   *
   * @return the market margin less the exclusive margin
   */
  public Money difference() {
    return money(marketMargin().amount().subtract(exclusiveMargin().amount()));
  }

  /**
   * Returns the market volume at which sharing breaks even, (R &minus; ce) &times; Ve / (M &minus;
   * cm), rounded to {@link #BREAK_EVEN}.
   *
   * @return the market volume at which sharing breaks even, (R &minus; ce) &times; Ve / (M &minus;
   *     cm), rounded to {@link #BREAK_EVEN}
   */
  public BigDecimal breakEvenMarketVolume() {
    return exclusiveUnitMargin().multiply(exclusiveVolume).divide(marketUnitMargin(), BREAK_EVEN);
  }

  /**
   * Returns the arrangement that pays the firm more at the given volumes: {@link
   * CustomerChoice#SHARED} when the market margin is greater, {@link CustomerChoice#EXCLUSIVE} when
   * the exclusive margin is, empty when they are equal. A comparison of margins, not a
   * recommendation: the choice is the customer's.
   *
   * @return the arrangement that pays the firm more at the given volumes
   */
  public Optional<CustomerChoice> paysMore() {
    return switch (difference().amount().signum()) {
      case 1 -> Optional.of(CustomerChoice.SHARED);
      case -1 -> Optional.of(CustomerChoice.EXCLUSIVE);
      default -> Optional.empty();
    };
  }

  /**
   * Returns by how much the arrangement that {@linkplain #paysMore() pays more} does so: the
   * absolute {@linkplain #difference() difference} of the two margins, 0 when they are equal.
   *
   * @return by how much the arrangement that {@linkplain #paysMore() pays more} does so
   */
  public Money byHowMuch() {
    return money(difference().amount().abs());
  }

  /**
   * Returns one sentence saying which arrangement pays more at the given volumes and by how much,
   * with both margins, for example {@code at Ve=1000 and Vm=3000, sharing at market price pays 5000
   * EUR more than exclusivity (exclusive margin 7000 EUR, market margin 12000 EUR); the choice is
   * the customer's}.
   *
   * @return one sentence saying which arrangement pays more at the given volumes and by how much,
   *     with both margins
   */
  public String summary() {
    String volumes =
        "at Ve="
            + exclusiveVolume.toPlainString()
            + " and Vm="
            + marketVolume.toPlainString()
            + ", ";
    String comparison =
        paysMore()
            .map(
                more ->
                    more == CustomerChoice.SHARED
                        ? "sharing at market price pays " + byHowMuch() + " more than exclusivity"
                        : "exclusivity pays " + byHowMuch() + " more than sharing at market price")
            .orElse("exclusivity and sharing at market price pay the same");
    return volumes
        + comparison
        + " (exclusive margin "
        + exclusiveMargin()
        + ", market margin "
        + marketMargin()
        + "); the choice is the customer's";
  }

  private BigDecimal exclusiveUnitMargin() {
    return reservationPrice.amount().subtract(exclusiveUnitCost.amount());
  }

  private BigDecimal marketUnitMargin() {
    return marketPrice.amount().subtract(marketUnitCost.amount());
  }

  private Money money(BigDecimal amount) {
    return new Money(amount, reservationPrice.currency());
  }
}

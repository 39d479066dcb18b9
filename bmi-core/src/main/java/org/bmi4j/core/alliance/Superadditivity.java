package org.bmi4j.core.alliance;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Map;
import org.bmi4j.core.internal.Decimals;
import org.bmi4j.core.internal.Sentences;
import org.bmi4j.core.model.Ids;
import org.bmi4j.core.model.Money;

/**
 * Whether an alliance generates more than the sum of what its partners would generate alone: "more
 * than a simple addition of its individual companies" [Spieth et al.].
 *
 * <p>The figures are the user's: what each partner would generate on its own, and what the alliance
 * generates jointly, all in one currency. The alliance is superadditive when the joint figure is
 * strictly greater than the sum of the stand-alone figures; an equal figure is a simple addition
 * and is not (library formalisation). Figures may be negative (a loss).
 *
 * @param standAlone what each partner would generate alone, by partner id, at least two partners
 * @param joint what the alliance generates jointly
 */
public record Superadditivity(ImmutableMap<String, Money> standAlone, Money joint) {

  /**
   * Checks the figures.
   *
   * @param standAlone what each partner would generate alone, by partner id, at least two partners
   * @param joint what the alliance generates jointly
   * @throws IllegalArgumentException if fewer than two partners are given, a partner id does not
   *     match {@link Ids#PATTERN}, a figure is in another currency than the joint one, or the sum
   *     of the stand-alone figures or the surplus has more than 30 digits before the decimal point
   *     (the {@link Money} domain), so that {@link #sum} and {@link #surplus} always fit
   * @throws NullPointerException if an argument, key or value is null
   */
  public Superadditivity {
    checkNotNull(standAlone, "standAlone");
    checkNotNull(joint, "joint");
    checkArgument(
        standAlone.size() >= 2,
        "standAlone must give the figures of at least two partners, was %s",
        standAlone.size());
    for (Map.Entry<String, Money> figure : standAlone.entrySet()) {
      checkArgument(
          Ids.isValid(figure.getKey()),
          "standAlone partner must be an actor id matching %s, was '%s'",
          Ids.PATTERN.pattern(),
          figure.getKey());
      checkArgument(
          figure.getValue().currency().equals(joint.currency()),
          "stand-alone figure of partner '%s' must be in the joint figure's currency %s, was %s",
          figure.getKey(),
          joint.currency(),
          figure.getValue());
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (Money figure : standAlone.values()) {
      sum = sum.add(figure.amount());
    }
    checkArgument(
        Decimals.fits(sum),
        "the stand-alone figures sum to %s, more than %s digits before the decimal point;"
            + " give the figures in a larger unit",
        sum,
        Decimals.MAX_DIGITS);
    BigDecimal surplus = joint.amount().subtract(sum);
    checkArgument(
        Decimals.fits(surplus),
        "the joint figure less the stand-alone sum is %s, more than %s digits before the decimal"
            + " point; give the figures in a larger unit",
        surplus,
        Decimals.MAX_DIGITS);
  }

  /**
   * Copies the given collections, of any kind, into immutable ones.
   *
   * @param standAlone what each partner would generate alone, by partner id, at least two partners
   * @param joint what the alliance generates jointly
   * @throws IllegalArgumentException if fewer than two partners are given, a partner id does not
   *     match {@link Ids#PATTERN}, a figure is in another currency than the joint one, or the sum
   *     of the stand-alone figures or the surplus has more than 30 digits before the decimal point
   *     (the {@link Money} domain), so that {@link #sum} and {@link #surplus} always fit
   * @throws NullPointerException if an argument, key or value is null
   */
  public Superadditivity(Map<? extends String, ? extends Money> standAlone, Money joint) {
    this(ImmutableMap.copyOf(standAlone), joint);
  }

  /**
   * Returns the verdict for the given stand-alone figures, in the map's iteration order, and the
   * joint figure.
   *
   * @param standAlone each partner's stand-alone figure, by partner id
   * @param joint the figure the partners reach together
   * @return the verdict for the given stand-alone figures, in the map's iteration order, and the
   *     joint figure
   * @throws IllegalArgumentException as {@link #Superadditivity the constructor}
   * @throws NullPointerException if an argument, key or value is null
   */
  public static Superadditivity of(Map<String, Money> standAlone, Money joint) {
    return new Superadditivity(ImmutableMap.copyOf(checkNotNull(standAlone, "standAlone")), joint);
  }

  /**
   * Returns the sum of the stand-alone figures.
   *
   * @return the sum of the stand-alone figures
   */
  public Money sum() {
    BigDecimal sum = BigDecimal.ZERO;
    for (Money figure : standAlone.values()) {
      sum = sum.add(figure.amount());
    }
    return new Money(sum, joint.currency());
  }

  /**
   * Returns the joint figure less the sum of the stand-alone figures.
   *
   * @return the joint figure less the sum of the stand-alone figures
   */
  public Money surplus() {
    return new Money(joint.amount().subtract(sum().amount()), joint.currency());
  }

  /**
   * Returns whether the joint figure is strictly greater than the sum of the stand-alone ones.
   *
   * @return whether the joint figure is strictly greater than the sum of the stand-alone ones
   */
  public boolean isSuperadditive() {
    return surplus().amount().signum() > 0;
  }

  /**
   * Returns a short description for logs: how many partners and the joint figure; never the
   * figures.
   */
  @Override
  public String toString() {
    return "Superadditivity["
        + Sentences.count(standAlone.size(), "partner")
        + ", joint "
        + joint
        + "]";
  }
}

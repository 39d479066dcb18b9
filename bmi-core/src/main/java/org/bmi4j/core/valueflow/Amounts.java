package org.bmi4j.core.valueflow;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Currency;
import org.bmi4j.core.model.Money;

/** The package's one rounding rule (see the package documentation). */
final class Amounts {
  /** Division: 34 significant digits, half-even. */
  static final MathContext DIVISION = MathContext.DECIMAL128;

  /** The most decimals a divided amount keeps, half-even (a {@link Money} holds at most 30). */
  static final int MAX_DECIMALS = 30;

  private Amounts() {}

  /** Returns {@code a / b} at {@link #DIVISION} and at most {@link #MAX_DECIMALS} decimals. */
  static BigDecimal divide(BigDecimal a, BigDecimal b) {
    BigDecimal q = a.divide(b, DIVISION);
    return q.scale() > MAX_DECIMALS ? q.setScale(MAX_DECIMALS, RoundingMode.HALF_EVEN) : q;
  }

  /**
   * Returns money of a computed amount, rounded half-even to {@link #MAX_DECIMALS} decimals should
   * a product have more (a {@link Money} holds at most 30); the scenario's checks keep its integer
   * digits in range.
   */
  static Money money(BigDecimal amount, Currency currency) {
    return new Money(
        amount.scale() > MAX_DECIMALS
            ? amount.setScale(MAX_DECIMALS, RoundingMode.HALF_EVEN)
            : amount,
        currency);
  }

  /** Returns the amount rounded half-even to the currency's minor unit, for display. */
  static BigDecimal display(BigDecimal amount, Currency currency) {
    int digits = currency.getDefaultFractionDigits();
    return digits < 0
        ? amount.stripTrailingZeros()
        : amount.setScale(digits, RoundingMode.HALF_EVEN);
  }

  /** Returns the money rounded half-even to its currency's minor unit, for display. */
  static String display(Money money) {
    return display(money.amount(), money.currency()).toPlainString();
  }
}

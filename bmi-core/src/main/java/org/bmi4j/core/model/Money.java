package org.bmi4j.core.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in a currency.
 *
 * <p>Two amounts are equal when their currencies are equal and their amounts are numerically equal
 * ({@code 3.5} equals {@code 3.50}). The amount may be negative (a difference); the model rejects
 * negative revenue and cost amounts. At most 30 digits before and 30 after the decimal point.
 *
 * @param amount the amount, in units of the currency
 * @param currency the currency
 */
public record Money(BigDecimal amount, Currency currency) {
  private static final int MAX_DIGITS = 30;

  /**
   * Checks the amount and currency.
   *
   * @throws NullPointerException if either is null
   * @throws IllegalArgumentException if the amount has more than 30 integer or fraction digits
   */
  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    checkArgument(
        amount.signum() == 0
            || amount.scale() <= MAX_DIGITS && amount.precision() - amount.scale() <= MAX_DIGITS,
        "amount must have at most %s digits before and after the decimal point, was %s",
        MAX_DIGITS,
        amount);
  }

  /**
   * Returns money of a decimal amount and an ISO 4217 currency code.
   *
   * @throws NumberFormatException if {@code amount} is not a decimal number
   * @throws IllegalArgumentException if {@code currencyCode} is not an ISO 4217 code
   */
  public static Money of(String amount, String currencyCode) {
    return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
  }

  /** Returns whether the amount is below zero. */
  @JsonIgnore
  public boolean isNegative() {
    return amount.signum() < 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money other
        && currency.equals(other.currency)
        && amount.compareTo(other.amount) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * currency.hashCode() + amount.stripTrailingZeros().hashCode();
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency.getCurrencyCode();
  }
}

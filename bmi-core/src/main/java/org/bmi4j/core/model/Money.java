package org.bmi4j.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import org.bmi4j.core.internal.Decimals;

/**
 * An amount of money in a currency.
 *
 * <p>Two amounts are equal when their currencies are equal and their amounts are numerically equal
 * ({@code 3.5} equals {@code 3.50}). The amount may be negative (a difference); the model rejects
 * negative revenue and cost amounts. At most {@value #MAX_DIGITS} digits before and {@value
 * #MAX_DIGITS} after the decimal point, zero included: {@code 0E-40} is rejected, while a zero
 * written with a positive exponent, such as {@code 0E+40}, is {@code 0}. This is the one numeric
 * domain of the library, shared by ratios, shares and volumes (library formalisation). Every sum
 * the library makes of amounts is checked against it where the summed value is built, so no amount
 * it reports leaves the domain.
 *
 * @param amount the amount, in units of the currency
 * @param currency the currency
 */
public record Money(BigDecimal amount, Currency currency) {
  /** The most digits an amount has before, and the most after, the decimal point. */
  public static final int MAX_DIGITS = Decimals.MAX_DIGITS;

  /**
   * Checks the amount and currency.
   *
   * @param amount the amount, in units of the currency
   * @param currency the currency
   * @throws NullPointerException if either is null
   * @throws IllegalArgumentException if the amount has more than 30 integer or fraction digits
   */
  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    if (amount.signum() == 0 && amount.scale() < 0) {
      amount = BigDecimal.ZERO; // 0E+31 is plainly 0: no exponent reaches arithmetic or text
    }
    Decimals.check("amount", amount);
  }

  /**
   * Returns money of a decimal amount and an ISO 4217 currency code.
   *
   * @param amount the decimal amount, such as {@code "12.50"}
   * @param currencyCode the ISO 4217 code, such as {@code EUR}
   * @return money of a decimal amount and an ISO 4217 currency code
   * @throws NumberFormatException if {@code amount} is not a decimal number of at most 100
   *     characters
   * @throws IllegalArgumentException if {@code currencyCode} is not an ISO 4217 code (upper case,
   *     such as {@code EUR}) or the amount is outside the domain above
   * @throws NullPointerException if an argument is null
   */
  public static Money of(String amount, String currencyCode) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currencyCode, "currencyCode");
    return new Money(Decimals.parse("amount", amount), currency(currencyCode));
  }

  private static Currency currency(String code) {
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "currencyCode must be an ISO 4217 code in upper case, such as EUR or USD, was '"
              + code
              + "'",
          e);
    }
  }

  /**
   * Returns whether the amount is below zero.
   *
   * @return whether the amount is below zero
   */
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

  /**
   * Returns a copy with the given amount, every other part unchanged.
   *
   * @param amount the amount
   * @return a copy with the given amount
   */
  public Money withAmount(BigDecimal amount) {
    return new Money(amount, currency);
  }

  /**
   * Returns a copy with the given currency, every other part unchanged.
   *
   * @param currency the currency
   * @return a copy with the given currency
   */
  public Money withCurrency(Currency currency) {
    return new Money(amount, currency);
  }
}

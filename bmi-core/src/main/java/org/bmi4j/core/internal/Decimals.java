package org.bmi4j.core.internal;

import java.math.BigDecimal;

/**
 * The one numeric domain of bmi4j: every amount, valuation, ratio, share and volume has at most
 * {@value #MAX_DIGITS} digits before and {@value #MAX_DIGITS} after the decimal point (library
 * formalisation). Zeros are checked like any other number, so {@code 0E-999999999} and {@code
 * 0E+40} are outside ({@code Money} reads the latter as 0 before checking); the check is
 * overflow-safe for any scale, {@code 1E+2147483647} included.
 *
 * <p>Inside the domain, every figure the library formats or computes with has a bounded number of
 * digits, so no text or arithmetic grows with a forged exponent.
 */
public final class Decimals {
  /** The most digits before, and the most after, the decimal point. */
  public static final int MAX_DIGITS = 30;

  /** The longest decimal text parsed, in characters (as {@code BmiJson}'s number bound). */
  public static final int MAX_TEXT_LENGTH = 100;

  private Decimals() {}

  /**
   * Returns whether {@code value} has at most 30 digits before and 30 after the point.
   *
   * @param value the figure
   * @return whether {@code value} has at most 30 digits before and 30 after the point
   */
  public static boolean fits(BigDecimal value) {
    int scale = value.scale();
    // precision - scale in long arithmetic: an int would overflow for scale -2^31
    return scale <= MAX_DIGITS && (long) value.precision() - scale <= MAX_DIGITS;
  }

  /**
   * Returns {@code value} if it {@link #fits}.
   *
   * @param what names the figure in the message, such as {@code "amount"}
   * @param value the figure
   * @return {@code value} if it {@link #fits}
   * @throws IllegalArgumentException naming the figure, its value and the bound otherwise
   */
  public static BigDecimal check(String what, BigDecimal value) {
    if (!fits(value)) {
      throw new IllegalArgumentException(outside(what, value));
    }
    return value;
  }

  /**
   * Returns the sentence for a figure outside the domain.
   *
   * @param what names the figure in the message, such as {@code "amount"}
   * @param value the figure outside the domain
   * @return the sentence for a figure outside the domain
   */
  public static String outside(String what, BigDecimal value) {
    return what
        + " must have at most "
        + MAX_DIGITS
        + " digits before and "
        + MAX_DIGITS
        + " after the decimal point, was "
        + value // BigDecimal.toString: scientific notation, bounded by the digits it has
        + "; give a figure in that range (write zero as 0)";
  }

  /**
   * Parses a decimal text of at most {@value #MAX_TEXT_LENGTH} characters.
   *
   * @param what names the figure in the message, such as {@code "amount"}
   * @param text the decimal text
   * @return the decimal number the text denotes, exact
   * @throws NumberFormatException naming the figure and the text if it is not a decimal number or
   *     too long
   */
  public static BigDecimal parse(String what, String text) {
    if (text.length() > MAX_TEXT_LENGTH) {
      throw new NumberFormatException(
          what
              + " must be a decimal number of at most "
              + MAX_TEXT_LENGTH
              + " characters, was "
              + text.length()
              + " characters long");
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new NumberFormatException(
          what + " must be a decimal number such as 12.50, was '" + text + "'");
    }
  }
}

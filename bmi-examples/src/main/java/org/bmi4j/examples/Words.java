package org.bmi4j.examples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;
import org.bmi4j.core.model.Money;
import org.bmi4j.process.alliance.AlliancePhase;
import org.bmi4j.process.alliance.VisionKind;

/**
 * Words for a reader: enum constants as lower-case words, lists joined with "and", amounts in one
 * format, and what each alliance vision and ending means.
 */
final class Words {
  private Words() {}

  /** Returns the constant as lower-case words, such as "joint venture" for JOINT_VENTURE. */
  static String of(Enum<?> constant) {
    return switch (constant.name()) {
      case "R_AND_D" -> "R&D";
      default -> constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    };
  }

  /** Returns the constants as words joined with commas and a final "and". */
  static String of(Collection<? extends Enum<?>> constants) {
    return list(constants.stream().map(Words::of).collect(Collectors.toList()));
  }

  /** Returns the texts joined with commas and a final "and": "a", "a and b", "a, b and c". */
  static String list(Collection<String> texts) {
    var items = texts.stream().toList();
    if (items.isEmpty()) {
      return "none";
    }
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " and "
        + items.get(items.size() - 1);
  }

  /** Returns the count with its noun, singular for one: "1 offering", "3 offerings". */
  static String count(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }

  /** Returns the count with its noun, the plural formed with "s". */
  static String count(long n, String noun) {
    return count(n, noun, noun + "s");
  }

  /**
   * Returns an amount the one way the tour writes money: the amount with two decimals, then the
   * currency code, as the library's {@link Money#toString()} orders them and its value-flow tables
   * print them: "300.00 INR", "-5500000.00 INR".
   */
  static String money(Money money) {
    return money(money.amount(), money.currency().getCurrencyCode());
  }

  /** Returns the amount in the tour's one format for money: "430000.00 EUR". */
  static String money(BigDecimal amount, String currencyCode) {
    return amount.setScale(2, RoundingMode.HALF_UP).toPlainString() + " " + currencyCode;
  }

  /** Returns the amount in the tour's one format for money: "430000.00 EUR". */
  static String money(double amount, String currencyCode) {
    return money(BigDecimal.valueOf(amount), currencyCode);
  }

  /**
   * Returns the vision as a word and what it means: "independent: the alliance business model is
   * run on its own" [SPIETH]; DIVEST is the library's addition.
   */
  static String vision(VisionKind vision) {
    return of(vision)
        + ": "
        + switch (vision) {
          case REINTEGRATE -> "one partner takes the alliance business model into its own";
          case INDEPENDENT ->
              "the alliance business model is run on its own, apart from the partners";
          case SPLIT ->
              "each partner continues the business model on its own, for example in split markets";
          case COMPLETE -> "the alliance ends at the end its contract defines";
          case DIVEST -> "the alliance business is sold to a named buyer (a library addition)";
        };
  }

  /**
   * Returns the alliance phase as a word and, for an ending, what it means: "split: each partner
   * continues the business model on its own" [SPIETH]; DIVESTED is the library's addition.
   */
  static String ending(AlliancePhase ending) {
    return of(ending)
        + switch (ending) {
          case REINTEGRATED -> ": one partner has taken the alliance business model into its own";
          case INDEPENDENT ->
              ": the alliance business model is run on its own, apart from the partners";
          case SPLIT ->
              ": each partner continues the business model on its own, for example in split markets";
          case COMPLETED -> ": the contract ran to the end it defined";
          case DIVESTED -> ": the alliance business was sold to a named buyer (a library addition)";
          case TERMINATED ->
              ": the alliance failed and was ended before its business model ran its course";
          case CONCEPT, FOUNDATION, DEVELOPMENT, OPERATION -> "";
        };
  }
}

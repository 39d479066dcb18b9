package org.bmi4j.examples;

import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/** Words for a reader: enum constants as lower-case words, lists joined with "and". */
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
}

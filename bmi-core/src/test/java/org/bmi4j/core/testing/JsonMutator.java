package org.bmi4j.core.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Turns a valid bmi4j document into malformed or mutated variants: byte flips, truncation, deep
 * nesting, huge strings and numbers, numeric extremes (zeros with huge exponents, exponents near
 * 2^31, sums past 30 digits), wrong types, unknown type names, duplicate keys, dropped, doubled and
 * swapped lines. Works on any bmi4j document type.
 */
public final class JsonMutator {
  /** The kinds of mutation, each equally likely. */
  public enum Kind {
    FLIP_CHARACTER,
    TRUNCATE,
    DEEP_NESTING,
    HUGE_STRING,
    HUGE_NUMBER,
    WRONG_TYPE,
    UNKNOWN_TYPE_NAME,
    DUPLICATE_KEY,
    DROP_LINE,
    SWAP_LINES,
    INSERT_TOKEN,
    NULL_VALUE,
    NUMERIC_EXTREME
  }

  /**
   * Numbers at the edges of the numeric domain: zeros and ones with huge exponents, exponents near
   * 2^31 (the int scale of {@code BigDecimal}), thirty nines (whose sums pass 30 digits), zero,
   * negatives.
   */
  public static final List<String> NUMERIC_EXTREMES =
      List.of(
          "0E-999999999",
          "0e-2000000000",
          "0E-20000000",
          "-0E-200000000",
          "1E-2000000000",
          "1e-999999999",
          "0E+2147483647",
          "1E+2147483647",
          "1e-2147483647",
          "1E-2147483648",
          "1E+2147483648",
          "9".repeat(30),
          "9".repeat(30) + "." + "9".repeat(30),
          "0." + "0".repeat(29) + "1",
          "1E+29",
          "1E+30",
          "0",
          "-1",
          "5",
          "1E-30",
          "2147483647",
          "-2147483648");

  private static final String[] TOKENS = {
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\"",
    "\\",
    "null",
    "true",
    "-0",
    "1e309",
    "\"\\u0000\"",
    "\"\\ud800\"",
    "NaN",
    "/*",
    "\u0000",
    "\u00ff",
    "\uffff",
    "0x10",
    "[]",
    "{}"
  };
  private static final String[] WRONG_VALUES = {
    "null",
    "true",
    "false",
    "0",
    "-1",
    "2147483648",
    "1.5",
    "\"x\"",
    "\"\"",
    "[]",
    "{}",
    "[null]",
    "{\"type\":\"item\"}",
    "\"ECONOMIC\"",
    "\"P-1Y\"",
    "\"XYZ\"",
    "1e-400"
  };

  private final Random random;

  /** Returns a mutator drawing from {@code random}. */
  public JsonMutator(Random random) {
    this.random = random;
  }

  /** Returns a mutant of {@code json} of the given kind. */
  public String mutate(String json, Kind kind) {
    List<String> lines = new ArrayList<>(Arrays.asList(json.split("\n", -1)));
    switch (kind) {
      case FLIP_CHARACTER -> {
        char[] chars = json.toCharArray();
        int flips = 1 + random.nextInt(3);
        for (int i = 0; i < flips; i++) {
          chars[random.nextInt(chars.length)] = (char) random.nextInt(128);
        }
        return new String(chars);
      }
      case TRUNCATE -> {
        return json.substring(0, random.nextInt(json.length()));
      }
      case DEEP_NESTING -> {
        int depth = 50 + random.nextInt(5000);
        String open = random.nextBoolean() ? "[" : "{\"a\":";
        String value = open.repeat(depth);
        return replaceValue(lines, value);
      }
      case HUGE_STRING -> {
        String value = "\"" + "x".repeat(50_000 + random.nextInt(200_000)) + "\"";
        return replaceValue(lines, value);
      }
      case HUGE_NUMBER -> {
        String value =
            switch (random.nextInt(4)) {
              case 0 -> "9".repeat(50 + random.nextInt(2000));
              case 1 -> "1e" + (random.nextBoolean() ? "" : "-") + "999999999";
              case 2 -> "0." + "0".repeat(200) + "1";
              default -> "-" + "1".repeat(30) + "." + "5".repeat(31);
            };
        return replaceValue(lines, value);
      }
      case WRONG_TYPE -> {
        return replaceValue(lines, WRONG_VALUES[random.nextInt(WRONG_VALUES.length)]);
      }
      case NULL_VALUE -> {
        return replaceValue(lines, "null");
      }
      case NUMERIC_EXTREME -> {
        String value = NUMERIC_EXTREMES.get(random.nextInt(NUMERIC_EXTREMES.size()));
        List<Integer> numeric = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
          if (lines.get(i).matches(".*\" : -?[0-9][-+.0-9eE]*,?")) {
            numeric.add(i);
          }
        }
        if (numeric.isEmpty() || random.nextInt(4) == 0) {
          return replaceValue(lines, value); // sometimes a number where none belongs
        }
        int i = numeric.get(random.nextInt(numeric.size()));
        String line = lines.get(i);
        int colon = line.indexOf("\" : ") + 4;
        lines.set(i, line.substring(0, colon) + value + (line.endsWith(",") ? "," : ""));
        return String.join("\n", lines);
      }
      case UNKNOWN_TYPE_NAME -> {
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i);
          if (line.contains("\"type\" : ") && random.nextInt(3) > 0) {
            lines.set(
                i,
                line.replaceFirst(
                    "\"type\" : \"[^\"]*\"",
                    "\"type\" : \""
                        + (random.nextBoolean() ? "java.lang.Object" : "bogus")
                        + "\""));
            return String.join("\n", lines);
          }
        }
        return json.replaceFirst(
            "\"type\" : \"[^\"]*\"",
            random.nextBoolean()
                ? "\"type\" : \"process-instance\""
                : "\"type\" : \"business-model\"");
      }
      case DUPLICATE_KEY -> {
        int i = keyLine(lines);
        if (i < 0) {
          return json;
        }
        String line = lines.get(i);
        lines.add(i, line.endsWith(",") ? line : line + ",");
        return String.join("\n", lines);
      }
      case DROP_LINE -> {
        lines.remove(random.nextInt(lines.size()));
        return String.join("\n", lines);
      }
      case SWAP_LINES -> {
        int i = random.nextInt(lines.size());
        int j = random.nextInt(lines.size());
        String swap = lines.get(i);
        lines.set(i, lines.get(j));
        lines.set(j, swap);
        return String.join("\n", lines);
      }
      case INSERT_TOKEN -> {
        int at = random.nextInt(json.length() + 1);
        return json.substring(0, at) + TOKENS[random.nextInt(TOKENS.length)] + json.substring(at);
      }
      default -> throw new AssertionError(kind);
    }
  }

  /** Replaces the value of one "key" : value line with {@code value}. */
  private String replaceValue(List<String> lines, String value) {
    int i = keyLine(lines);
    if (i < 0) {
      return value;
    }
    String line = lines.get(i);
    int colon = line.indexOf("\" : ") + 4;
    String rest = line.substring(colon);
    String tail = rest.endsWith(",") ? "," : "";
    lines.set(i, line.substring(0, colon) + value + tail);
    return String.join("\n", lines);
  }

  private int keyLine(List<String> lines) {
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains("\" : ")) {
        candidates.add(i);
      }
    }
    return candidates.isEmpty() ? -1 : candidates.get(random.nextInt(candidates.size()));
  }
}

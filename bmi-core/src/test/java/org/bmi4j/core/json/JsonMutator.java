package org.bmi4j.core.json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Turns a valid bmi4j document into malformed or mutated variants: byte flips, truncation, deep
 * nesting, huge strings and numbers, wrong types, unknown type names, duplicate keys, dropped,
 * doubled and swapped lines.
 */
final class JsonMutator {
  /** The kinds of mutation, each equally likely. */
  enum Kind {
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
    NULL_VALUE
  }

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

  JsonMutator(Random random) {
    this.random = random;
  }

  String mutate(String json, Kind kind) {
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
        return json.replace("\"business-model\"", "\"process-instance\"");
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

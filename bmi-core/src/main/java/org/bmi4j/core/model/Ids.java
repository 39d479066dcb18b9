package org.bmi4j.core.model;

import java.util.regex.Pattern;

/** The rule every id in a business model follows. */
public final class Ids {
  /**
   * The id pattern: a lower-case letter or digit, then up to 63 lower-case letters, digits, dots,
   * underscores or hyphens.
   */
  public static final Pattern PATTERN = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  private Ids() {}

  /**
   * Returns whether {@code id} follows {@link #PATTERN}. Checked character by character, without a
   * matcher, as every id of every value passes through here.
   *
   * @param id the id, possibly null
   * @return whether {@code id} follows {@link #PATTERN}
   */
  public static boolean isValid(String id) {
    if (id == null || id.isEmpty() || id.length() > 64) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      boolean letterOrDigit = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (!letterOrDigit && (i == 0 || (c != '.' && c != '_' && c != '-'))) {
        return false;
      }
    }
    return true;
  }
}

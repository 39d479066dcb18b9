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

  /** Returns whether {@code id} follows {@link #PATTERN}. */
  public static boolean isValid(String id) {
    return id != null && PATTERN.matcher(id).matches();
  }
}

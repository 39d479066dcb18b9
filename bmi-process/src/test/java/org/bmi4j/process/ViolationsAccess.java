package org.bmi4j.process;

import com.google.common.collect.ImmutableList;

/** Opens the violation collector to guard tests of other packages. */
public final class ViolationsAccess {
  private ViolationsAccess() {}

  /** Returns an empty collector. */
  public static Violations create() {
    return new Violations();
  }

  /** Returns what {@code violations} collected. */
  public static ImmutableList<Violation> list(Violations violations) {
    return violations.toList();
  }
}

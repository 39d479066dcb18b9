package org.bmi4j.process;

import com.google.common.collect.ImmutableList;

/**
 * Collects the violations a guard finds. Guards only add; no violation or list is allocated while
 * every guard passes. Not thread-safe: one collector serves one {@code apply}.
 */
public final class Violations {
  private ImmutableList.Builder<Violation> found;
  private int count;

  Violations() {}

  /** Records a violation concerning the process as a whole. */
  public void add(ViolationCode code, String message) {
    add(code, "", message);
  }

  /** Records a violation concerning {@code subject}, such as a partner's actor id. */
  public void add(ViolationCode code, String subject, String message) {
    if (found == null) {
      found = ImmutableList.builder();
    }
    found.add(new Violation(code, subject, message));
    count++;
  }

  /** Returns whether nothing was recorded. */
  public boolean isEmpty() {
    return count == 0;
  }

  ImmutableList<Violation> toList() {
    return found == null ? ImmutableList.of() : found.build();
  }
}

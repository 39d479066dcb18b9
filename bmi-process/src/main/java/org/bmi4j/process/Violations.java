package org.bmi4j.process;

import com.google.common.collect.ImmutableList;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Collects the violations a guard finds. Guards only add; no violation or list is allocated while
 * every guard passes. Not thread-safe: one collector serves one {@code apply}.
 */
public final class Violations {
  private ImmutableList.@Nullable Builder<Violation> found;
  private int count;

  Violations() {}

  /**
   * Records a violation concerning the process as a whole, with a free-text message.
   *
   * @param code the violation's code
   * @param message what is wrong
   */
  public void add(ViolationCode code, String message) {
    add(code, "", message);
  }

  /**
   * Records a violation concerning {@code subject}, such as a partner's actor id, with a free-text
   * message.
   *
   * @param code the violation's code
   * @param subject what the violation concerns; empty for the process as a whole
   * @param message what is wrong
   */
  public void add(ViolationCode code, String subject, String message) {
    if (found == null) {
      found = ImmutableList.builder();
    }
    found.add(new Violation(code, subject, message));
    count++;
  }

  /**
   * Records a violation concerning {@code subject} (empty for the process as a whole) whose message
   * is the code's {@linkplain ViolationCode#sentence() sentence} filled with {@code arguments}, in
   * order, each argument carried as a value under its {@linkplain ViolationCode#valueNames() name}.
   *
   * @param code the violation's code
   * @param subject what the violation concerns; empty for the process as a whole
   * @param arguments the sentence's arguments, in order
   * @throws IllegalArgumentException if the sentence has another number of {@code %s} than
   *     arguments are given
   */
  public void report(ViolationCode code, String subject, Object... arguments) {
    add(Violation.of(code, subject, arguments));
  }

  private void add(Violation violation) {
    if (found == null) {
      found = ImmutableList.builder();
    }
    found.add(violation);
    count++;
  }

  /**
   * Records a violation concerning {@code subject} like {@link #report(ViolationCode, String,
   * Object...)}, carrying {@code values} by name as well, for callers who act on them.
   *
   * @param code the violation's code
   * @param subject what the violation concerns; empty for the process as a whole
   * @param values the values, by name
   * @param arguments the sentence's arguments, in order
   * @throws IllegalArgumentException if the sentence has another number of {@code %s} than
   *     arguments are given
   */
  public void report(
      ViolationCode code, String subject, Map<String, ?> values, Object... arguments) {
    add(Violation.of(code, subject, values, arguments));
  }

  /**
   * Returns whether nothing was recorded.
   *
   * @return whether nothing was recorded
   */
  public boolean isEmpty() {
    return count == 0;
  }

  ImmutableList<Violation> toList() {
    return found == null ? ImmutableList.of() : found.build();
  }
}

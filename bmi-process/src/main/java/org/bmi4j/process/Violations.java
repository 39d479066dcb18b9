package org.bmi4j.process;

import com.google.common.collect.ImmutableList;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Collects the violations a guard finds. Guards only add, and may ask whether anything was added so
 * far; no collector, violation or list is allocated while every guard passes (see {@link Guard}). A
 * collector a guard is handed serves that one call of the guard.
 */
public final class Violations {
  private static final VarHandle COUNT;

  static {
    try {
      COUNT = MethodHandles.lookup().findVarHandle(Violations.class, "count", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private ImmutableList.@Nullable Builder<Violation> found;
  // the number of violations added; for a probe, of reports from every thread, counted atomically
  private int count;
  // a probe is shared by every apply of one rule: it keeps nothing, counts reports and always
  // looks empty, so that guards run against it exactly as against a fresh collector until the
  // first report, after which the kernel runs them again against a fresh one
  private final boolean probe;

  Violations() {
    this(false);
  }

  private Violations(boolean probe) {
    this.probe = probe;
  }

  /** Returns a probe: a collector shared by every apply of one rule, which only counts reports. */
  static Violations probe() {
    return new Violations(true);
  }

  /**
   * Returns the number of reports a probe has counted so far (from every thread; it only grows, so
   * a change between two reads on one thread means a report in between, on this or another one).
   */
  int reports() {
    return (int) COUNT.getOpaque(this);
  }

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
    if (probe) {
      counted();
      return;
    }
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
    if (probe) {
      counted();
      return;
    }
    add(Violation.of(code, subject, arguments));
  }

  private void counted() {
    COUNT.getAndAdd(this, 1);
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
    if (probe) {
      counted();
      return;
    }
    add(Violation.of(code, subject, values, arguments));
  }

  /**
   * Returns whether nothing was recorded.
   *
   * @return whether nothing was recorded
   */
  public boolean isEmpty() {
    return probe || count == 0;
  }

  ImmutableList<Violation> toList() {
    return found == null ? ImmutableList.of() : found.build();
  }
}

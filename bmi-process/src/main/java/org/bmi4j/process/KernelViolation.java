package org.bmi4j.process;

import java.util.List;

/** The violations the kernel itself reports, whatever the process. */
public enum KernelViolation implements ViolationCode {
  /** The current state has no transition for the event's type. */
  EVENT_NOT_PERMITTED(
      "%s is not permitted in %s; permitted there: %s", "event", "state", "permitted"),
  /** The instance is in a terminal state, which absorbs every event. */
  PROCESS_ENDED(
      "process '%s' has ended in %s, a terminal state that absorbs every event; start a new"
          + " instance to go on",
      "process", "state");

  private final String sentence;
  private final List<String> valueNames;

  KernelViolation(String sentence, String... valueNames) {
    this.sentence = sentence;
    this.valueNames = List.of(valueNames);
  }

  /**
   * Returns the names of the values this code's messages carry, one per {@code %s} of its sentence,
   * in order; listed in {@code docs/codes.md}.
   */
  @Override
  public List<String> valueNames() {
    return valueNames;
  }

  /**
   * Returns the sentence template of this code's messages: literal text with {@code %s} where the
   * message names what is wrong, where (state, event) and what would be right; each code's template
   * is its own.
   */
  @Override
  public String sentence() {
    return sentence;
  }
}

package org.bmi4j.process;

import com.google.common.collect.ImmutableList;

/**
 * Thrown by {@link ProcessInstance#applyOrThrow} when the event is rejected; lists every violation.
 */
public final class EventRejectedException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final transient Object event;

  /** The violations the event was rejected with. */
  private final ImmutableList<Violation> violations;

  EventRejectedException(
      String process, Enum<?> state, Object event, ImmutableList<Violation> violations) {
    super(describe(process, state, event, violations));
    this.event = event;
    this.violations = violations;
  }

  private static String describe(
      String process, Enum<?> state, Object event, ImmutableList<Violation> violations) {
    StringBuilder text =
        new StringBuilder(process)
            .append(" in ")
            .append(state.name())
            .append(" rejected ")
            .append(event)
            .append(':');
    for (Violation violation : violations) {
      text.append("\n  ").append(violation);
    }
    return text.toString();
  }

  /**
   * Returns the rejected event.
   *
   * @return the rejected event
   */
  public Object event() {
    return event;
  }

  /**
   * Returns every violated condition.
   *
   * @return every violated condition
   */
  public ImmutableList<Violation> violations() {
    return violations;
  }
}

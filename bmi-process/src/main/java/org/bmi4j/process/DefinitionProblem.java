package org.bmi4j.process;

import java.util.Objects;

/**
 * One problem of a process definition that failed to build.
 *
 * @param code the stable code
 * @param message a sentence naming the states or event types involved and what would fix it
 */
public record DefinitionProblem(Code code, String message) {
  /** @throws NullPointerException if a component is null */
  public DefinitionProblem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  /** The stable codes of definition problems. */
  public enum Code {
    /** No initial state was given. */
    MISSING_INITIAL,
    /** A state cannot be reached from the initial state. */
    UNREACHABLE_STATE,
    /** A terminal state has a transition. */
    TERMINAL_WITH_EXIT,
    /** A non-terminal state has no transition to another state. */
    DEAD_END,
    /** Two transitions leave the same state on the same event type. */
    AMBIGUOUS_TRANSITION,
    /** An event type is abstract, an interface, or not a subtype of the process's event type. */
    BAD_EVENT_TYPE
  }

  @Override
  public String toString() {
    return code + ": " + message;
  }
}

package org.bmi4j.process;

import java.util.Objects;

/**
 * One problem of a process definition that failed to build.
 *
 * @param code the stable code
 * @param message a sentence naming the states or event types involved and what would fix it
 */
public record DefinitionProblem(Code code, String message) {
  /**
   * @param code the stable code
   * @param message a sentence naming the states or event types involved and what would fix it
   * @throws NullPointerException if a component is null
   */
  public DefinitionProblem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  /** The stable codes of definition problems. */
  public enum Code {
    /** No initial state was given. */
    MISSING_INITIAL("no initial state; call initial(...) with one of %s"),
    /** A state cannot be reached from the initial state. */
    UNREACHABLE_STATE(
        "state %s cannot be reached from the initial state %s; add a transition"
            + " leading to it"),
    /** A terminal state has a transition. */
    TERMINAL_WITH_EXIT(
        "terminal state %s has a transition on %s; terminal states absorb every"
            + " event, so remove the transition or do not mark the state terminal"),
    /** A non-terminal state has no transition to another state. */
    DEAD_END(
        "non-terminal state %s has no transition to another state; add one or mark it"
            + " terminal"),
    /** Two transitions leave the same state on the same event type. */
    AMBIGUOUS_TRANSITION("state %s has two transitions on %s; keep one per state and event type"),
    /** An event type is abstract, an interface, or not a subtype of the process's event type. */
    BAD_EVENT_TYPE(
        "event type %s is not a concrete subtype of %s; declare transitions on"
            + " concrete event classes");

    private final String sentence;

    Code(String sentence) {
      this.sentence = sentence;
    }

    /**
     * Returns the sentence template of this code's messages: literal text with {@code %s} where the
     * message names the states or event types involved and what would fix the definition; each
     * code's template is its own.
     *
     * @return the sentence template of this code's messages
     */
    public String sentence() {
      return sentence;
    }
  }

  @Override
  public String toString() {
    return code + ": " + message;
  }
}

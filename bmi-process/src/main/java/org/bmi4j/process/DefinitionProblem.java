package org.bmi4j.process;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bmi4j.core.internal.Sentences;
import org.bmi4j.core.model.CodedMessage;
import org.bmi4j.core.model.MessageCode;

/**
 * One problem of a process definition that failed to build.
 *
 * @param code the stable code
 * @param message a sentence naming the states or event types involved and what would fix it
 * @param values the values the message uses, by the names of the code's {@linkplain
 *     Code#valueNames() value names}
 */
public record DefinitionProblem(Code code, String message, Map<String, Object> values)
    implements CodedMessage {
  /**
   * @param code the stable code
   * @param message a sentence naming the states or event types involved and what would fix it
   * @param values the values the message uses, by the names of the code's {@linkplain
   *     Code#valueNames() value names}
   * @throws NullPointerException if a component, value name or value is null
   */
  public DefinitionProblem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    values = ImmutableMap.copyOf(Objects.requireNonNull(values, "values"));
  }

  /**
   * A problem without named values.
   *
   * @param code the stable code
   * @param message a sentence naming the states or event types involved and what would fix it
   * @throws NullPointerException if an argument is null
   */
  public DefinitionProblem(Code code, String message) {
    this(code, message, ImmutableMap.of());
  }

  /**
   * A problem whose message is {@code code}'s {@linkplain Code#sentence() sentence} filled with
   * {@code arguments}, each carried as a value under its {@linkplain Code#valueNames() name}.
   *
   * @param code the stable code
   * @param arguments the sentence's arguments, in order
   * @return the problem
   * @throws IllegalArgumentException if the sentence has another number of {@code %s} than
   *     arguments are given
   * @throws NullPointerException if an argument is null
   */
  public static DefinitionProblem of(Code code, Object... arguments) {
    return new DefinitionProblem(
        code,
        Sentences.format(code.sentence(), arguments),
        Sentences.values(code.valueNames(), ImmutableMap.of(), arguments));
  }

  /** The stable codes of definition problems. */
  public enum Code implements MessageCode {
    /** No initial state was given. */
    MISSING_INITIAL("no initial state; call initial(...) with one of %s", "states"),
    /** A state cannot be reached from the initial state. */
    UNREACHABLE_STATE(
        "state %s cannot be reached from the initial state %s; add a transition" + " leading to it",
        "state", "initial"),
    /** A terminal state has a transition. */
    TERMINAL_WITH_EXIT(
        "terminal state %s has a transition on %s; terminal states absorb every"
            + " event, so remove the transition or do not mark the state terminal",
        "state", "event"),
    /** A non-terminal state has no transition to another state. */
    DEAD_END(
        "non-terminal state %s has no transition to another state; add one or mark it"
            + " terminal",
        "state"),
    /** Two transitions leave the same state on the same event type. */
    AMBIGUOUS_TRANSITION(
        "state %s has two transitions on %s; keep one per state and event type", "state", "event"),
    /** An event type is abstract, an interface, or not a subtype of the process's event type. */
    BAD_EVENT_TYPE(
        "event type %s is not a concrete subtype of %s; declare transitions on"
            + " concrete event classes",
        "eventType", "processEventType");

    private final String sentence;
    private final List<String> valueNames;

    Code(String sentence, String... valueNames) {
      this.sentence = sentence;
      this.valueNames = List.of(valueNames);
    }

    /**
     * Returns the names of the values this code's messages carry, one per {@code %s} of its
     * sentence, in order; listed in {@code docs/codes.md}.
     *
     * @return the names of the values this code's messages carry, in sentence order
     */
    @Override
    public List<String> valueNames() {
      return valueNames;
    }

    /**
     * Returns the sentence template of this code's messages: literal text with {@code %s} where the
     * message names the states or event types involved and what would fix the definition; each
     * code's template is its own.
     *
     * @return the sentence template of this code's messages
     */
    @Override
    public String sentence() {
      return sentence;
    }
  }

  @Override
  public String toString() {
    return code + ": " + message;
  }
}

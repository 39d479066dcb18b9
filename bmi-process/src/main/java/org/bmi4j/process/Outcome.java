package org.bmi4j.process;

import com.google.common.collect.ImmutableList;
import java.util.Objects;

/**
 * The outcome of applying an event: {@link Accepted} with the new instance, or {@link Rejected}
 * with the unchanged instance and every violated condition. A business rejection is a value, never
 * an exception.
 *
 * @param <S> the state type
 * @param <E> the event type
 * @param <C> the context type
 */
public sealed interface Outcome<S extends Enum<S>, E, C> {
  /**
   * Returns the instance after the event: the new one if accepted, the same one if rejected.
   *
   * @return the instance after the event
   */
  ProcessInstance<S, E, C> instance();

  /**
   * Returns whether the event was accepted.
   *
   * @return whether the event was accepted
   */
  boolean isAccepted();

  /**
   * The event was accepted.
   *
   * @param instance the new instance
   * @param step the step appended to its history
   */
  record Accepted<S extends Enum<S>, E, C>(ProcessInstance<S, E, C> instance, Step<S, E> step)
      implements Outcome<S, E, C> {
    /**
     * @param instance the new instance
     * @param step the step appended to its history
     * @throws NullPointerException if a component is null
     */
    public Accepted {
      Objects.requireNonNull(instance, "instance");
      Objects.requireNonNull(step, "step");
    }

    @Override
    public boolean isAccepted() {
      return true;
    }
  }

  /**
   * The event was rejected; the instance is unchanged.
   *
   * @param instance the unchanged instance
   * @param event the rejected event
   * @param violations every violated condition, never empty
   */
  record Rejected<S extends Enum<S>, E, C>(
      ProcessInstance<S, E, C> instance, E event, ImmutableList<Violation> violations)
      implements Outcome<S, E, C> {
    /**
     * @param instance the unchanged instance
     * @param event the rejected event
     * @param violations every violated condition, never empty
     * @throws NullPointerException if a component is null
     */
    public Rejected {
      Objects.requireNonNull(instance, "instance");
      Objects.requireNonNull(event, "event");
      Objects.requireNonNull(violations, "violations");
    }

    @Override
    public boolean isAccepted() {
      return false;
    }
  }
}

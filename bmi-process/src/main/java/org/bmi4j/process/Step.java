package org.bmi4j.process;

import java.time.Instant;
import java.util.Objects;

/**
 * One accepted event in an instance's history.
 *
 * @param sequence the step's number, from 1
 * @param from the state before the event
 * @param to the state after the event; equal to {@code from} for an event that stays
 * @param event the accepted event
 * @param at when it was accepted, from the instance's clock
 * @param cycle the cycle number after the event, from 1
 * @param <S> the state type
 * @param <E> the event type
 */
public record Step<S extends Enum<S>, E>(
    long sequence, S from, S to, E event, Instant at, int cycle) {
  /**
   * @throws NullPointerException if a component is null
   */
  public Step {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(at, "at");
  }
}

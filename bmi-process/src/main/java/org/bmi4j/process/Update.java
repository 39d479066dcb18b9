package org.bmi4j.process;

import java.time.Instant;

/**
 * How an accepted event changes the context: a pure function returning the new context.
 *
 * @param <C> the context type
 * @param <T> the event type
 */
@FunctionalInterface
public interface Update<C, T> {
  /**
   * Returns the context after {@code event}, accepted at {@code at}: the instant of the step being
   * recorded (the clock's millisecond, or the recorded instant on replay).
   *
   * @param context the context before the event
   * @param event the accepted event
   * @param at the instant of the step
   * @return the context after {@code event}, accepted at {@code at}
   */
  C apply(C context, T event, Instant at);
}

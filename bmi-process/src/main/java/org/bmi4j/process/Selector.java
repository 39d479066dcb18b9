package org.bmi4j.process;

/**
 * Chooses the target of a transition with several declared targets, such as the ending a recorded
 * vision names. It must return one of the declared targets.
 *
 * @param <S> the state type
 * @param <C> the context type
 * @param <T> the event type
 */
@FunctionalInterface
public interface Selector<S, C, T> {
  /**
   * Returns the target state for {@code event} in {@code context}.
   *
   * @param context the instance's context before the event
   * @param event the event
   * @return the target state for {@code event} in {@code context}
   */
  S select(C context, T event);
}

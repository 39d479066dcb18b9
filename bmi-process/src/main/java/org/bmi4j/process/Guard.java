package org.bmi4j.process;

/**
 * A condition a transition requires: it reports every violated condition to {@code violations} and
 * must not throw for a business rejection.
 *
 * @param <C> the context type
 * @param <T> the event type
 */
@FunctionalInterface
public interface Guard<C, T> {
  /**
   * Checks the context and event, adding a violation for each unmet condition.
   *
   * @param context the instance's context before the event
   * @param event the event
   * @param violations where to add a violation for each unmet condition
   */
  void check(C context, T event, Violations violations);
}

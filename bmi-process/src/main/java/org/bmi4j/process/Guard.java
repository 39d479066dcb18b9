package org.bmi4j.process;

/**
 * A condition a transition requires: it reports every violated condition to {@code violations} and
 * must not throw for a business rejection.
 *
 * <p>A guard depends only on the context and the event, and may be called more than once for one
 * event: the kernel first runs an event's guards against a shared collector that keeps nothing, so
 * that an accepted event allocates no collector, and runs them again against a collector of its own
 * only when one of them reported (library formalisation). Until a guard reports, {@link
 * Violations#isEmpty} answers as it would for a collector of the event's own; after a report it may
 * answer {@code true} in the first run, and an exception a guard throws then (say, computing with a
 * value an earlier report rejected) is dropped, since the second run decides.
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

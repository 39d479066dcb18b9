package org.bmi4j.process.internal;

import java.util.List;
import org.bmi4j.process.ProcessInstance;
import org.bmi4j.process.Violation;
import org.jspecify.annotations.Nullable;

/**
 * What the kernel lets the library's own processes do that its public API does not: apply an event
 * at a time read once for a whole atomic operation, so that an operation moving several instances
 * reads the clock once. Not exported.
 */
public final class Kernel {
  /** The kernel's side, installed by {@link ProcessInstance} when its class initialises. */
  public interface Access {
    /**
     * Applies {@code event} to {@code instance}, stamping an accepted step with the given time:
     * returns the next instance, or null after adding a rejection's violations to {@code
     * violations} (unless null).
     */
    <S extends Enum<S>, E, C> @Nullable ProcessInstance<S, E, C> applyAt(
        ProcessInstance<S, E, C> instance,
        E event,
        long epochMilli,
        @Nullable List<Violation> violations);
  }

  private static volatile @Nullable Access access;

  private Kernel() {}

  /**
   * Installs the kernel's side; called once by {@link ProcessInstance}.
   *
   * @throws IllegalStateException if already installed
   */
  public static void install(Access kernel) {
    if (access != null) {
      throw new IllegalStateException("the kernel's access is installed once");
    }
    access = kernel;
  }

  /**
   * Applies {@code event} to {@code instance} as {@link ProcessInstance#apply} does, but stamps an
   * accepted step with {@code epochMilli} instead of reading the instance's clock, and allocates no
   * outcome: returns the instance an accepted event leads to (of {@code instance}'s own type), or
   * null after adding the violations of a rejected one to {@code violations}, in their order
   * (unless null: a caller that only needs to know whether the event is accepted).
   *
   * @param <S> the state type
   * @param <E> the event type
   * @param <C> the context type
   * @param instance the instance
   * @param event the event
   * @param epochMilli the time stamping an accepted step
   * @param violations where a rejection's violations are added, or null to drop them
   * @return the next instance, or null if the event is rejected
   */
  public static <S extends Enum<S>, E, C> @Nullable ProcessInstance<S, E, C> applyAt(
      ProcessInstance<S, E, C> instance,
      E event,
      long epochMilli,
      @Nullable List<Violation> violations) {
    Access kernel = access;
    if (kernel == null) {
      throw new IllegalStateException("the kernel is not initialised");
    }
    return kernel.applyAt(instance, event, epochMilli, violations);
  }
}

package org.bmi4j.process;

import com.google.common.collect.ImmutableList;
import java.util.Objects;

/**
 * The outcome of an event on a process instance or a multi-level alliance: {@link Accepted} with
 * the new instance, or {@link Rejected} with the unchanged instance and every violated condition. A
 * business rejection is a value, never an exception; one shape serves every process, single- and
 * multi-level.
 *
 * <pre>{@code
 * Outcome<AllianceInstance> outcome = alliance.apply(new Advance());
 * if (outcome instanceof Outcome.Rejected<AllianceInstance> rejected) { ... rejected.violations() }
 * }</pre>
 *
 * @param <I> the instance type, such as {@code AllianceInstance} or {@code MultiLevelAlliance}
 */
public sealed interface Outcome<I> {
  /**
   * Returns the instance after the event: the new one if accepted, the same one if rejected.
   *
   * @return the instance after the event
   */
  I instance();

  /**
   * Returns whether the event was accepted.
   *
   * @return whether the event was accepted
   */
  boolean isAccepted();

  /**
   * Returns every violated condition: none if accepted, at least one if rejected.
   *
   * @return every violated condition: none if accepted, at least one if rejected
   */
  ImmutableList<Violation> violations();

  /**
   * The event was accepted.
   *
   * @param <I> the instance type
   * @param instance the new instance
   */
  record Accepted<I>(I instance) implements Outcome<I> {
    /**
     * @param instance the new instance
     * @throws NullPointerException if {@code instance} is null
     */
    public Accepted {
      Objects.requireNonNull(instance, "instance");
    }

    @Override
    public boolean isAccepted() {
      return true;
    }

    @Override
    public ImmutableList<Violation> violations() {
      return ImmutableList.of();
    }

    @Override
    public String toString() {
      return "Accepted[" + instance + "]";
    }
  }

  /**
   * The event was rejected; the instance is unchanged.
   *
   * @param <I> the instance type
   * @param instance the unchanged instance
   * @param violations every violated condition, never empty
   */
  record Rejected<I>(I instance, ImmutableList<Violation> violations) implements Outcome<I> {
    /** The longest a {@code toString} grows before it stops naming violations. */
    private static final int NAMED_UP_TO = 200;

    /**
     * A rejection with the given violations, copied.
     *
     * @param <I> the instance type
     * @param instance the unchanged instance
     * @param violations every violated condition, at least one
     * @return the rejection
     * @throws NullPointerException if an argument or violation is null
     * @throws IllegalArgumentException if {@code violations} is empty
     */
    public static <I> Rejected<I> of(I instance, Iterable<Violation> violations) {
      return new Rejected<>(instance, ImmutableList.copyOf(violations));
    }

    @Override
    public boolean isAccepted() {
      return false;
    }

    /**
     * Returns the instance, the number of violations and the first codes with their subjects, at
     * most 240 characters for an instance whose own {@code toString} is short: never a whole model.
     *
     * @return a short description of this rejection
     */
    @Override
    public String toString() {
      StringBuilder text =
          new StringBuilder("Rejected[")
              .append(instance)
              .append(", ")
              .append(violations.size())
              .append(violations.size() == 1 ? " violation: " : " violations: ");
      for (int i = 0; i < violations.size(); i++) {
        Violation v = violations.get(i);
        String named =
            v.code().name()
                + (v.subject().isEmpty() ? "" : " [" + Violation.shortened(v.subject()) + "]");
        if (text.length() + named.length() > NAMED_UP_TO) {
          text.append(i == 0 ? "..." : ", ...");
          break;
        }
        text.append(i == 0 ? "" : ", ").append(named);
      }
      return text.append(']').toString();
    }
  }
}

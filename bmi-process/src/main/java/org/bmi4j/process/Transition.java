package org.bmi4j.process;

import com.google.common.collect.ImmutableSet;
import java.util.Objects;

/**
 * A transition of a process definition, as diagrams and tools see it: leaving {@code from} on an
 * event of {@code eventType} for one of {@code targets}.
 *
 * @param from the state it leaves
 * @param eventType the event type that triggers it
 * @param targets the states it may lead to; {@code from} alone for an event that stays
 * @param startsCycle whether it starts the process's next cycle
 * @param <S> the state type
 */
public record Transition<S extends Enum<S>>(
    S from, Class<?> eventType, ImmutableSet<S> targets, boolean startsCycle) {
  /**
   * @param startsCycle whether it starts the process's next cycle
   * @param from the state it leaves
   * @param eventType the event type that triggers it
   * @param targets the states it may lead to; {@code from} alone for an event that stays
   * @throws NullPointerException if a component is null
   */
  public Transition {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(targets, "targets");
  }

  /**
   * Returns whether the transition stays in its state.
   *
   * @return whether the transition stays in its state
   */
  public boolean stays() {
    return targets.size() == 1 && targets.contains(from);
  }
}

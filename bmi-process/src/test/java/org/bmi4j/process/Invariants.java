package org.bmi4j.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bmi4j.core.testing.Messages;

/** The kernel invariants of SPEC 6, checked after every step of a run. */
public final class Invariants {
  private Invariants() {}

  /** Checks one step: {@code before} received an event and produced {@code outcome}. */
  public static <S extends Enum<S>, E, C> void check(
      ProcessInstance<S, E, C> before,
      E event,
      Outcome<? extends ProcessInstance<S, E, C>> outcome) {
    ProcessInstance<S, E, C> after = outcome.instance();
    if (outcome instanceof Outcome.Rejected<?> rejected) {
      assertSame(before, after, "a rejected event leaves the instance unchanged");
      assertFalse(rejected.violations().isEmpty(), "a rejection names a violation");
      checkMessages(rejected.violations());
      if (before.isEnded()) {
        assertEquals(KernelViolation.PROCESS_ENDED, rejected.violations().get(0).code());
      }
    } else {
      assertFalse(before.isEnded(), "terminal states absorb every event");
      assertEquals(before.sequence() + 1, after.sequence(), "one step per accepted event");
      Step<S, E> step = after.lastStep().orElseThrow();
      assertEquals(after.lastStep().orElseThrow(), step);
      assertEquals(before.state(), step.from());
      assertEquals(after.state(), step.to());
      assertSame(event, step.event());
      assertEquals(after.cycle(), step.cycle());
      assertTrue(after.cycle() >= before.cycle(), "cycle numbers never decrease");
      assertTrue(after.cycle() <= before.cycle() + 1, "at most one cycle per event");
      assertTrue(
          before.definition().transitions().stream()
              .anyMatch(
                  t ->
                      t.from() == step.from()
                          && t.eventType() == event.getClass()
                          && t.targets().contains(step.to())),
          "the step follows a declared transition");
    }
  }

  /**
   * Checks that each violation's message is its code's sentence template filled in, and that it
   * carries the values the sentence uses: the template check of every coded message of the library
   * ({@link Messages#check(java.util.Collection)}).
   */
  public static void checkMessages(List<Violation> violations) {
    Messages.check(violations);
  }

  /** Checks the whole run: replaying the history from the start reproduces the instance. */
  public static <S extends Enum<S>, E, C> void checkReplay(
      ProcessInstance<S, E, C> start, ProcessInstance<S, E, C> end) {
    assertEquals(end, start.replay(end.history()), "replay reproduces the instance");
  }

  /** Returns the furthest state (by declaration order) the instance has been in. */
  public static <S extends Enum<S>> S furthest(ProcessInstance<S, ?, ?> instance) {
    S furthest = instance.definition().initial();
    for (Step<S, ?> step : instance.history()) {
      if (step.to().ordinal() > furthest.ordinal()) {
        furthest = step.to();
      }
    }
    return furthest;
  }

  /** Describes an instance with the event types of its history, for failing chains. */
  public static String describe(ProcessInstance<?, ?, ?> instance) {
    StringBuilder text = new StringBuilder(instance.toString()).append(' ');
    for (Step<?, ?> step : instance.history()) {
      text.append(step.event().getClass().getSimpleName()).append(' ');
    }
    return text.toString().strip();
  }
}

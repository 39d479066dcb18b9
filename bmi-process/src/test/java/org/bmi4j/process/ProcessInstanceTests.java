package org.bmi4j.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.bmi4j.process.Toy.Context;
import org.bmi4j.process.Toy.Decide;
import org.bmi4j.process.Toy.Event;
import org.bmi4j.process.Toy.Revise;
import org.bmi4j.process.Toy.State;
import org.bmi4j.process.Toy.Submit;
import org.bmi4j.process.Toy.Withdraw;
import org.bmi4j.process.Toy.Write;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ProcessInstanceTests {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

  private final ProcessInstance<State, Event, Context> start =
      Toy.DEFINITION.start(Context.EMPTY, CLOCK);

  private ProcessInstance<State, Event, Context> inReview() {
    return start
        .applyOrThrow(new Write("a"))
        .applyOrThrow(new Write("b"))
        .applyOrThrow(new Submit());
  }

  @Test
  void anInstanceStartsInTheInitialStateInCycleOneWithNoHistory() {
    assertEquals(State.DRAFT, start.state());
    assertEquals(1, start.cycle());
    assertEquals(0, start.sequence());
    assertTrue(start.history().isEmpty());
    assertTrue(start.lastStep().isEmpty());
    assertEquals(List.of(Write.class, Submit.class, Withdraw.class), start.permittedEvents());
  }

  @Nested
  @DisplayName("an accepted event")
  class Accepted {
    @Test
    @SuppressWarnings("unchecked")
    void appendsExactlyOneStepStampedByTheClock() {
      Outcome<? extends ProcessInstance<State, Event, Context>> outcome =
          start.apply(new Write("a"));
      assertInstanceOf(Outcome.Accepted.class, outcome);
      ProcessInstance<State, Event, Context> after = outcome.instance();
      Step<State, Event> step = after.lastStep().orElseThrow();
      assertEquals(new Step<>(1, State.DRAFT, State.DRAFT, new Write("a"), T0, 1), step);
      assertEquals(1, after.sequence());
      assertEquals(List.of(step), after.history());
      assertEquals(List.of("a"), after.context().texts());
    }

    @Test
    void leavesTheOriginalInstanceUnchanged() {
      start.apply(new Write("a"));
      assertEquals(0, start.sequence());
      assertEquals(Context.EMPTY, start.context());
    }

    @Test
    void canStartTheNextCycle() {
      ProcessInstance<State, Event, Context> revised = inReview().applyOrThrow(new Revise("typos"));
      assertEquals(State.DRAFT, revised.state());
      assertEquals(2, revised.cycle());
      assertEquals(2, revised.lastStep().orElseThrow().cycle());
    }

    @Test
    void aSelectorChoosesAmongTheDeclaredTargets() {
      assertEquals(State.ACCEPTED, inReview().applyOrThrow(new Decide(true)).state());
      assertEquals(State.DRAFT, inReview().applyOrThrow(new Decide(false)).state());
    }
  }

  @Nested
  @DisplayName("a rejected event")
  class Rejected {
    @Test
    @SuppressWarnings("unchecked")
    void returnsTheSameInstanceWithEveryViolation() {
      Outcome<? extends ProcessInstance<State, Event, Context>> outcome = start.apply(new Submit());
      Outcome.Rejected<?> rejected = assertInstanceOf(Outcome.Rejected.class, outcome);
      assertSame(start, rejected.instance());
      assertEquals(
          List.of(
              new Violation(Toy.Code.NO_TEXT, "", "write a text before submitting"),
              new Violation(Toy.Code.TOO_SHORT, "author", "two texts at least, have 0")),
          rejected.violations());
      assertFalse(outcome.isAccepted());
    }

    @Test
    void anEventWithoutTransitionNamesThePermittedOnes() {
      Outcome.Rejected<?> rejected =
          assertInstanceOf(Outcome.Rejected.class, start.apply(new Decide(true)));
      assertEquals(
          List.of(
              new Violation(
                  KernelViolation.EVENT_NOT_PERMITTED,
                  "",
                  "Decide is not permitted in DRAFT; permitted there: Write, Submit, Withdraw",
                  ImmutableMap.of(
                      "event",
                      "Decide",
                      "state",
                      State.DRAFT,
                      "permitted",
                      "Write, Submit, Withdraw"))),
          rejected.violations());
    }

    @Test
    void aTerminalStateAbsorbsEveryEvent() {
      ProcessInstance<State, Event, Context> withdrawn = start.applyOrThrow(new Withdraw());
      assertTrue(withdrawn.isEnded());
      assertTrue(withdrawn.permittedEvents().isEmpty());
      Outcome.Rejected<?> rejected =
          assertInstanceOf(Outcome.Rejected.class, withdrawn.apply(new Write("x")));
      assertEquals(KernelViolation.PROCESS_ENDED, rejected.violations().get(0).code());
      assertEquals(
          "process 'toy' has ended in WITHDRAWN, a terminal state that absorbs every"
              + " event; start a new instance to go on",
          rejected.violations().get(0).message());
    }

    @Test
    void applyOrThrowThrowsWithEveryViolation() {
      EventRejectedException e =
          assertThrows(EventRejectedException.class, () -> start.applyOrThrow(new Submit()));
      assertEquals(2, e.violations().size());
      assertEquals(new Submit(), e.event());
      assertEquals(
          "toy in DRAFT rejected Submit[]:\n"
              + "  NO_TEXT: write a text before submitting\n"
              + "  TOO_SHORT [author]: two texts at least, have 0",
          e.getMessage());
    }

    @Test
    void aNullEventIsAProgrammingError() {
      assertThrows(NullPointerException.class, () -> start.apply(null));
    }
  }

  @Nested
  @DisplayName("replay")
  class Replay {
    @Test
    void replayingTheHistoryFromTheStartReproducesTheInstance() {
      Clock ticking = Clock.offset(CLOCK, java.time.Duration.ofMinutes(5));
      ProcessInstance<State, Event, Context> other =
          Toy.DEFINITION
              .start(Context.EMPTY, ticking)
              .applyOrThrow(new Write("a"))
              .applyOrThrow(new Write("b"))
              .applyOrThrow(new Submit())
              .applyOrThrow(new Revise("again"))
              .applyOrThrow(new Withdraw());
      ProcessInstance<State, Event, Context> replayed = start.replay(other.history());
      assertEquals(other, replayed);
      assertEquals(other.history(), replayed.history());
    }

    @Test
    void aStepFromAnotherStateIsRefused() {
      Step<State, Event> step = new Step<>(1, State.REVIEW, State.DRAFT, new Revise("r"), T0, 2);
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> start.replay(List.of(step)));
      assertEquals("step 1 starts in REVIEW but the instance is in DRAFT", e.getMessage());
    }

    @Test
    void aStepLeadingElsewhereIsRefused() {
      Step<State, Event> step = new Step<>(1, State.DRAFT, State.REVIEW, new Write("a"), T0, 1);
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> start.replay(List.of(step)));
      assertEquals(
          "step 1 led to DRAFT in cycle 1 on replay, recorded REVIEW in cycle 1", e.getMessage());
    }
  }

  @Test
  void equalityCoversStateContextCycleAndHistoryButNotTheClock() {
    ProcessInstance<State, Event, Context> a = start.applyOrThrow(new Write("a"));
    ProcessInstance<State, Event, Context> b =
        Toy.DEFINITION.start(Context.EMPTY, Clock.systemUTC()).replay(a.history());
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, start.applyOrThrow(new Write("b")));
    assertNotEquals(a, a.applyOrThrow(new Write("a")));
  }

  @Test
  void aSelectorChoosingAnUndeclaredTargetIsADefinitionBug() {
    ProcessDefinition<State, Event, Context> broken =
        ProcessDefinition.<State, Event, Context>builder(
                "broken", State.class, Event.class, Context.class)
            .initial(State.DRAFT)
            .terminal(State.ACCEPTED, State.WITHDRAWN)
            .on(State.DRAFT, Submit.class)
            .to(State.REVIEW)
            .on(State.REVIEW, Decide.class)
            .toOneOf(EnumSet.of(State.ACCEPTED, State.WITHDRAWN), (c, e) -> State.DRAFT)
            .build();
    ProcessInstance<State, Event, Context> review =
        broken.start(Context.EMPTY, CLOCK).applyOrThrow(new Submit());
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> review.apply(new Decide(true)));
    assertEquals(
        "the selector of REVIEW on Decide in broken chose DRAFT, not one of "
            + "[ACCEPTED, WITHDRAWN]",
        e.getMessage());
  }

  @Test
  void anUpdateReturningNullIsADefinitionBug() {
    ProcessDefinition<State, Event, Context> broken =
        ProcessDefinition.<State, Event, Context>builder(
                "broken", State.class, Event.class, Context.class)
            .initial(State.DRAFT)
            .terminal(State.ACCEPTED, State.WITHDRAWN, State.REVIEW)
            .on(State.DRAFT, Write.class)
            .updating((c, e, at) -> null)
            .stay()
            .on(State.DRAFT, Submit.class)
            .to(State.REVIEW)
            .on(State.DRAFT, Withdraw.class)
            .to(State.WITHDRAWN)
            .on(State.DRAFT, Decide.class)
            .to(State.ACCEPTED)
            .build();
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> broken.start(Context.EMPTY, CLOCK).apply(new Write("a")));
    assertEquals("the update of DRAFT on Write in broken returned null", e.getMessage());
  }
}

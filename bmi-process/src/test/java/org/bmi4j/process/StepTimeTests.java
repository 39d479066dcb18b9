package org.bmi4j.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.bmi4j.process.Toy.Context;
import org.bmi4j.process.Toy.Event;
import org.bmi4j.process.Toy.Revise;
import org.bmi4j.process.Toy.State;
import org.bmi4j.process.Toy.Submit;
import org.bmi4j.process.Toy.Write;
import org.junit.jupiter.api.Test;

/** How steps hold their time and how the history is shared between instances. */
class StepTimeTests {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void anAcceptedEventReadsTheClockOnceAndARejectedOneNever() {
    CountingClock clock = new CountingClock(T0);
    ProcessInstance<State, Event, Context> instance = Toy.DEFINITION.start(Context.EMPTY, clock);
    instance = instance.applyOrThrow(new Write("a"));
    assertEquals(1, clock.reads());
    instance = instance.applyOrThrow(new Write("b")).applyOrThrow(new Submit());
    assertEquals(3, clock.reads());
    assertEquals(T0.plusMillis(2), instance.lastStep().orElseThrow().at());
    instance.apply(new Write("c")); // not permitted in review
    assertEquals(3, clock.reads());
  }

  @Test
  void aStepStampedByTheClockHoldsItsMillisecond() {
    Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00.123456789Z"), ZoneOffset.UTC);
    Step<State, Event> step =
        Toy.DEFINITION.start(Context.EMPTY, clock).applyOrThrow(new Write("a")).lastStep().get();
    assertEquals(Instant.parse("2026-01-01T00:00:00.123Z"), step.at());
  }

  @Test
  void aStepGivenAnInstantKeepsItToTheNanosecond() {
    for (String at :
        List.of(
            "2026-01-01T00:00:00.123456789Z",
            "1969-12-31T23:59:59.999999999Z",
            "-100000-01-01T00:00:00.000000001Z",
            "1970-01-01T00:00:00Z")) {
      Instant instant = Instant.parse(at);
      assertEquals(
          instant, new Step<>(1, State.DRAFT, State.DRAFT, new Write("a"), instant, 1).at());
    }
  }

  @Test
  void replayingRecordedStepsKeepsTheirInstantsToTheNanosecond() {
    Instant recorded = Instant.parse("2026-01-01T00:00:00.000001234Z");
    ProcessInstance<State, Event, Context> start =
        Toy.DEFINITION.start(Context.EMPTY, Clock.fixed(T0, ZoneOffset.UTC));
    ProcessInstance<State, Event, Context> replayed =
        start.replay(List.of(new Step<>(1, State.DRAFT, State.DRAFT, new Write("a"), recorded, 1)));
    assertEquals(recorded, replayed.lastStep().orElseThrow().at());
  }

  @Test
  void aStepBeyondMillisecondRangeIsRejectedNamingItsInstant() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Step<>(7, State.DRAFT, State.DRAFT, new Write("a"), Instant.MAX, 1));
    assertTrue(e.getMessage().contains("step 7"), e.getMessage());
    assertTrue(e.getMessage().contains(Instant.MAX.toString()), e.getMessage());
  }

  @Test
  void aStepNumberOutsideOneToIntMaxIsRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Step<>(0, State.DRAFT, State.DRAFT, new Write("a"), T0, 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Step<>(1L << 31, State.DRAFT, State.DRAFT, new Write("a"), T0, 1));
  }

  @Test
  void stepsAreEqualByValueWhateverTheirHistory() {
    Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
    Step<State, Event> chained =
        Toy.DEFINITION.start(Context.EMPTY, clock).applyOrThrow(new Write("a")).lastStep().get();
    Step<State, Event> alone = new Step<>(1, State.DRAFT, State.DRAFT, new Write("a"), T0, 1);
    assertEquals(alone, chained);
    assertEquals(alone.hashCode(), chained.hashCode());
    assertNotEquals(alone, new Step<>(1, State.DRAFT, State.DRAFT, new Write("a"), T0, 2));
    assertEquals(
        "Step[sequence=1, from=DRAFT, to=DRAFT, event=Write, at=" + T0 + ", cycle=1]",
        alone.toString());
  }

  @Test
  void branchingAnInstanceSharesItsHistoryAndLeavesItUnchanged() {
    Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
    ProcessInstance<State, Event, Context> one =
        Toy.DEFINITION.start(Context.EMPTY, clock).applyOrThrow(new Write("a"));
    ProcessInstance<State, Event, Context> two = one.applyOrThrow(new Write("b"));
    ProcessInstance<State, Event, Context> branch = one.applyOrThrow(new Write("c"));
    assertEquals(1, one.history().size());
    assertEquals(new Write("b"), two.history().get(1).event());
    assertEquals(new Write("c"), branch.history().get(1).event());
    assertSame(one.history().get(0), two.history().get(0));
    assertSame(one.history().get(0), branch.history().get(0));
    assertNotEquals(two, branch);
  }

  @Test
  void longHistoriesCompareWithoutRecursion() {
    Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
    ProcessInstance<State, Event, Context> a =
        Toy.DEFINITION
            .start(Context.EMPTY, clock)
            .applyOrThrow(new Write("a"))
            .applyOrThrow(new Write("b"));
    ProcessInstance<State, Event, Context> b =
        Toy.DEFINITION
            .start(Context.EMPTY, clock)
            .applyOrThrow(new Write("a"))
            .applyOrThrow(new Write("b"));
    for (int i = 0; i < 100_000; i++) {
      a = a.applyOrThrow(new Submit()).applyOrThrow(new Revise("r"));
      b = b.applyOrThrow(new Submit()).applyOrThrow(new Revise("r"));
    }
    assertEquals(a, b);
    assertEquals(200_002, a.history().size());
  }
}

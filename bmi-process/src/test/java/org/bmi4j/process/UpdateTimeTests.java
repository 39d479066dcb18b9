package org.bmi4j.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bmi4j.process.Toy.Event;
import org.bmi4j.process.Toy.State;
import org.bmi4j.process.Toy.Write;
import org.junit.jupiter.api.Test;

/**
 * The instant an update is given is its step's instant, whichever reading of the clock or recorded
 * instant stamps it: the kernel may share one {@link Instant} between steps of the same time, never
 * hand an update another step's time.
 */
class UpdateTimeTests {
  /** A context recording the instant of every update. */
  record Times(ImmutableList<Instant> at) {
    Times with(Instant instant) {
      return new Times(ImmutableList.<Instant>builder().addAll(at).add(instant).build());
    }
  }

  static final ProcessDefinition<State, Event, Times> TIMED =
      ProcessDefinition.<State, Event, Times>builder("timed", State.class, Event.class, Times.class)
          .initial(State.DRAFT)
          .terminal(State.ACCEPTED, State.WITHDRAWN)
          .on(State.DRAFT, Write.class)
          .updating((c, e, at) -> c.with(at))
          .stay()
          .on(State.DRAFT, Toy.Submit.class)
          .to(State.REVIEW)
          .on(State.REVIEW, Toy.Decide.class)
          .to(State.ACCEPTED)
          .on(State.DRAFT, Toy.Withdraw.class)
          .to(State.WITHDRAWN)
          .build();

  /** A clock reading the given milliseconds in turn, the last one for ever after. */
  static final class ScriptedClock extends MillisClock {
    private final long[] millis;
    private int read;

    ScriptedClock(long... millis) {
      this.millis = millis;
    }

    @Override
    public long millis() {
      return millis[Math.min(read++, millis.length - 1)];
    }
  }

  private static List<Instant> stepTimes(ProcessInstance<State, Event, Times> instance) {
    List<Instant> times = new ArrayList<>();
    instance.history().forEach(step -> times.add(step.at()));
    return times;
  }

  @Test
  void eachUpdateIsGivenItsStepsInstantWhenTheClockRepeatsAndMoves() {
    // the same millisecond twice, then later, earlier, negative and back
    ScriptedClock clock = new ScriptedClock(5, 5, 1_000, 999, -1, -1_001, 5, 5);
    ProcessInstance<State, Event, Times> instance =
        TIMED.start(new Times(ImmutableList.of()), clock);
    for (int i = 0; i < 8; i++) {
      instance = instance.applyOrThrow(new Write("w" + i));
    }
    List<Instant> expected = new ArrayList<>();
    for (long ms : new long[] {5, 5, 1_000, 999, -1, -1_001, 5, 5}) {
      expected.add(Instant.ofEpochMilli(ms));
    }
    assertEquals(expected, instance.context().at());
    assertEquals(expected, stepTimes(instance));
  }

  @Test
  void replayedUpdatesAreGivenTheRecordedInstantsToTheNanosecond() {
    Instant t = Instant.parse("2026-01-01T00:00:00.005Z");
    List<Instant> recorded =
        List.of(
            t,
            t.plusNanos(1),
            t.plusNanos(1),
            t,
            t.plusNanos(999_999),
            t.plusMillis(1),
            Instant.parse("1969-12-31T23:59:59.999999999Z"),
            t);
    List<Step<State, Event>> steps = new ArrayList<>();
    for (int i = 0; i < recorded.size(); i++) {
      steps.add(
          new Step<>(i + 1, State.DRAFT, State.DRAFT, new Write("w" + i), recorded.get(i), 1));
    }
    // the run's clock reads the first recorded millisecond, so a stale reading would show
    ProcessInstance<State, Event, Times> start =
        TIMED.start(new Times(ImmutableList.of()), new ScriptedClock(t.toEpochMilli()));
    ProcessInstance<State, Event, Times> live = start.applyOrThrow(new Write("live"));
    ProcessInstance<State, Event, Times> replayed = start.replay(steps);
    assertEquals(recorded, replayed.context().at());
    assertEquals(recorded, stepTimes(replayed));
    // and a live step after the replay is given its own reading again
    assertEquals(List.of(t), live.context().at());
    assertEquals(t, replayed.applyOrThrow(new Write("after")).context().at().get(8));
  }

  @Test
  void instancesOfDifferentRunsAreGivenTheirOwnClocksTimes() {
    ProcessInstance<State, Event, Times> a =
        TIMED.start(new Times(ImmutableList.of()), new ScriptedClock(1, 2, 3));
    ProcessInstance<State, Event, Times> b =
        TIMED.start(new Times(ImmutableList.of()), new ScriptedClock(7, 7, 9));
    for (int i = 0; i < 3; i++) {
      a = a.applyOrThrow(new Write("a"));
      b = b.applyOrThrow(new Write("b"));
    }
    assertEquals(
        List.of(Instant.ofEpochMilli(1), Instant.ofEpochMilli(2), Instant.ofEpochMilli(3)),
        a.context().at());
    assertEquals(
        List.of(Instant.ofEpochMilli(7), Instant.ofEpochMilli(7), Instant.ofEpochMilli(9)),
        b.context().at());
  }
}

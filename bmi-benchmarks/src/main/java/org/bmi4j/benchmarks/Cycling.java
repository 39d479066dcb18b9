package org.bmi4j.benchmarks;

import com.github.oxo42.stateless4j.StateMachine;
import com.github.oxo42.stateless4j.StateMachineConfig;
import com.github.oxo42.stateless4j.delegates.Action2;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.bmi4j.process.Outcome;
import org.bmi4j.process.ProcessDefinition;
import org.bmi4j.process.ProcessInstance;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * 1. One accepted transition on equal work: every subject cycles through the four phases, one guard
 * class per transition, and starts afresh (a new bmi4j instance, a new stateless4j history) every
 * {@value #RESTART} accepted events, so that histories stay short-lived as in a real application.
 * bmi4j keeps a timestamped history by design; stateless4j is measured bare and with the history
 * its user would keep to know as much ({@link Stateless4jMachine.History}), stamped with the same
 * clock read.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class Cycling {
  /** Accepted events between two fresh starts; a multiple of four, so each start is in CONCEPT. */
  public static final int RESTART = 1024;

  /** A clock that always reads the same instant, to measure all but the clock read. */
  public static final Clock FIXED =
      Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  /** bmi4j on a clock: a fresh instance, the one it has moved to, and the count since the start. */
  public abstract static class Bmi4jState {
    final Bmi4jMachine.Event ready = new Bmi4jMachine.Advance(Bmi4jMachine.READY);
    ProcessInstance<Phase, Bmi4jMachine.Event, Bmi4jMachine.Project> fresh;
    ProcessInstance<Phase, Bmi4jMachine.Event, Bmi4jMachine.Project> instance;
    int steps;

    abstract Clock clock();

    /** The definition the instance runs: benchmark 1's machine unless a subclass says otherwise. */
    ProcessDefinition<Phase, Bmi4jMachine.Event, Bmi4jMachine.Project> definition() {
      return Bmi4jMachine.DEFINITION;
    }

    @Setup(Level.Trial)
    public void setUp() {
      fresh = definition().start(Bmi4jMachine.PROJECT, clock());
      instance = fresh;
    }

    Outcome<? extends ProcessInstance<Phase, Bmi4jMachine.Event, Bmi4jMachine.Project>> advance() {
      Outcome<? extends ProcessInstance<Phase, Bmi4jMachine.Event, Bmi4jMachine.Project>> outcome =
          instance.apply(ready);
      if (++steps == RESTART) {
        steps = 0;
        instance = fresh;
      } else {
        instance = outcome.instance();
      }
      return outcome;
    }
  }

  /** bmi4j on the system clock. */
  @State(Scope.Thread)
  public static class Bmi4jSystemClock extends Bmi4jState {
    @Override
    Clock clock() {
      return Clock.systemUTC();
    }
  }

  /** bmi4j on a fixed clock. */
  @State(Scope.Thread)
  public static class Bmi4jFixedClock extends Bmi4jState {
    @Override
    Clock clock() {
      return FIXED;
    }
  }

  /** stateless4j with the history its user keeps, on a clock. */
  public abstract static class Stateless4jHistoryState {
    final Stateless4jMachine.Gate gate = new Stateless4jMachine.Gate();
    final StateMachineConfig<Phase, Stateless4jMachine.Trigger> config =
        Stateless4jMachine.config(gate);
    final Action2<Phase, Stateless4jMachine.Trigger> unhandled = Stateless4jMachine.unhandled(gate);
    StateMachine<Phase, Stateless4jMachine.Trigger> machine;
    Stateless4jMachine.History history;
    int steps;

    abstract Clock clock();

    @Setup(Level.Trial)
    public void setUp() {
      machine = Stateless4jMachine.create(config, unhandled);
      history = new Stateless4jMachine.History();
    }

    Phase advance() {
      Stateless4jMachine.advance(machine, gate, Bmi4jMachine.READY, history, clock());
      if (++steps == RESTART) {
        steps = 0;
        history = new Stateless4jMachine.History();
      }
      return machine.getState();
    }
  }

  /** stateless4j with its user's history on the system clock. */
  @State(Scope.Thread)
  public static class Stateless4jHistorySystemClock extends Stateless4jHistoryState {
    private final Clock clock = Clock.systemUTC();

    @Override
    Clock clock() {
      return clock;
    }
  }

  /** stateless4j with its user's history on a fixed clock. */
  @State(Scope.Thread)
  public static class Stateless4jHistoryFixedClock extends Stateless4jHistoryState {
    @Override
    Clock clock() {
      return FIXED;
    }
  }

  /** bmi4j, system clock. */
  @Benchmark
  public Outcome<? extends ProcessInstance<Phase, Bmi4jMachine.Event, Bmi4jMachine.Project>> bmi4j(
      Bmi4jSystemClock s) {
    return s.advance();
  }

  /** bmi4j, fixed clock. */
  @Benchmark
  public Outcome<? extends ProcessInstance<Phase, Bmi4jMachine.Event, Bmi4jMachine.Project>>
      bmi4jFixedClock(Bmi4jFixedClock s) {
    return s.advance();
  }

  /** stateless4j bare: no history, no clock. */
  @Benchmark
  public Phase stateless4j(Peers.Stateless4j s) {
    Stateless4jMachine.advance(s.machine, s.gate, Bmi4jMachine.READY);
    return s.machine.getState();
  }

  /** stateless4j with the timestamped history its user keeps, system clock. */
  @Benchmark
  public Phase stateless4jHistory(Stateless4jHistorySystemClock s) {
    return s.advance();
  }

  /** stateless4j with the timestamped history its user keeps, fixed clock. */
  @Benchmark
  public Phase stateless4jHistoryFixedClock(Stateless4jHistoryFixedClock s) {
    return s.advance();
  }
}

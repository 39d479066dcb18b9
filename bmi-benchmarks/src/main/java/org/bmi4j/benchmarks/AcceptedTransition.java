package org.bmi4j.benchmarks;

import java.util.concurrent.TimeUnit;
import org.bmi4j.process.Outcome;
import org.bmi4j.process.ProcessInstance;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.springframework.statemachine.StateMachineEventResult;

/**
 * 1. One accepted transition with its guard. bmi4j applies the event to a fixed instance with 10
 * steps (immutable: the same work every time) and returns the new instance with its history one
 * step longer; the peers fire on their mutable machine, which cycles through the four phases.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AcceptedTransition {
  @Benchmark
  public Outcome<? extends ProcessInstance<Phase, Bmi4jMachine.Event, Bmi4jMachine.Project>> bmi4j(
      Peers.Bmi4j s) {
    return s.instance.apply(s.ready);
  }

  @Benchmark
  public Phase stateless4j(Peers.Stateless4j s) {
    Stateless4jMachine.advance(s.machine, s.gate, Bmi4jMachine.READY);
    return s.machine.getState();
  }

  @Benchmark
  public Phase squirrel(Peers.Squirrel s) {
    s.machine.advance(Bmi4jMachine.READY);
    return s.machine.getCurrentState();
  }

  @Benchmark
  public StateMachineEventResult.ResultType spring(Peers.Spring s) {
    return SpringMachine.send(s.machine, s.ready);
  }
}

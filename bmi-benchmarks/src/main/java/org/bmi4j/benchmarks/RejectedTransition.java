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
 * 2. One rejected transition: the guard fails. bmi4j returns the rejection with every violation
 * (code and message); the peers report as they natively do: stateless4j's unhandled-trigger action,
 * squirrel's declined-transition hook, Spring's event result (the machine stays put).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RejectedTransition {
  @Benchmark
  public Outcome<? extends ProcessInstance<Phase, Bmi4jMachine.Event, Bmi4jMachine.Project>> bmi4j(
      Peers.Bmi4j s) {
    return s.instance.apply(s.unready);
  }

  @Benchmark
  public int stateless4j(Peers.Stateless4j s) {
    Stateless4jMachine.advance(s.machine, s.gate, Bmi4jMachine.UNREADY);
    return s.gate.rejected;
  }

  @Benchmark
  public int squirrel(Peers.Squirrel s) {
    s.machine.advance(Bmi4jMachine.UNREADY);
    return s.machine.rejected();
  }

  @Benchmark
  public StateMachineEventResult.ResultType spring(Peers.Spring s) {
    return SpringMachine.send(s.machine, s.unready);
  }
}

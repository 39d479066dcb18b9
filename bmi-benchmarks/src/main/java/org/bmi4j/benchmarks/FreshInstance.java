package org.bmi4j.benchmarks;

import java.util.concurrent.TimeUnit;
import org.bmi4j.process.ProcessInstance;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.springframework.statemachine.StateMachine;

/**
 * 3. Creating a fresh instance, ready for its first event, from the shared definition (bmi4j),
 * configuration (stateless4j), builder (squirrel) or factory (Spring; started, as it must be).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class FreshInstance {
  @Benchmark
  public ProcessInstance<Phase, Bmi4jMachine.Event, Bmi4jMachine.Project> bmi4j(Peers.Bmi4j s) {
    return Bmi4jMachine.DEFINITION.start(Bmi4jMachine.PROJECT, s.clock);
  }

  @Benchmark
  public com.github.oxo42.stateless4j.StateMachine<Phase, Stateless4jMachine.Trigger> stateless4j(
      Peers.Stateless4j s) {
    return Stateless4jMachine.create(s.config, s.unhandled);
  }

  @Benchmark
  public SquirrelMachine squirrel(Peers.Squirrel s) {
    return SquirrelMachine.create(s.builder);
  }

  @Benchmark
  public StateMachine<Phase, SpringMachine.Trigger> spring(Peers.Spring s) {
    return SpringMachine.create(s.factory);
  }
}

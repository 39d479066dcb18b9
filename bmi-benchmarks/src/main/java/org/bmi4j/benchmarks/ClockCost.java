package org.bmi4j.benchmarks;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.bmi4j.process.Outcome;
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
 * What benchmark 1 spends on the clock: bmi4j stamps every accepted step with its clock's instant,
 * which the peers do not. Reading the system clock alone, and bmi4j's accepted transition with a
 * fixed clock (the same work but the clock read).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class ClockCost {
  private final Clock system = Clock.systemUTC();
  private final Bmi4jMachine.Event ready = new Bmi4jMachine.Advance(Bmi4jMachine.READY);
  private ProcessInstance<Phase, Bmi4jMachine.Event, Bmi4jMachine.Project> fixed;

  @Setup(Level.Trial)
  public void setUp() {
    fixed = Bmi4jMachine.advanced(10, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
  }

  @Benchmark
  public Instant systemClock() {
    return system.instant();
  }

  @Benchmark
  public Outcome<? extends ProcessInstance<Phase, Bmi4jMachine.Event, Bmi4jMachine.Project>>
      bmi4jFixedClock() {
    return fixed.apply(ready);
  }
}

package org.bmi4j.benchmarks;

import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.bmi4j.process.Outcome;
import org.bmi4j.process.ProcessInstance;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** 4. One accepted bmi4j transition on an instance whose history has {@code length} steps. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class HistoryLength {
  @Param({"10", "1000", "100000"})
  public int length;

  private final Clock clock = Clock.systemUTC();
  private final Bmi4jMachine.Event ready = new Bmi4jMachine.Advance(Bmi4jMachine.READY);
  private ProcessInstance<Phase, Bmi4jMachine.Event, Bmi4jMachine.Project> instance;

  @Setup(Level.Trial)
  public void setUp() {
    instance = Bmi4jMachine.advanced(length, clock);
  }

  @Benchmark
  public Outcome<? extends ProcessInstance<Phase, Bmi4jMachine.Event, Bmi4jMachine.Project>>
      bmi4j() {
    return instance.apply(ready);
  }
}

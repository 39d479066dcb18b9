package org.bmi4j.benchmarks;

import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.bmi4j.process.Guard;
import org.bmi4j.process.Outcome;
import org.bmi4j.process.ProcessDefinition;
import org.bmi4j.process.ProcessInstance;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * 1d. What the guard call costs when the guards take turns (in the full run, and as a subject of
 * the cross-check). The accepted transition of benchmark 1 on a fixed clock, cycling through the
 * four phases, twice: with {@link Bmi4jMachine}'s guard class per transition, and with one guard
 * shared by the four transitions (alike but for not naming the phase it leaves). The kernel's work
 * is the same; only the number of guard classes its one guard call reaches differs.
 *
 * <p>The kernel calls every guard through one call of {@link org.bmi4j.process.Guard#check}. Four
 * guard classes of the same code, called in a fixed cycle with the same branches taken before each
 * call, give the processor's branch predictor nothing to tell the next target by; {@link
 * GuardDispatch} shows the effect without the kernel.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class GuardShape {
  /** The definition of benchmark 1 but for one guard shared by the four transitions. */
  static final ProcessDefinition<Phase, Bmi4jMachine.Event, Bmi4jMachine.Project> ONE_GUARD =
      oneGuard();

  private static ProcessDefinition<Phase, Bmi4jMachine.Event, Bmi4jMachine.Project> oneGuard() {
    var b =
        ProcessDefinition.builder(
                "four-phases-one-guard",
                Phase.class,
                Bmi4jMachine.Event.class,
                Bmi4jMachine.Project.class)
            .initial(Phase.CONCEPT);
    Guard<Bmi4jMachine.Project, Bmi4jMachine.Advance> ready =
        (c, e, v) -> {
          if (e.readiness() < Bmi4jMachine.THRESHOLD) {
            v.add(
                Bmi4jMachine.Code.NOT_READY,
                "readiness must be at least "
                    + Bmi4jMachine.THRESHOLD
                    + " to advance, was "
                    + e.readiness());
          }
        };
    b.on(Phase.CONCEPT, Bmi4jMachine.Advance.class).when(ready).to(Phase.FOUNDATION);
    b.on(Phase.FOUNDATION, Bmi4jMachine.Advance.class).when(ready).to(Phase.DEVELOPMENT);
    b.on(Phase.DEVELOPMENT, Bmi4jMachine.Advance.class).when(ready).to(Phase.OPERATION);
    b.on(Phase.OPERATION, Bmi4jMachine.Advance.class).when(ready).startingCycle().to(Phase.CONCEPT);
    return b.build();
  }

  /** One guard shared by the four transitions, on the fixed clock, cycled like benchmark 1's. */
  @State(Scope.Thread)
  public static class OneGuard extends Cycling.Bmi4jState {
    @Override
    Clock clock() {
      return Cycling.FIXED;
    }

    @Override
    ProcessDefinition<Phase, Bmi4jMachine.Event, Bmi4jMachine.Project> definition() {
      return ONE_GUARD;
    }
  }

  /** Benchmark 1's guards (a class per transition), fixed clock. */
  @Benchmark
  public Outcome<? extends ProcessInstance<Phase, Bmi4jMachine.Event, Bmi4jMachine.Project>>
      guardClassPerTransition(Cycling.Bmi4jFixedClock s) {
    return s.advance();
  }

  /** One guard shared by the four transitions, fixed clock. */
  @Benchmark
  public Outcome<? extends ProcessInstance<Phase, Bmi4jMachine.Event, Bmi4jMachine.Project>>
      oneGuardForAllTransitions(OneGuard s) {
    return s.advance();
  }
}

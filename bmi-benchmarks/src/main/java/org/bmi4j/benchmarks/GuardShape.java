package org.bmi4j.benchmarks;

import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.bmi4j.process.Outcome;
import org.bmi4j.process.ProcessDefinition;
import org.bmi4j.process.ProcessInstance;
import org.bmi4j.process.Violations;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * 1d. What the JVM charges for the shape of a guard (in the full run, and as a subject of the
 * cross-check). The accepted transition of benchmark 1 on a fixed clock, cycling through the four
 * phases with a guard class per transition, twice: with {@link Bmi4jMachine}'s guards, which read
 * only the event and so never use their context, and with guards alike but for naming the context's
 * project in their rejection message, a branch no accepted event takes. The kernel's work is the
 * same; only the guards' own code differs, in a line that never runs.
 *
 * <p>A lambda typed on its context casts the context when called through the erased {@link
 * org.bmi4j.process.Guard#check} (its bridge does); where the lambda never uses the context, that
 * cast's result is dead. In probes calling four such guards megamorphically, HotSpot (JDK 17) took
 * 18 to 21 ns per call against 3 ns once the cast's result is used, even only in a cold branch; how
 * much of that reaches an accepted transition depends on how the JIT compiles the kernel in each
 * JVM, which this benchmark shows.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class GuardShape {
  /** The definition of benchmark 1 but for guards naming the context when they reject. */
  static final ProcessDefinition<Phase, Bmi4jMachine.Event, Bmi4jMachine.Project> NAMING = naming();

  private static ProcessDefinition<Phase, Bmi4jMachine.Event, Bmi4jMachine.Project> naming() {
    var b =
        ProcessDefinition.builder(
                "four-phases-naming",
                Phase.class,
                Bmi4jMachine.Event.class,
                Bmi4jMachine.Project.class)
            .initial(Phase.CONCEPT);
    // one guard class per transition, as in Bmi4jMachine
    b.on(Phase.CONCEPT, Bmi4jMachine.Advance.class)
        .when(
            (c, e, v) -> {
              if (e.readiness() < Bmi4jMachine.THRESHOLD) {
                notReady(v, Phase.CONCEPT, e, c);
              }
            })
        .to(Phase.FOUNDATION);
    b.on(Phase.FOUNDATION, Bmi4jMachine.Advance.class)
        .when(
            (c, e, v) -> {
              if (e.readiness() < Bmi4jMachine.THRESHOLD) {
                notReady(v, Phase.FOUNDATION, e, c);
              }
            })
        .to(Phase.DEVELOPMENT);
    b.on(Phase.DEVELOPMENT, Bmi4jMachine.Advance.class)
        .when(
            (c, e, v) -> {
              if (e.readiness() < Bmi4jMachine.THRESHOLD) {
                notReady(v, Phase.DEVELOPMENT, e, c);
              }
            })
        .to(Phase.OPERATION);
    b.on(Phase.OPERATION, Bmi4jMachine.Advance.class)
        .when(
            (c, e, v) -> {
              if (e.readiness() < Bmi4jMachine.THRESHOLD) {
                notReady(v, Phase.OPERATION, e, c);
              }
            })
        .startingCycle()
        .to(Phase.CONCEPT);
    return b.build();
  }

  private static void notReady(
      Violations v, Phase from, Bmi4jMachine.Advance e, Bmi4jMachine.Project project) {
    v.add(
        Bmi4jMachine.Code.NOT_READY,
        project.name(),
        "readiness must be at least "
            + Bmi4jMachine.THRESHOLD
            + " to leave "
            + from
            + ", was "
            + e.readiness());
  }

  /** Guards naming the context when they reject, on the fixed clock, cycled like benchmark 1's. */
  @State(Scope.Thread)
  public static class ContextNamed extends Cycling.Bmi4jState {
    @Override
    Clock clock() {
      return Cycling.FIXED;
    }

    @Override
    ProcessDefinition<Phase, Bmi4jMachine.Event, Bmi4jMachine.Project> definition() {
      return NAMING;
    }
  }

  /** Benchmark 1's guards (the context unused), fixed clock. */
  @Benchmark
  public Outcome<? extends ProcessInstance<Phase, Bmi4jMachine.Event, Bmi4jMachine.Project>>
      contextUnused(Cycling.Bmi4jFixedClock s) {
    return s.advance();
  }

  /** Guards naming the context in a rejection, fixed clock. */
  @Benchmark
  public Outcome<? extends ProcessInstance<Phase, Bmi4jMachine.Event, Bmi4jMachine.Project>>
      contextNamedWhenRejecting(ContextNamed s) {
    return s.advance();
  }
}

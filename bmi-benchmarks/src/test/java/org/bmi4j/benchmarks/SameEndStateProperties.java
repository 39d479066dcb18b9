package org.bmi4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.oxo42.stateless4j.StateMachine;
import java.time.Clock;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.bmi4j.process.Outcome;
import org.bmi4j.process.ProcessInstance;
import org.springframework.statemachine.config.StateMachineFactory;

/** The four machines do the same work: the same advances lead each to the same phase. */
class SameEndStateProperties {
  private static final Clock CLOCK = Clock.systemUTC();
  // shared as each library's documentation says: built once, many machines
  private static final Stateless4jMachine.Gate GATE = new Stateless4jMachine.Gate();
  private static final com.github.oxo42.stateless4j.StateMachineConfig<
          Phase, Stateless4jMachine.Trigger>
      STATELESS4J = Stateless4jMachine.config(GATE);
  private static final org.squirrelframework.foundation.fsm.StateMachineBuilder<
          SquirrelMachine, Phase, SquirrelMachine.Trigger, Integer>
      SQUIRREL = SquirrelMachine.builder();
  private static final StateMachineFactory<Phase, SpringMachine.Trigger> SPRING =
      SpringMachine.factory();

  /** Fewer tries than the default: each starts a Spring machine, about a millisecond. */
  @Property(tries = 300)
  void everyLibraryEndsInTheSamePhaseAfterTheSameAdvances(
      @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 100) Integer> readiness) {
    ProcessInstance<Phase, Bmi4jMachine.Event, Bmi4jMachine.Project> bmi4j =
        Bmi4jMachine.start(CLOCK);
    int bmi4jRejected = 0;
    StateMachine<Phase, Stateless4jMachine.Trigger> stateless4j =
        Stateless4jMachine.create(STATELESS4J, Stateless4jMachine.unhandled(GATE));
    int stateless4jRejectedBefore = GATE.rejected;
    SquirrelMachine squirrel = SquirrelMachine.create(SQUIRREL);
    org.springframework.statemachine.StateMachine<Phase, SpringMachine.Trigger> spring =
        SpringMachine.create(SPRING);
    int springRejected = 0;

    for (int r : readiness) {
      Outcome<? extends ProcessInstance<Phase, Bmi4jMachine.Event, Bmi4jMachine.Project>> outcome =
          bmi4j.apply(new Bmi4jMachine.Advance(r));
      bmi4jRejected += outcome.isAccepted() ? 0 : 1;
      bmi4j = outcome.instance();
      Stateless4jMachine.advance(stateless4j, GATE, r);
      squirrel.advance(r);
      Phase before = spring.getState().getId();
      SpringMachine.send(spring, SpringMachine.advance(r));
      springRejected += spring.getState().getId() == before ? 1 : 0;

      assertEquals(bmi4j.state(), stateless4j.getState(), "stateless4j after " + r);
      assertEquals(bmi4j.state(), squirrel.getCurrentState(), "squirrel after " + r);
      assertEquals(bmi4j.state(), spring.getState().getId(), "Spring after " + r);
    }
    long expectedRejected = readiness.stream().filter(r -> r < Bmi4jMachine.THRESHOLD).count();
    assertEquals(expectedRejected, bmi4jRejected);
    assertEquals(expectedRejected, GATE.rejected - stateless4jRejectedBefore);
    assertEquals(expectedRejected, squirrel.rejected());
    assertEquals(expectedRejected, springRejected);
    assertEquals(readiness.size() - expectedRejected, bmi4j.sequence());
    assertEquals(1 + (readiness.size() - expectedRejected) / 4, bmi4j.cycle());
  }
}

package org.bmi4j.benchmarks;

import com.github.oxo42.stateless4j.StateMachine;
import com.github.oxo42.stateless4j.StateMachineConfig;
import com.github.oxo42.stateless4j.delegates.Action2;
import java.time.Clock;
import org.bmi4j.process.ProcessInstance;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.springframework.messaging.Message;
import org.springframework.statemachine.config.StateMachineFactory;
import org.squirrelframework.foundation.fsm.StateMachineBuilder;
import reactor.core.publisher.Mono;

/** The per-thread benchmark states of each library: shared definitions and one machine each. */
public final class Peers {
  private Peers() {}

  /** bmi4j: the shared definition and clock, an instance with 10 steps, the two events. */
  @State(Scope.Thread)
  public static class Bmi4j {
    public final Clock clock = Clock.systemUTC();
    public final Bmi4jMachine.Event ready = new Bmi4jMachine.Advance(Bmi4jMachine.READY);
    public final Bmi4jMachine.Event unready = new Bmi4jMachine.Advance(Bmi4jMachine.UNREADY);
    public ProcessInstance<Phase, Bmi4jMachine.Event, Bmi4jMachine.Project> instance;

    @Setup(Level.Trial)
    public void setUp() {
      instance = Bmi4jMachine.advanced(10, clock);
    }
  }

  /** stateless4j: the shared configuration and action, one machine. */
  @State(Scope.Thread)
  public static class Stateless4j {
    public final Stateless4jMachine.Gate gate = new Stateless4jMachine.Gate();
    public final StateMachineConfig<Phase, Stateless4jMachine.Trigger> config =
        Stateless4jMachine.config(gate);
    public final Action2<Phase, Stateless4jMachine.Trigger> unhandled =
        Stateless4jMachine.unhandled(gate);
    public StateMachine<Phase, Stateless4jMachine.Trigger> machine;

    @Setup(Level.Trial)
    public void setUp() {
      machine = Stateless4jMachine.create(config, unhandled);
    }
  }

  /** squirrel-foundation: the shared builder, one started machine. */
  @State(Scope.Thread)
  public static class Squirrel {
    public final StateMachineBuilder<SquirrelMachine, Phase, SquirrelMachine.Trigger, Integer>
        builder = SquirrelMachine.builder();
    public SquirrelMachine machine;

    @Setup(Level.Trial)
    public void setUp() {
      machine = SquirrelMachine.create(builder);
    }
  }

  /** Spring Statemachine: the shared factory, one started machine, the two event messages. */
  @State(Scope.Thread)
  public static class Spring {
    public final StateMachineFactory<Phase, SpringMachine.Trigger> factory =
        SpringMachine.factory();
    public final Mono<Message<SpringMachine.Trigger>> ready =
        SpringMachine.advance(Bmi4jMachine.READY);
    public final Mono<Message<SpringMachine.Trigger>> unready =
        SpringMachine.advance(Bmi4jMachine.UNREADY);
    public org.springframework.statemachine.StateMachine<Phase, SpringMachine.Trigger> machine;

    @Setup(Level.Trial)
    public void setUp() {
      machine = SpringMachine.create(factory);
    }
  }
}

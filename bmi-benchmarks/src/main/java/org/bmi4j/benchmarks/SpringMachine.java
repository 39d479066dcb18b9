package org.bmi4j.benchmarks;

import java.util.EnumSet;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.StateMachineEventResult;
import org.springframework.statemachine.config.StateMachineBuilder;
import org.springframework.statemachine.config.StateMachineFactory;
import org.springframework.statemachine.config.builders.StateMachineTransitionConfigurer;
import reactor.core.publisher.Mono;

/**
 * The benchmark machine in Spring Statemachine 4: one shared {@link StateMachineFactory} made by
 * the documented {@link StateMachineBuilder}, a guarded external transition per phase; the
 * readiness travels as a message header, which the guard reads. Events go through the reactive
 * {@code sendEvent(Mono)}, whose result is returned as Spring reports it; a failed guard leaves the
 * machine where it is (Spring still reports the event {@code ACCEPTED} by the state: only an event
 * no state takes is {@code DENIED}).
 */
public final class SpringMachine {
  /** The single trigger. */
  public enum Trigger {
    ADVANCE
  }

  /** The message header carrying the readiness. */
  public static final String READINESS = "readiness";

  private SpringMachine() {}

  /** Returns the factory; make it once and share it. */
  public static StateMachineFactory<Phase, Trigger> factory() {
    try {
      StateMachineBuilder.Builder<Phase, Trigger> builder = StateMachineBuilder.builder();
      builder
          .configureStates()
          .withStates()
          .initial(Phase.CONCEPT)
          .states(EnumSet.allOf(Phase.class));
      StateMachineTransitionConfigurer<Phase, Trigger> transitions = builder.configureTransitions();
      for (Phase from : Phase.values()) {
        transitions
            .withExternal()
            .source(from)
            .target(from.next())
            .event(Trigger.ADVANCE)
            .guard(
                context ->
                    context.getMessageHeaders().get(READINESS, Integer.class)
                        >= Bmi4jMachine.THRESHOLD);
      }
      return builder.createFactory();
    } catch (Exception e) {
      throw new IllegalStateException("the Spring machine cannot be configured", e);
    }
  }

  /** Returns a started machine in CONCEPT. */
  public static StateMachine<Phase, Trigger> create(StateMachineFactory<Phase, Trigger> factory) {
    StateMachine<Phase, Trigger> machine = factory.getStateMachine();
    machine.startReactively().block();
    return machine;
  }

  /** Returns the event message of an advance with the given readiness. */
  public static Mono<Message<Trigger>> advance(int readiness) {
    return Mono.just(
        MessageBuilder.withPayload(Trigger.ADVANCE).setHeader(READINESS, readiness).build());
  }

  /** Sends the event and returns Spring's result. */
  public static StateMachineEventResult.ResultType send(
      StateMachine<Phase, Trigger> machine, Mono<Message<Trigger>> event) {
    return machine.sendEvent(event).blockLast().getResultType();
  }
}

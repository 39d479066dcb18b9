package org.bmi4j.benchmarks;

import org.squirrelframework.foundation.fsm.AnonymousCondition;
import org.squirrelframework.foundation.fsm.StateMachineBuilder;
import org.squirrelframework.foundation.fsm.StateMachineBuilderFactory;
import org.squirrelframework.foundation.fsm.impl.AbstractStateMachine;

/**
 * The benchmark machine in squirrel-foundation 0.3: one shared builder with a guarded external
 * transition per phase; the readiness travels as the fire's context, which the condition reads. A
 * declined event is counted in squirrel's {@code afterTransitionDeclined} hook.
 */
public class SquirrelMachine
    extends AbstractStateMachine<SquirrelMachine, Phase, SquirrelMachine.Trigger, Integer> {
  /** The single trigger. */
  public enum Trigger {
    ADVANCE
  }

  private int rejected;

  /** Returns a builder for the machine; build it once and share it. */
  public static StateMachineBuilder<SquirrelMachine, Phase, Trigger, Integer> builder() {
    StateMachineBuilder<SquirrelMachine, Phase, Trigger, Integer> builder =
        StateMachineBuilderFactory.create(
            SquirrelMachine.class, Phase.class, Trigger.class, Integer.class);
    for (Phase from : Phase.values()) {
      builder
          .externalTransition()
          .from(from)
          .to(from.next())
          .on(Trigger.ADVANCE)
          .when(
              new AnonymousCondition<Integer>() {
                @Override
                public boolean isSatisfied(Integer readiness) {
                  return readiness >= Bmi4jMachine.THRESHOLD;
                }
              });
    }
    return builder;
  }

  /** Returns a started machine in CONCEPT. */
  public static SquirrelMachine create(
      StateMachineBuilder<SquirrelMachine, Phase, Trigger, Integer> builder) {
    SquirrelMachine machine = builder.newStateMachine(Phase.CONCEPT);
    machine.start();
    return machine;
  }

  /** Fires an advance with the given readiness. */
  public void advance(int readiness) {
    fire(Trigger.ADVANCE, readiness);
  }

  /** Returns how many advances were declined. */
  public int rejected() {
    return rejected;
  }

  @Override
  protected void afterTransitionDeclined(Phase from, Trigger event, Integer context) {
    rejected++;
  }
}

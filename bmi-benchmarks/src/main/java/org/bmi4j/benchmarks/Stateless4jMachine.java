package org.bmi4j.benchmarks;

import com.github.oxo42.stateless4j.StateMachine;
import com.github.oxo42.stateless4j.StateMachineConfig;
import com.github.oxo42.stateless4j.delegates.Action2;

/**
 * The benchmark machine in stateless4j 2.6: one shared {@link StateMachineConfig} with a guarded
 * permit per phase. Its guards take no arguments, so they read the readiness from the {@link Gate}
 * the configuration was made with; the caller sets it before firing, as the event carries it in the
 * other libraries. A failed guard leaves the trigger unhandled, which the machine's documented
 * unhandled-trigger action counts instead of throwing.
 */
public final class Stateless4jMachine {
  /** The single trigger. */
  public enum Trigger {
    ADVANCE
  }

  /** What the guards read: the readiness of the current advance. */
  public static final class Gate {
    /** The readiness of the advance being fired. */
    public int readiness;

    /** How many advances were unhandled (rejected). */
    public int rejected;
  }

  private Stateless4jMachine() {}

  /** Returns the shared configuration whose guards read {@code gate}. */
  public static StateMachineConfig<Phase, Trigger> config(Gate gate) {
    StateMachineConfig<Phase, Trigger> config = new StateMachineConfig<>();
    for (Phase from : Phase.values()) {
      config
          .configure(from)
          .permitIf(Trigger.ADVANCE, from.next(), () -> gate.readiness >= Bmi4jMachine.THRESHOLD);
    }
    return config;
  }

  /** Returns the shared unhandled-trigger action that counts rejections in {@code gate}. */
  public static Action2<Phase, Trigger> unhandled(Gate gate) {
    return (state, trigger) -> gate.rejected++;
  }

  /** Returns a machine in CONCEPT over the shared configuration and action. */
  public static StateMachine<Phase, Trigger> create(
      StateMachineConfig<Phase, Trigger> config, Action2<Phase, Trigger> unhandled) {
    StateMachine<Phase, Trigger> machine = new StateMachine<>(Phase.CONCEPT, config);
    machine.onUnhandledTrigger(unhandled);
    return machine;
  }

  /** Fires an advance with the given readiness. */
  public static void advance(StateMachine<Phase, Trigger> machine, Gate gate, int readiness) {
    gate.readiness = readiness;
    machine.fire(Trigger.ADVANCE);
  }
}

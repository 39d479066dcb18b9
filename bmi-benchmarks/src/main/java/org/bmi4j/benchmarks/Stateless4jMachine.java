package org.bmi4j.benchmarks;

import com.github.oxo42.stateless4j.StateMachine;
import com.github.oxo42.stateless4j.StateMachineConfig;
import com.github.oxo42.stateless4j.delegates.Action2;
import com.github.oxo42.stateless4j.delegates.FuncBoolean;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

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
    // one guard class per transition, as in bmi4j's machine: each lambda below is its own class
    config
        .configure(Phase.CONCEPT)
        .permitIf(
            Trigger.ADVANCE, Phase.FOUNDATION, () -> gate.readiness >= Bmi4jMachine.THRESHOLD);
    config
        .configure(Phase.FOUNDATION)
        .permitIf(
            Trigger.ADVANCE, Phase.DEVELOPMENT, () -> gate.readiness >= Bmi4jMachine.THRESHOLD);
    config
        .configure(Phase.DEVELOPMENT)
        .permitIf(Trigger.ADVANCE, Phase.OPERATION, () -> gate.readiness >= Bmi4jMachine.THRESHOLD);
    config
        .configure(Phase.OPERATION)
        .permitIf(Trigger.ADVANCE, Phase.CONCEPT, () -> gate.readiness >= Bmi4jMachine.THRESHOLD);
    return config;
  }

  /**
   * Returns a configuration like {@link #config}'s but for one guard shared by the four permits:
   * the peer of benchmark 1d's one-guard machine, for the cross-check.
   */
  public static StateMachineConfig<Phase, Trigger> oneGuardConfig(Gate gate) {
    StateMachineConfig<Phase, Trigger> config = new StateMachineConfig<>();
    FuncBoolean ready = () -> gate.readiness >= Bmi4jMachine.THRESHOLD;
    config.configure(Phase.CONCEPT).permitIf(Trigger.ADVANCE, Phase.FOUNDATION, ready);
    config.configure(Phase.FOUNDATION).permitIf(Trigger.ADVANCE, Phase.DEVELOPMENT, ready);
    config.configure(Phase.DEVELOPMENT).permitIf(Trigger.ADVANCE, Phase.OPERATION, ready);
    config.configure(Phase.OPERATION).permitIf(Trigger.ADVANCE, Phase.CONCEPT, ready);
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

  /**
   * One entry of the history a stateless4j user keeps to have what bmi4j records per step: the
   * sequence, both states, the trigger with its readiness, the time and the cycle.
   */
  public record Entry(
      long sequence, Phase from, Phase to, Trigger trigger, int readiness, long at, int cycle) {}

  /** The timestamped history a stateless4j user keeps beside the machine: a list and a cycle. */
  public static final class History {
    /** The entries, oldest first. */
    public final List<Entry> entries = new ArrayList<>();

    /** The cycle number, from 1. */
    public int cycle = 1;
  }

  /**
   * Fires an advance and, if the machine accepted it, appends the entry its user keeps, stamped
   * with one read of {@code clock} as bmi4j stamps its steps.
   */
  public static void advance(
      StateMachine<Phase, Trigger> machine,
      Gate gate,
      int readiness,
      History history,
      Clock clock) {
    gate.readiness = readiness;
    int rejected = gate.rejected;
    Phase from = machine.getState();
    machine.fire(Trigger.ADVANCE);
    if (gate.rejected == rejected) {
      Phase to = machine.getState();
      if (from == Phase.OPERATION) {
        history.cycle++;
      }
      history.entries.add(
          new Entry(
              history.entries.size() + 1L,
              from,
              to,
              Trigger.ADVANCE,
              readiness,
              clock.millis(),
              history.cycle));
    }
  }
}

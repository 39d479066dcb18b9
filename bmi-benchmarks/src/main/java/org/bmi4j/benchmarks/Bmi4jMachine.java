package org.bmi4j.benchmarks;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Clock;
import org.bmi4j.process.Outcome;
import org.bmi4j.process.ProcessDefinition;
import org.bmi4j.process.ProcessInstance;
import org.bmi4j.process.ViolationCode;
import org.bmi4j.process.Violations;

/**
 * The benchmark machine in the bmi4j kernel: four phases in a cycle, one event type, one guard per
 * transition (the event's readiness must reach {@link #THRESHOLD}); the kernel records every
 * accepted step in the instance's history.
 */
public final class Bmi4jMachine {
  /** The readiness every guard requires. */
  public static final int THRESHOLD = 50;

  /** A readiness every guard accepts. */
  public static final int READY = 70;

  /** A readiness every guard rejects. */
  public static final int UNREADY = 10;

  private Bmi4jMachine() {}

  /** The event type: one subtype, named in JSON as real processes do. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes(@JsonSubTypes.Type(value = Advance.class, name = "advance"))
  public sealed interface Event permits Advance {}

  /** Leave the phase for the next, once ready. */
  public record Advance(int readiness) implements Event {}

  /** The context: the project the machine runs for; the guards read only the event. */
  public record Project(String name) {}

  /** The violation code of the guard. */
  public enum Code implements ViolationCode {
    NOT_READY
  }

  /** The shared context every fresh instance starts with. */
  public static final Project PROJECT = new Project("benchmark");

  /** The definition, shared by every instance. */
  public static final ProcessDefinition<Phase, Event, Project> DEFINITION = define();

  private static ProcessDefinition<Phase, Event, Project> define() {
    var b =
        ProcessDefinition.builder("four-phases", Phase.class, Event.class, Project.class)
            .initial(Phase.CONCEPT);
    // one guard class per transition, as in any real process: each lambda below is its own class
    b.on(Phase.CONCEPT, Advance.class)
        .when(
            (c, e, v) -> {
              if (e.readiness() < THRESHOLD) {
                notReady(v, Phase.CONCEPT, e);
              }
            })
        .to(Phase.FOUNDATION);
    b.on(Phase.FOUNDATION, Advance.class)
        .when(
            (c, e, v) -> {
              if (e.readiness() < THRESHOLD) {
                notReady(v, Phase.FOUNDATION, e);
              }
            })
        .to(Phase.DEVELOPMENT);
    b.on(Phase.DEVELOPMENT, Advance.class)
        .when(
            (c, e, v) -> {
              if (e.readiness() < THRESHOLD) {
                notReady(v, Phase.DEVELOPMENT, e);
              }
            })
        .to(Phase.OPERATION);
    b.on(Phase.OPERATION, Advance.class)
        .when(
            (c, e, v) -> {
              if (e.readiness() < THRESHOLD) {
                notReady(v, Phase.OPERATION, e);
              }
            })
        .startingCycle()
        .to(Phase.CONCEPT);
    return b.build();
  }

  private static void notReady(Violations v, Phase from, Advance e) {
    v.add(
        Code.NOT_READY,
        "readiness must be at least " + THRESHOLD + " to leave " + from + ", was " + e.readiness());
  }

  /** Starts a fresh instance in CONCEPT. */
  public static ProcessInstance<Phase, Event, Project> start(Clock clock) {
    return DEFINITION.start(PROJECT, clock);
  }

  /** Returns the instance after {@code n} accepted advances. */
  public static ProcessInstance<Phase, Event, Project> advanced(int n, Clock clock) {
    ProcessInstance<Phase, Event, Project> instance = start(clock);
    Advance ready = new Advance(READY);
    for (int i = 0; i < n; i++) {
      instance = instance.applyOrThrow(ready);
    }
    return instance;
  }

  /** Applies an advance with the given readiness; returns the instance after it. */
  public static ProcessInstance<Phase, Event, Project> advance(
      ProcessInstance<Phase, Event, Project> instance, int readiness) {
    Outcome<? extends ProcessInstance<Phase, Event, Project>> outcome =
        instance.apply(new Advance(readiness));
    return outcome.instance();
  }
}

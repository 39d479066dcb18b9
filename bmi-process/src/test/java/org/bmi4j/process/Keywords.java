package org.bmi4j.process;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A process whose states are named like the keywords of DOT and Mermaid ({@code node}, {@code
 * graph}, {@code start}, {@code end}, {@code state}, ...) and one non-ASCII name: the diagrams of
 * any definition must render, so the golden set renders this one with the real tools.
 */
final class Keywords {
  private Keywords() {}

  @SuppressWarnings("checkstyle:EnumConstantName") // named like the tools' keywords on purpose
  enum State {
    start,
    node,
    edge,
    graph,
    subgraph,
    strict,
    end,
    state,
    note,
    direction,
    café
  }

  sealed interface Event permits Next, Skip, Stay, Again {}

  record Next() implements Event {}

  record Skip() implements Event {}

  record Stay() implements Event {}

  record Again() implements Event {}

  static final ProcessDefinition<State, Event, String> DEFINITION = definition();

  private static ProcessDefinition<State, Event, String> definition() {
    ProcessDefinition.Builder<State, Event, String> builder =
        ProcessDefinition.<State, Event, String>builder(
                "keywords", State.class, Event.class, String.class)
            .initial(State.start)
            .terminal(State.café);
    State[] states = State.values();
    for (int i = 0; i + 1 < states.length; i++) {
      builder.on(states[i], Next.class).to(states[i + 1]);
    }
    return builder
        .on(State.start, Stay.class)
        .stay()
        .on(State.node, Stay.class)
        .stay()
        .on(State.node, Skip.class)
        .to(State.edge)
        .on(State.direction, Again.class)
        .startingCycle()
        .to(State.start)
        .build();
  }

  /** A clock that moves on ten hours at every reading, so steps fall on several dates. */
  static Clock tenHoursAStep(Instant from) {
    return new Clock() {
      private Instant now = from.minus(Duration.ofHours(10));

      @Override
      public ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
      }

      @Override
      public synchronized Instant instant() {
        now = now.plus(Duration.ofHours(10));
        return now;
      }
    };
  }

  /** An instance that passes every state, starts a second cycle and stays twice. */
  static ProcessInstance<State, Event, String> walk() {
    ProcessInstance<State, Event, String> instance =
        DEFINITION.start("", tenHoursAStep(Instant.parse("2026-03-01T08:00:00Z")));
    instance = instance.applyOrThrow(new Stay()).applyOrThrow(new Next());
    instance = instance.applyOrThrow(new Stay()).applyOrThrow(new Skip());
    for (int i = 0; i < 7; i++) {
      instance = instance.applyOrThrow(new Next());
    }
    return instance.applyOrThrow(new Again()).applyOrThrow(new Next()).applyOrThrow(new Next());
  }
}

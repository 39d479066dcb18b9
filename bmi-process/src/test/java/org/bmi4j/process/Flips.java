package org.bmi4j.process;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** A two-state process whose one transition runs the guards a test gives it. */
final class Flips {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  private Flips() {}

  enum Light {
    OFF,
    ON
  }

  enum Code implements ViolationCode {
    REFUSED,
    SUMMARY
  }

  record Flip(int n) {}

  record Switch(String name) {}

  /** Returns a fresh instance whose OFF -> ON transition runs {@code guards} in order. */
  static ProcessInstance<Light, Flip, Switch> withGuards(List<Guard<Switch, Flip>> guards) {
    var b =
        ProcessDefinition.builder("flips", Light.class, Flip.class, Switch.class)
            .initial(Light.OFF);
    var on = b.on(Light.OFF, Flip.class);
    guards.forEach(on::when);
    on.to(Light.ON);
    b.on(Light.ON, Flip.class).to(Light.OFF);
    return b.build().start(new Switch("hall"), CLOCK);
  }
}

package org.bmi4j.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.bmi4j.process.Flips.Flip;
import org.bmi4j.process.Flips.Light;
import org.bmi4j.process.Flips.Switch;
import org.junit.jupiter.api.Test;

/**
 * A named instance makes its successor itself, in one object: every instance after it has its type
 * and equals what the plain kernel makes; a successor that does not continue its predecessor's
 * history is refused.
 */
class SuccessorTests {
  /** A named instance as the library's are made. */
  static final class Named extends ProcessInstance<Light, Flip, Switch> {
    Named(ProcessInstance<Light, Flip, Switch> instance) {
      super(instance);
    }

    Named(Named previous, Switch context, Step<Light, Flip> step) {
      super(previous, context, step);
    }

    Named(ProcessDefinition<Light, Flip, Switch> definition, Switch context, Clock clock) {
      super(definition, context, clock);
    }

    @Override
    protected Named successor(Switch context, Step<Light, Flip> step) {
      return new Named(this, context, step);
    }
  }

  private final ProcessInstance<Light, Flip, Switch> plain = Flips.withGuards(List.of());

  @Test
  void everyInstanceAfterANamedOneIsNamedAndEqualsThePlainOne() {
    ProcessInstance<Light, Flip, Switch> named = new Named(plain);
    ProcessInstance<Light, Flip, Switch> other = plain;
    for (int i = 0; i < 5; i++) {
      named = named.applyOrThrow(new Flip(i));
      other = other.applyOrThrow(new Flip(i));
      assertInstanceOf(Named.class, named);
      assertEquals(other, named);
      assertEquals(other.state(), named.state());
      assertEquals(other.cycle(), named.cycle());
      assertEquals(other.history(), named.history());
    }
  }

  @Test
  void aNamedInstanceStartedInOneObjectEqualsThePlainStart() {
    Named started = new Named(plain.definition(), plain.context(), plain.clock());
    assertEquals(plain, started);
    assertEquals(plain.state(), started.state());
    assertEquals(1, started.cycle());
    assertEquals(0, started.sequence());
    assertSame(plain.context(), started.start());
    assertSame(plain.clock(), started.clock());
    assertInstanceOf(Named.class, started.applyOrThrow(new Flip(1)));
  }

  @Test
  void aNamedStartRunsTheDefinitionsStartCheck() {
    ProcessDefinition<Light, Flip, Switch> checked =
        ProcessDefinition.builder("checked", Light.class, Flip.class, Switch.class)
            .initial(Light.OFF)
            .checkStart(
                s -> {
                  if (s.name().isBlank()) {
                    throw new IllegalArgumentException("the switch needs a name");
                  }
                })
            .on(Light.OFF, Flip.class)
            .to(Light.ON)
            .on(Light.ON, Flip.class)
            .to(Light.OFF)
            .build();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new Named(checked, new Switch(" "), Flips.CLOCK));
    assertEquals("the switch needs a name", e.getMessage());
    assertThrows(NullPointerException.class, () -> new Named(checked, null, Flips.CLOCK));
    assertThrows(NullPointerException.class, () -> new Named(checked, new Switch("hall"), null));
    assertThrows(
        NullPointerException.class, () -> new Named(null, new Switch("hall"), Flips.CLOCK));
  }

  @Test
  void aSuccessorMustContinueItsPredecessorsHistory() {
    Named start = new Named(plain);
    Named once = (Named) start.applyOrThrow(new Flip(1));
    Instant at = Instant.parse("2026-01-01T00:00:00Z");
    Switch context = new Switch("hall");
    // a step of another number, from another state, or chained to another history
    assertThrows(
        IllegalArgumentException.class,
        () -> new Named(once, context, new Step<>(1, Light.OFF, Light.ON, new Flip(2), at, 1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Named(start, context, new Step<>(1, Light.ON, Light.OFF, new Flip(2), at, 1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Named(start, context, new Step<>(2, Light.OFF, Light.ON, new Flip(2), at, 1)));
  }
}

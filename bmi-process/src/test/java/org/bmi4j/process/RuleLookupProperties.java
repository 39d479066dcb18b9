package org.bmi4j.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The definition's per-state rule tables (built once, searched by the event's class) find the same
 * transition as a plain map from (state, event type) to the declared transition, for random
 * definitions and every (state, event type) pair, declared or not.
 */
class RuleLookupProperties {
  enum Light {
    RED,
    AMBER,
    GREEN,
    BLINKING,
    DARK
  }

  sealed interface Signal permits Go, Stop, Wait, Blink, Off, Unused {}

  record Go() implements Signal {}

  record Stop() implements Signal {}

  record Wait() implements Signal {}

  record Blink() implements Signal {}

  record Off() implements Signal {}

  /** Declared by no transition. */
  record Unused() implements Signal {}

  private static final List<Class<? extends Signal>> DECLARABLE =
      List.of(Go.class, Stop.class, Wait.class, Blink.class, Off.class);

  /** A transition to declare: from, event type, to. */
  record Declared(Light from, Class<? extends Signal> type, Light to) {}

  @Provide
  Arbitrary<List<Declared>> extraTransitions() {
    return Combinators.combine(
            Arbitraries.of(Light.class),
            Arbitraries.of(DECLARABLE).filter(t -> t != Go.class),
            Arbitraries.of(Light.class))
        .as(Declared::new)
        .list()
        .ofMaxSize(20)
        .uniqueElements(d -> List.of(d.from(), d.type()));
  }

  @Property
  void theRuleFoundIsTheDeclaredTransition(@ForAll("extraTransitions") List<Declared> extra) {
    // a cycle on Go through every light keeps the definition valid; the extra transitions vary
    // which states take which event types, in random declaration order
    List<Declared> all = new ArrayList<>();
    Light[] lights = Light.values();
    for (int i = 0; i < lights.length; i++) {
      all.add(new Declared(lights[i], Go.class, lights[(i + 1) % lights.length]));
    }
    all.addAll(extra);
    var builder =
        ProcessDefinition.builder("lights", Light.class, Signal.class, Object.class)
            .initial(Light.RED);
    Map<List<Object>, Declared> plain = new HashMap<>();
    for (Declared d : all) {
      builder.on(d.from(), d.type()).to(d.to());
      plain.put(List.of(d.from(), d.type()), d);
    }
    ProcessDefinition<Light, Signal, Object> definition = builder.build();
    List<Class<? extends Signal>> types = new ArrayList<>(DECLARABLE);
    types.add(Unused.class);
    for (Light state : lights) {
      for (Class<? extends Signal> type : types) {
        Declared expected = plain.get(List.of(state, type));
        Rule<Light, Signal, Object> found = definition.rule(state, type);
        if (expected == null) {
          assertSame(null, found, state + " on " + type.getSimpleName());
        } else {
          assertEquals(expected.from(), found.transition.from());
          assertSame(expected.type(), found.transition.eventType());
          assertEquals(expected.to(), found.target);
        }
      }
    }
  }
}

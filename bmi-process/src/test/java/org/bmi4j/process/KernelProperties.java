package org.bmi4j.process;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bmi4j.process.Toy.Context;
import org.bmi4j.process.Toy.Event;
import org.bmi4j.process.Toy.State;

/** Kernel invariants over random runs of the toy process, valid and invalid events mixed. */
class KernelProperties {

  @Provide
  Arbitrary<List<Event>> runs() {
    Arbitrary<String> texts = Arbitraries.of("", " ", "a", "draft", "why");
    Arbitrary<Event> event =
        Arbitraries.oneOf(
            texts.map(Toy.Write::new),
            Arbitraries.just(new Toy.Submit()),
            Arbitraries.of(true, false).map(Toy.Decide::new),
            texts.map(Toy.Revise::new),
            Arbitraries.just(new Toy.Withdraw()).injectDuplicates(0.1));
    return event.list().ofMaxSize(50);
  }

  @Property
  void everyStepKeepsTheKernelInvariants(@ForAll("runs") List<Event> events) {
    Clock clock =
        Clock.offset(
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC),
            Duration.ofSeconds(events.size()));
    ProcessInstance<State, Event, Context> start = Toy.DEFINITION.start(Context.EMPTY, clock);
    ProcessInstance<State, Event, Context> current = start;
    for (Event event : events) {
      Outcome<? extends ProcessInstance<State, Event, Context>> outcome = current.apply(event);
      Invariants.check(current, event, outcome);
      current = outcome.instance();
    }
    Invariants.checkReplay(start, current);
    var type = ProcessDocuments.instance(Toy.DEFINITION, clock);
    org.junit.jupiter.api.Assertions.assertEquals(
        current,
        org.bmi4j.core.json.BmiJson.read(type, org.bmi4j.core.json.BmiJson.write(type, current)),
        "JSON round trip equals the instance");
  }
}

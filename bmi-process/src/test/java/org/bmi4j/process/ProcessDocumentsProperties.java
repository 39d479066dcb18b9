package org.bmi4j.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsCoverage;
import org.bmi4j.core.json.BmiJson;
import org.bmi4j.core.json.DocumentType;
import org.bmi4j.process.Toy.Context;
import org.bmi4j.process.Toy.Event;
import org.bmi4j.process.Toy.State;

/**
 * What the library writes, it reads: over random toy instances, short and long (the compact history
 * form starts above 1,000 steps), with texts of any characters, clocks that jump and go back, and
 * instants finer than a millisecond, a document the writer returns is always read back as the same
 * instance; a document the writer refuses is refused with the bound it would break.
 */
class ProcessDocumentsProperties {
  private static final List<String> TEXTS =
      List.of("a", "draft", "\"quoted\" \\ back", "äöü € 𝄞", "line\nbreak", "0+1 2.3", "why");
  private static final String TOO_LONG = Strings.repeat("x", BmiJson.MAX_STRING_LENGTH + 1);

  /** A clock that moves by a random step, forward or back, on every read. */
  private static final class JumpingClock extends MillisClock {
    private final Random random;
    private long millis = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();

    JumpingClock(Random random) {
      this.random = random;
    }

    @Override
    public long millis() {
      int kind = random.nextInt(10);
      millis +=
          kind < 4
              ? 0
              : kind < 7
                  ? 1
                  : kind < 9 ? random.nextInt(100_000) - 20_000 : random.nextLong() >> 20;
      return millis;
    }
  }

  @Provide
  Arbitrary<Integer> lengths() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.integers().between(0, 60)),
        Tuple.of(2, Arbitraries.integers().between(2_000, 6_000)));
  }

  private static Event event(Random random, boolean tooLong) {
    if (random.nextInt(5_000) == 0) {
      // an ending event, rare, so that most long runs stay open
      return random.nextBoolean() ? new Toy.Decide(true) : new Toy.Withdraw();
    }
    int kind = random.nextInt(100);
    String text = tooLong ? TOO_LONG : TEXTS.get(random.nextInt(TEXTS.size()));
    if (kind < 60) {
      return new Toy.Write(text);
    } else if (kind < 75) {
      return new Toy.Submit();
    } else if (kind < 86) {
      return new Toy.Decide(false);
    }
    return new Toy.Revise(text);
  }

  /** 200 tries, not 1,000: a try applies up to 6,000 events and writes and reads the instance. */
  @Property(tries = 200)
  void noWrittenDocumentIsRejectedByRead(
      @ForAll("lengths") int length, @ForAll long seed, @ForAll boolean finerThanMillis) {
    Random random = new Random(seed);
    JumpingClock clock = new JumpingClock(random);
    boolean tooLong = random.nextInt(20) == 0;
    ProcessInstance<State, Event, Context> instance = Toy.DEFINITION.start(Context.EMPTY, clock);
    for (int i = 0; i < length; i++) {
      instance = instance.apply(event(random, tooLong && i == length / 2)).instance();
    }
    if (finerThanMillis) {
      ImmutableList.Builder<Step<State, Event>> steps = ImmutableList.builder();
      for (Step<State, Event> step : instance.history()) {
        Instant at = step.at().plusNanos(random.nextInt(1_000_000));
        steps.add(
            new Step<>(step.sequence(), step.from(), step.to(), step.event(), at, step.cycle()));
      }
      instance =
          Toy.DEFINITION.restore(new InstanceRecord<>("toy", Context.EMPTY, steps.build()), clock);
    }
    DocumentType<ProcessInstance<State, Event, Context>> type =
        ProcessDocuments.instance(Toy.DEFINITION, clock);
    String json;
    try {
      json = BmiJson.write(type, instance);
    } catch (IllegalArgumentException refused) {
      assertTrue(
          refused.getMessage().startsWith("the process-instance document cannot be written: "),
          refused.getMessage());
      Statistics.label("written").collect("refused");
      return;
    }
    Statistics.label("written").collect(instance.sequence() > 1_000 ? "compact" : "step by step");
    ProcessInstance<State, Event, Context> read = BmiJson.read(type, json);
    assertEquals(instance, read);
    assertEquals(json, BmiJson.write(type, read));
    Statistics.label("written")
        .coverage(
            (StatisticsCoverage coverage) -> {
              coverage.check("compact").percentage(p -> p > 10);
              coverage.check("step by step").percentage(p -> p > 10);
            });
  }
}

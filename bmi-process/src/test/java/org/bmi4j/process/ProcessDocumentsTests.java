package org.bmi4j.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.bmi4j.core.json.BmiJson;
import org.bmi4j.core.json.BmiJsonException;
import org.bmi4j.core.json.DocumentType;
import org.bmi4j.process.Toy.Context;
import org.bmi4j.process.Toy.Event;
import org.bmi4j.process.Toy.State;
import org.bmi4j.process.Toy.Write;
import org.junit.jupiter.api.Test;

class ProcessDocumentsTests {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
  private static final DocumentType<ProcessInstance<State, Event, Context>> TYPE =
      ProcessDocuments.instance(Toy.DEFINITION, CLOCK);

  private final ProcessInstance<State, Event, Context> instance =
      Toy.DEFINITION
          .start(Context.EMPTY, CLOCK)
          .applyOrThrow(new Toy.Write("a"))
          .applyOrThrow(new Toy.Write("b"))
          .applyOrThrow(new Toy.Submit())
          .applyOrThrow(new Toy.Revise("again"));

  @Test
  void anInstanceReadsBackEqualAndWritesTheSameBytes() {
    String json = BmiJson.write(TYPE, instance);
    ProcessInstance<State, Event, Context> read = BmiJson.read(TYPE, json);
    assertEquals(instance, read);
    assertSame(CLOCK, read.clock());
    assertEquals(json, BmiJson.write(TYPE, read));
    assertTrue(json.contains("\"type\" : \"process-instance\""), json);
    assertTrue(json.contains("\"event\" : {\n          \"type\" : \"revise\","), json);
  }

  @Test
  void aHistoryTheDefinitionCannotProduceIsBadInput() {
    String json =
        BmiJson.write(TYPE, instance).replace("\"to\" : \"REVIEW\"", "\"to\" : \"DRAFT\"");
    BmiJsonException e = assertThrows(BmiJsonException.class, () -> BmiJson.read(TYPE, json));
    assertEquals(
        "step 3 led to REVIEW in cycle 1 on replay, recorded DRAFT in cycle 1", e.reason());
    assertEquals("content", e.path());
  }

  @Test
  void anInstanceOfAnotherDefinitionIsBadInput() {
    String json =
        BmiJson.write(TYPE, instance)
            .replace("\"definition\" : \"toy\"", "\"definition\" : \"other\"");
    BmiJsonException e = assertThrows(BmiJsonException.class, () -> BmiJson.read(TYPE, json));
    assertEquals(
        "the record holds an instance of 'other', not of 'toy'; restore it with the"
            + " definition of 'other'",
        e.reason());
  }

  @Test
  void aRejectedStepInTheDocumentIsBadInput() {
    String json = BmiJson.write(TYPE, instance).replace("\"text\" : \"a\"", "\"text\" : \" \"");
    BmiJsonException e = assertThrows(BmiJsonException.class, () -> BmiJson.read(TYPE, json));
    assertTrue(e.reason().startsWith("step 1 (Write[text= ]) is rejected on replay"), e.reason());
  }

  /** The toy instance after {@code writes} accepted writes of the same text, one a millisecond. */
  private static ProcessInstance<State, Event, Context> written(int writes) {
    CountingClock clock = new CountingClock(Instant.parse("2026-01-01T00:00:00Z"));
    ProcessInstance<State, Event, Context> instance = Toy.DEFINITION.start(Context.EMPTY, clock);
    for (int i = 0; i < writes; i++) {
      instance = instance.applyOrThrow(new Write("a"));
    }
    return instance;
  }

  /** The document without line breaks and indentation. */
  private static String flat(String json) {
    return json.replaceAll("\\n *", "");
  }

  @Test
  void aHistoryOfAThousandStepsIsWrittenStepByStep() {
    String json = flat(BmiJson.write(TYPE, written(1000)));
    assertTrue(json.contains("\"history\" : [{\"sequence\" : 1,"), json.substring(0, 400));
    assertTrue(!json.contains("\"moves\""));
  }

  @Test
  void aLongerHistoryIsWrittenCompactlyAndReadsBackEqual() {
    ProcessInstance<State, Event, Context> instance =
        written(1001).applyOrThrow(new Toy.Submit()).applyOrThrow(new Toy.Revise("again"));
    String json = BmiJson.write(TYPE, instance);
    String flat = flat(json);
    assertTrue(!flat.contains("\"sequence\""), "no step written one by one");
    assertTrue(
        flat.contains(
            "\"history\" : {\"moves\" : [{\"from\" : \"DRAFT\",\"to\" : \"DRAFT\","
                + "\"event\" : {\"type\" : \"write\",\"text\" : \"a\"},\"startsCycle\" : false},"
                + "{\"from\" : \"DRAFT\",\"to\" : \"REVIEW\",\"event\" : {\"type\" : \"submit\"},"
                + "\"startsCycle\" : false},{\"from\" : \"REVIEW\",\"to\" : \"DRAFT\","
                + "\"event\" : {\"type\" : \"revise\",\"reason\" : \"again\"},"
                + "\"startsCycle\" : true}],\"steps\" : [\""),
        flat.substring(0, 700));
    // the first step is timed from the epoch, every later one from the step before it
    assertTrue(flat.contains("\"steps\" : [\"0+1767225600000 0+1 0+1 "), flat.substring(0, 800));
    assertTrue(flat.contains(",\"0+1 1+1 2+1\"]}"), flat.substring(flat.length() - 300));
    ProcessInstance<State, Event, Context> read = BmiJson.read(TYPE, json);
    assertEquals(instance, read);
    assertEquals(json, BmiJson.write(TYPE, read));
  }

  @Test
  void aCompactHistoryHoldsAThousandStepsAString() {
    String json = flat(BmiJson.write(TYPE, written(2500)));
    int from = json.indexOf("\"steps\" : [");
    String steps = json.substring(from, json.indexOf(']', from));
    List<Integer> tokens = new ArrayList<>();
    for (String string : steps.split("\"")) {
      if (string.startsWith("0")) {
        tokens.add(string.split(" ").length);
      }
    }
    assertEquals(List.of(1000, 1000, 500), tokens);
  }

  @Test
  void aCompactHistoryKeepsInstantsToTheNanosecondAndClocksGoingBack() {
    Instant t0 = Instant.parse("2026-01-01T00:00:00.000000001Z");
    List<Step<State, Event>> steps = new ArrayList<>();
    for (int i = 1; i <= 1200; i++) {
      Instant at =
          switch (i % 4) {
            case 0 -> t0.plusMillis(i);
            case 1 -> t0.minusMillis(i).plusNanos(999_998);
            case 2 -> Instant.EPOCH;
            default -> t0.minusSeconds(100_000_000_000L);
          };
      steps.add(new Step<>(i, State.DRAFT, State.DRAFT, new Write("t" + (i % 3)), at, 1));
    }
    InstanceRecord<State, Event, Context> record =
        new InstanceRecord<>(
            "toy", Context.EMPTY, com.google.common.collect.ImmutableList.copyOf(steps));
    ProcessInstance<State, Event, Context> instance = Toy.DEFINITION.restore(record, CLOCK);
    String json = BmiJson.write(TYPE, instance);
    assertTrue(json.contains("\"moves\""));
    ProcessInstance<State, Event, Context> read = BmiJson.read(TYPE, json);
    assertEquals(instance, read);
    assertEquals(steps, read.history());
  }

  @Test
  void aCompactHistoryTheDefinitionCannotProduceIsBadInput() {
    String json =
        BmiJson.write(TYPE, written(1001)).replace("\"to\" : \"DRAFT\"", "\"to\" : \"REVIEW\"");
    BmiJsonException e = assertThrows(BmiJsonException.class, () -> BmiJson.read(TYPE, json));
    assertEquals(
        "step 1 led to DRAFT in cycle 1 on replay, recorded REVIEW in cycle 1", e.reason());
  }

  @Test
  void aMalformedStepInACompactHistoryIsBadInputNamingIt() {
    String json = BmiJson.write(TYPE, written(1001));
    for (String[] bad :
        new String[][] {
          {"0+1 0+1\"", "0+1 1+1\"", "step 1000 names move 1; the moves are numbered 0 to 0"},
          {"0+1 0+1\"", "0+1 0+x\"", "step 1000 is 0+x, not <move>[+millis|-millis][.nanos]"},
          {"0+1 0+1\"", "0+1  0+1\"", "step 1000 is empty; steps are separated by one space"},
          {
            "0+1 0+1\"",
            "0+1 0.1000000\"",
            "step 1000 is 0.1000000, whose nanoseconds within"
                + " the millisecond are not between 1 and 999999"
          },
          {
            "\"0+1767225600000 ",
            "\"0+9223372036854775807 ",
            "step 2 is 0+1, which puts it more than 2^63 milliseconds from 1970"
          }
        }) {
      String changed = json.replace(bad[0], bad[1]);
      BmiJsonException e =
          assertThrows(BmiJsonException.class, () -> BmiJson.read(TYPE, changed), bad[1]);
      assertEquals(bad[2], e.reason());
    }
  }

  @Test
  void aCompactHistoryWithoutMovesOrStepsIsBadInput() {
    String json = BmiJson.write(TYPE, written(1001));
    String noSteps = json.replaceAll(",\\s*\"steps\" : \\[[^\\]]*\\]", "");
    BmiJsonException e = assertThrows(BmiJsonException.class, () -> BmiJson.read(TYPE, noSteps));
    assertEquals(
        "a compact history needs both \"moves\" and \"steps\"; \"steps\" is missing", e.reason());
    String extra = json.replace("\"steps\" : [", "\"other\" : 1, \"steps\" : [");
    e = assertThrows(BmiJsonException.class, () -> BmiJson.read(TYPE, extra));
    assertEquals("a compact history has \"moves\" and \"steps\" only, not \"other\"", e.reason());
  }
}

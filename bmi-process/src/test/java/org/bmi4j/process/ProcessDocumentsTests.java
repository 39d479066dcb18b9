package org.bmi4j.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.bmi4j.core.json.BmiJson;
import org.bmi4j.core.json.BmiJsonException;
import org.bmi4j.core.json.DocumentType;
import org.bmi4j.process.Toy.Context;
import org.bmi4j.process.Toy.Event;
import org.bmi4j.process.Toy.State;
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
}

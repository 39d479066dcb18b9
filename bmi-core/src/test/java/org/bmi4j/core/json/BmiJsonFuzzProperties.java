package org.bmi4j.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.testing.ModelArbitraries;

/**
 * Fuzzing the JSON reader: malformed and mutated documents only ever yield {@link
 * BmiJsonException}, never another exception or error; and whatever is accepted is a valid model
 * that writes back to a document reading equal.
 *
 * <p>{@value #TRIES} generated models, {@value #MUTANTS_PER_MODEL} mutants each: {@value #TRIES}
 * &times; {@value #MUTANTS_PER_MODEL} = 100,000 inputs per run.
 */
class BmiJsonFuzzProperties {
  static final int TRIES = 2_000;
  static final int MUTANTS_PER_MODEL = 50;

  private static final AtomicLong INPUTS = new AtomicLong();
  private static final AtomicLong ACCEPTED = new AtomicLong();
  private static final Map<JsonMutator.Kind, AtomicLong> BY_KIND =
      new EnumMap<>(JsonMutator.Kind.class);

  static {
    for (JsonMutator.Kind kind : JsonMutator.Kind.values()) {
      BY_KIND.put(kind, new AtomicLong());
    }
  }

  @Provide
  Arbitrary<BusinessModel> models() {
    return ModelArbitraries.businessModels();
  }

  @Property(tries = TRIES)
  void mutatedDocumentsYieldOnlyTheDocumentedException(
      @ForAll("models") BusinessModel model, @ForAll long seed) {
    String json = BmiJson.write(DocumentType.BUSINESS_MODEL, model);
    Random random = new Random(seed);
    JsonMutator mutator = new JsonMutator(random);
    JsonMutator.Kind[] kinds = JsonMutator.Kind.values();
    for (int i = 0; i < MUTANTS_PER_MODEL; i++) {
      JsonMutator.Kind kind = kinds[random.nextInt(kinds.length)];
      String mutant = mutator.mutate(json, kind);
      INPUTS.incrementAndGet();
      BY_KIND.get(kind).incrementAndGet();
      try {
        BusinessModel read = BmiJson.read(DocumentType.BUSINESS_MODEL, mutant);
        ACCEPTED.incrementAndGet();
        String again = BmiJson.write(DocumentType.BUSINESS_MODEL, read);
        assertEquals(read, BmiJson.read(DocumentType.BUSINESS_MODEL, again));
      } catch (BmiJsonException expected) {
        if (expected.reason().isBlank()) {
          fail("blank reason for " + kind + " mutant", expected);
        }
      } catch (Throwable unexpected) {
        fail(
            kind
                + " mutant yielded "
                + unexpected
                + "\n--- input (first 2000 chars) ---\n"
                + mutant.substring(0, Math.min(2000, mutant.length())),
            unexpected);
      }
    }
  }

  @AfterContainer
  static void report() {
    System.out.println(
        "JSON fuzz: "
            + INPUTS.get()
            + " inputs, "
            + ACCEPTED.get()
            + " accepted as valid models, "
            + (INPUTS.get() - ACCEPTED.get())
            + " rejected with BmiJsonException; by mutation "
            + BY_KIND);
  }
}

package org.bmi4j.core.valueflow;

import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.bmi4j.core.json.BmiJson;
import org.bmi4j.core.json.DocumentType;
import org.bmi4j.core.testing.JsonFuzz;

/**
 * Fuzzing the reader of {@code value-flow-scenario} documents: mutated documents (structural,
 * numeric extremes such as forged exponents) only ever yield {@code BmiJsonException}, and whatever
 * is accepted is a valid scenario. {@value #TRIES} seeds &times; {@value #MUTANTS} mutants.
 */
class ValueFlowJsonFuzzProperties {
  static final int TRIES = 200;
  static final int MUTANTS = 30;

  private static final JsonFuzz FUZZ = new JsonFuzz();

  @Provide
  Arbitrary<Scenario> scenarios() {
    return ScenarioArbitraries.any();
  }

  @Property(tries = TRIES)
  void mutatedScenarioDocumentsYieldOnlyTheDocumentedException(
      @ForAll("scenarios") Scenario scenario, @ForAll long seed) {
    FUZZ.fuzz(
        "value-flow-scenario",
        DocumentType.VALUE_FLOW_SCENARIO,
        BmiJson.write(DocumentType.VALUE_FLOW_SCENARIO, scenario),
        new Random(seed),
        MUTANTS);
  }

  @AfterContainer
  static void report() {
    System.out.println(FUZZ.report());
    FUZZ.saveSlowest(java.nio.file.Path.of("target", "slowest-valueflow-fuzz-input.json"));
  }
}

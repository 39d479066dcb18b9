package org.bmi4j.core.json;

import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.bmi4j.core.alliance.ContributionLedger;
import org.bmi4j.core.ecosystem.Ecosystem;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.testing.EcosystemArbitraries;
import org.bmi4j.core.testing.JsonFuzz;
import org.bmi4j.core.testing.LedgerArbitraries;
import org.bmi4j.core.testing.ModelArbitraries;

/**
 * Fuzzing the JSON reader over bmi-core's document types: malformed and mutated documents only ever
 * yield {@link BmiJsonException}, never another exception or error; and whatever is accepted is a
 * valid value that writes back to a document reading equal.
 *
 * <p>Seeds are generated valid documents of each type; each gets {@value #MUTANTS} mutants
 * (structural, numeric extremes): business models {@value #MODEL_TRIES} &times; {@value #MUTANTS},
 * ledgers and ecosystems {@value #OTHER_TRIES} &times; {@value #MUTANTS} each, 60,000 inputs per
 * run. bmi-process's {@code ProcessJsonFuzzProperties} adds 40,000 over the process documents.
 */
class BmiJsonFuzzProperties {
  static final int MODEL_TRIES = 1_000;
  static final int OTHER_TRIES = 500;
  static final int MUTANTS = 30;

  private static final JsonFuzz FUZZ = new JsonFuzz();

  @Provide
  Arbitrary<BusinessModel> models() {
    return ModelArbitraries.businessModels();
  }

  @Provide
  Arbitrary<ContributionLedger> ledgers() {
    return LedgerArbitraries.ledgers();
  }

  @Provide
  Arbitrary<Ecosystem> ecosystems() {
    return EcosystemArbitraries.ecosystems();
  }

  @Property(tries = MODEL_TRIES)
  void mutatedModelDocumentsYieldOnlyTheDocumentedException(
      @ForAll("models") BusinessModel model, @ForAll long seed) {
    FUZZ.fuzz(
        "business-model",
        DocumentType.BUSINESS_MODEL,
        BmiJson.write(DocumentType.BUSINESS_MODEL, model),
        new Random(seed),
        MUTANTS);
  }

  @Property(tries = OTHER_TRIES)
  void mutatedLedgerDocumentsYieldOnlyTheDocumentedException(
      @ForAll("ledgers") ContributionLedger ledger, @ForAll long seed) {
    FUZZ.fuzz(
        "contribution-ledger",
        DocumentType.CONTRIBUTION_LEDGER,
        BmiJson.write(DocumentType.CONTRIBUTION_LEDGER, ledger),
        new Random(seed),
        MUTANTS);
  }

  @Property(tries = OTHER_TRIES)
  void mutatedEcosystemDocumentsYieldOnlyTheDocumentedException(
      @ForAll("ecosystems") Ecosystem ecosystem, @ForAll long seed) {
    FUZZ.fuzz(
        "ecosystem",
        DocumentType.ECOSYSTEM,
        BmiJson.write(DocumentType.ECOSYSTEM, ecosystem),
        new Random(seed),
        MUTANTS);
  }

  @AfterContainer
  static void report() {
    System.out.println(FUZZ.report());
    FUZZ.saveSlowest(java.nio.file.Path.of("target", "slowest-core-fuzz-input.json"));
  }
}

package org.bmi4j.process;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.common.base.Suppliers;
import java.util.List;
import java.util.function.Supplier;
import org.bmi4j.core.json.BmiJson;
import org.bmi4j.core.json.BmiJsonException;
import org.bmi4j.core.json.DocumentType;
import org.bmi4j.core.testing.EcosystemArbitraries;
import org.bmi4j.core.testing.LedgerArbitraries;
import org.bmi4j.core.testing.ModelArbitraries;
import org.bmi4j.process.alliance.AllianceChains;
import org.bmi4j.process.firm.FirmChains;
import org.bmi4j.process.multilevel.MultiLevelAlliance;
import org.bmi4j.process.multilevel.MultiLevelChains;
import org.bmi4j.process.sst.SstChains;

/**
 * Coverage-guided fuzzing of {@link BmiJson#read} over every document type with Jazzer (profile
 * {@code fuzz}: {@code mvn -B -P fuzz -pl bmi-process -am test}). Each input picks a document type
 * and a valid seed document of it, then splices the fuzzer's text over a span of the seed, so that
 * the fuzzer starts deep inside valid documents and learns from coverage what reaches further. The
 * only outcomes allowed are a value or a {@link BmiJsonException}; anything else is a finding,
 * which Jazzer saves under {@code src/fuzz/resources} for the regression run.
 */
class BmiJsonFuzzTarget {
  private record Seeded(DocumentType<?> type, String document) {}

  private static final Supplier<List<Seeded>> SEEDS = Suppliers.memoize(BmiJsonFuzzTarget::seeds);

  private static List<Seeded> seeds() {
    var pool = FirmChains.fixtureModels();
    return List.of(
        new Seeded(
            DocumentType.BUSINESS_MODEL,
            BmiJson.write(
                DocumentType.BUSINESS_MODEL, ModelArbitraries.businessModels().sample())),
        new Seeded(
            DocumentType.CONTRIBUTION_LEDGER,
            BmiJson.write(DocumentType.CONTRIBUTION_LEDGER, LedgerArbitraries.ledgers().sample())),
        new Seeded(
            DocumentType.ECOSYSTEM,
            BmiJson.write(DocumentType.ECOSYSTEM, EcosystemArbitraries.ecosystems().sample())),
        new Seeded(
            AllianceChains.JSON,
            BmiJson.write(AllianceChains.JSON, AllianceChains.mobilityCase())),
        new Seeded(FirmChains.JSON, BmiJson.write(FirmChains.JSON, FirmChains.fleetCase())),
        new Seeded(SstChains.JSON, BmiJson.write(SstChains.JSON, SstChains.filamentCase())),
        new Seeded(
            MultiLevelChains.JSON,
            BmiJson.write(
                MultiLevelChains.JSON,
                (MultiLevelAlliance) MultiLevelChains.chain(3, 40).end())),
        new Seeded(
            FirmChains.JSON,
            BmiJson.write(
                FirmChains.JSON,
                (org.bmi4j.process.firm.FirmInstance)
                    FirmChains.chain(1, 40, pool).end())));
  }

  @FuzzTest(maxDuration = "5m")
  void readYieldsAValueOrBmiJsonException(FuzzedDataProvider data) {
    List<Seeded> seeds = SEEDS.get();
    Seeded seed = seeds.get(data.consumeInt(0, seeds.size() - 1));
    String document = seed.document();
    int from = data.consumeInt(0, document.length());
    int to = Math.min(document.length(), from + data.consumeInt(0, 64));
    String input =
        document.substring(0, from) + data.consumeRemainingAsString() + document.substring(to);
    try {
      BmiJson.read(seed.type(), input);
    } catch (BmiJsonException expected) {
      if (expected.reason().isBlank()) {
        throw new AssertionError("blank reason", expected);
      }
    }
  }
}

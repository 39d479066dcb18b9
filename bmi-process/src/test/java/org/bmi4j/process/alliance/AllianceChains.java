package org.bmi4j.process.alliance;

import com.google.common.collect.ImmutableList;
import java.time.Clock;
import java.util.List;
import org.bmi4j.core.alliance.Direction;
import org.bmi4j.core.alliance.LedgerEntry;
import org.bmi4j.core.alliance.Tangibility;
import org.bmi4j.core.csv.BmiCsv;
import org.bmi4j.core.json.BmiJson;
import org.bmi4j.core.json.DocumentType;
import org.bmi4j.core.model.ValueKind;
import org.bmi4j.process.Chains;

/**
 * Seeded chains of the alliance-level process for the concurrency and determinism tests: the
 * Mobility alliance of {@link Alliances} driven by {@link AllianceProperties#event}.
 */
public final class AllianceChains {
  /** The fixed clock of every alliance chain. */
  public static final Clock CLOCK = Alliances.CLOCK;

  /** The document type of alliance instances, shared by every chain. */
  public static final DocumentType<AllianceInstance> JSON = AllianceProcess.documentType(CLOCK);

  private AllianceChains() {}

  /** Runs the chain of {@code steps} events from {@code seed}, starting in CONCEPT. */
  public static Chains.Transcript chain(long seed, int steps) {
    return Chains.run(
        "alliance",
        Alliances.concept(),
        JSON,
        AllianceProperties::event,
        AllianceChains::exports,
        seed,
        steps);
  }

  /**
   * The alliance's own outputs: its ledger (CSV and JSON), its win-win verdict and findings, and
   * its alliance BM's outputs, if it has one.
   */
  public static List<String> exports(AllianceInstance instance) {
    AllianceContext c = instance.context();
    ImmutableList.Builder<String> outputs = ImmutableList.builder();
    outputs.add(BmiCsv.LEDGER.write(BmiCsv.ledger(c.ledger())));
    outputs.add(BmiJson.write(DocumentType.CONTRIBUTION_LEDGER, c.ledger()));
    outputs.add(String.valueOf(AllianceProcess.winWin(instance)));
    outputs.add(String.valueOf(AllianceProcess.findings(c)));
    c.allianceModel().ifPresent(model -> outputs.addAll(Chains.modelOutputs(model)));
    return outputs.build();
  }

  /**
   * The Mobility alliance of [SPIETH] (illustrative figures) in OPERATION: both partners'
   * contributions and returns in the ledger, one of them an unvalued intangible, a knowledge
   * exchange and the vision to split recorded.
   */
  public static AllianceInstance mobilityCase() {
    return Alliances.operation()
        .applyOrThrow(
            new AllianceEvent.RecordLedgerEntry(
                Alliances.entry("oem", Direction.CONTRIBUTION, "1200000.00")))
        .applyOrThrow(
            new AllianceEvent.RecordLedgerEntry(
                Alliances.entry("rental", Direction.CONTRIBUTION, "800000")))
        .applyOrThrow(
            new AllianceEvent.RecordLedgerEntry(
                Alliances.entry("oem", Direction.RETURN, "1350000.50")))
        .applyOrThrow(
            new AllianceEvent.RecordLedgerEntry(
                LedgerEntry.builder()
                    .partner("rental")
                    .direction(Direction.RETURN)
                    .description("Usage data, \"anonymised\"")
                    .valueKind(ValueKind.ECONOMIC)
                    .tangibility(Tangibility.INTANGIBLE)
                    .build()))
        .applyOrThrow(new AllianceEvent.RecordKnowledgeExchange("oem", "steering committee"))
        .applyOrThrow(new AllianceEvent.RecordVision(Vision.split("markets diverge")));
  }
}

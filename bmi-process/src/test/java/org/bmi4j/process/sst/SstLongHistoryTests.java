package org.bmi4j.process.sst;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.bmi4j.core.json.BmiJson;
import org.bmi4j.core.json.DocumentType;
import org.bmi4j.core.model.BusinessModel;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: 100,000-step sense-seize-transform histories of the events that move between stages, of
 * designs, and of whole cycles, build, write and read back; each step costs the same however long
 * the history is (the TRANSFORMING exit reads only this cycle's deployments). The tests assert on
 * the result, never on time.
 */
class SstLongHistoryTests {
  private static final int EVENTS = 100_000;
  private static final BusinessModel MODEL = Ssts.model("filament-bm", Ssts.DUAL);

  private final DocumentType<SstInstance> type = SenseSeizeTransform.documentType(Ssts.CLOCK);

  /** Applies {@link #EVENTS} events made by {@code event}, then writes and reads the instance. */
  private SstInstance buildAndRead(SstInstance start, IntFunction<SstEvent> event) {
    SstInstance instance = start;
    for (int i = 0; i < EVENTS; i++) {
      instance = instance.applyOrThrow(event.apply(i));
    }
    SstInstance read = BmiJson.read(type, BmiJson.write(type, instance));
    assertEquals(instance.context(), read.context());
    assertEquals(instance.sequence(), read.sequence());
    return read;
  }

  /** The filament organisation, its own BM current, an opportunity carrying its missions. */
  private SstInstance sensingWithOwnModel() {
    return SenseSeizeTransform.start(Ssts.ORG, Ssts.DUAL, List.of(MODEL), Ssts.CLOCK)
        .applyOrThrow(Ssts.filamentOpportunity());
  }

  @Test
  void hundredThousandAdvancesAndReturnsToSensingBuildAndReadBack() {
    var read =
        buildAndRead(
            sensingWithOwnModel().applyOrThrow(new SstEvent.SelectOpportunity("filament")),
            i ->
                i % 2 == 0
                    ? new SstEvent.Advance()
                    : new SstEvent.ReturnToSensing("not yet " + i % 10));
    assertEquals(SstStage.SENSING, read.state());
  }

  @Test
  void hundredThousandDesignsBuildAndReadBack() {
    var read =
        buildAndRead(
            sensingWithOwnModel()
                .applyOrThrow(new SstEvent.SelectOpportunity("filament"))
                .applyOrThrow(new SstEvent.Advance()),
            i -> new SstEvent.DesignModel(MODEL));
    assertEquals(Optional.of(MODEL), read.context().designed());
  }

  @Test
  void hundredThousandStepsOfWholeCyclesBuildAndReadBack() {
    // ten events a cycle: sensing, seizing with a return, adopting, scaling up, a new cycle
    List<SstEvent> round =
        List.of(
            new SstEvent.SelectOpportunity("filament"),
            new SstEvent.Advance(),
            new SstEvent.ReturnToSensing("not yet"),
            new SstEvent.Advance(),
            new SstEvent.DesignModel(MODEL),
            SstEvent.Adopt.replacing(MODEL.id()),
            new SstEvent.RecordDeployment(
                "production",
                Optional.empty(),
                CapabilityLevel.ECOSYSTEM,
                Site.PRODUCTION,
                "filament-org"),
            new SstEvent.RecordDeployment(
                "market", Optional.empty(), CapabilityLevel.ECOSYSTEM, Site.MARKET, "filament-org"),
            new SstEvent.AddressChallenge("funding", Optional.empty(), "grants"),
            new SstEvent.Advance());
    var read = buildAndRead(sensingWithOwnModel(), i -> round.get(i % 10));
    assertEquals(EVENTS / 10 + 1, read.context().cycle());
    assertEquals(EVENTS / 5, read.context().deployments().size());
    assertEquals(EVENTS / 10, read.context().challenges().size());
    assertEquals(SstStage.SENSING, read.state());
  }
}

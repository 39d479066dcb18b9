package org.bmi4j.process.sst;

import com.google.common.collect.ImmutableList;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.bmi4j.core.json.DocumentType;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.process.Chains;

/**
 * Seeded chains of the sense-seize-transform cycle for the concurrency and determinism tests: the
 * filament organisation of {@link Ssts} driven by {@link SstProperties#event}, a tenth of the
 * designed models drawn from a shared pool, and the shipped {@link CapabilityCatalogue} shared by
 * all.
 */
public final class SstChains {
  /** The fixed clock of every cycle chain. */
  public static final Clock CLOCK = Ssts.CLOCK;

  /** The document type of cycle instances, shared by every chain. */
  public static final DocumentType<SstInstance> JSON = SenseSeizeTransform.documentType(CLOCK);

  private static final CapabilityCatalogue CATALOGUE = CapabilityCatalogue.shipped();

  private SstChains() {}

  /** Runs the chain of {@code steps} events from {@code seed}, starting in SENSING. */
  public static Chains.Transcript chain(long seed, int steps, List<BusinessModel> pool) {
    SstInstance start =
        SenseSeizeTransform.start(
            Ssts.ORG, Ssts.DUAL, List.of(Ssts.model("collab", Ssts.DUAL)), CLOCK);
    return Chains.run(
        "sst",
        start,
        JSON,
        (random, instance) ->
            SstProperties.event(
                random,
                instance,
                random.nextInt(10) == 0
                    ? Optional.of(pool.get(random.nextInt(pool.size())))
                    : Optional.empty()),
        SstChains::exports,
        seed,
        steps);
  }

  /**
   * The cycle's own outputs: every portfolio model's outputs, the designed model's, and the
   * catalogue's entries for the current stage.
   */
  public static List<String> exports(SstInstance instance) {
    SstContext c = instance.context();
    ImmutableList.Builder<String> outputs = ImmutableList.builder();
    for (BusinessModel model : c.portfolio()) {
      outputs.addAll(Chains.modelOutputs(model));
    }
    c.designed().ifPresent(model -> outputs.addAll(Chains.modelOutputs(model)));
    outputs.add(CATALOGUE.byStage(instance.state()).toString());
    outputs.add(String.valueOf(SenseSeizeTransform.lostByPortfolio(c.portfolio(), c.missions())));
    return outputs.build();
  }

  /**
   * The filament organisation of [DESILVA] case 1 through one full cycle: the opportunity sensed
   * and selected, its BM designed and adopted beside the others, production- and market-site
   * ecosystem deployments and a transforming challenge addressed (illustrative), then back to
   * SENSING in cycle 2.
   */
  public static SstInstance filamentCase() {
    CatalogueEntry challenge =
        CapabilityCatalogue.deSilva().byStage(SstStage.TRANSFORMING).stream()
            .filter(e -> e.kind() == EntryKind.CHALLENGE)
            .findFirst()
            .orElseThrow();
    return Ssts.transforming()
        .applyOrThrow(Ssts.ecosystem(Site.PRODUCTION))
        .applyOrThrow(Ssts.ecosystem(Site.MARKET))
        .applyOrThrow(
            SstEvent.AddressChallenge.of(
                challenge, "fair prices written into every buyer contract"))
        .applyOrThrow(new SstEvent.Advance());
  }

  /** The fixtures' filament BM, delivering economic and social value. */
  public static BusinessModel filamentModel() {
    return Ssts.model("filament-bm", Ssts.DUAL);
  }
}

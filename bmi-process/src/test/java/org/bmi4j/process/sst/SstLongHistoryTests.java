package org.bmi4j.process.sst;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.bmi4j.core.json.BmiJson;
import org.bmi4j.core.json.DocumentType;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Channel;
import org.bmi4j.core.model.Exchange;
import org.bmi4j.core.model.Exchanged;
import org.bmi4j.core.model.Offering;
import org.bmi4j.core.model.Resource;
import org.bmi4j.core.model.ResourceKind;
import org.bmi4j.core.model.RevenueMechanism;
import org.bmi4j.core.model.RevenueStream;
import org.bmi4j.core.model.Sector;
import org.bmi4j.core.model.ValueCapture;
import org.bmi4j.core.model.ValueCreation;
import org.bmi4j.core.model.ValueExchange;
import org.bmi4j.core.model.ValueKind;
import org.bmi4j.core.model.ValueProposition;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: 100,000-step sense-seize-transform histories of the events that move between stages, of
 * designs, and of whole cycles, build, write and read back; each step costs the same however long
 * the history is (the TRANSFORMING exit reads only this cycle's deployments); so do the longest
 * readable histories of cycles adopting and revising BMs (the portfolio is a shared log). The tests
 * assert on the result, never on time.
 */
class SstLongHistoryTests {
  private static final int EVENTS = 100_000;

  /**
   * A cycle adopting a BM carries whole business models (designed, revised, and the portfolio), so
   * fewer steps fit in one readable document ({@link BmiJson#MAX_DOCUMENT_LENGTH} characters):
   * 26,000 steps (3,250 cycles) with the smallest complete BM write 15,608,822 characters.
   */
  private static final int ADOPTING_EVENTS = 26_000;

  private static final Set<ValueKind> ECONOMIC = Set.of(ValueKind.ECONOMIC);
  private static final BusinessModel MODEL = Ssts.model("filament-bm", Ssts.DUAL);

  private final DocumentType<SstInstance> type = SenseSeizeTransform.documentType(Ssts.CLOCK);

  /** Applies {@link #EVENTS} events made by {@code event}, then writes and reads the instance. */
  private SstInstance buildAndRead(SstInstance start, IntFunction<SstEvent> event) {
    return buildAndRead(start, EVENTS, event);
  }

  /** Applies {@code events} events made by {@code event}, then writes and reads the instance. */
  private SstInstance buildAndRead(SstInstance start, int events, IntFunction<SstEvent> event) {
    SstInstance instance = start;
    for (int i = 0; i < events; i++) {
      instance = instance.applyOrThrow(event.apply(i));
    }
    String written = BmiJson.write(type, instance);
    SstInstance read = BmiJson.read(type, written);
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
  void manySelectionsThenAdvancesAndReturnsToSensingBuildAndReadBack() {
    // 10,000 opportunities identified and selected, one of them selected again 20,000 times, then
    // rounds of advancing and returning to sensing: the exit from SENSING asks the last selection
    // first, and a selection repeated is not logged again, so no exit walks the selections
    int opportunities = 10_000;
    SstInstance instance = sensingWithOwnModel();
    for (int i = 0; i < opportunities; i++) {
      instance =
          instance
              .applyOrThrow(
                  new SstEvent.IdentifyOpportunity("o" + i, "opportunity " + i, Ssts.DUAL))
              .applyOrThrow(new SstEvent.SelectOpportunity("o" + i));
    }
    for (int i = 0; i < 20_000; i++) {
      instance = instance.applyOrThrow(new SstEvent.SelectOpportunity("o7"));
    }
    assertEquals(opportunities, instance.context().opportunitiesLog().selected().size());
    var read =
        buildAndRead(
            instance,
            (EVENTS - instance.history().size()) / 2 * 2, // whole rounds, ending in SENSING
            i ->
                i % 2 == 0
                    ? new SstEvent.Advance()
                    : new SstEvent.ReturnToSensing("not yet " + i % 10));
    assertEquals(SstStage.SENSING, read.state());
    assertEquals(opportunities, read.context().opportunitiesLog().selected().size());
    assertEquals("o0", read.context().opportunitiesLog().selected().get(0).id());
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

  /**
   * The smallest complete BM of the filament organisation delivering economic value: one offering
   * to one customer, one resource, one exchange, one revenue stream.
   */
  private static BusinessModel smallest(String id) {
    return BusinessModel.builder()
        .id(id)
        .name("m")
        .addOwner("filament-org")
        .addActor(Ssts.ORG)
        .addActor(Actor.of("c", "c", ActorRole.CUSTOMER_SEGMENT, Sector.PRIVATE))
        .proposition(ValueProposition.of(List.of(Offering.of("o", "o", ECONOMIC, List.of("c")))))
        .creation(
            ValueCreation.of(List.of(Resource.of("r", "r", ResourceKind.PHYSICAL, "filament-org"))))
        .exchange(
            ValueExchange.of(
                List.of(
                    Exchange.of(
                        "x", "filament-org", "c", Exchanged.offering("o"), Channel.DIRECT))))
        .capture(
            ValueCapture.builder()
                .addRevenueStream(RevenueStream.of("s", "c", RevenueMechanism.SALE))
                .build())
        .build();
  }

  @Test
  void cyclesAdoptingBesideAndInPlaceAndRevisingBuildAndReadBack() {
    // eight events a cycle k: design bm-k, adopt it beside the others (every fourth cycle in place
    // of the previous cycle's BM instead), scale up, revise it, start a new cycle; so the portfolio
    // grows by one a cycle but every fourth, and an adoption in place moves an id's place
    var start =
        SenseSeizeTransform.start(Ssts.ORG, ECONOMIC, List.of(), Ssts.CLOCK)
            .applyOrThrow(new SstEvent.IdentifyOpportunity("o", "o", ECONOMIC));
    var read =
        buildAndRead(start, ADOPTING_EVENTS, i -> adoptingCycleEvent(i, SstEvent.DesignModel::new));
    int cycles = ADOPTING_EVENTS / 8;
    List<String> expected = new java.util.ArrayList<>();
    for (int k = 0; k < cycles; k++) {
      if (k % 4 == 3) {
        expected.set(expected.size() - 1, "bm-" + k);
      } else {
        expected.add("bm-" + k);
      }
    }
    List<BusinessModel> portfolio = read.context().portfolio();
    assertEquals(expected, portfolio.stream().map(BusinessModel::id).toList());
    assertEquals(List.of(2), portfolio.stream().map(BusinessModel::version).distinct().toList());
    assertEquals(Optional.empty(), read.context().currentModel("bm-2"));
    assertEquals(Optional.of(portfolio.get(2)), read.context().currentModel("bm-3"));
    assertEquals(cycles + 1, read.context().cycle());
  }

  @Test
  void cyclesAdoptingBmsEachWithABasisBesideEachOtherBuildAndReadBack() {
    // eight events a cycle k: design bm-k with a basis (collaboration-based for even k, else
    // market-based), adopt it beside the others (every fourth cycle in place of the previous
    // cycle's BM instead, whose basis goes), scale up, revise it, start a new cycle; so the bases
    // grow by one a cycle but every fourth, each adoption changing them
    var start =
        SenseSeizeTransform.start(Ssts.ORG, ECONOMIC, List.of(), Ssts.CLOCK)
            .applyOrThrow(new SstEvent.IdentifyOpportunity("o", "o", ECONOMIC));
    var read =
        buildAndRead(
            start,
            ADOPTING_EVENTS,
            i ->
                adoptingCycleEvent(
                    i,
                    bm ->
                        (i / 8) % 2 == 0
                            ? SstEvent.DesignModel.collaborationBased(bm)
                            : SstEvent.DesignModel.marketBased(bm)));
    int cycles = ADOPTING_EVENTS / 8;
    Map<String, ModelBasis> expected = new LinkedHashMap<>();
    String previous = "";
    for (int k = 0; k < cycles; k++) {
      if (k % 4 == 3) {
        expected.remove(previous);
      }
      previous = "bm-" + k;
      expected.put(previous, k % 2 == 0 ? ModelBasis.COLLABORATION_BASED : ModelBasis.MARKET_BASED);
    }
    assertEquals(expected, read.context().bases());
    assertEquals(List.copyOf(expected.keySet()), List.copyOf(read.context().bases().keySet()));
    assertEquals(
        List.copyOf(expected.keySet()),
        read.context().portfolio().stream().map(BusinessModel::id).toList());
    assertEquals(cycles + 1, read.context().cycle());
  }

  /**
   * The {@code i}th event of cycles of eight adopting a BM each: in cycle k, select the
   * opportunity, advance, design bm-k (by {@code design}), adopt it beside the others (every fourth
   * cycle in place of the previous cycle's BM), record two deployments, revise it, advance.
   */
  private static SstEvent adoptingCycleEvent(int i, Function<BusinessModel, SstEvent> design) {
    int k = i / 8;
    return switch (i % 8) {
      case 0 -> new SstEvent.SelectOpportunity("o");
      case 1, 7 -> new SstEvent.Advance();
      case 2 -> design.apply(smallest("bm-" + k));
      case 3 -> k % 4 == 3 ? SstEvent.Adopt.replacing("bm-" + (k - 1)) : SstEvent.Adopt.beside();
      case 4 ->
          new SstEvent.RecordDeployment(
              "p", Optional.empty(), CapabilityLevel.ECOSYSTEM, Site.PRODUCTION, "filament-org");
      case 5 ->
          new SstEvent.RecordDeployment(
              "m", Optional.empty(), CapabilityLevel.ECOSYSTEM, Site.MARKET, "filament-org");
      default -> new SstEvent.ReviseModel(smallest("bm-" + k).withVersion(2));
    };
  }
}

package org.bmi4j.process.firm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.bmi4j.core.json.BmiJson;
import org.bmi4j.core.json.DocumentType;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Sector;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: 100,000-step firm histories of the events that move between phases, and of whole
 * cycles, build, write and read back; each step costs the same however long the history is (the
 * earlier decisions are a shared log); so do the longest readable histories of proposals of
 * distinct partners with withdrawals between (the partners are a shared log). The tests assert on
 * the result, never on time.
 */
class FirmLongHistoryTests {
  private static final int EVENTS = 100_000;

  /**
   * Proposals carry a whole business model each, so fewer fit in one readable document ({@link
   * BmiJson#MAX_DOCUMENT_LENGTH} characters): 20,001 steps of the smallest valid model write
   * 15,481,130 characters.
   */
  private static final int PARTNER_EVENTS = 20_001;

  private final DocumentType<FirmInstance> type = FirmProcess.documentType(FirmFixtures.CLOCK);

  /** Applies {@link #EVENTS} events made by {@code event}, then writes and reads the instance. */
  private FirmInstance buildAndRead(FirmInstance start, IntFunction<FirmEvent> event) {
    return buildAndRead(start, EVENTS, event);
  }

  /** Applies {@code events} events made by {@code event}, then writes and reads the instance. */
  private FirmInstance buildAndRead(FirmInstance start, int events, IntFunction<FirmEvent> event) {
    FirmInstance instance = start;
    for (int i = 0; i < events; i++) {
      instance = instance.applyOrThrow(event.apply(i));
    }
    String written = BmiJson.write(type, instance);
    FirmInstance read = BmiJson.read(type, written);
    assertEquals(instance.context(), read.context());
    assertEquals(instance.sequence(), read.sequence());
    return read;
  }

  private static EnhancementIdea idea() {
    return FirmFixtures.FREE_FLOATING;
  }

  private FirmInstance identification() {
    return FirmFixtures.identification();
  }

  private FirmInstance consolidation() {
    return FirmFixtures.consolidation();
  }

  @Test
  void hundredThousandAdvancesAndFallBacksBuildAndReadBack() {
    var read =
        buildAndRead(
            consolidation(),
            i ->
                i % 2 == 0
                    ? new FirmEvent.FallBack("not ready " + i % 10)
                    : new FirmEvent.Advance());
    assertEquals(FirmPhase.CONSOLIDATION, read.state());
    assertEquals(1, read.context().ideas().size());
  }

  @Test
  void manyPartnersAndRoundsThroughConsolidationBuildAndReadBack() {
    // 5,000 partners proposed, then rounds advancing from CONSOLIDATION, recording the alliance
    // operating and falling back from CREATION (which forgets it, so each round's context is a
    // new one): each exit from CONSOLIDATION needs synergy with every proposed partner, which the
    // partner log counts for the extant model without walking the partners again
    int partners = 5_000;
    FirmInstance start = consolidation();
    for (int i = 0; i < partners; i++) {
      start =
          start.applyOrThrow(
              new FirmEvent.ProposePartnerModel(
                  Actor.of("p-" + i, "Partner " + i, ActorRole.PARTNER, Sector.PRIVATE),
                  i % 2 == 0 ? FirmFixtures.RENTALS : FirmFixtures.PARKING_BM));
    }
    var read =
        buildAndRead(
            start,
            (EVENTS - partners) / 3 * 3,
            i ->
                switch (i % 3) {
                  case 0 -> new FirmEvent.Advance();
                  case 1 -> new FirmEvent.RecordAllianceOperating("mobility");
                  default -> new FirmEvent.FallBack("again " + i % 10);
                });
    assertEquals(FirmPhase.CONSOLIDATION, read.state());
    assertEquals(partners, read.context().partners().size());
    assertEquals(List.of(), read.apply(new FirmEvent.Advance()).violations());
  }

  @Test
  void hundredThousandProposalsAndWithdrawalsOfAPartnerBuildAndReadBack() {
    var read =
        buildAndRead(
            consolidation(),
            i ->
                i % 2 == 0
                    ? new FirmEvent.ProposePartnerModel(FirmFixtures.RENTAL, FirmFixtures.RENTALS)
                    : new FirmEvent.WithdrawPartner(FirmFixtures.RENTAL.id(), "no fit " + i % 10));
    assertEquals(List.of(), read.context().partners());
  }

  /** The smallest valid business model: an id and a name, as a partner's model under design. */
  private static final BusinessModel SMALLEST = BusinessModel.builder().id("m").name("m").build();

  private static Actor partner(int i) {
    return Actor.of("p" + i, "p", ActorRole.PARTNER, Sector.PRIVATE);
  }

  @Test
  void proposalsOfDistinctPartnersWithWithdrawalsBetweenBuildAndReadBack() {
    // three events a round: two partners proposed, the first of them withdrawn, so the partners
    // grow by one a round and a withdrawal empties a place in the middle
    var read =
        buildAndRead(
            consolidation(),
            PARTNER_EVENTS,
            i ->
                switch (i % 3) {
                  case 0 -> new FirmEvent.ProposePartnerModel(partner(i), SMALLEST);
                  case 1 -> new FirmEvent.ProposePartnerModel(partner(i), SMALLEST);
                  default -> new FirmEvent.WithdrawPartner("p" + (i - 2), "no fit");
                });
    List<ProposedPartner> partners = read.context().partners();
    assertEquals(PARTNER_EVENTS / 3, partners.size());
    for (int k = 0; k < partners.size(); k++) {
      assertEquals("p" + (3 * k + 1), partners.get(k).partner().id());
    }
    assertEquals(
        Optional.of(new ProposedPartner(partner(1), SMALLEST)), read.context().partner("p1"));
    assertEquals(Optional.empty(), read.context().partner("p0"));
  }

  @Test
  void hundredThousandOperatingRecordsAndFallBacksInCreationBuildAndReadBack() {
    var creation =
        consolidation()
            .applyOrThrow(
                new FirmEvent.ProposePartnerModel(FirmFixtures.RENTAL, FirmFixtures.RENTALS))
            .applyOrThrow(new FirmEvent.Advance());
    var read =
        buildAndRead(
            creation,
            i ->
                switch (i % 4) {
                  case 0, 1 -> new FirmEvent.RecordAllianceOperating("alliance-" + i % 7);
                  case 2 -> new FirmEvent.FallBack("partner left");
                  default -> new FirmEvent.Advance();
                });
    assertEquals(FirmPhase.CREATION, read.state());
    assertEquals(Optional.empty(), read.context().operatingAlliance());
  }

  @Test
  void hundredThousandStepsOfWholeCyclesBuildAndReadBack() {
    // sixteen events a round of two cycles: one advances without integration in one step, the
    // other records a non-integration and advances
    List<FirmEvent> round =
        List.of(
            new FirmEvent.AddEnhancementIdea(idea()),
            new FirmEvent.Advance(),
            new FirmEvent.ProposePartnerModel(FirmFixtures.RENTAL, FirmFixtures.RENTALS),
            new FirmEvent.Advance(),
            new FirmEvent.RecordAllianceOperating("alliance"),
            new FirmEvent.RecordAllianceOperating("alliance-renamed"),
            new FirmEvent.Advance(),
            new FirmEvent.AdvanceWithoutIntegration("lessons did not spread"),
            new FirmEvent.AddEnhancementIdea(idea()),
            new FirmEvent.Advance(),
            new FirmEvent.ProposePartnerModel(FirmFixtures.RENTAL, FirmFixtures.RENTALS),
            new FirmEvent.Advance(),
            new FirmEvent.RecordAllianceOperating("alliance"),
            new FirmEvent.Advance(),
            new FirmEvent.RecordNonIntegration("no lesson yet"),
            new FirmEvent.Advance());
    var read = buildAndRead(identification(), i -> round.get(i % 16));
    assertEquals(EVENTS / 8, read.context().earlierDecisions().size());
    assertEquals(FirmPhase.IDENTIFICATION, read.state());
    assertEquals(EVENTS / 8 + 1, read.cycle());
  }
}

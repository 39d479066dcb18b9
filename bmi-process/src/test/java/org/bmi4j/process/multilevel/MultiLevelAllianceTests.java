package org.bmi4j.process.multilevel;

import static org.bmi4j.process.multilevel.MultiLevel.accept;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bmi4j.core.json.BmiJson;
import org.bmi4j.core.json.BmiJsonException;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Offering;
import org.bmi4j.core.model.Sector;
import org.bmi4j.core.model.ValueKind;
import org.bmi4j.core.model.ValueProposition;
import org.bmi4j.process.CountingClock;
import org.bmi4j.process.Outcome;
import org.bmi4j.process.Violation;
import org.bmi4j.process.alliance.AllianceEvent;
import org.bmi4j.process.alliance.AlliancePhase;
import org.bmi4j.process.alliance.Vision;
import org.bmi4j.process.firm.FirmContext;
import org.bmi4j.process.firm.FirmEvent;
import org.bmi4j.process.firm.FirmInstance;
import org.bmi4j.process.firm.FirmPhase;
import org.bmi4j.process.firm.FirmProcess;
import org.bmi4j.process.firm.FirmViolation;
import org.bmi4j.process.firm.Lesson;
import org.bmi4j.process.firm.LessonSource;
import org.junit.jupiter.api.Test;

class MultiLevelAllianceTests {
  private static Outcome.Rejected<MultiLevelAlliance> rejected(
      MultiLevelAlliance m, Outcome<MultiLevelAlliance> o) {
    assertInstanceOf(Outcome.Rejected.class, o);
    Outcome.Rejected<MultiLevelAlliance> rejected = (Outcome.Rejected<MultiLevelAlliance>) o;
    assertSame(m, rejected.instance());
    assertFalse(rejected.isAccepted());
    return rejected;
  }

  private static FirmPhase phase(MultiLevelAlliance m, String partner) {
    return m.firm(partner).orElseThrow().process().state();
  }

  @Test
  void anAtomicOperationReadsTheClockOnceAndStampsEveryStepWithIt() {
    CountingClock clock = new CountingClock(Instant.parse("2026-03-01T08:00:00Z"));
    MultiLevelAlliance foundation = MultiLevel.foundation(clock);
    int before = clock.reads();
    MultiLevelAlliance development = accept(foundation.apply(new AllianceEvent.Advance()));
    assertEquals(1, clock.reads() - before);
    Instant at = development.alliance().lastStep().orElseThrow().at();
    for (String partner : List.of("oem", "rental")) {
      assertEquals(FirmPhase.CREATION, phase(development, partner));
      assertEquals(
          at, development.firm(partner).orElseThrow().process().lastStep().orElseThrow().at());
    }
    before = clock.reads();
    accept(
        development.applyFirm(
            "oem",
            new FirmEvent.RecordLesson(
                new Lesson("pilot-data", "Pilot data helps", LessonSource.LEARNED))));
    assertEquals(1, clock.reads() - before);
  }

  @Test
  void aRejectedOperationReadsTheClockOnceAndReportsEachViolationOnce() {
    CountingClock clock = new CountingClock(Instant.parse("2026-03-01T08:00:00Z"));
    MultiLevelAlliance m = MultiLevel.foundation(clock);
    int before = clock.reads();
    // the alliance rejects a second proposal of the rental firm, and the coupling rejects it too:
    // its firm process is attached already
    AllianceEvent again =
        new AllianceEvent.ProposePartner(MultiLevel.RENTAL, Optional.empty(), Optional.empty());
    Outcome.Rejected<?> rejected = rejected(m, m.apply(again));
    assertEquals(1, clock.reads() - before);
    assertEquals(
        List.of(
            org.bmi4j.process.alliance.AllianceViolation.DUPLICATE_PARTNER,
            CouplingViolation.NO_FIRM_PROCESS),
        rejected.violations().stream().map(Violation::code).toList());
    assertEquals(rejected.violations(), rejected(m, m.apply(again)).violations());
    before = clock.reads();
    Outcome.Rejected<?> firmRejected =
        rejected(m, m.applyFirm("oem", new FirmEvent.WithdrawPartner("nobody", "no reason")));
    assertEquals(1, clock.reads() - before);
    assertEquals(1, firmRejected.violations().size(), firmRejected.violations().toString());
    assertEquals("oem", firmRejected.violations().get(0).subject());
  }

  @Test
  void phasesCorrespondAcrossLevels() {
    assertEquals(FirmPhase.IDENTIFICATION, MultiLevelAlliance.corresponding(AlliancePhase.CONCEPT));
    assertEquals(
        FirmPhase.CONSOLIDATION, MultiLevelAlliance.corresponding(AlliancePhase.FOUNDATION));
    assertEquals(FirmPhase.CREATION, MultiLevelAlliance.corresponding(AlliancePhase.DEVELOPMENT));
    assertEquals(FirmPhase.ADAPTION, MultiLevelAlliance.corresponding(AlliancePhase.OPERATION));
  }

  @Test
  void anEndingHasNoCorrespondingFirmPhase() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> MultiLevelAlliance.corresponding(AlliancePhase.SPLIT));
    assertEquals(
        "alliance phase SPLIT is an ending and has no corresponding firm phase; pass an"
            + " active phase",
        e.getMessage());
  }

  @Test
  void aProposedPartnerAttachesItsProspectiveProcessAtConsolidation() {
    MultiLevelAlliance foundation = MultiLevel.foundation();
    assertEquals(Attachment.ATTACHED, foundation.firm("oem").orElseThrow().attachment());
    assertEquals(FirmPhase.CONSOLIDATION, phase(foundation, "rental"));
    assertTrue(foundation.isCoupled());
  }

  @Test
  void aPartnerWithoutAProspectiveProcessCannotBeProposed() {
    MultiLevelAlliance m =
        accept(
            accept(
                    accept(
                            MultiLevel.concept()
                                .apply(
                                    new AllianceEvent.RecordBusinessCase(
                                        org.bmi4j.process.alliance.AlliancesAccess.businessCase())))
                        .apply(new AllianceEvent.ApproveInternally("board")))
                .apply(new AllianceEvent.Advance()));
    Outcome.Rejected<?> rejected =
        rejected(
            m,
            m.apply(
                new AllianceEvent.ProposePartner(
                    org.bmi4j.core.model.Actor.of(
                        "ghost",
                        "Ghost",
                        org.bmi4j.core.model.ActorRole.PARTNER,
                        org.bmi4j.core.model.Sector.PRIVATE),
                    Optional.empty(),
                    Optional.empty())));
    assertEquals(
        List.of(CouplingViolation.NO_FIRM_PROCESS),
        rejected.violations().stream().map(Violation::code).toList());
  }

  @Test
  void aPhaseChangeMovesEveryPartnerAtomically() {
    MultiLevelAlliance development =
        accept(MultiLevel.foundation().apply(new AllianceEvent.Advance()));
    assertEquals(AlliancePhase.DEVELOPMENT, development.alliance().state());
    assertEquals(FirmPhase.CREATION, phase(development, "oem"));
    assertEquals(FirmPhase.CREATION, phase(development, "rental"));
  }

  /** A model sharing nothing with the others: its customers are not the drivers. */
  private static BusinessModel noSynergy(String id, Actor owner) {
    Actor buyers = Actor.of("buyers", "Buyers", ActorRole.CUSTOMER_SEGMENT, Sector.PRIVATE);
    return BusinessModel.builder()
        .id(id)
        .name(id)
        .addOwner(owner.id())
        .addActor(owner)
        .addActor(buyers)
        .proposition(
            ValueProposition.builder()
                .addOffering(
                    Offering.builder()
                        .id("boats")
                        .name("Boats")
                        .addValueKind(ValueKind.ECONOMIC)
                        .addBeneficiary("buyers")
                        .build())
                .build())
        .build();
  }

  @Test
  void aFailingFirmGuardRejectsTheWholeChangeNamingThePartner() {
    // the rental firm proposes, of its own, a rival whose model has no synergy with its own
    MultiLevelAlliance m = MultiLevel.foundation();
    Actor rival = Actor.of("rival", "Rival", ActorRole.PARTNER, Sector.PRIVATE);
    m =
        accept(
            m.applyFirm(
                "rental", new FirmEvent.ProposePartnerModel(rival, noSynergy("rival-bm", rival))));
    Outcome.Rejected<?> rejected = rejected(m, m.apply(new AllianceEvent.Advance()));
    assertEquals(1, rejected.violations().size());
    assertEquals("rental", rejected.violations().get(0).subject());
    assertEquals(FirmViolation.NO_SYNERGY, rejected.violations().get(0).code());
    assertEquals(FirmPhase.CONSOLIDATION, phase(m, "oem"));
    assertEquals(AlliancePhase.FOUNDATION, m.alliance().state());
  }

  @Test
  void aFirmsRejectionIsReportedWithThePartnerAsSubjectItsMessageAndValuesKept() {
    // a prospect without an enhancement idea cannot leave IDENTIFICATION when it is proposed
    Actor parking = Actor.of("parking", "Parking operator", ActorRole.PARTNER, Sector.PRIVATE);
    FirmInstance idle =
        FirmProcess.start(
            parking, MultiLevel.model("parking-bm", parking, "spaces"), MultiLevel.CLOCK);
    List<Violation> alone = rejectedFirm(idle.apply(new FirmEvent.Advance()));
    MultiLevelAlliance m = accept(MultiLevel.foundation().prospect(idle));
    Outcome.Rejected<?> rejected =
        rejected(
            m,
            m.apply(new AllianceEvent.ProposePartner(parking, Optional.empty(), Optional.empty())));
    assertFalse(alone.isEmpty());
    assertEquals(alone.size(), rejected.violations().size());
    for (int i = 0; i < alone.size(); i++) {
      Violation firm = alone.get(i);
      Violation reported = rejected.violations().get(i);
      assertEquals("parking", reported.subject());
      assertEquals(firm.code(), reported.code());
      assertEquals(firm.message(), reported.message());
      assertEquals(firm.values(), reported.values());
    }
    assertSame(m, rejected.instance());
  }

  private static List<Violation> rejectedFirm(Outcome<FirmInstance> outcome) {
    return assertInstanceOf(Outcome.Rejected.class, outcome).violations();
  }

  /** FOUNDATION with the OEM, the rental firm and a third partner proposed to the alliance. */
  private static MultiLevelAlliance threePartners(Actor third, BusinessModel model) {
    MultiLevelAlliance m = accept(MultiLevel.foundation().prospect(MultiLevel.firm(third, model)));
    return accept(
        m.apply(new AllianceEvent.ProposePartner(third, Optional.empty(), Optional.empty())));
  }

  @Test
  void eachFirmProposesEveryOtherCurrentPartnerOfItsAlliance() {
    Actor parking = Actor.of("parking", "Parking operator", ActorRole.PARTNER, Sector.PRIVATE);
    MultiLevelAlliance m =
        threePartners(parking, MultiLevel.model("parking-bm", parking, "spaces"));
    for (String firm : List.of("oem", "rental", "parking")) {
      FirmContext c = m.firm(firm).orElseThrow().process().context();
      List<String> others =
          List.of("oem", "rental", "parking").stream().filter(p -> !p.equals(firm)).toList();
      assertEquals(
          Set.copyOf(others),
          Set.copyOf(c.intersections().keySet()),
          firm + " proposes each other current partner, the intersection recorded per partner");
    }
    assertEquals(
        MultiLevel.model("parking-bm", parking, "spaces"),
        m.firm("oem").orElseThrow().process().context().partner("parking").orElseThrow().model(),
        "with the partner's extant model");
  }

  @Test
  void aRemovedPartnersProposalIsWithdrawnFromEveryFirm() {
    Actor parking = Actor.of("parking", "Parking operator", ActorRole.PARTNER, Sector.PRIVATE);
    MultiLevelAlliance m =
        threePartners(parking, MultiLevel.model("parking-bm", parking, "spaces"));
    m = accept(m.apply(new AllianceEvent.RemovePartner("parking", "no longer interested")));
    for (String firm : List.of("oem", "rental")) {
      assertEquals(
          Optional.empty(),
          m.firm(firm).orElseThrow().process().context().partner("parking"),
          firm + " no longer proposes the removed partner");
    }
  }

  /**
   * Issue 13: a partner removed, proposed again and removed again is twice among the former
   * partners. A firm proposing it is wired to withdraw the proposal once, as for a partner removed
   * once, not twice (the second withdrawal of a proposal already withdrawn would reject the whole
   * operation).
   */
  @Test
  void aPartnerRemovedTwiceIsWithdrawnOnce() {
    assertEquals(
        List.of("ProposePartnerModel", "WithdrawPartner"),
        proposalOfAPartnerRemoved(2),
        "proposed, then withdrawn once");
  }

  /**
   * Removes a partner {@code removals} times before the alliance is coupled, then lets the OEM's
   * firm propose it: returns the simple names of the events the OEM's firm took in that operation,
   * after checking that the proposal of the former partner went and the current partner's stayed.
   */
  static List<String> proposalOfAPartnerRemoved(int removals) {
    Actor parking = Actor.of("parking", "Parking operator", ActorRole.PARTNER, Sector.PRIVATE);
    org.bmi4j.process.alliance.AllianceInstance alliance =
        org.bmi4j.process.alliance.AllianceProcess.start(
                "mobility",
                "Mobility alliance",
                Optional.of("oem"),
                java.util.Currency.getInstance("EUR"),
                MultiLevel.CLOCK)
            .applyOrThrow(
                new AllianceEvent.RecordBusinessCase(
                    org.bmi4j.process.alliance.AlliancesAccess.businessCase()))
            .applyOrThrow(new AllianceEvent.ApproveInternally("board"))
            .applyOrThrow(new AllianceEvent.Advance());
    for (int i = 0; i < removals; i++) {
      alliance =
          alliance
              .applyOrThrow(
                  new AllianceEvent.ProposePartner(parking, Optional.empty(), Optional.empty()))
              .applyOrThrow(new AllianceEvent.RemovePartner("parking", "not yet ready"));
    }
    assertEquals(removals, alliance.context().formerPartners().size());
    MultiLevelAlliance m = MultiLevelAlliance.of(alliance);
    m = accept(m.prospect(MultiLevel.firm(MultiLevel.OEM, MultiLevel.FLEET)));
    m = accept(m.prospect(MultiLevel.firm(MultiLevel.RENTAL, MultiLevel.RENTALS)));
    m =
        accept(
            m.apply(
                new AllianceEvent.ProposePartner(
                    MultiLevel.OEM, Optional.empty(), Optional.empty())));
    m =
        accept(
            m.apply(
                new AllianceEvent.ProposePartner(
                    MultiLevel.RENTAL, Optional.empty(), Optional.empty())));
    int before = m.firm("oem").orElseThrow().process().history().size();

    m =
        accept(
            m.applyFirm(
                "oem",
                new FirmEvent.ProposePartnerModel(
                    parking, MultiLevel.model("parking-bm", parking, "spaces"))));

    FirmContext oem = m.firm("oem").orElseThrow().process().context();
    assertEquals(Optional.empty(), oem.partner("parking"), "the former partner's proposal goes");
    assertTrue(oem.partner("rental").isPresent(), "the current partner's stays");
    return m.firm("oem").orElseThrow().process().history().stream()
        .skip(before)
        .map(step -> step.event().getClass().getSimpleName())
        .toList();
  }

  @Test
  void consolidationNeedsSynergyWithEachCurrentPartnerOfTheAlliance() {
    Actor boats = Actor.of("boats", "Boat maker", ActorRole.PARTNER, Sector.PRIVATE);
    MultiLevelAlliance m = threePartners(boats, noSynergy("boats-bm", boats));
    m = accept(m.apply(new AllianceEvent.CommitPartner("boats")));
    m =
        accept(
            m.apply(
                new AllianceEvent.SignContract(
                    new org.bmi4j.process.alliance.Contract(
                        com.google.common.collect.ImmutableSet.of("oem", "rental", "boats"),
                        "rules",
                        Optional.of("2030-12-31")))));
    Outcome.Rejected<?> rejected = rejected(m, m.apply(new AllianceEvent.Advance()));
    assertEquals(
        List.of("oem", "rental", "boats", "boats"),
        rejected.violations().stream().map(Violation::subject).toList(),
        "every firm lacking synergy with a current partner, once per such partner");
    assertTrue(
        rejected.violations().stream().allMatch(v -> v.code() == FirmViolation.NO_SYNERGY),
        rejected.violations().toString());
  }

  @Test
  void anAttachedPartnerCannotChangePhaseOnItsOwn() {
    MultiLevelAlliance foundation = MultiLevel.foundation();
    Outcome.Rejected<?> rejected =
        rejected(foundation, foundation.applyFirm("oem", new FirmEvent.Advance()));
    assertEquals(CouplingViolation.PHASE_FOLLOWS_ALLIANCE, rejected.violations().get(0).code());
  }

  @Test
  void aProspectRunsIdentificationOnly() {
    MultiLevelAlliance concept = MultiLevel.concept();
    Outcome.Rejected<?> rejected =
        rejected(concept, concept.applyFirm("oem", new FirmEvent.Advance()));
    assertEquals(
        CouplingViolation.PROSPECT_BEYOND_IDENTIFICATION, rejected.violations().get(0).code());
  }

  @Test
  void enteringOperationRecordsTheAllianceOperatingInEachFirm() {
    MultiLevelAlliance operation = MultiLevel.operation();
    assertEquals(FirmPhase.ADAPTION, phase(operation, "oem"));
    assertEquals(
        Optional.of("mobility"),
        operation.firm("rental").orElseThrow().process().context().operatingAlliance());
  }

  @Test
  void theAllianceCannotFallBackFromOperationWhileFirmsAreInAdaption() {
    MultiLevelAlliance operation = MultiLevel.operation();
    Outcome.Rejected<?> rejected =
        rejected(operation, operation.apply(new AllianceEvent.FallBack("market entry failed")));
    assertEquals(
        List.of(
            CouplingViolation.NO_FALL_BACK_FROM_ADAPTION,
            CouplingViolation.NO_FALL_BACK_FROM_ADAPTION),
        rejected.violations().stream().map(Violation::code).toList());
    assertEquals(
        List.of("oem", "rental"), rejected.violations().stream().map(Violation::subject).toList());
  }

  @Test
  void fallBacksMoveThePartnersBackWithTheAlliance() {
    MultiLevelAlliance development =
        accept(MultiLevel.foundation().apply(new AllianceEvent.Advance()));
    MultiLevelAlliance back =
        accept(
            development.apply(
                new AllianceEvent.FallBack("culture and internal processes did not fit")));
    assertEquals(AlliancePhase.FOUNDATION, back.alliance().state());
    assertEquals(FirmPhase.CONSOLIDATION, phase(back, "oem"));
    assertEquals(FirmPhase.CONSOLIDATION, phase(back, "rental"));
  }

  @Test
  void aRemovedPartnersProcessIsDetachedAndKept() {
    MultiLevelAlliance removed =
        accept(
            MultiLevel.foundation()
                .apply(new AllianceEvent.RemovePartner("rental", "did not fit")));
    assertEquals(Attachment.DETACHED, removed.firm("rental").orElseThrow().attachment());
    MultiLevelAlliance alone =
        accept(removed.applyFirm("rental", new FirmEvent.FallBack("looking for another alliance")));
    assertEquals(FirmPhase.IDENTIFICATION, phase(alone, "rental"));
  }

  @Test
  void aNewCycleTakesDecidedPartnersAlongAndReportsTheUndecided() {
    MultiLevelAlliance m = MultiLevel.operation();
    m =
        accept(
            m.applyFirm(
                "oem",
                new FirmEvent.RecordLesson(
                    new Lesson(
                        "fleet", "usage data improves fleet management", LessonSource.LEARNED))));
    m =
        accept(
            m.applyFirm(
                "oem",
                FirmEvent.AdaptExtantModel.of(
                    MultiLevel.FLEET
                        .withVersion(2)
                        .withProposition(
                            MultiLevel.FLEET
                                .proposition()
                                .withOfferings(
                                    MultiLevel.FLEET.proposition().offerings().get(0),
                                    org.bmi4j.core.model.Offering.builder()
                                        .id("fleet-services")
                                        .name("Fleet management services")
                                        .addValueKind(org.bmi4j.core.model.ValueKind.ECONOMIC)
                                        .addBeneficiary("drivers")
                                        .build())),
                    "fleet")));
    m =
        accept(
            m.apply(
                new AllianceEvent.RecordVision(
                    Vision.independent("the business stands on its own"))));
    MultiLevelAlliance next = accept(m.apply(new AllianceEvent.StartNewCycle("free floating")));
    assertEquals(AlliancePhase.CONCEPT, next.alliance().state());
    assertEquals(FirmPhase.IDENTIFICATION, phase(next, "oem"));
    assertEquals(2, next.firm("oem").orElseThrow().process().cycle());
    assertEquals(FirmPhase.ADAPTION, phase(next, "rental"));
    assertEquals(List.of("rental"), next.lagging());
    assertTrue(next.isCoupled());
    MultiLevelAlliance joined =
        accept(
            next.applyFirm("rental", new FirmEvent.RecordNonIntegration("lessons did not spread")));
    assertEquals(FirmPhase.IDENTIFICATION, phase(joined, "rental"));
    assertEquals(List.of(), joined.lagging());
  }

  @Test
  void whenTheAllianceEndsFirmProcessesGoOnAlone() {
    MultiLevelAlliance m =
        accept(
            MultiLevel.operation()
                .apply(new AllianceEvent.RecordVision(Vision.split("markets diverge"))));
    MultiLevelAlliance split = accept(m.apply(new AllianceEvent.CarryOutVision()));
    assertEquals(AlliancePhase.SPLIT, split.alliance().state());
    assertTrue(
        split.firms().values().stream().allMatch(f -> f.attachment() == Attachment.DETACHED));
    MultiLevelAlliance decided =
        accept(split.applyFirm("oem", new FirmEvent.RecordNonIntegration("none yet")));
    assertEquals(
        FirmPhase.IDENTIFICATION,
        phase(accept(decided.applyFirm("oem", new FirmEvent.Advance())), "oem"));
  }

  @Test
  void aMultiLevelAllianceReadsBackFromJsonEqual() {
    MultiLevelAlliance m = MultiLevel.operation();
    var type = MultiLevelAlliance.documentType(MultiLevel.CLOCK);
    String json = BmiJson.write(type, m);
    assertEquals(m, BmiJson.read(type, json));
    assertEquals(json, BmiJson.write(type, BmiJson.read(type, json)));
  }

  @Test
  void aStoredFormNamingAPartnersProcessTwiceIsRejected() throws Exception {
    var type = MultiLevelAlliance.documentType(MultiLevel.CLOCK);
    ObjectNode document = storedForm(MultiLevel.foundation());
    ArrayNode firms = (ArrayNode) document.get("content").get("firms");
    firms.add(firms.get(0).deepCopy());
    BmiJsonException e =
        assertThrows(BmiJsonException.class, () -> BmiJson.read(type, document.toString()));
    assertTrue(
        e.reason()
            .contains(
                "the firm process of partner 'oem' is stored twice; store each"
                    + " partner's process once"),
        e.reason());
  }

  @Test
  void aStoredFormWhoseFirmsAreAheadOfTheAllianceIsRejected() throws Exception {
    var type = MultiLevelAlliance.documentType(MultiLevel.CLOCK);
    ObjectNode foundation = storedForm(MultiLevel.foundation());
    ObjectNode concept = storedForm(MultiLevel.concept());
    ((ObjectNode) foundation.get("content"))
        .set("alliance", concept.get("content").get("alliance"));
    BmiJsonException e =
        assertThrows(BmiJsonException.class, () -> BmiJson.read(type, foundation.toString()));
    assertTrue(
        e.reason()
            .contains(
                "the stored firm processes are not coupled with the alliance"
                    + " in CONCEPT; store them as the multi-level alliance wrote them"),
        e.reason());
  }

  /**
   * A document may name a current partner without its firm process; a firm given to it later is
   * proposed (with its extant model) by the firms in CONSOLIDATION on the next operation, however
   * little that operation changes, as after every operation that changes a firm.
   */
  @Test
  void aFirmGivenToACurrentPartnerOfADocumentIsWiredOnTheNextOperation() throws Exception {
    var type = MultiLevelAlliance.documentType(MultiLevel.CLOCK);
    ObjectNode document = storedForm(MultiLevel.foundation());
    ArrayNode firms = (ArrayNode) document.get("content").get("firms");
    for (int i = firms.size() - 1; i >= 0; i--) {
      if (firms.get(i).get("partner").asText().equals("rental")) {
        firms.remove(i);
      }
    }
    AllianceEvent learning =
        new AllianceEvent.RecordLearning(
            org.bmi4j.process.alliance.LearningMode.EXPERIENTIAL_LEARNING);
    MultiLevelAlliance read = accept(BmiJson.read(type, document.toString()).apply(learning));
    BusinessModel newer = MultiLevel.RENTALS.withVersion(MultiLevel.RENTALS.version() + 1);
    MultiLevelAlliance given = accept(read.prospect(MultiLevel.firm(MultiLevel.RENTAL, newer)));
    MultiLevelAlliance next = accept(given.apply(learning));
    assertEquals(
        Optional.of(newer),
        next.firm("oem").orElseThrow().process().context().partner("rental").map(p -> p.model()));
  }

  @Test
  void anOperationChangingNoPartnerStillWiresARestoredAllianceWhoseFirmsAreNotWired()
      throws Exception {
    var type = MultiLevelAlliance.documentType(MultiLevel.CLOCK);
    // the OEM's process as it was attached, before the rental firm was proposed to the alliance:
    // in CONSOLIDATION, proposing no partner
    MultiLevelAlliance early = MultiLevel.concept();
    early =
        accept(
            early.apply(
                new AllianceEvent.RecordBusinessCase(
                    org.bmi4j.process.alliance.AlliancesAccess.businessCase())));
    early = accept(early.apply(new AllianceEvent.ApproveInternally("board")));
    early = accept(early.apply(new AllianceEvent.Advance()));
    early =
        accept(
            early.apply(
                new AllianceEvent.ProposePartner(
                    MultiLevel.OEM, Optional.empty(), Optional.empty())));
    assertTrue(early.firm("oem").orElseThrow().process().context().partners().isEmpty());
    ObjectNode unwired = storedForm(MultiLevel.foundation());
    ObjectNode earlyDoc = storedForm(early);
    ArrayNode firms = (ArrayNode) unwired.get("content").get("firms");
    for (int i = 0; i < firms.size(); i++) {
      if (firms.get(i).get("partner").asText().equals("oem")) {
        ((ObjectNode) firms.get(i))
            .set("process", earlyDoc.get("content").get("firms").get(0).get("process"));
      }
    }
    MultiLevelAlliance restored = BmiJson.read(type, unwired.toString());
    assertTrue(restored.firm("oem").orElseThrow().process().context().partners().isEmpty());
    // recording a learning mode changes no partner and no firm, and the wiring catches up
    MultiLevelAlliance next =
        accept(
            restored.apply(
                new AllianceEvent.RecordLearning(
                    org.bmi4j.process.alliance.LearningMode.EXPERIENTIAL_LEARNING)));
    assertEquals(
        List.of("rental"),
        next.firm("oem").orElseThrow().process().context().partners().stream()
            .map(p -> p.partner().id())
            .toList());
  }

  @Test
  void multiLevelAlliancesAreEqualExactlyWhenBothLevelsAre() {
    assertEquals(MultiLevel.operation(), MultiLevel.operation());
    assertEquals(MultiLevel.operation().hashCode(), MultiLevel.operation().hashCode());
    assertNotEquals(MultiLevel.foundation(), MultiLevel.operation());
    MultiLevelAlliance concept = MultiLevel.concept();
    MultiLevelAlliance withIdea =
        accept(
            concept.applyFirm(
                "oem",
                new FirmEvent.AddEnhancementIdea(
                    org.bmi4j.process.firm.EnhancementIdea.of(
                        "sharing",
                        "Car sharing",
                        org.bmi4j.process.firm.IdeaTrigger.SOCIAL_DEVELOPMENT,
                        org.bmi4j.process.firm.IdeaOrigin.INTERNAL,
                        org.bmi4j.core.model.ValueFunction.PROPOSITION))));
    assertEquals(concept.alliance(), withIdea.alliance());
    assertNotEquals(concept, withIdea);
  }

  @Test
  void anAllianceWithPartnersCannotBeCoupledAfterwards() {
    var alliance = MultiLevel.foundation().alliance();
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class, () -> MultiLevelAlliance.of(alliance));
    assertEquals(
        "a multi-level alliance starts without partners, but 'mobility' already has 2;"
            + " couple it before proposing partners, which then join through prospect(...)",
        e.getMessage());
  }

  /** The JSON tree of {@code m}'s document, to be edited into a document a test reads. */
  private static ObjectNode storedForm(MultiLevelAlliance m) throws Exception {
    return (ObjectNode)
        BmiJson.mapper()
            .readTree(BmiJson.write(MultiLevelAlliance.documentType(MultiLevel.CLOCK), m));
  }
}

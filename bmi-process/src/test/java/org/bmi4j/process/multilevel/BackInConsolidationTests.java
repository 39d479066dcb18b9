package org.bmi4j.process.multilevel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Offering;
import org.bmi4j.core.model.Sector;
import org.bmi4j.core.model.ValueKind;
import org.bmi4j.process.Outcome;
import org.bmi4j.process.Step;
import org.bmi4j.process.alliance.AllianceEvent;
import org.bmi4j.process.alliance.AlliancePhase;
import org.bmi4j.process.alliance.AlliancesAccess;
import org.bmi4j.process.alliance.Contract;
import org.bmi4j.process.alliance.Vision;
import org.bmi4j.process.firm.FirmEvent;
import org.bmi4j.process.firm.FirmPhase;
import org.bmi4j.process.firm.Lesson;
import org.bmi4j.process.firm.LessonSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: partners coming back to CONSOLIDATION in a new cycle are wired for what changed while
 * they were away (a partner admitted in OPERATION, a newer extant model), exactly as wiring every
 * firm against every partner would ({@link MultiLevelAlliance#unwired()}).
 */
class BackInConsolidationTests {
  private static final Actor LESSOR =
      Actor.of("lessor", "lessor", ActorRole.PARTNER, Sector.PRIVATE);
  private static final BusinessModel LEASES = MultiLevel.model("lessor-bm", LESSOR, "leases");

  private static MultiLevelAlliance accept(Outcome<MultiLevelAlliance> outcome) {
    assertTrue(outcome.isAccepted(), () -> "rejected: " + outcome.violations());
    return outcome.instance();
  }

  /** Prospects that never join: enough firms that the wiring is incremental. */
  private static MultiLevelAlliance withBystanders(MultiLevelAlliance m) {
    for (int i = 0; i < 5; i++) {
      Actor actor = Actor.of("b" + i, "b" + i, ActorRole.PARTNER, Sector.PRIVATE);
      m = accept(m.prospect(MultiLevel.firm(actor, MultiLevel.model("b" + i + "-bm", actor, "x"))));
    }
    return m;
  }

  @Test
  void partnersBackInConsolidationProposeWhatChangedWhileTheyWereAway() {
    MultiLevelAlliance m = withBystanders(MultiLevel.foundation());
    m = accept(m.apply(new AllianceEvent.Advance())); // oem and rental leave CONSOLIDATION
    m = accept(m.apply(new AllianceEvent.DefineAllianceModel(AlliancesAccess.allianceModel())));
    m = accept(m.apply(new AllianceEvent.CompleteMilestone("pilot")));
    m = accept(m.apply(new AllianceEvent.PassAcceptanceTest()));
    m = accept(m.apply(new AllianceEvent.Advance()));
    assertEquals(AlliancePhase.OPERATION, m.alliance().state());
    // while they are away: rental adapts its model, lessor joins and catches up
    m =
        accept(
            m.applyFirm(
                "rental",
                new FirmEvent.RecordLesson(new Lesson("l1", "lesson", LessonSource.LEARNED))));
    BusinessModel rentalsV2 =
        MultiLevel.RENTALS
            .withVersion(2)
            .withProposition(
                MultiLevel.RENTALS
                    .proposition()
                    .withOfferings(
                        MultiLevel.RENTALS.proposition().offerings().get(0),
                        Offering.builder()
                            .id("one-way")
                            .name("One-way rentals")
                            .addValueKind(ValueKind.ECONOMIC)
                            .addBeneficiary("drivers")
                            .build()));
    m = accept(m.applyFirm("rental", FirmEvent.AdaptExtantModel.of(rentalsV2, "l1")));
    m = accept(m.prospect(MultiLevel.firm(LESSOR, LEASES)));
    m =
        accept(
            m.apply(new AllianceEvent.ProposePartner(LESSOR, Optional.empty(), Optional.empty())));
    m = accept(m.apply(new AllianceEvent.CommitPartner("lessor")));
    m =
        accept(
            m.apply(
                new AllianceEvent.SignContract(
                    new Contract(
                        ImmutableSet.of("oem", "rental", "lessor"),
                        "three-way joint venture",
                        Optional.empty()))));
    m = accept(m.applyFirm("lessor", new FirmEvent.Advance()));
    m = accept(m.applyFirm("lessor", new FirmEvent.Advance()));
    assertEquals(FirmPhase.ADAPTION, m.firm("lessor").orElseThrow().process().state());
    for (String partner : List.of("oem", "lessor")) { // rental decided by adapting
      m = accept(m.applyFirm(partner, new FirmEvent.RecordNonIntegration("did not spread")));
    }
    m = accept(m.apply(new AllianceEvent.RecordVision(Vision.split("markets diverge"))));
    m = accept(m.apply(new AllianceEvent.StartNewCycle("enhance the BM")));
    m = accept(m.apply(new AllianceEvent.RecordBusinessCase(AlliancesAccess.businessCase())));
    m = accept(m.apply(new AllianceEvent.ApproveInternally("board")));
    for (String partner : List.of("oem", "rental", "lessor")) {
      m = accept(m.applyFirm(partner, new FirmEvent.AddEnhancementIdea(MultiLevel.IDEA)));
    }

    MultiLevelAlliance before = m;
    MultiLevelAlliance back = accept(m.apply(new AllianceEvent.Advance()));
    MultiLevelAlliance inFull = accept(m.unwired().apply(new AllianceEvent.Advance()));

    for (String partner : List.of("oem", "rental", "lessor")) {
      assertEquals(FirmPhase.CONSOLIDATION, back.firm(partner).orElseThrow().process().state());
      assertEquals(
          steps(inFull, before, partner), steps(back, before, partner), partner + "'s steps");
    }
    assertEquals(inFull, back);
    List<FirmEvent> oem = steps(back, before, "oem");
    assertTrue(
        oem.contains(new FirmEvent.ProposePartnerModel(MultiLevel.RENTAL, rentalsV2)),
        () -> "oem proposes rental's newer model: " + oem);
    assertTrue(
        oem.contains(new FirmEvent.ProposePartnerModel(LESSOR, LEASES)),
        () -> "oem proposes lessor, admitted while it was away: " + oem);
  }

  /** The events {@code partner}'s firm took from {@code before} to {@code after}. */
  private static List<FirmEvent> steps(
      MultiLevelAlliance after, MultiLevelAlliance before, String partner) {
    List<Step<FirmPhase, FirmEvent>> history =
        after.firm(partner).orElseThrow().process().history();
    int from = (int) before.firm(partner).orElseThrow().process().sequence();
    return history.subList(from, history.size()).stream().map(Step::event).toList();
  }
}

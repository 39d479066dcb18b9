package org.bmi4j.process.multilevel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import org.bmi4j.process.Outcome;
import org.bmi4j.process.Violation;
import org.bmi4j.process.alliance.AllianceEvent;
import org.bmi4j.process.alliance.AlliancePhase;
import org.bmi4j.process.alliance.Vision;
import org.bmi4j.process.firm.FirmEvent;
import org.bmi4j.process.firm.FirmPhase;
import org.junit.jupiter.api.Test;

/**
 * A partner that joined the alliance's second cycle late and is still catching up when the alliance
 * would start its third (found by {@link MultiLevelProperties}): the new cycle waits for it, since
 * a partner left behind across the cycle's wrap could never reach the alliance again.
 */
class CouplingAcrossCyclesTests {
  private static MultiLevelAlliance accept(Outcome<MultiLevelAlliance> outcome) {
    if (outcome instanceof Outcome.Rejected<MultiLevelAlliance> rejected) {
      throw new AssertionError("rejected: " + rejected.violations());
    }
    return outcome.instance();
  }

  /**
   * The second cycle in DEVELOPMENT, with the car maker having decided late: its firm process has
   * just joined the cycle in IDENTIFICATION, behind the alliance.
   */
  private static MultiLevelAlliance joinedLateInDevelopment() {
    MultiLevelAlliance m = MultiLevel.operation();
    m = accept(m.applyFirm("rental", new FirmEvent.RecordNonIntegration("lessons did not spread")));
    m = accept(m.apply(new AllianceEvent.RecordVision(Vision.split("markets diverge"))));
    m = accept(m.apply(new AllianceEvent.StartNewCycle("enhance the BM")));
    assertEquals(java.util.List.of("oem"), m.lagging());
    m =
        accept(
            m.apply(
                new AllianceEvent.RecordBusinessCase(
                    org.bmi4j.process.alliance.AlliancesAccess.businessCase())));
    m = accept(m.apply(new AllianceEvent.ApproveInternally("board")));
    m = accept(m.applyFirm("rental", new FirmEvent.AddEnhancementIdea(MultiLevel.IDEA)));
    m = accept(m.apply(new AllianceEvent.Advance()));
    m =
        accept(
            m.apply(
                new AllianceEvent.PlanMilestone(
                    new org.bmi4j.process.alliance.Milestone(
                        "m2", "second pilot", "rental", false))));
    m = accept(m.apply(new AllianceEvent.Advance()));
    assertEquals(AlliancePhase.DEVELOPMENT, m.alliance().state());
    m = accept(m.applyFirm("oem", new FirmEvent.RecordNonIntegration("did not spread")));
    return m;
  }

  @Test
  void aPartnerBehindCatchesUpToTheAlliancesPhaseButNeverPastIt() {
    MultiLevelAlliance m = joinedLateInDevelopment();
    assertEquals(FirmPhase.IDENTIFICATION, m.firm("oem").orElseThrow().process().state());
    m = accept(m.applyFirm("oem", new FirmEvent.AddEnhancementIdea(MultiLevel.IDEA)));
    m = accept(m.applyFirm("oem", new FirmEvent.Advance()));
    m =
        accept(
            m.applyFirm(
                "oem", new FirmEvent.ProposePartnerModel(MultiLevel.RENTAL, MultiLevel.RENTALS)));
    m = accept(m.applyFirm("oem", new FirmEvent.Advance()));
    assertEquals(FirmPhase.CREATION, m.firm("oem").orElseThrow().process().state());
    m =
        accept(
            m.applyFirm("oem", new FirmEvent.RecordAllianceOperating(m.alliance().context().id())));

    Outcome<MultiLevelAlliance> past = m.applyFirm("oem", new FirmEvent.Advance());
    Outcome.Rejected<?> rejected = assertInstanceOf(Outcome.Rejected.class, past);
    assertEquals(
        List.of(
            new Violation(
                CouplingViolation.PHASE_FOLLOWS_ALLIANCE,
                "oem",
                "partner 'oem' is in step with the alliance in DEVELOPMENT; its phase changes follow the"
                    + " alliance's, so apply the alliance's event instead",
                ImmutableMap.of("partner", "oem", "phase", AlliancePhase.DEVELOPMENT))),
        rejected.violations());
    assertTrue(m.isCoupled());
  }

  @Test
  void aNewCycleWaitsForAPartnerStillCatchingUpAndStartsOnceItHasReachedAdaption() {
    MultiLevelAlliance m = joinedLateInDevelopment();
    assertEquals(FirmPhase.IDENTIFICATION, m.firm("oem").orElseThrow().process().state());
    m = accept(m.applyFirm("oem", new FirmEvent.AddEnhancementIdea(MultiLevel.IDEA)));
    m = accept(m.applyFirm("oem", new FirmEvent.Advance()));
    assertEquals(FirmPhase.CONSOLIDATION, m.firm("oem").orElseThrow().process().state());
    m = accept(m.apply(new AllianceEvent.CompleteMilestone("m2")));
    m = accept(m.apply(new AllianceEvent.PassAcceptanceTest()));
    m = accept(m.apply(new AllianceEvent.Advance()));
    assertEquals(AlliancePhase.OPERATION, m.alliance().state());
    m = accept(m.apply(new AllianceEvent.RecordVision(Vision.split("markets diverge"))));
    assertTrue(m.isCoupled(), "behind the alliance is coupled");

    Outcome<MultiLevelAlliance> early = m.apply(new AllianceEvent.StartNewCycle("enhance again"));
    Outcome.Rejected<?> waiting = assertInstanceOf(Outcome.Rejected.class, early);
    assertEquals(
        List.of(
            new Violation(
                CouplingViolation.PARTNER_BEHIND,
                "oem",
                "partner 'oem' is still in CONSOLIDATION, behind the alliance's OPERATION; a new cycle"
                    + " starts once every partner has reached ADAPTION, so advance its firm process"
                    + " first",
                ImmutableMap.of("partner", "oem", "phase", FirmPhase.CONSOLIDATION))),
        waiting.violations());
    assertSame(m, waiting.instance());

    m = accept(m.applyFirm("oem", new FirmEvent.Advance()));
    m =
        accept(
            m.applyFirm("oem", new FirmEvent.RecordAllianceOperating(m.alliance().context().id())));
    m = accept(m.applyFirm("oem", new FirmEvent.Advance()));
    assertEquals(FirmPhase.ADAPTION, m.firm("oem").orElseThrow().process().state());
    MultiLevelAlliance next = accept(m.apply(new AllianceEvent.StartNewCycle("enhance again")));
    assertEquals(AlliancePhase.CONCEPT, next.alliance().state());
    assertTrue(next.isCoupled(), () -> "coupled: " + next);
  }
}

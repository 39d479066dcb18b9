package org.bmi4j.process.multilevel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.bmi4j.process.alliance.AllianceEvent;
import org.bmi4j.process.alliance.AlliancePhase;
import org.bmi4j.process.alliance.Vision;
import org.bmi4j.process.alliance.VisionKind;
import org.bmi4j.process.firm.FirmEvent;
import org.bmi4j.process.firm.FirmPhase;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * Known failure, kept as a reproduction (found by {@link MultiLevelProperties}, seed
 * -397268040058731950 with the event generators of commit 5b53e30): a partner that joined the
 * alliance's second cycle late and is still catching up (CONSOLIDATION while the alliance is in
 * OPERATION) is left where it is when the alliance starts its third cycle, because {@code
 * StartNewCycle} moves only the partners in ADAPTION. It is then "ahead" of the alliance's
 * CONCEPT, {@link MultiLevelAlliance#isCoupled()} is false, and the catching-up rule no longer lets
 * it advance past IDENTIFICATION. Whether the new cycle should be refused while a partner is behind,
 * or the partner count as lagging, is the multi-level process's decision.
 */
class CouplingAcrossCyclesTests {
  private static MultiLevelAlliance accept(MultiLevelOutcome outcome) {
    if (outcome instanceof MultiLevelOutcome.Rejected rejected) {
      throw new AssertionError("rejected: " + rejected.violations());
    }
    return outcome.alliance();
  }

  @Test
  @Disabled("known failure: StartNewCycle leaves a partner that is catching up ahead of CONCEPT")
  void aPartnerStillCatchingUpWhenTheAllianceStartsANewCycleIsNeverAhead() {
    MultiLevelAlliance m = MultiLevel.operation();
    m = accept(m.applyFirm("rental", new FirmEvent.RecordNonIntegration("lessons did not spread")));
    m = accept(m.apply(new AllianceEvent.RecordVision(new Vision(VisionKind.SPLIT,
        Optional.empty()))));
    m = accept(m.apply(new AllianceEvent.StartNewCycle("enhance the BM")));
    assertEquals(java.util.List.of("oem"), m.lagging());
    m = accept(m.apply(new AllianceEvent.RecordBusinessCase(
        org.bmi4j.process.alliance.AlliancesAccess.businessCase())));
    m = accept(m.apply(new AllianceEvent.ApproveInternally("board")));
    m = accept(m.applyFirm("rental", new FirmEvent.AddEnhancementIdea(MultiLevel.IDEA)));
    m = accept(m.apply(new AllianceEvent.Advance()));
    m = accept(m.apply(new AllianceEvent.PlanMilestone(new org.bmi4j.process.alliance.Milestone(
        "m2", "second pilot", "rental", false))));
    m = accept(m.apply(new AllianceEvent.Advance()));
    assertEquals(AlliancePhase.DEVELOPMENT, m.alliance().state());
    m = accept(m.applyFirm("oem", new FirmEvent.RecordNonIntegration("did not spread")));
    assertEquals(FirmPhase.IDENTIFICATION, m.firm("oem").orElseThrow().process().state());
    m = accept(m.applyFirm("oem", new FirmEvent.AddEnhancementIdea(MultiLevel.IDEA)));
    m = accept(m.applyFirm("oem", new FirmEvent.Advance()));
    assertEquals(FirmPhase.CONSOLIDATION, m.firm("oem").orElseThrow().process().state());
    m = accept(m.apply(new AllianceEvent.CompleteMilestone("m2")));
    m = accept(m.apply(new AllianceEvent.PassAcceptanceTest()));
    m = accept(m.apply(new AllianceEvent.Advance()));
    assertEquals(AlliancePhase.OPERATION, m.alliance().state());
    m = accept(m.apply(new AllianceEvent.RecordVision(new Vision(VisionKind.SPLIT,
        Optional.empty()))));
    assertTrue(m.isCoupled(), "behind the alliance is coupled");
    MultiLevelAlliance next = accept(m.apply(new AllianceEvent.StartNewCycle("enhance again")));
    assertTrue(next.isCoupled(), () -> "coupled: " + next);
  }
}

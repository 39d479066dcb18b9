package org.bmi4j.process.alliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.bmi4j.core.json.BmiJson;
import org.bmi4j.core.json.DocumentType;
import org.bmi4j.core.model.Activity;
import org.bmi4j.core.model.ActivityKind;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.GovernanceMode;
import org.bmi4j.core.model.Sector;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: long alliance histories of the kinds that need a developed or operating alliance build,
 * write and read back, each step costing the same however long the history is: 100,000 completions
 * of one milestone (completing a milestone done already writes nothing), and 99,999 steps in
 * OPERATION that propose and remove a partner and revise the alliance BM (the revision's check that
 * no removed partner performs reads the model's governance, not every removal so far). The tests
 * assert on the result and on counts, never on time.
 */
class AllianceLongHistoryTests {
  private static final int EVENTS = 100_000;

  /** Returns {@code instance} after {@code rounds} rounds of advancing and falling back again. */
  private static AllianceInstance advancedAndFallenBack(AllianceInstance instance, int rounds) {
    for (int i = 0; i < rounds; i++) {
      instance =
          instance
              .applyOrThrow(new AllianceEvent.Advance())
              .applyOrThrow(new AllianceEvent.FallBack("round " + i % 10));
    }
    return instance;
  }

  @Test
  void proposalsRemovalsAndRevisionsInOperationBuildAndReadBack() {
    DocumentType<AllianceInstance> type = AllianceProcess.documentType(Alliances.CLOCK);
    Actor guest = Actor.of("guest", "Guest partner", ActorRole.PARTNER, Sector.PRIVATE);
    AllianceInstance instance = Alliances.operation();
    int rounds = (EVENTS - 1) / 3;
    for (int i = 0; i < rounds; i++) {
      instance =
          instance
              .applyOrThrow(
                  new AllianceEvent.ProposePartner(guest, Optional.empty(), Optional.empty()))
              .applyOrThrow(new AllianceEvent.RemovePartner("guest", "round " + i % 10))
              .applyOrThrow(
                  new AllianceEvent.ReviseAllianceModel(
                      Alliances.allianceModelPerformedBy(i % 2 == 0 ? "oem" : "rental"),
                      "operator " + i % 2));
    }
    AllianceInstance read = BmiJson.read(type, BmiJson.write(type, instance));
    assertEquals(instance.context(), read.context());
    assertEquals(instance.sequence(), read.sequence());
    assertEquals(rounds, read.context().formerPartners().size());
    assertEquals(rounds, read.context().revisions().size());
    assertEquals(AlliancePhase.OPERATION, read.state());
  }

  @Test
  void manyDoneMilestonesAndFallingBackAndAdvancingBuildAndReadBack() {
    // 20,000 milestones planned and completed, then 30,000 rounds falling back from OPERATION and
    // advancing again: each advance out of DEVELOPMENT needs every milestone done
    DocumentType<AllianceInstance> type = AllianceProcess.documentType(Alliances.CLOCK);
    int milestones = 20_000;
    AllianceInstance instance = Alliances.readyToDevelop();
    for (int i = 0; i < milestones; i++) {
      instance =
          instance.applyOrThrow(
              new AllianceEvent.PlanMilestone(new Milestone("m" + i, "step " + i, "oem", false)));
    }
    instance = Alliances.readyToOperate(instance);
    for (int i = 0; i < milestones; i++) {
      instance = instance.applyOrThrow(new AllianceEvent.CompleteMilestone("m" + i));
    }
    int rounds = (EVENTS - 2 * milestones) / 2;
    instance = advancedAndFallenBack(instance, rounds);
    AllianceInstance read = BmiJson.read(type, BmiJson.write(type, instance));
    assertEquals(instance.context(), read.context());
    assertEquals(instance.sequence(), read.sequence());
    assertEquals(AlliancePhase.DEVELOPMENT, read.state());
    assertEquals(milestones + 1, read.context().milestones().size());
    assertEquals(0, read.context().milestoneLog().open());
  }

  @Test
  void aLargeAllianceModelAndRoundsOfRemovingAPartnerBuildAndReadBack() {
    // an alliance BM of 5,000 more activities, then rounds in OPERATION of proposing and removing
    // a guest partner, falling back to DEVELOPMENT and advancing again: each fall back checks that
    // no removed partner performs in the BM, which the partner log answers without walking its
    // governance, carrying its count through each proposal and removal
    DocumentType<AllianceInstance> type = AllianceProcess.documentType(Alliances.CLOCK);
    BusinessModel.Builder large = BusinessModel.builder().from(Alliances.allianceModel());
    for (int i = 0; i < 5_000; i++) {
      large.addActivity(
          Activity.builder()
              .id("a" + i)
              .name("Activity " + i)
              .kind(ActivityKind.SERVICE)
              .performer(i % 2 == 0 ? "oem" : "rental")
              .mode(GovernanceMode.JOINT_VENTURE)
              .build());
    }
    AllianceInstance instance =
        Alliances.development()
            .applyOrThrow(new AllianceEvent.DefineAllianceModel(large.build()))
            .applyOrThrow(new AllianceEvent.CompleteMilestone("pilot"))
            .applyOrThrow(new AllianceEvent.PassAcceptanceTest())
            .applyOrThrow(new AllianceEvent.Advance());
    Actor guest = Actor.of("guest", "Guest partner", ActorRole.PARTNER, Sector.PRIVATE);
    int rounds = (EVENTS - instance.history().size()) / 4;
    for (int i = 0; i < rounds; i++) {
      instance =
          instance
              .applyOrThrow(
                  new AllianceEvent.ProposePartner(guest, Optional.empty(), Optional.empty()))
              .applyOrThrow(new AllianceEvent.RemovePartner("guest", "left " + i % 10))
              .applyOrThrow(new AllianceEvent.FallBack("round " + i % 10))
              .applyOrThrow(new AllianceEvent.Advance());
    }
    AllianceInstance read = BmiJson.read(type, BmiJson.write(type, instance));
    assertEquals(instance.context(), read.context());
    assertEquals(instance.sequence(), read.sequence());
    assertEquals(AlliancePhase.OPERATION, read.state());
    assertEquals(rounds, read.context().formerPartners().size());
    // a removed partner that performs is still named, in the document read as in the one built
    for (AllianceInstance alliance : List.of(instance, read)) {
      AllianceInstance oemRemoved =
          alliance.applyOrThrow(new AllianceEvent.RemovePartner("oem", "left"));
      assertEquals(
          2_500, // the activities oem performs
          oemRemoved.apply(new AllianceEvent.FallBack("check")).violations().stream()
              .filter(v -> v.code() == AllianceViolation.REMOVED_PARTNER_PERFORMS)
              .count());
    }
  }

  @Test
  void manyPartnersAndPhaseRoundsBuildAndReadBack() {
    // 20,000 partners proposed and committed and a contract naming them, then rounds falling back
    // from DEVELOPMENT to FOUNDATION and advancing again, and from OPERATION to DEVELOPMENT and
    // advancing again: each exit from FOUNDATION and OPERATION needs every partner committed and
    // the contract naming them, which the partner log answers without walking the partners
    DocumentType<AllianceInstance> type = AllianceProcess.documentType(Alliances.CLOCK);
    int partners = 20_000;
    AllianceInstance instance = Alliances.foundationWithCommittedPartners(partners);
    int rounds = (EVENTS - instance.history().size()) / 4;
    instance = advancedAndFallenBack(instance, rounds);
    instance = Alliances.readyToOperate(instance);
    instance = advancedAndFallenBack(instance, rounds);
    AllianceInstance read = BmiJson.read(type, BmiJson.write(type, instance));
    assertEquals(instance.context(), read.context());
    assertEquals(instance.sequence(), read.sequence());
    assertEquals(AlliancePhase.DEVELOPMENT, read.state());
    assertEquals(partners, read.context().partners().size());
    assertTrue(read.history().size() >= EVENTS - 4, "steps: " + read.history().size());
    assertEquals(
        List.of(),
        read.apply(new AllianceEvent.Advance()).violations(),
        "the document read leaves DEVELOPMENT as the one built did");
  }

  @Test
  void hundredThousandCompletionsOfOneMilestoneBuildAndReadBack() {
    DocumentType<AllianceInstance> type = AllianceProcess.documentType(Alliances.CLOCK);
    AllianceInstance instance = Alliances.development();
    for (int i = 0; i < EVENTS; i++) {
      instance = instance.applyOrThrow(new AllianceEvent.CompleteMilestone("pilot"));
    }
    AllianceInstance read = BmiJson.read(type, BmiJson.write(type, instance));
    assertEquals(instance.context(), read.context());
    assertEquals(instance.sequence(), read.sequence());
    assertEquals(1, read.context().milestones().size());
    assertTrue(read.context().milestones().get(0).done());
    assertTrue(
        read.context().milestoneLog().versionCount() <= 2,
        "the milestone written when planned and when first completed only");
  }
}

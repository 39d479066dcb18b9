package org.bmi4j.process.alliance;

import static org.bmi4j.process.alliance.Alliances.OEM;
import static org.bmi4j.process.alliance.Alliances.RENTAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bmi4j.core.alliance.ContributionLedger;
import org.bmi4j.core.alliance.Direction;
import org.bmi4j.core.alliance.LedgerEntry;
import org.bmi4j.core.alliance.Realisation;
import org.bmi4j.core.alliance.Tangibility;
import org.bmi4j.core.alliance.WinWin;
import org.bmi4j.core.alliance.WinWinVerdict;
import org.bmi4j.core.json.BmiJson;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.Sector;
import org.bmi4j.core.model.ValueKind;
import org.bmi4j.process.CriticalPoint;
import org.bmi4j.process.KernelViolation;
import org.bmi4j.process.Outcome;
import org.bmi4j.process.ProcessDiagrams;
import org.bmi4j.process.ViolationCode;
import org.bmi4j.process.alliance.AllianceEvent.Advance;
import org.bmi4j.process.alliance.AllianceEvent.ApproveInternally;
import org.bmi4j.process.alliance.AllianceEvent.CarryOutVision;
import org.bmi4j.process.alliance.AllianceEvent.ChangeSeparation;
import org.bmi4j.process.alliance.AllianceEvent.CommitPartner;
import org.bmi4j.process.alliance.AllianceEvent.CompleteMilestone;
import org.bmi4j.process.alliance.AllianceEvent.DefineAllianceModel;
import org.bmi4j.process.alliance.AllianceEvent.FallBack;
import org.bmi4j.process.alliance.AllianceEvent.PassAcceptanceTest;
import org.bmi4j.process.alliance.AllianceEvent.PlanMilestone;
import org.bmi4j.process.alliance.AllianceEvent.ProposePartner;
import org.bmi4j.process.alliance.AllianceEvent.RecordBusinessCase;
import org.bmi4j.process.alliance.AllianceEvent.RecordKnowledgeExchange;
import org.bmi4j.process.alliance.AllianceEvent.RecordLearning;
import org.bmi4j.process.alliance.AllianceEvent.RecordLedgerEntry;
import org.bmi4j.process.alliance.AllianceEvent.RecordVision;
import org.bmi4j.process.alliance.AllianceEvent.RemovePartner;
import org.bmi4j.process.alliance.AllianceEvent.SignContract;
import org.bmi4j.process.alliance.AllianceEvent.StartNewCycle;
import org.bmi4j.process.alliance.AllianceEvent.Terminate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AllianceProcessTests {
  private static final Actor BUYER =
      Actor.of("other-group", "Other mobility group", ActorRole.INVESTOR, Sector.PRIVATE);

  private static List<ViolationCode> rejected(AllianceInstance instance, AllianceEvent event) {
    Outcome.Rejected<?> rejected = assertInstanceOf(Outcome.Rejected.class, instance.apply(event));
    assertSame(instance, rejected.instance());
    return rejected.violations().stream().map(v -> v.code()).toList();
  }

  @SuppressWarnings("unchecked")
  private static AllianceInstance accepted(AllianceInstance instance, AllianceEvent event) {
    Outcome<AllianceInstance> outcome = instance.apply(event);
    assertInstanceOf(Outcome.Accepted.class, outcome);
    return outcome.instance();
  }

  @Test
  void eachActivePhaseNamesTheSourcesCriticalPoint() {
    assertEquals(
        Optional.of(CriticalPoint.VIABLE_BUSINESS_CASE), AlliancePhase.CONCEPT.criticalPoint());
    assertEquals(
        Optional.of(CriticalPoint.CLEAR_CONTRACT), AlliancePhase.FOUNDATION.criticalPoint());
    assertEquals(Optional.of(CriticalPoint.WIN_WIN), AlliancePhase.DEVELOPMENT.criticalPoint());
    assertEquals(
        Optional.of(CriticalPoint.KNOWLEDGE_REINTEGRATION),
        AlliancePhase.OPERATION.criticalPoint());
    assertEquals(Optional.empty(), AlliancePhase.SPLIT.criticalPoint());
  }

  @Nested
  @DisplayName("in CONCEPT")
  class InConcept {
    @Test
    void advancingNeedsABusinessCaseAndApproval() {
      assertEquals(
          List.of(AllianceViolation.NO_BUSINESS_CASE, AllianceViolation.NO_INTERNAL_APPROVAL),
          rejected(Alliances.concept(), new Advance()));
    }

    @Test
    void theBusinessCaseNeedsAPartnerRequirementAndAFundingDecision() {
      BusinessCase alone =
          new BusinessCase(
              "idea",
              "potential",
              ImmutableList.of(new Requirement("vehicles", Coverage.FIRM)),
              Optional.empty());
      var instance =
          accepted(
              accepted(Alliances.concept(), new RecordBusinessCase(alone)),
              new ApproveInternally("board"));
      assertEquals(
          List.of(AllianceViolation.NO_PARTNER_REQUIREMENT, AllianceViolation.NO_FUNDING_DECISION),
          rejected(instance, new Advance()));
    }

    @Test
    void approvalNeedsABusinessCaseAndANamedApprover() {
      assertEquals(
          List.of(AllianceViolation.BLANK_TEXT, AllianceViolation.NO_BUSINESS_CASE),
          rejected(Alliances.concept(), new ApproveInternally(" ")));
    }

    @Test
    void aViableApprovedBusinessCaseLeadsToFoundation() {
      var foundation = Alliances.foundation();
      assertEquals(AlliancePhase.FOUNDATION, foundation.state());
      assertEquals(
          List.of(
              new LearningRecord(1, AlliancePhase.CONCEPT, LearningMode.COGNITIVE_SEARCH),
              new LearningRecord(1, AlliancePhase.FOUNDATION, LearningMode.COGNITIVE_SEARCH)),
          foundation.context().learning());
    }

    @Test
    void aLearningRecordAlreadyRecordedIsNotRecordedTwice() {
      var context = Alliances.foundation().context();
      var recorded = new LearningRecord(1, AlliancePhase.CONCEPT, LearningMode.COGNITIVE_SEARCH);
      assertSame(context, context.withLearningRecord(recorded));
      var other = new LearningRecord(1, AlliancePhase.CONCEPT, LearningMode.EXPERIENTIAL_LEARNING);
      assertEquals(List.of(other), context.withLearningRecord(other).learning().subList(2, 3));
    }

    @Test
    void reRecordingTheBusinessCaseWithdrawsTheApproval() {
      var approved =
          accepted(
              accepted(Alliances.concept(), new RecordBusinessCase(Alliances.businessCase())),
              new ApproveInternally("board"));
      var revised = accepted(approved, new RecordBusinessCase(Alliances.businessCase()));
      assertEquals(
          List.of(AllianceViolation.NO_INTERNAL_APPROVAL), rejected(revised, new Advance()));
    }

    @Test
    void conceptCannotFallBack() {
      assertEquals(
          List.of(KernelViolation.EVENT_NOT_PERMITTED),
          rejected(Alliances.concept(), new FallBack("no")));
    }
  }

  @Nested
  @DisplayName("in FOUNDATION")
  class InFoundation {
    @Test
    void advancingNeedsPartnersContractFormAndPlan() {
      assertEquals(
          List.of(
              AllianceViolation.TOO_FEW_COMMITTED_PARTNERS,
              AllianceViolation.NO_SIGNED_CONTRACT,
              AllianceViolation.NO_ORGANISATIONAL_FORM,
              AllianceViolation.NO_MILESTONE),
          rejected(Alliances.foundation(), new Advance()));
    }

    @Test
    void everyPartnerMustCommit() {
      var proposed =
          accepted(
              accepted(
                  Alliances.foundation(),
                  new ProposePartner(OEM, Optional.empty(), Optional.empty())),
              new ProposePartner(RENTAL, Optional.empty(), Optional.empty()));
      var oneCommitted = accepted(proposed, new CommitPartner("oem"));
      List<ViolationCode> codes = rejected(oneCommitted, new Advance());
      assertEquals(
          List.of(
              AllianceViolation.TOO_FEW_COMMITTED_PARTNERS,
              AllianceViolation.PARTNER_NOT_COMMITTED),
          codes.subList(0, 2));
    }

    @Test
    void aFiftyFiftyJointVentureNeedsNoFocalFirm() {
      var jv =
          AllianceProcess.start(
              "jv", "Energy joint venture", Optional.empty(), Alliances.EUR, Alliances.CLOCK);
      assertEquals(Optional.empty(), jv.context().focalFirm());
    }

    @Test
    void aPartnerIsProposedOnce() {
      var proposed =
          accepted(
              Alliances.foundation(), new ProposePartner(OEM, Optional.empty(), Optional.empty()));
      assertEquals(
          List.of(AllianceViolation.DUPLICATE_PARTNER),
          rejected(proposed, new ProposePartner(OEM, Optional.empty(), Optional.empty())));
    }

    @Test
    void onlyCurrentPartnersCommit() {
      assertEquals(
          List.of(AllianceViolation.UNKNOWN_PARTNER),
          rejected(Alliances.foundation(), new CommitPartner("ghost")));
    }

    @Test
    void aContractMustNameTheCurrentPartnerSet() {
      var proposed =
          accepted(
              Alliances.foundation(), new ProposePartner(OEM, Optional.empty(), Optional.empty()));
      assertEquals(
          List.of(AllianceViolation.CONTRACT_PARTNERS_CHANGED),
          rejected(proposed, new SignContract(Alliances.contract())));
    }

    @Test
    void aChangedPartnerSetNeedsAReSignedContract() {
      Actor heating =
          Actor.of("heating", "Heating systems firm", ActorRole.PARTNER, Sector.PRIVATE);
      var changed =
          accepted(
              accepted(
                  accepted(
                      Alliances.readyToDevelop(),
                      new RemovePartner("rental", "culture and processes did not fit")),
                  new ProposePartner(heating, Optional.empty(), Optional.empty())),
              new CommitPartner("heating"));
      assertTrue(
          rejected(changed, new Advance()).contains(AllianceViolation.CONTRACT_PARTNERS_CHANGED));
      assertEquals(
          List.of(RENTAL),
          changed.context().formerPartners().stream().map(Partner::actor).toList());
      var resigned =
          accepted(
              changed,
              new SignContract(
                  new Contract(ImmutableSet.of("oem", "heating"), "re-signed", Optional.empty())));
      assertEquals(AlliancePhase.DEVELOPMENT, accepted(resigned, new Advance()).state());
    }

    @Test
    void aRemovedPartnerStillPerformingAnAllianceActivityBlocksDevelopment() {
      Actor heating =
          Actor.of("heating", "Heating systems firm", ActorRole.PARTNER, Sector.PRIVATE);
      var instance =
          accepted(Alliances.readyToDevelop(), new DefineAllianceModel(Alliances.allianceModel()));
      instance = accepted(instance, new RemovePartner("rental", "did not fit"));
      instance =
          accepted(instance, new ProposePartner(heating, Optional.empty(), Optional.empty()));
      instance = accepted(instance, new CommitPartner("heating"));
      instance =
          accepted(
              instance,
              new SignContract(
                  new Contract(ImmutableSet.of("oem", "heating"), "re-signed", Optional.empty())));
      instance =
          accepted(
              instance,
              new PlanMilestone(new Milestone("heat", "heating pilot", "heating", false)));
      Outcome.Rejected<?> outcome =
          assertInstanceOf(Outcome.Rejected.class, instance.apply(new Advance()));
      assertEquals(1, outcome.violations().size());
      assertEquals(AllianceViolation.REMOVED_PARTNER_PERFORMS, outcome.violations().get(0).code());
      assertEquals("rental", outcome.violations().get(0).subject());
      var reassigned =
          accepted(
              instance, new DefineAllianceModel(Alliances.allianceModelPerformedBy("heating")));
      assertEquals(AlliancePhase.DEVELOPMENT, accepted(reassigned, new Advance()).state());
    }

    @Test
    void aContractGrantsItsStakesAndOneWithoutStakesLeavesUnstakedPartnersAsTheyWere() {
      AllianceInstance committed = Alliances.foundationWithCommittedPartners(2);
      var unstaked =
          accepted(
              committed,
              new SignContract(
                  new Contract(ImmutableSet.of("p0", "p1"), "again", Optional.empty())));
      assertSame(committed.context().partners(), unstaked.context().partners());
      Stake half = new Stake(new java.math.BigDecimal("0.5"), true);
      Stake other = new Stake(new java.math.BigDecimal("0.5"), false);
      var staked =
          accepted(
              unstaked,
              new SignContract(
                  new Contract(ImmutableSet.of("p0", "p1"), "shares", Optional.empty())
                      .withStakes(java.util.Map.of("p0", half, "p1", other))));
      assertEquals(
          List.of(Optional.of(half), Optional.of(other)),
          staked.context().partners().stream().map(Partner::stake).toList());
      var cleared =
          accepted(
              staked,
              new SignContract(
                  new Contract(ImmutableSet.of("p0", "p1"), "no shares", Optional.empty())));
      assertEquals(
          List.of(Optional.empty(), Optional.empty()),
          cleared.context().partners().stream().map(Partner::stake).toList());
      assertEquals(committed.context().partners(), cleared.context().partners());
    }

    @Test
    void removingAPartnerNeedsAReason() {
      var proposed =
          accepted(
              Alliances.foundation(), new ProposePartner(OEM, Optional.empty(), Optional.empty()));
      assertEquals(
          List.of(AllianceViolation.BLANK_TEXT), rejected(proposed, new RemovePartner("oem", "")));
    }

    @Test
    void milestonesAreUniqueAndOwnedByAPartner() {
      var ready = Alliances.readyToDevelop();
      assertEquals(
          List.of(AllianceViolation.DUPLICATE_MILESTONE),
          rejected(ready, new PlanMilestone(new Milestone("pilot", "again", "oem", false))));
      assertEquals(
          List.of(AllianceViolation.UNKNOWN_PARTNER),
          rejected(ready, new PlanMilestone(new Milestone("m2", "more", "ghost", false))));
    }

    @Test
    void aJointVentureChoosesOrganisationalSeparation() {
      var ready = Alliances.readyToDevelop();
      assertEquals(SeparationMode.ORGANISATIONAL, ready.context().separationMode());
      var development = accepted(ready, new Advance());
      assertEquals(
          new SeparationRecord(1, AlliancePhase.DEVELOPMENT, SeparationMode.ORGANISATIONAL),
          development.context().separation().get(development.context().separation().size() - 1));
      assertEquals(
          new LearningRecord(1, AlliancePhase.DEVELOPMENT, LearningMode.EXPERIENTIAL_LEARNING),
          development.context().learning().get(2));
    }

    @Test
    void poorFitAndMissingKnowledgeExchangeAreFindings() {
      var instance =
          accepted(
              Alliances.readyToDevelop(),
              new ProposePartner(
                  Actor.of("storage", "Storage firm", ActorRole.PARTNER, Sector.PRIVATE),
                  Optional.of(Fit.POOR),
                  Optional.of(Fit.POOR)));
      instance = accepted(instance, new RecordKnowledgeExchange("oem", "monthly steering"));
      assertEquals(
          List.of(
              "POOR_STRATEGIC_FIT [storage]: partner 'storage' was assessed a poor strategic fit in"
                  + " technology, products or markets; reconsider the partner or plan how to bridge"
                  + " the gap",
              "POOR_ORGANISATIONAL_FIT [storage]: partner 'storage' was assessed a poor"
                  + " organisational fit in processes or dominant logic; reconsider the partner or"
                  + " plan how to align the two",
              "NO_KNOWLEDGE_EXCHANGE [rental]: the joint venture has no knowledge exchange recorded"
                  + " with parent company 'rental'; joint ventures need it regularly, so record one"
                  + " with RecordKnowledgeExchange",
              "NO_KNOWLEDGE_EXCHANGE [storage]: the joint venture has no knowledge exchange"
                  + " recorded with parent company 'storage'; joint ventures need it regularly, so"
                  + " record one with RecordKnowledgeExchange"),
          AllianceProcess.findings(instance.context()).stream().map(Object::toString).toList());
    }
  }

  @Nested
  @DisplayName("in DEVELOPMENT")
  class InDevelopment {
    @Test
    void advancingNeedsMilestonesAcceptanceAndACompleteModel() {
      assertEquals(
          List.of(
              AllianceViolation.MILESTONE_OPEN,
              AllianceViolation.NO_ACCEPTANCE_TEST,
              AllianceViolation.ALLIANCE_MODEL_INCOMPLETE),
          rejected(Alliances.development(), new Advance()));
    }

    @Test
    void anIncompleteAllianceModelNamesItsEmptyFunctions() {
      var instance =
          accepted(
              accepted(
                  accepted(Alliances.development(), new CompleteMilestone("pilot")),
                  new PassAcceptanceTest()),
              new DefineAllianceModel(
                  Alliances.allianceModel()
                      .withCapture(org.bmi4j.core.model.ValueCapture.builder().build())));
      Outcome.Rejected<?> outcome =
          assertInstanceOf(Outcome.Rejected.class, instance.apply(new Advance()));
      assertEquals(
          "the alliance business model has empty value functions [CAPTURE]; define it"
              + " with DefineAllianceModel, all four value functions holding something",
          outcome.violations().get(0).message());
    }

    @Test
    void onlyPlannedMilestonesAreCompleted() {
      assertEquals(
          List.of(AllianceViolation.UNKNOWN_MILESTONE),
          rejected(Alliances.development(), new CompleteMilestone("ghost")));
    }

    @Test
    void eachRedefinitionIsAnIteration() {
      var twice =
          accepted(
              accepted(Alliances.development(), new DefineAllianceModel(Alliances.allianceModel())),
              new DefineAllianceModel(Alliances.allianceModel()));
      assertEquals(2, twice.context().modelIterations());
    }

    @Test
    void developmentFallsBackToFoundationWithAReason() {
      assertEquals(
          List.of(AllianceViolation.BLANK_TEXT),
          rejected(Alliances.development(), new FallBack(" ")));
      var back =
          accepted(
              Alliances.development(), new FallBack("culture and internal processes did not fit"));
      assertEquals(AlliancePhase.FOUNDATION, back.state());
    }

    @Test
    void doneMilestonesATestAndACompleteModelLeadToOperation() {
      assertEquals(AlliancePhase.OPERATION, Alliances.operation().state());
    }
  }

  @Nested
  @DisplayName("the ledger")
  class Ledger {
    private AllianceInstance readyToOperate() {
      return accepted(
          accepted(
              accepted(Alliances.development(), new DefineAllianceModel(Alliances.allianceModel())),
              new CompleteMilestone("pilot")),
          new PassAcceptanceTest());
    }

    @Test
    void alliancesStartedInOneCurrencyShareTheirEmptyLedgerAndGrowApart() {
      AllianceInstance one = Alliances.concept();
      AllianceInstance other = Alliances.concept();
      assertSame(one.context().ledger(), other.context().ledger());
      assertEquals(ContributionLedger.of(Alliances.EUR), one.context().ledger());
      var recorded =
          accepted(
              Alliances.development(),
              new RecordLedgerEntry(Alliances.entry("oem", Direction.CONTRIBUTION, "100")));
      var otherRecorded =
          accepted(
              Alliances.development(),
              new RecordLedgerEntry(Alliances.entry("rental", Direction.CONTRIBUTION, "7")));
      assertEquals(List.of("oem"), List.copyOf(recorded.context().ledger().partners()));
      assertEquals(List.of("rental"), List.copyOf(otherRecorded.context().ledger().partners()));
      assertTrue(Alliances.concept().context().ledger().entries().isEmpty());
      AllianceInstance dollars =
          AllianceProcess.start(
              "mobility",
              "Mobility alliance",
              Optional.empty(),
              Currency.getInstance("USD"),
              Alliances.CLOCK);
      assertEquals(Currency.getInstance("USD"), dollars.context().ledger().currency());
    }

    @Test
    void aPartnerBelowTheWinWinRatioBlocksOperation() {
      var instance =
          accepted(
              accepted(
                  accepted(
                      readyToOperate(),
                      new RecordLedgerEntry(Alliances.entry("oem", Direction.CONTRIBUTION, "100"))),
                  new RecordLedgerEntry(Alliances.entry("oem", Direction.RETURN, "40"))),
              new RecordLedgerEntry(Alliances.entry("rental", Direction.CONTRIBUTION, "10")));
      Outcome.Rejected<?> outcome =
          assertInstanceOf(Outcome.Rejected.class, instance.apply(new Advance()));
      assertEquals(
          List.of("oem", "rental"), outcome.violations().stream().map(v -> v.subject()).toList());
      assertEquals(AllianceViolation.PARTNER_BELOW_THRESHOLD, outcome.violations().get(0).code());
      assertEquals(WinWin.NOT_WIN_WIN, AllianceProcess.winWin(instance).orElseThrow().outcome());
      var balanced =
          accepted(
              accepted(
                  instance, new RecordLedgerEntry(Alliances.entry("oem", Direction.RETURN, "60"))),
              new RecordLedgerEntry(Alliances.entry("rental", Direction.RETURN, "10")));
      var operating = accepted(balanced, new Advance());
      assertEquals(WinWin.WIN_WIN, AllianceProcess.winWin(operating).orElseThrow().outcome());
    }

    private LedgerEntry expected(String partner, Direction direction, String amount) {
      return LedgerEntry.builder()
          .from(Alliances.entry(partner, direction, amount))
          .realisation(Realisation.EXPECTED)
          .build();
    }

    @Test
    void theDevelopmentCriticalPointJudgesExpectedAndRealisedReturns() {
      var developing =
          accepted(
              accepted(
                  accepted(
                      accepted(
                          readyToOperate(),
                          new RecordLedgerEntry(
                              Alliances.entry("oem", Direction.CONTRIBUTION, "100"))),
                      new RecordLedgerEntry(expected("oem", Direction.RETURN, "120"))),
                  new RecordLedgerEntry(Alliances.entry("rental", Direction.CONTRIBUTION, "10"))),
              new RecordLedgerEntry(expected("rental", Direction.RETURN, "10")));
      WinWinVerdict beforeLaunch = AllianceProcess.winWin(developing).orElseThrow();
      assertEquals(WinWin.WIN_WIN, beforeLaunch.outcome());
      assertEquals(WinWinVerdict.EVERY_ENTRY, beforeLaunch.counted());

      var operating = accepted(developing, new Advance());

      assertEquals(AlliancePhase.OPERATION, operating.state());
      WinWinVerdict realised = AllianceProcess.winWin(operating).orElseThrow();
      assertEquals(Set.of(Realisation.REALISED), realised.counted());
      assertEquals(WinWin.NOT_WIN_WIN, realised.outcome());
      assertEquals(List.of("oem", "rental"), realised.partnersBelow());
      assertEquals(
          WinWin.WIN_WIN,
          AllianceProcess.winWin(operating, WinWinVerdict.EVERY_ENTRY).orElseThrow().outcome());
    }

    @Test
    void aPartnerBelowOnExpectedAndRealisedEntriesSaysWhatWasCounted() {
      var instance =
          accepted(
              readyToOperate(),
              new RecordLedgerEntry(Alliances.entry("rental", Direction.CONTRIBUTION, "10")));
      Outcome.Rejected<?> outcome =
          assertInstanceOf(Outcome.Rejected.class, instance.apply(new Advance()));
      assertEquals(
          "PARTNER_BELOW_THRESHOLD [rental]: partner 'rental' receives 0 EUR for contributions"
              + " of 10 EUR counting expected and realised entries, a ratio of returns to"
              + " contributions below the win-win threshold 1; a win-win situation for all"
              + " partners is the critical point of DEVELOPMENT, so rebalance what it gives and"
              + " receives or record the returns it expects",
          outcome.violations().get(0).toString());
    }

    @Test
    void theFindingsNameEveryPartnerBelowAndEveryUnvaluedEntryTogether() {
      LedgerEntry data =
          LedgerEntry.builder()
              .partner("oem")
              .direction(Direction.CONTRIBUTION)
              .description("usage data")
              .valueKind(ValueKind.ECONOMIC)
              .tangibility(Tangibility.INTANGIBLE)
              .build();
      var operating =
          accepted(
              accepted(
                  accepted(readyToOperate(), new Advance()),
                  new RecordLedgerEntry(Alliances.entry("rental", Direction.CONTRIBUTION, "10"))),
              new RecordLedgerEntry(data));
      assertEquals(
          List.of(
              "NO_KNOWLEDGE_EXCHANGE [oem]",
              "NO_KNOWLEDGE_EXCHANGE [rental]",
              "PARTNER_BELOW_RATIO [rental]: partner 'rental' receives 0 EUR for contributions of"
                  + " 10 EUR counting realised entries, a ratio of returns to contributions"
                  + " below the win-win threshold 1; rebalance what it gives and receives",
              "LEDGER_UNVALUED: besides the partners below the win-win ratio [rental],"
                  + " intangible entries have no valuation (oem: usage data); value them too,"
                  + " since the library never guesses a number"),
          AllianceProcess.findings(operating).stream()
              .map(
                  f ->
                      f.code().name().startsWith("NO_KNOWLEDGE")
                          ? f.code() + " [" + f.subject() + "]"
                          : f.toString())
              .toList());
    }

    @Test
    void anUnvaluedIntangibleEntryIsReportedNotBlocking() {
      LedgerEntry data =
          LedgerEntry.builder()
              .partner("rental")
              .direction(Direction.CONTRIBUTION)
              .description("customer data")
              .valueKind(ValueKind.ECONOMIC)
              .tangibility(Tangibility.INTANGIBLE)
              .build();
      var instance = accepted(readyToOperate(), new RecordLedgerEntry(data));
      assertEquals(WinWin.INDETERMINATE, AllianceProcess.winWin(instance).orElseThrow().outcome());
      assertTrue(
          AllianceProcess.findings(instance.context()).stream()
              .anyMatch(
                  f ->
                      f.code() == AllianceFinding.Code.LEDGER_INDETERMINATE
                          && f.value("entries", String.class)
                              .equals(Optional.of("rental: customer data"))));
      assertTrue(
          AllianceProcess.findings(instance.context()).stream()
              .anyMatch(
                  f ->
                      f.code() == AllianceFinding.Code.LEDGER_INDETERMINATE
                          && f.value("entries", List.class).equals(Optional.of(List.of(data)))));
      assertEquals(AlliancePhase.OPERATION, accepted(instance, new Advance()).state());
    }

    @Test
    void entriesAreForCurrentPartnersInTheLedgersCurrency() {
      assertEquals(
          List.of(AllianceViolation.UNKNOWN_PARTNER),
          rejected(
              readyToOperate(),
              new RecordLedgerEntry(Alliances.entry("ghost", Direction.RETURN, "1"))));
      LedgerEntry pounds =
          LedgerEntry.builder()
              .partner("oem")
              .direction(Direction.RETURN)
              .description("fees")
              .valueKind(ValueKind.ECONOMIC)
              .tangibility(Tangibility.TANGIBLE)
              .valuation(org.bmi4j.core.model.Money.of("5", "GBP"))
              .build();
      assertEquals(
          List.of(AllianceViolation.WRONG_CURRENCY),
          rejected(readyToOperate(), new RecordLedgerEntry(pounds)));
    }

    @Test
    void theBalanceIsReportedInDevelopmentAndOperationOnly() {
      assertEquals(Optional.empty(), AllianceProcess.winWin(Alliances.foundation()));
      assertTrue(AllianceProcess.winWin(Alliances.development()).isPresent());
      assertTrue(AllianceProcess.winWin(Alliances.operation()).isPresent());
    }

    @Test
    void aRemovedPartnersEntriesAreKeptAndReported() {
      var instance =
          accepted(
              Alliances.development(),
              new RecordLedgerEntry(Alliances.entry("rental", Direction.CONTRIBUTION, "10")));
      var back = accepted(instance, new FallBack("culture did not fit"));
      var removed = accepted(back, new RemovePartner("rental", "culture did not fit"));
      assertEquals(1, removed.context().ledger().entries().size());
      assertTrue(
          AllianceProcess.findings(removed.context()).stream()
              .anyMatch(
                  f ->
                      f.code() == AllianceFinding.Code.FORMER_PARTNER_ENTRIES
                          && f.subject().equals("rental")));
    }
  }

  @Nested
  @DisplayName("in OPERATION")
  class InOperation {
    @Test
    void carryingOutNeedsAVision() {
      assertEquals(
          List.of(AllianceViolation.NO_VISION),
          rejected(Alliances.operation(), new CarryOutVision()));
      assertEquals(
          List.of(AllianceViolation.NO_VISION),
          rejected(Alliances.operation(), new StartNewCycle("free floating")));
    }

    @Test
    void eachVisionEndsInItsEnding() {
      assertEquals(AlliancePhase.SPLIT, end(Vision.split("markets diverge")));
      assertEquals(
          AlliancePhase.INDEPENDENT, end(Vision.independent("the business stands on its own")));
      assertEquals(
          AlliancePhase.REINTEGRATED, end(Vision.reintegrate("oem", "the partner takes it over")));
      assertEquals(AlliancePhase.COMPLETED, end(Vision.complete("the contract runs to its end")));
      assertEquals(AlliancePhase.DIVESTED, end(Vision.divest(BUYER, "a better owner")));
    }

    @Test
    void aVisionRecordsItsReasonAndTheInstantFromTheClock() {
      var recorded =
          accepted(Alliances.operation(), new RecordVision(Vision.split("markets diverge")));
      assertEquals("markets diverge", recorded.context().vision().orElseThrow().reason());
      assertEquals(
          Optional.of(recorded.lastStep().orElseThrow().at()),
          recorded.context().visionRecordedAt());
      assertEquals(Optional.of(Alliances.CLOCK.instant()), recorded.context().visionRecordedAt());
      assertEquals(
          List.of(AllianceViolation.BLANK_TEXT),
          rejected(Alliances.operation(), new RecordVision(Vision.split(" "))));
    }

    @Test
    void everyEndingRecordsItsReasonAndTheInstantFromTheClock() {
      var split =
          accepted(
              accepted(Alliances.operation(), new RecordVision(Vision.split("markets diverge"))),
              new CarryOutVision());
      Ending ending = split.context().ending().orElseThrow();
      assertEquals(AlliancePhase.SPLIT, ending.state());
      assertEquals("markets diverge", ending.reason());
      assertEquals(split.lastStep().orElseThrow().at(), ending.at());
      assertEquals(Optional.of(Vision.split("markets diverge")), ending.vision());
      var terminated = accepted(Alliances.development(), new Terminate("coordination failed"));
      assertEquals(
          new Ending(
              AlliancePhase.TERMINATED,
              "coordination failed",
              terminated.lastStep().orElseThrow().at(),
              Optional.empty()),
          terminated.context().ending().orElseThrow());
      assertEquals(Optional.empty(), Alliances.operation().context().ending(), "not ended yet");
    }

    @Test
    void divestedNamesItsBuyerAsAnActor() {
      var divested =
          accepted(
              accepted(
                  Alliances.operation(), new RecordVision(Vision.divest(BUYER, "a better owner"))),
              new CarryOutVision());
      assertEquals(AlliancePhase.DIVESTED, divested.state());
      assertEquals(Optional.of(BUYER), divested.context().ending().orElseThrow().buyer());
      assertEquals(
          List.of(AllianceViolation.BUYER_IS_PARTNER),
          rejected(Alliances.operation(), new RecordVision(Vision.divest(RENTAL, "sell it"))));
      assertEquals(
          List.of(AllianceViolation.BLANK_TEXT),
          rejected(
              Alliances.operation(),
              new RecordVision(
                  Vision.divest(
                      Actor.of("buyer-group", " ", ActorRole.PARTNER, Sector.PRIVATE),
                      "a better owner"))));
    }

    private AlliancePhase end(Vision vision) {
      var ended =
          accepted(accepted(Alliances.operation(), new RecordVision(vision)), new CarryOutVision());
      assertTrue(ended.isEnded());
      return ended.state();
    }

    @Test
    void reintegrationIsTemporalSeparation() {
      var ended =
          accepted(
              accepted(
                  Alliances.operation(),
                  new RecordVision(Vision.reintegrate("rental", "the partner takes it over"))),
              new CarryOutVision());
      assertEquals(SeparationMode.TEMPORAL, ended.context().separationMode());
    }

    @Test
    void aVisionNamesItsPartnerOrBuyerAndCompletionNeedsADefinedEnd() {
      var operation = Alliances.operation();
      assertEquals(
          List.of(AllianceViolation.VISION_TARGET_MISSING),
          rejected(
              operation,
              new RecordVision(
                  new Vision(
                      VisionKind.REINTEGRATE, Optional.empty(), Optional.empty(), "take it in"))));
      assertEquals(
          List.of(AllianceViolation.UNKNOWN_PARTNER),
          rejected(
              operation,
              new RecordVision(Vision.reintegrate("ghost", "the partner takes it over"))));
      assertEquals(
          List.of(AllianceViolation.VISION_TARGET_MISSING),
          rejected(
              operation,
              new RecordVision(
                  new Vision(VisionKind.DIVEST, Optional.empty(), Optional.empty(), "sell it"))));
    }

    @Test
    void completionWithoutADefinedEndIsRejected() {
      var instance =
          Alliances.foundation()
              .applyOrThrow(new ProposePartner(OEM, Optional.empty(), Optional.empty()))
              .applyOrThrow(new ProposePartner(RENTAL, Optional.empty(), Optional.empty()))
              .applyOrThrow(new CommitPartner("oem"))
              .applyOrThrow(new CommitPartner("rental"))
              .applyOrThrow(
                  new SignContract(
                      new Contract(
                          ImmutableSet.of("oem", "rental"), "open-ended", Optional.empty())))
              .applyOrThrow(new AllianceEvent.ChooseForm(OrganisationalForm.IN_HOUSE))
              .applyOrThrow(new PlanMilestone(new Milestone("pilot", "pilot", "oem", false)))
              .applyOrThrow(new Advance())
              .applyOrThrow(new DefineAllianceModel(Alliances.allianceModel()))
              .applyOrThrow(new CompleteMilestone("pilot"))
              .applyOrThrow(new PassAcceptanceTest())
              .applyOrThrow(new Advance());
      assertEquals(
          List.of(AllianceViolation.NO_CONTRACT_END),
          rejected(instance, new RecordVision(Vision.complete("the contract runs to its end"))));
    }

    @Test
    void aNewCycleStartsAtConceptKeepingTheVision() {
      Vision vision = Vision.independent("the business stands on its own");
      var next =
          accepted(
              accepted(Alliances.operation(), new RecordVision(vision)),
              new StartNewCycle("free-floating system"));
      assertEquals(AlliancePhase.CONCEPT, next.state());
      assertEquals(2, next.cycle());
      assertEquals(2, next.context().cycle());
      assertEquals(Optional.of(vision), next.context().vision());
      assertEquals(SeparationMode.DOMAIN, next.context().separationMode());
      assertEquals("free-floating system", next.context().businessCase().orElseThrow().idea());
      assertEquals(
          List.of(
              AllianceViolation.NO_PARTNER_REQUIREMENT,
              AllianceViolation.NO_FUNDING_DECISION,
              AllianceViolation.NO_INTERNAL_APPROVAL),
          rejected(next, new Advance()));
    }

    @Test
    void laterCyclesMayUseBothLearningModesInAnyPhase() {
      var next =
          accepted(
              accepted(Alliances.operation(), new RecordVision(Vision.split("markets diverge"))),
              new StartNewCycle("split markets"));
      var learned = accepted(next, new RecordLearning(LearningMode.EXPERIENTIAL_LEARNING));
      assertTrue(
          learned
              .context()
              .learning()
              .contains(
                  new LearningRecord(
                      2, AlliancePhase.CONCEPT, LearningMode.EXPERIENTIAL_LEARNING)));
    }
  }

  @Test
  void everyActivePhaseMayTerminateWithAReason() {
    for (var instance :
        List.of(
            Alliances.concept(),
            Alliances.foundation(),
            Alliances.development(),
            Alliances.operation())) {
      assertEquals(List.of(AllianceViolation.BLANK_TEXT), rejected(instance, new Terminate("")));
      assertEquals(
          AlliancePhase.TERMINATED,
          accepted(instance, new Terminate("coordination failed")).state());
    }
  }

  @Test
  void theUserMayChangeTheSeparationModeInAnyActivePhase() {
    var changed = accepted(Alliances.development(), new ChangeSeparation(SeparationMode.DOMAIN));
    assertEquals(SeparationMode.DOMAIN, changed.context().separationMode());
  }

  @Test
  void anEndedAllianceAbsorbsEveryEvent() {
    var ended = accepted(Alliances.concept(), new Terminate("no business case"));
    assertEquals(List.of(KernelViolation.PROCESS_ENDED), rejected(ended, new Advance()));
  }

  @Test
  void anAllianceReadsBackFromJsonEqual() {
    var instance =
        accepted(
            accepted(
                Alliances.operation(),
                new RecordVision(Vision.independent("the business stands on its own"))),
            new StartNewCycle("next"));
    var type = AllianceProcess.documentType(Alliances.CLOCK);
    String json = BmiJson.write(type, instance);
    assertEquals(instance, BmiJson.read(type, json));
    assertEquals(json, BmiJson.write(type, BmiJson.read(type, json)));
  }

  @Test
  void visionsAndEndingsRoundTripThroughJsonAndReplay() {
    var divested =
        accepted(
            accepted(
                Alliances.operation(), new RecordVision(Vision.divest(BUYER, "a better owner"))),
            new CarryOutVision());
    var type = AllianceProcess.documentType(Alliances.CLOCK);
    String json = BmiJson.write(type, divested);
    assertTrue(json.contains("\"reason\" : \"a better owner\""), json);
    assertTrue(json.contains("\"name\" : \"Other mobility group\""), "the buyer as an actor");
    var read = BmiJson.read(type, json);
    assertEquals(divested, read);
    assertEquals(divested.context().ending(), read.context().ending());
    assertEquals(divested.context().visionRecordedAt(), read.context().visionRecordedAt());
    assertEquals(
        divested,
        AllianceProcess.DEFINITION
            .start(divested.start(), java.time.Clock.systemUTC())
            .replay(divested.history()),
        "replay reproduces the ending and its instant, whatever the clock");
  }

  @Test
  void anAllianceNeverStartsEnded() {
    AllianceContext ended =
        AllianceContext.copyOf(Alliances.concept().context())
            .withEnding(
                new Ending(
                    AlliancePhase.TERMINATED,
                    "gave up",
                    Alliances.CLOCK.instant(),
                    Optional.empty()));
    IllegalArgumentException thrown =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class,
            () -> AllianceInstance.of(AllianceProcess.DEFINITION.start(ended, Alliances.CLOCK)));
    assertEquals(
        "alliance 'mobility' starts in CONCEPT with an ending (TERMINATED); an alliance ends only by"
            + " a step, CarryOutVision or Terminate",
        thrown.getMessage());
  }

  @Test
  void theMermaidDiagramHasEveryPhaseAndEnding() {
    String mermaid = ProcessDiagrams.mermaid(AllianceProcess.DEFINITION);
    for (AlliancePhase phase : AlliancePhase.values()) {
      assertTrue(mermaid.contains(phase.name()), phase.name());
    }
    assertTrue(mermaid.contains("OPERATION --> CONCEPT : StartNewCycle (new cycle)"), mermaid);
    assertTrue(mermaid.contains("DEVELOPMENT --> FOUNDATION : FallBack"), mermaid);
    assertEquals(mermaid, ProcessDiagrams.mermaid(AllianceProcess.DEFINITION));
  }

  @Test
  void theDotDiagramDeclaresEveryPhaseAndEveryTransitionWithBalancedBraces() {
    String dot = ProcessDiagrams.dot(AllianceProcess.DEFINITION);
    assertEquals(
        dot.chars().filter(ch -> ch == '{').count(), dot.chars().filter(ch -> ch == '}').count());
    for (AlliancePhase phase : AlliancePhase.values()) {
      assertTrue(
          dot.contains("  \"" + phase.name() + "\";")
              || dot.contains("  \"" + phase.name() + "\" [peripheries=2];"),
          phase.name());
    }
    for (var t : AllianceProcess.DEFINITION.transitions()) {
      for (var target : t.targets()) {
        assertTrue(
            dot.contains(
                "  \""
                    + t.from()
                    + "\" -> \""
                    + target
                    + "\" [label=\""
                    + t.eventType().getSimpleName()),
            t.toString());
      }
    }
    assertEquals(dot, ProcessDiagrams.dot(AllianceProcess.DEFINITION));
  }
}

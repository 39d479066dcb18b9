package org.bmi4j.process.firm;

import static org.bmi4j.process.firm.FirmFixtures.FLEET;
import static org.bmi4j.process.firm.FirmFixtures.FLEET_LESSON;
import static org.bmi4j.process.firm.FirmFixtures.FLEET_V2;
import static org.bmi4j.process.firm.FirmFixtures.FLEET_V3;
import static org.bmi4j.process.firm.FirmFixtures.FREE_FLOATING;
import static org.bmi4j.process.firm.FirmFixtures.OEM;
import static org.bmi4j.process.firm.FirmFixtures.PARKING;
import static org.bmi4j.process.firm.FirmFixtures.PARKING_BM;
import static org.bmi4j.process.firm.FirmFixtures.RENTAL;
import static org.bmi4j.process.firm.FirmFixtures.RENTALS;
import static org.bmi4j.process.firm.FirmFixtures.RIVAL;
import static org.bmi4j.process.firm.FirmFixtures.RIVAL_SALES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;
import org.bmi4j.core.analysis.BmiClass;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.ValueFunction;
import org.bmi4j.process.KernelViolation;
import org.bmi4j.process.Outcome;
import org.bmi4j.process.Violation;
import org.bmi4j.process.ViolationCode;
import org.bmi4j.process.firm.FirmEvent.AdaptExtantModel;
import org.bmi4j.process.firm.FirmEvent.AddEnhancementIdea;
import org.bmi4j.process.firm.FirmEvent.Advance;
import org.bmi4j.process.firm.FirmEvent.AdvanceWithoutIntegration;
import org.bmi4j.process.firm.FirmEvent.FallBack;
import org.bmi4j.process.firm.FirmEvent.ProposePartnerModel;
import org.bmi4j.process.firm.FirmEvent.RecordAllianceOperating;
import org.bmi4j.process.firm.FirmEvent.RecordLesson;
import org.bmi4j.process.firm.FirmEvent.RecordNonIntegration;
import org.bmi4j.process.firm.FirmEvent.WithdrawPartner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FirmProcessTests {
  private static ImmutableSet<ViolationCode> codes(Outcome<FirmInstance> o) {
    assertInstanceOf(Outcome.Rejected.class, o, "the event is rejected");
    return ((Outcome.Rejected<FirmInstance>) o)
        .violations().stream().map(Violation::code).collect(ImmutableSet.toImmutableSet());
  }

  private static Violation only(Outcome<FirmInstance> o) {
    assertInstanceOf(Outcome.Rejected.class, o, "the event is rejected");
    List<Violation> violations = ((Outcome.Rejected<FirmInstance>) o).violations();
    assertEquals(1, violations.size(), violations.toString());
    return violations.get(0);
  }

  private static FirmInstance accepted(Outcome<FirmInstance> o) {
    assertInstanceOf(Outcome.Accepted.class, o, () -> "the event is accepted: " + o);
    return o.instance();
  }

  @Test
  void aProcessStartsInIdentificationInCycleOneWithTheExtantModelAndNothingElse() {
    FirmInstance start = FirmFixtures.identification();
    assertEquals(FirmPhase.IDENTIFICATION, start.state());
    assertEquals(1, start.cycle());
    assertEquals(FirmContext.builder().firm(OEM).extantModel(FLEET).build(), start.context());
    assertEquals("firm-bmi", FirmProcess.DEFINITION.name());
    assertEquals(ImmutableSet.of(), FirmProcess.DEFINITION.terminalStates());
  }

  @Nested
  @DisplayName("in IDENTIFICATION")
  class Identification {
    private final FirmInstance start = FirmFixtures.identification();

    @Test
    void leavingWithoutAnEnhancementIdeaIsRejected() {
      Violation violation = only(start.apply(new Advance()));
      assertEquals(FirmViolation.NO_ENHANCEMENT_IDEA, violation.code());
      assertEquals(
          "IDENTIFICATION needs at least one enhancement idea before CONSOLIDATION;"
              + " add one with AddEnhancementIdea",
          violation.message());
    }

    @Test
    void leavingWithAnEnhancementIdeaLeadsToConsolidation() {
      FirmInstance withIdea = accepted(start.apply(new AddEnhancementIdea(FREE_FLOATING)));
      assertEquals(FirmPhase.IDENTIFICATION, withIdea.state());
      assertEquals(List.of(FREE_FLOATING), withIdea.context().ideas());
      assertEquals(FirmPhase.CONSOLIDATION, accepted(withIdea.apply(new Advance())).state());
    }

    @Test
    void anIdeaWithAnIdAlreadyIdentifiedIsRejected() {
      FirmInstance withIdea = start.applyOrThrow(new AddEnhancementIdea(FREE_FLOATING));
      EnhancementIdea again =
          EnhancementIdea.of(
              "free-floating",
              "Another idea",
              IdeaTrigger.REGULATION,
              IdeaOrigin.SCIENTIFIC_SETTING,
              ValueFunction.CAPTURE);
      Violation violation = only(withIdea.apply(new AddEnhancementIdea(again)));
      assertEquals(
          new Violation(
              FirmViolation.DUPLICATE_IDEA,
              "free-floating",
              "enhancement idea 'free-floating' is identified already; give a new idea a new id",
              ImmutableMap.of("idea", "free-floating")),
          violation);
    }

    @Test
    void lessonsFromFormerAlliancesAreRecordedAndAnIdTakenIsRejected() {
      Lesson own =
          new Lesson("own", "Joint ventures need a clear exit", LessonSource.OWN_FORMER_ALLIANCE);
      Lesson partners =
          new Lesson("theirs", "Rental data is valuable", LessonSource.PARTNER_FORMER_ALLIANCE);
      FirmInstance recorded =
          accepted(accepted(start.apply(new RecordLesson(own))).apply(new RecordLesson(partners)));
      assertEquals(List.of(own, partners), recorded.context().lessons());
      assertEquals(Optional.of(partners), recorded.context().lesson("theirs"));
      Violation violation =
          only(recorded.apply(new RecordLesson(new Lesson("own", "other", LessonSource.LEARNED))));
      assertEquals(
          new Violation(
              FirmViolation.DUPLICATE_LESSON,
              "own",
              "lesson 'own' is recorded already; give a new lesson a new id",
              ImmutableMap.of("lesson", "own")),
          violation);
    }

    @Test
    void thereIsNoFallBackFromTheFirstPhase() {
      assertEquals(
          ImmutableSet.of(KernelViolation.EVENT_NOT_PERMITTED),
          codes(start.apply(new FallBack("why"))));
    }
  }

  @Nested
  @DisplayName("in CONSOLIDATION")
  class Consolidation {
    private final FirmInstance start = FirmFixtures.consolidation();

    @Test
    void leavingWithoutAProposedPartnerIsRejected() {
      Violation violation = only(start.apply(new Advance()));
      assertEquals(
          new Violation(
              FirmViolation.NO_PROPOSED_PARTNER,
              "",
              "CONSOLIDATION needs a"
                  + " proposed partner before CREATION; propose one with ProposePartnerModel"),
          violation);
    }

    @Test
    void leavingWithAPartnerWhoseModelHasNoSynergyIsRejectedNamingWhatWasCompared() {
      FirmInstance proposed = accepted(start.apply(new ProposePartnerModel(RIVAL, RIVAL_SALES)));
      assertEquals(1, proposed.context().conflicts().size(), "the same offering id conflicts");
      Violation violation = only(proposed.apply(new Advance()));
      assertEquals(
          new Violation(
              FirmViolation.NO_SYNERGY,
              "rival",
              "the business models"
                  + " 'oem-fleet' and 'rival-bm' have no complementary resource and no shared customer"
                  + " segment (compared: customer segments of 'oem-fleet' [drivers] against those of"
                  + " 'rival-bm' [buyers]; resources of 'oem-fleet' [] against those of 'rival-bm' [],"
                  + " and neither has an activity a resource could complement; overlapping offerings,"
                  + " which are conflicts and do not count: [car-sales/car-sales]); CONSOLIDATION"
                  + " needs synergy with each proposed partner, so withdraw 'rival' or propose a"
                  + " partner whose model complements the firm's or shares a customer segment with it",
              ImmutableMap.of(
                  "model",
                  "oem-fleet",
                  "partnerModel",
                  "rival-bm",
                  "compared",
                  "customer segments of 'oem-fleet' [drivers] against those of 'rival-bm' [buyers]; resources of 'oem-fleet' [] against those of 'rival-bm' [], and neither has an activity a resource could complement; overlapping offerings, which are conflicts and do not count: [car-sales/car-sales]",
                  "partner",
                  "rival")),
          violation);
    }

    @Test
    void leavingWithAPartnerSharingASegmentLeadsToCreationWhileTheOverlapIsReported() {
      FirmInstance proposed = accepted(start.apply(new ProposePartnerModel(RENTAL, RENTALS)));
      FirmContext context = proposed.context();
      assertEquals(List.of(new ProposedPartner(RENTAL, RENTALS)), context.partners());
      assertEquals(
          "drivers", context.intersection("rental").orElseThrow().sharedSegments().get(0).actor());
      assertEquals(
          List.of("car-sales/rentals"),
          context.conflicts().stream().map(o -> o.first() + "/" + o.second()).toList());
      assertEquals(FirmPhase.CREATION, accepted(proposed.apply(new Advance())).state());
    }

    @Test
    void consolidationNeedsSynergyWithEachProposedPartner() {
      FirmInstance three =
          start
              .applyOrThrow(new ProposePartnerModel(RENTAL, RENTALS))
              .applyOrThrow(new ProposePartnerModel(RIVAL, RIVAL_SALES));
      assertEquals(
          List.of(new ProposedPartner(RENTAL, RENTALS), new ProposedPartner(RIVAL, RIVAL_SALES)),
          three.context().partners(),
          "one proposal per prospective alliance partner");
      Violation violation = only(three.apply(new Advance()));
      assertEquals(FirmViolation.NO_SYNERGY, violation.code());
      assertEquals("rival", violation.subject(), "the partner without synergy is named");
      FirmInstance withdrawn =
          accepted(three.apply(new WithdrawPartner("rival", "no synergy with our fleet")));
      assertEquals(List.of(new ProposedPartner(RENTAL, RENTALS)), withdrawn.context().partners());
      FirmInstance withParking =
          accepted(withdrawn.apply(new ProposePartnerModel(PARKING, PARKING_BM)));
      assertEquals(FirmPhase.CREATION, accepted(withParking.apply(new Advance())).state());
    }

    @Test
    void theIntersectionIsRecordedPerPartner() {
      FirmContext context =
          start
              .applyOrThrow(new ProposePartnerModel(RENTAL, RENTALS))
              .applyOrThrow(new ProposePartnerModel(PARKING, PARKING_BM))
              .context();
      assertEquals(List.of("rental", "parking"), List.copyOf(context.intersections().keySet()));
      assertEquals("parking-bm", context.intersection("parking").orElseThrow().second());
      assertEquals("rental-bm", context.intersection("rental").orElseThrow().second());
      assertEquals(Optional.empty(), context.intersection("rival"));
    }

    @Test
    void proposingAPartnerAgainReplacesItsEarlierProposal() {
      BusinessModel newer = RENTALS.withVersion(2);
      FirmContext context =
          start
              .applyOrThrow(new ProposePartnerModel(RENTAL, RENTALS))
              .applyOrThrow(new ProposePartnerModel(PARKING, PARKING_BM))
              .applyOrThrow(new ProposePartnerModel(RENTAL, newer))
              .context();
      assertEquals(
          List.of(new ProposedPartner(RENTAL, newer), new ProposedPartner(PARKING, PARKING_BM)),
          context.partners());
    }

    @Test
    void withdrawingAPartnerNeverProposedOrWithoutAReasonIsRejected() {
      FirmInstance proposed = start.applyOrThrow(new ProposePartnerModel(RENTAL, RENTALS));
      assertEquals(
          new Violation(
              FirmViolation.UNKNOWN_PROPOSED_PARTNER,
              "parking",
              "'parking' is not a proposed partner of the firm; name one of [rental]",
              ImmutableMap.of("partner", "parking", "proposed", ImmutableSet.of("rental"))),
          only(proposed.apply(new WithdrawPartner("parking", "gone"))));
      assertEquals(
          new Violation(
              FirmViolation.BLANK_REASON,
              "rental",
              "a withdrawal needs a non-blank reason, such as the alliance removing it",
              ImmutableMap.of("event", "withdrawal", "example", "the alliance removing it")),
          only(proposed.apply(new WithdrawPartner("rental", " "))));
    }

    @Test
    void aFirmContextProposingAPartnerTwiceIsNeverBuilt() {
      IllegalArgumentException thrown =
          org.junit.jupiter.api.Assertions.assertThrows(
              IllegalArgumentException.class,
              () ->
                  FirmContext.builder()
                      .firm(OEM)
                      .extantModel(FLEET)
                      .partnerList(
                          List.of(
                              new ProposedPartner(RENTAL, RENTALS),
                              new ProposedPartner(RENTAL, RENTALS.withVersion(2))))
                      .build());
      assertEquals(
          "firm 'oem' proposes partner 'rental' twice; propose each partner once",
          thrown.getMessage());
    }

    @Test
    void proposingTheFirmItselfIsRejected() {
      assertEquals(
          new Violation(
              FirmViolation.PARTNER_IS_FIRM,
              "oem",
              "the proposed partner 'oem' is the firm itself; propose another firm",
              ImmutableMap.of("partner", "oem")),
          only(start.apply(new ProposePartnerModel(OEM, RENTALS))));
    }

    @Test
    void fallingBackWithoutAReasonIsRejected() {
      assertEquals(
          new Violation(
              FirmViolation.BLANK_REASON,
              "",
              "a fall-back needs a non-blank" + " reason, such as the alliance falling back",
              ImmutableMap.of("event", "fall-back", "example", "the alliance falling back")),
          only(start.apply(new FallBack(" "))));
    }

    @Test
    void fallingBackWithAReasonReturnsToIdentificationKeepingTheIdeas() {
      FirmInstance back = accepted(start.apply(new FallBack("the partner withdrew")));
      assertEquals(FirmPhase.IDENTIFICATION, back.state());
      assertEquals(1, back.cycle());
      assertEquals(start.context(), back.context());
    }
  }

  @Nested
  @DisplayName("in CREATION")
  class Creation {
    private final FirmInstance start = FirmFixtures.creation();

    @Test
    void leavingBeforeTheAllianceModelIsOperatingIsRejected() {
      assertEquals(
          new Violation(
              FirmViolation.ALLIANCE_NOT_OPERATING,
              "",
              "CREATION ends when"
                  + " the alliance business model is operating; record it with RecordAllianceOperating"),
          only(start.apply(new Advance())));
    }

    @Test
    void leavingOnceTheAllianceModelIsOperatingLeadsToAdaptionWithTheExtantModelUnchanged() {
      FirmInstance operating = accepted(start.apply(new RecordAllianceOperating("mobility")));
      assertEquals(Optional.of("mobility"), operating.context().operatingAlliance());
      FirmInstance adaption = accepted(operating.apply(new Advance()));
      assertEquals(FirmPhase.ADAPTION, adaption.state());
      assertSame(FLEET, adaption.context().extantModel(), "test balloon: the extant model stays");
    }

    @Test
    void fallingBackWithoutAReasonIsRejected() {
      assertEquals(
          ImmutableSet.of(FirmViolation.BLANK_REASON), codes(start.apply(new FallBack(""))));
    }

    @Test
    void fallingBackWithAReasonReturnsToConsolidationForgettingTheOperatingAlliance() {
      FirmInstance back =
          accepted(
              start
                  .applyOrThrow(new RecordAllianceOperating("mobility"))
                  .apply(new FallBack("culture and internal processes did not fit")));
      assertEquals(FirmPhase.CONSOLIDATION, back.state());
      assertEquals(Optional.empty(), back.context().operatingAlliance());
      assertEquals(List.of(new ProposedPartner(RENTAL, RENTALS)), back.context().partners());
    }

    @Test
    void ideasBelongToIdentification() {
      assertEquals(
          ImmutableSet.of(KernelViolation.EVENT_NOT_PERMITTED),
          codes(start.apply(new AddEnhancementIdea(FREE_FLOATING))));
    }

    @Test
    void theExtantModelIsFrozenUntilAdaption() {
      assertEquals(
          new Violation(
              FirmViolation.EXTANT_MODEL_FROZEN,
              "oem-fleet",
              "the extant business model 'oem-fleet' stays unchanged until ADAPTION, and the firm"
                  + " is in CREATION: innovation happens on the alliance level first (test"
                  + " balloon); adapt the extant model with AdaptExtantModel once the firm has"
                  + " reached ADAPTION",
              ImmutableMap.of("model", "oem-fleet", "phase", FirmPhase.CREATION)),
          only(start.apply(AdaptExtantModel.of(FLEET_V2, "fleet-data"))));
      for (FirmInstance before :
          List.of(FirmFixtures.identification(), FirmFixtures.consolidation())) {
        assertEquals(
            ImmutableSet.of(FirmViolation.EXTANT_MODEL_FROZEN),
            codes(before.apply(AdaptExtantModel.of(FLEET_V2, "fleet-data"))),
            "in " + before.state());
        assertTrue(
            !before.permittedEvents().contains(AdaptExtantModel.class),
            "a refused event is not a permitted one");
      }
    }
  }

  @Nested
  @DisplayName("in ADAPTION")
  class Adaption {
    private final FirmInstance start = FirmFixtures.adaption();

    @Test
    void leavingUndecidedIsRejected() {
      assertEquals(
          new Violation(
              FirmViolation.ADAPTION_UNDECIDED,
              "",
              "ADAPTION ends when the"
                  + " extant model is adapted (AdaptExtantModel) or the non-integration is recorded"
                  + " (RecordNonIntegration)"),
          only(start.apply(new Advance())));
    }

    @Test
    void theNextVersionBuiltFromALessonReplacesTheExtantModelAndIsClassified() {
      FirmInstance adapted = accepted(start.apply(AdaptExtantModel.of(FLEET_V2, "fleet-data")));
      assertEquals(FirmPhase.ADAPTION, adapted.state());
      assertEquals(FLEET_V2, adapted.context().extantModel());
      AdaptionDecision.Integration integration =
          assertInstanceOf(
              AdaptionDecision.Integration.class, adapted.context().decision().orElseThrow());
      assertEquals(FLEET, integration.before());
      assertEquals(FLEET_V2, integration.after());
      assertEquals(ImmutableSet.of("fleet-data"), integration.lessons());
      assertEquals(1, integration.diff().added().size(), "the fleet services offering");
      assertEquals(BmiClass.EXTENSION, integration.verdict().bmiClass());
    }

    @Test
    void leavingOnceAdaptedStartsTheNextCycleAtIdentificationKeepingLessonsAndPartner() {
      FirmInstance adapted = start.applyOrThrow(AdaptExtantModel.of(FLEET_V2, "fleet-data"));
      FirmInstance next = accepted(adapted.apply(new Advance()));
      assertEquals(FirmPhase.IDENTIFICATION, next.state());
      assertEquals(2, next.cycle());
      FirmContext context = next.context();
      assertEquals(FLEET_V2, context.extantModel());
      assertEquals(List.of(FLEET_LESSON), context.lessons());
      assertEquals(List.of(), context.ideas(), "ideas are per cycle");
      assertEquals(Optional.empty(), context.operatingAlliance());
      assertEquals(Optional.empty(), context.decision());
      assertEquals(List.of(adapted.context().decision().orElseThrow()), context.earlierDecisions());
      assertEquals(List.of(new ProposedPartner(RENTAL, RENTALS)), context.partners());
      assertEquals(
          FirmViolation.NO_ENHANCEMENT_IDEA,
          only(next.apply(new Advance())).code(),
          "the next cycle needs an idea of its own");
    }

    @Test
    void recordingTheNonIntegrationAndLeavingAdaptionIsOneEvent() {
      FirmInstance next =
          accepted(start.apply(new AdvanceWithoutIntegration("lessons did not spread")));
      assertEquals(FirmPhase.IDENTIFICATION, next.state());
      assertEquals(2, next.cycle());
      assertEquals(start.sequence() + 1, next.sequence(), "one step");
      assertEquals(
          List.of(new AdaptionDecision.NonIntegration("lessons did not spread")),
          next.context().earlierDecisions());
      assertEquals(
          start
              .applyOrThrow(new RecordNonIntegration("lessons did not spread"))
              .applyOrThrow(new Advance())
              .context(),
          next.context(),
          "the same as recording the non-integration, then advancing");
      assertEquals(
          ImmutableSet.of(FirmViolation.BLANK_REASON),
          codes(start.apply(new AdvanceWithoutIntegration(" "))));
      assertEquals(
          ImmutableSet.of(FirmViolation.ALREADY_DECIDED),
          codes(
              start
                  .applyOrThrow(AdaptExtantModel.of(FLEET_V2, "fleet-data"))
                  .apply(new AdvanceWithoutIntegration("lessons did not spread"))));
    }

    @Test
    void aNewModelWithAnotherIdIsRejected() {
      BusinessModel other = FLEET_V2.withId("other-fleet");
      assertEquals(
          new Violation(
              FirmViolation.MODEL_ID_CHANGED,
              "other-fleet",
              "the next"
                  + " version must keep the extant model's id 'oem-fleet', was 'other-fleet'",
              ImmutableMap.of("extantId", "oem-fleet", "id", "other-fleet")),
          only(start.apply(AdaptExtantModel.of(other, "fleet-data"))));
    }

    @Test
    void aNewModelThatSkipsAVersionIsRejected() {
      assertEquals(
          new Violation(
              FirmViolation.VERSION_NOT_NEXT,
              "oem-fleet",
              "the next version"
                  + " of 'oem-fleet' must be version 2 (extant version 1 plus one), was 3",
              ImmutableMap.of(
                  "model", "oem-fleet", "expectedVersion", 2, "extantVersion", 1, "version", 3)),
          only(start.apply(AdaptExtantModel.of(FLEET_V2.withVersion(3), "fleet-data"))));
    }

    @Test
    void aNewModelOfTheSameVersionIsRejected() {
      BusinessModel sameVersion = FLEET_V2.withVersion(1);
      assertEquals(
          ImmutableSet.of(FirmViolation.VERSION_NOT_NEXT),
          codes(start.apply(AdaptExtantModel.of(sameVersion, "fleet-data"))));
    }

    @Test
    void aNextVersionThatChangesNoElementIsRejected() {
      assertEquals(
          new Violation(
              FirmViolation.MODEL_UNCHANGED,
              "oem-fleet",
              "the next version"
                  + " of 'oem-fleet' differs from the extant model in no element; record a"
                  + " non-integration instead",
              ImmutableMap.of("model", "oem-fleet")),
          only(start.apply(AdaptExtantModel.of(FLEET.withVersion(2), "fleet-data"))));
    }

    @Test
    void anAdaptionNamingNoLessonIsRejected() {
      assertEquals(
          new Violation(
              FirmViolation.NO_LESSON,
              "",
              "an adaption is built from at least" + " one lesson; name the lessons' ids"),
          only(start.apply(AdaptExtantModel.of(FLEET_V2))));
    }

    @Test
    void anAdaptionNamingAnUnknownLessonIsRejected() {
      assertEquals(
          new Violation(
              FirmViolation.UNKNOWN_LESSON,
              "hearsay",
              "lesson 'hearsay' was" + " never recorded; record it with RecordLesson first",
              ImmutableMap.of("lesson", "hearsay")),
          only(start.apply(AdaptExtantModel.of(FLEET_V2, "fleet-data", "hearsay"))));
    }

    @Test
    void everyViolationOfAnAdaptionIsListedAtOnce() {
      BusinessModel wrong = FLEET_V2.withId("other").withVersion(7);
      assertEquals(
          ImmutableSet.of(
              FirmViolation.MODEL_ID_CHANGED,
              FirmViolation.VERSION_NOT_NEXT,
              FirmViolation.UNKNOWN_LESSON),
          codes(start.apply(AdaptExtantModel.of(wrong, "x"))));
    }

    @Test
    void aLessonLearnedInAdaptionCanBeBuiltOn() {
      Lesson late = new Lesson("late", "Customers want apps", LessonSource.LEARNED);
      FirmInstance adapted =
          accepted(
              start
                  .applyOrThrow(new RecordLesson(late))
                  .apply(AdaptExtantModel.of(FLEET_V2, "late")));
      assertEquals(2, adapted.context().extantModel().version());
    }

    @Test
    void aSecondDecisionInTheSameCycleIsRejected() {
      FirmInstance adapted = start.applyOrThrow(AdaptExtantModel.of(FLEET_V2, "fleet-data"));
      assertEquals(
          new Violation(
              FirmViolation.ALREADY_DECIDED,
              "",
              "the adaption of this cycle"
                  + " is decided already (integrated); one decision per cycle, so advance to the next"
                  + " cycle to decide again",
              ImmutableMap.of("decision", "integrated")),
          only(adapted.apply(AdaptExtantModel.of(FLEET_V3, "fleet-data"))));
      assertEquals(
          ImmutableSet.of(FirmViolation.ALREADY_DECIDED),
          codes(adapted.apply(new RecordNonIntegration("changed our mind"))));
    }

    @Test
    void aNonIntegrationWithoutAReasonIsRejected() {
      assertEquals(
          new Violation(
              FirmViolation.BLANK_REASON,
              "",
              "a non-integration needs a" + " non-blank reason, such as \"lessons did not spread\"",
              ImmutableMap.of("event", "non-integration", "example", "\"lessons did not spread\"")),
          only(start.apply(new RecordNonIntegration("\t"))));
    }

    @Test
    void aNonIntegrationWithAReasonDecidesTheAdaptionKeepingTheExtantModel() {
      FirmInstance recorded =
          accepted(start.apply(new RecordNonIntegration("lessons did not spread")));
      assertEquals(
          Optional.of(new AdaptionDecision.NonIntegration("lessons did not spread")),
          recorded.context().decision());
      assertSame(FLEET, recorded.context().extantModel());
      assertEquals(
          new Violation(
              FirmViolation.ALREADY_DECIDED,
              "",
              "the adaption of this cycle"
                  + " is decided already (not integrated); one decision per cycle, so advance to the next"
                  + " cycle to decide again",
              ImmutableMap.of("decision", "not integrated")),
          only(recorded.apply(AdaptExtantModel.of(FLEET_V2, "fleet-data"))));
      FirmInstance next = accepted(recorded.apply(new Advance()));
      assertEquals(FirmPhase.IDENTIFICATION, next.state());
      assertEquals(2, next.cycle());
    }

    @Test
    void thereIsNoFallBackFromAdaption() {
      assertEquals(
          ImmutableSet.of(KernelViolation.EVENT_NOT_PERMITTED),
          codes(start.apply(new FallBack("why"))));
    }
  }

  @Test
  void eachAdaptionOverSeveralCyclesRaisesTheVersionByOne() {
    FirmInstance firm =
        FirmFixtures.adaption()
            .applyOrThrow(AdaptExtantModel.of(FLEET_V2, "fleet-data"))
            .applyOrThrow(new Advance())
            .applyOrThrow(new AddEnhancementIdea(FREE_FLOATING))
            .applyOrThrow(new Advance())
            .applyOrThrow(new Advance())
            .applyOrThrow(new RecordAllianceOperating("mobility"))
            .applyOrThrow(new Advance());
    assertEquals(FirmPhase.ADAPTION, firm.state());
    assertEquals(2, firm.cycle());
    assertEquals(
        ImmutableSet.of(FirmViolation.VERSION_NOT_NEXT, FirmViolation.MODEL_UNCHANGED),
        codes(firm.apply(AdaptExtantModel.of(FLEET_V2, "fleet-data"))),
        "version 2 again is neither the next version nor a change");
    FirmInstance adapted = accepted(firm.apply(AdaptExtantModel.of(FLEET_V3, "fleet-data")));
    assertEquals(3, adapted.context().extantModel().version());
    assertTrue(adapted.context().earlierDecisions().get(0) instanceof AdaptionDecision.Integration);
  }
}

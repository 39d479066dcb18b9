package org.bmi4j.process.firm;

import static org.bmi4j.process.firm.FirmFixtures.FLEET;
import static org.bmi4j.process.firm.FirmFixtures.FLEET_LESSON;
import static org.bmi4j.process.firm.FirmFixtures.FLEET_V2;
import static org.bmi4j.process.firm.FirmFixtures.FREE_FLOATING;
import static org.bmi4j.process.firm.FirmFixtures.OEM;
import static org.bmi4j.process.firm.FirmFixtures.RENTAL;
import static org.bmi4j.process.firm.FirmFixtures.RENTALS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.bmi4j.core.model.ValueFunction;
import org.bmi4j.process.CriticalPoint;
import org.junit.jupiter.api.Test;

class FirmValuesTests {
  @Test
  void eachPhaseNamesItsFocusAfterTeeceAndItsCriticalPoint() {
    assertEquals(EnumSet.allOf(ValueFunction.class), FirmPhase.IDENTIFICATION.focus());
    assertEquals(
        EnumSet.of(ValueFunction.PROPOSITION, ValueFunction.CREATION),
        FirmPhase.CONSOLIDATION.focus());
    assertEquals(
        EnumSet.of(ValueFunction.EXCHANGE, ValueFunction.CAPTURE), FirmPhase.CREATION.focus());
    assertEquals(EnumSet.of(ValueFunction.CAPTURE), FirmPhase.ADAPTION.focus());
    assertEquals(CriticalPoint.VIABLE_BUSINESS_CASE, FirmPhase.IDENTIFICATION.criticalPoint());
    assertEquals(CriticalPoint.CLEAR_CONTRACT, FirmPhase.CONSOLIDATION.criticalPoint());
    assertEquals(CriticalPoint.WIN_WIN, FirmPhase.CREATION.criticalPoint());
    assertEquals(CriticalPoint.KNOWLEDGE_REINTEGRATION, FirmPhase.ADAPTION.criticalPoint());
  }

  @Test
  void anEnhancementIdeaChecksItsIdDescriptionAndTargets() {
    assertEquals(
        "enhancement idea id must match [a-z0-9][a-z0-9._-]{0,63}, was 'Bad Id'",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    EnhancementIdea.of(
                        "Bad Id",
                        "x",
                        IdeaTrigger.OTHER,
                        IdeaOrigin.INTERNAL,
                        ValueFunction.CAPTURE))
            .getMessage());
    assertEquals(
        "enhancement idea 'idea' needs a non-blank description",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    EnhancementIdea.of(
                        "idea", " ", IdeaTrigger.OTHER, IdeaOrigin.INTERNAL, ValueFunction.CAPTURE))
            .getMessage());
    assertEquals(
        "enhancement idea 'idea' targets no value function; name at least one it would"
            + " enhance",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    new EnhancementIdea(
                        "idea", "x", IdeaTrigger.OTHER, IdeaOrigin.INTERNAL, ImmutableSet.of()))
            .getMessage());
  }

  @Test
  void anIdeasTargetsAreInDeclarationOrder() {
    EnhancementIdea idea =
        new EnhancementIdea(
            "idea",
            "x",
            IdeaTrigger.REGULATION,
            IdeaOrigin.SCIENTIFIC_SETTING,
            ImmutableSet.of(ValueFunction.CAPTURE, ValueFunction.PROPOSITION));
    assertEquals(
        ImmutableSet.of(ValueFunction.PROPOSITION, ValueFunction.CAPTURE).asList(),
        idea.targets().asList());
  }

  @Test
  void aLessonChecksItsIdAndDescription() {
    assertEquals(
        "lesson id must match [a-z0-9][a-z0-9._-]{0,63}, was ''",
        assertThrows(
                IllegalArgumentException.class, () -> new Lesson("", "x", LessonSource.LEARNED))
            .getMessage());
    assertEquals(
        "lesson 'l' needs a non-blank description",
        assertThrows(
                IllegalArgumentException.class, () -> new Lesson("l", "", LessonSource.LEARNED))
            .getMessage());
  }

  @Test
  void anAllianceIdFollowsTheIdPattern() {
    assertEquals(
        "alliance id must match [a-z0-9][a-z0-9._-]{0,63}, was 'Mobility'",
        assertThrows(
                IllegalArgumentException.class,
                () -> new FirmEvent.RecordAllianceOperating("Mobility"))
            .getMessage());
  }

  @Test
  void anIntegrationIsTheNextVersionBuiltFromALesson() {
    assertEquals(
        "an integration replaces model 'oem-fleet' version 1 by version 2 of the same"
            + " id, was 'oem-fleet' version 3",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    new AdaptionDecision.Integration(
                        FLEET, FLEET_V2.withVersion(3), ImmutableSet.of("l")))
            .getMessage());
    assertEquals(
        "the integration of model 'oem-fleet' version 2 names no lesson; name the ids"
            + " of the lessons it is built from",
        assertThrows(
                IllegalArgumentException.class,
                () -> new AdaptionDecision.Integration(FLEET, FLEET_V2, ImmutableSet.of()))
            .getMessage());
    assertEquals(
        "the reason of a non-integration is blank; give one, such as \"lessons did not"
            + " spread\"",
        assertThrows(IllegalArgumentException.class, () -> new AdaptionDecision.NonIntegration(" "))
            .getMessage());
  }

  @Test
  void aContextRefusesIdsUsedTwice() {
    assertEquals(
        "ideas use enhancement idea id 'free-floating' twice; give each idea its own id",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    FirmContext.builder()
                        .firm(OEM)
                        .extantModel(FLEET)
                        .build()
                        .withIdea(FREE_FLOATING)
                        .withIdea(FREE_FLOATING))
            .getMessage());
    assertEquals(
        "lessons use lesson id 'fleet-data' twice; give each lesson its own id",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    FirmContext.builder()
                        .firm(OEM)
                        .extantModel(FLEET)
                        .build()
                        .withLesson(FLEET_LESSON)
                        .withLesson(FLEET_LESSON))
            .getMessage());
  }

  @Test
  void recordingALessonSharesTheEarlierLessonsAndLeavesTheEarlierContextUnchanged() {
    FirmContext none = FirmContext.builder().firm(OEM).extantModel(FLEET).build();
    FirmContext one = none.withLesson(FLEET_LESSON);
    Lesson other = new Lesson("other", "Another lesson", LessonSource.LEARNED);
    Lesson third = new Lesson("third", "A third lesson", LessonSource.LEARNED);
    FirmContext two = one.withLesson(other);
    FirmContext branch = one.withLesson(third); // from the older context: a branch
    assertEquals(List.of(), none.lessons());
    assertEquals(List.of(FLEET_LESSON), one.lessons());
    assertEquals(List.of(FLEET_LESSON, other), two.lessons());
    assertEquals(List.of(FLEET_LESSON, third), branch.lessons());
    assertEquals(Optional.empty(), one.lesson("other"));
    assertEquals(Optional.of(other), two.lesson("other"));
    assertEquals(Optional.empty(), branch.lesson("other"));
    assertEquals(Optional.of(third), branch.lesson("third"));
    assertEquals(
        two,
        FirmContext.builder()
            .firm(OEM)
            .extantModel(FLEET)
            .build()
            .withLesson(FLEET_LESSON)
            .withLesson(other));
  }

  @Test
  void valuesAreEqualByTheirParts() {
    FirmContext context = FirmContext.builder().firm(OEM).extantModel(FLEET).build();
    new EqualsTester()
        .addEqualityGroup(
            FREE_FLOATING,
            EnhancementIdea.of(
                "free-floating",
                "Offer short-term mobility on demand",
                IdeaTrigger.SOCIAL_DEVELOPMENT,
                IdeaOrigin.INTERNAL,
                ValueFunction.EXCHANGE,
                ValueFunction.PROPOSITION))
        .addEqualityGroup(FirmFixtures.CHARGING)
        .addEqualityGroup(
            FLEET_LESSON,
            new Lesson("fleet-data", "Usage data improves fleet management", LessonSource.LEARNED))
        .addEqualityGroup(
            new Lesson(
                "fleet-data",
                "Usage data improves fleet management",
                LessonSource.OWN_FORMER_ALLIANCE))
        .addEqualityGroup(
            new ProposedPartner(RENTAL, RENTALS), new ProposedPartner(RENTAL, RENTALS))
        .addEqualityGroup(
            new AdaptionDecision.NonIntegration("lessons did not spread"),
            new AdaptionDecision.NonIntegration("lessons did not spread"))
        .addEqualityGroup(new AdaptionDecision.Integration(FLEET, FLEET_V2, ImmutableSet.of("l")))
        .addEqualityGroup(context, FirmContext.builder().from(context).build())
        .addEqualityGroup(context.withPartner(new ProposedPartner(RENTAL, RENTALS)))
        .addEqualityGroup(context.withOperatingAlliance("mobility"))
        .testEquals();
  }
}

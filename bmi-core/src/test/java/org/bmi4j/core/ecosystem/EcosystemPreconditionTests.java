package org.bmi4j.core.ecosystem;

import static org.bmi4j.core.ecosystem.EcosystemTests.CITY;
import static org.bmi4j.core.ecosystem.EcosystemTests.HOUSING;
import static org.bmi4j.core.ecosystem.EcosystemTests.circle;
import static org.bmi4j.core.ecosystem.MembershipChange.JOIN;
import static org.bmi4j.core.ecosystem.MembershipChange.LEAVE;
import static org.bmi4j.core.model.ValueKind.ECONOMIC;
import static org.bmi4j.core.model.ValueKind.SOCIAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.bmi4j.core.model.Ids;
import org.bmi4j.core.model.Sector;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Each check of an ecosystem and its parts, with its exact message, and its boundary. */
class EcosystemPreconditionTests {
  private static String rejected(Executable build) {
    return assertThrows(IllegalArgumentException.class, build).getMessage();
  }

  @Nested
  class Ecosystems {
    @Test
    void theIdMustBeAnId() {
      assertEquals(
          "ecosystem id must match " + Ids.PATTERN.pattern() + ", was 'Bad Id'",
          rejected(() -> circle(CITY).id("Bad Id").build()));
    }

    @Test
    void theNameMustNotBeBlank() {
      assertEquals(
          "the name of ecosystem 'district' is blank; give a non-blank name",
          rejected(() -> circle(CITY).name(" ").build()));
    }

    @Test
    void aMembershipStepMustNotBeNegativeButMayBeZero() {
      assertEquals(
          "membership[0].step must be >= 0, was -1",
          rejected(() -> circle(CITY).addMembership(MembershipEvent.of(-1, "city", JOIN)).build()));
      assertEquals(
          0,
          circle(CITY)
              .addMembership(MembershipEvent.of(0, "city", JOIN))
              .build()
              .membership()
              .get(0)
              .step());
    }

    @Test
    void aRedesignNamesAKnownActor() {
      assertEquals(
          "redesigns[0].actor 'bank' is not an actor of ecosystem 'district'; name one"
              + " of [city]",
          rejected(
              () ->
                  circle(CITY).addRedesign(PropositionRedesign.of(0, "bank", "new fees")).build()));
    }

    @Test
    void redesignsComeInStepOrderAndMayShareAStep() {
      assertEquals(
          "redesigns[1].step 2 comes before the step 5 of the redesign listed earlier;"
              + " list redesigns in the order of their steps",
          rejected(
              () ->
                  circle(CITY)
                      .addRedesign(PropositionRedesign.of(5, "city", "a"))
                      .addRedesign(PropositionRedesign.of(2, "city", "b"))
                      .build()));
      assertEquals(
          2,
          circle(CITY)
              .addRedesign(PropositionRedesign.of(3, "city", "a"))
              .addRedesign(PropositionRedesign.of(3, "city", "b"))
              .build()
              .redesigns()
              .size());
    }

    @Test
    void aRedesignSaysWhatChanged() {
      assertEquals(
          "redesigns[0].description is blank; say what changed",
          rejected(() -> circle(CITY).addRedesign(PropositionRedesign.of(0, "city", " ")).build()));
    }

    @Test
    void aValueFlowComesFromAKnownActor() {
      assertEquals(
          "valueFlows[2].provider 'bank' is not an actor of ecosystem 'district'; name one of"
              + " [city, housing]",
          rejected(
              () ->
                  circle(CITY, HOUSING)
                      .addValueFlow(ValueFlow.of("bank", "city", ECONOMIC, "fees"))
                      .build()));
    }

    @Test
    void aValueFlowSaysWhatTheValueIs() {
      assertEquals(
          "valueFlows[2].description is blank; say what the value is",
          rejected(
              () ->
                  circle(CITY, HOUSING)
                      .addValueFlow(ValueFlow.of("city", "housing", SOCIAL, " "))
                      .build()));
    }
  }

  @Nested
  class Actors {
    @Test
    void theIdMustBeAnId() {
      assertEquals(
          "ecosystem actor id must match " + Ids.PATTERN.pattern() + ", was 'Bad Id'",
          rejected(
              () ->
                  EcosystemActor.of(
                      "Bad Id", "Bank", Sector.PRIVATE, TimeHorizon.SHORT, List.of(ECONOMIC))));
    }

    @Test
    void theNameMustNotBeBlank() {
      assertEquals(
          "the name of ecosystem actor 'city' is blank; give a non-blank name",
          rejected(() -> CITY.withName(" ")));
    }
  }

  @Nested
  class CommonGoals {
    @Test
    void theStatementMustNotBeBlank() {
      assertEquals(
          "the common goal's statement is blank; give a non-blank statement",
          rejected(() -> CommonGoal.of(" ", List.of())));
    }

    @Test
    void noObjectiveMayBeBlank() {
      assertEquals(
          "sustainabilityObjectives[1] of the common goal is blank; give a non-blank"
              + " objective",
          rejected(() -> CommonGoal.of("Renovate", List.of("warm homes", " "))));
    }
  }

  @Nested
  class Membership {
    private final Ecosystem ecosystem =
        circle(CITY, HOUSING).addMembership(MembershipEvent.of(1, "housing", JOIN)).build();

    @Test
    void anUnknownActorIsNeitherFounderNorMember() {
      assertFalse(ecosystem.isFounder("bank"));
      assertFalse(ecosystem.isMember("bank"));
      assertTrue(ecosystem.isFounder("city"));
      assertFalse(ecosystem.isFounder("housing"));
    }

    @Test
    void anActorThatLeftIsNoLongerAMember() {
      Ecosystem left =
          circle(CITY, HOUSING).addMembership(MembershipEvent.of(1, "housing", LEAVE)).build();
      assertFalse(left.isMember("housing"));
      assertTrue(left.isMember("city"));
    }

    @Test
    void actorsAreFoundByTheirId() {
      assertEquals(Optional.of(CITY), ecosystem.actor("city"));
      assertEquals(Optional.empty(), ecosystem.actor("bank"));
    }

    @Test
    void churnExactlyAtTheLimitIsStable() {
      Ecosystem ecosystem =
          circle(CITY, HOUSING).addMembership(MembershipEvent.of(1, "housing", LEAVE)).build();
      PatternVerdict verdict =
          EcosystemAssessment.of(ecosystem, new EcosystemPolicy(0.5, 0.0)).verdict();
      assertEquals(
          "1 membership change (0 joins, 1 leave) among 2 actors: churn 0.50, within the"
              + " stable limit 0.50",
          verdict.evidence(HistoryAspect.MEMBERSHIP).fact());
    }
  }
}

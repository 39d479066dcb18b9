package org.bmi4j.core.ecosystem;

import static org.bmi4j.core.ecosystem.MembershipChange.JOIN;
import static org.bmi4j.core.ecosystem.MembershipChange.LEAVE;
import static org.bmi4j.core.model.ValueKind.ECONOMIC;
import static org.bmi4j.core.model.ValueKind.ENVIRONMENTAL;
import static org.bmi4j.core.model.ValueKind.SOCIAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import java.util.List;
import org.bmi4j.core.json.BmiJson;
import org.bmi4j.core.json.BmiJsonException;
import org.bmi4j.core.json.DocumentType;
import org.bmi4j.core.model.Sector;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Example tests of ecosystem valuing value. The ecosystems are illustrative, in the spirit of Oskam
 * et al. (2021), not cases from the source.
 */
class EcosystemTests {
  static final EcosystemActor CITY =
      EcosystemActor.of(
          "city", "City council", Sector.PUBLIC, TimeHorizon.LONG, List.of(SOCIAL, ENVIRONMENTAL));
  static final EcosystemActor HOUSING =
      EcosystemActor.of(
          "housing", "Housing corporation", Sector.SOCIAL, TimeHorizon.LONG, List.of(SOCIAL));
  static final EcosystemActor BUILDER =
      EcosystemActor.of(
          "builder", "Construction firm", Sector.PRIVATE, TimeHorizon.SHORT, List.of(ECONOMIC));
  static final EcosystemActor COOP =
      EcosystemActor.of(
          "coop",
          "Energy cooperative",
          Sector.SOCIAL,
          TimeHorizon.LONG,
          List.of(ENVIRONMENTAL, ECONOMIC));
  static final CommonGoal GOAL =
      CommonGoal.of(
          "Renovate the district's homes", List.of("zero-energy homes", "affordable rent"));

  /** Every actor receives value from another. */
  static Ecosystem.Builder circle(EcosystemActor... actors) {
    Ecosystem.Builder builder =
        Ecosystem.builder().id("district").name("District renovation").addActors(actors);
    for (int i = 0; i < actors.length && actors.length > 1; i++) {
      EcosystemActor to = actors[(i + 1) % actors.length];
      builder.addValueFlow(ValueFlow.of(actors[i].id(), to.id(), SOCIAL, "support"));
    }
    return builder;
  }

  @Nested
  @DisplayName("the pattern")
  class Pattern {
    @Test
    void
        aClearCommonGoalWithSustainabilityObjectivesAndAStableHistoryIsCorroboratedOrchestration() {
      Ecosystem ecosystem =
          circle(CITY, HOUSING, BUILDER, COOP)
              .commonGoal(GOAL)
              .addRedesign(PropositionRedesign.of(2, "builder", "modular renovation packages"))
              .build();
      PatternVerdict verdict = EcosystemAssessment.of(ecosystem).verdict();
      assertEquals(EcosystemPattern.COLLECTIVE_ORCHESTRATION, verdict.pattern());
      assertEquals(
          List.of(
              "the common goal \"Renovate the district's homes\" integrates sustainability objectives:"
                  + " zero-energy homes; affordable rent",
              "3 of 4 founding members put social or environmental value first among their value"
                  + " drivers: 'city', 'housing', 'coop'",
              "a clear common goal with integrated sustainability objectives starts collective"
                  + " orchestration"),
          verdict.facts());
      assertEquals(
          new HistoryEvidence(
              HistoryAspect.MEMBERSHIP,
              true,
              Corroboration.CORROBORATES,
              "0 membership changes (0 joins, 0 leaves) among 4 actors: churn 0.00, within the stable"
                  + " limit 0.25"),
          verdict.evidence(HistoryAspect.MEMBERSHIP));
      assertEquals(
          new HistoryEvidence(
              HistoryAspect.VALUE_PROPOSITIONS,
              true,
              Corroboration.CORROBORATES,
              "1 value-proposition redesign among 4 actors: rate 0.25,"
                  + " within the stable limit 0.25"),
          verdict.evidence(HistoryAspect.VALUE_PROPOSITIONS));
    }

    @Test
    void orchestrationWithChurnAndRedesignsIsContradictedByItsHistory() {
      Ecosystem ecosystem =
          circle(CITY, HOUSING, BUILDER, COOP)
              .commonGoal(GOAL)
              .addMembership(
                  MembershipEvent.of(1, "builder", LEAVE), MembershipEvent.of(2, "builder", JOIN))
              .addRedesigns(
                  PropositionRedesign.of(1, "coop", "heat pumps instead of solar"),
                  PropositionRedesign.of(3, "coop", "shared batteries"))
              .build();
      PatternVerdict verdict = EcosystemAssessment.of(ecosystem).verdict();
      assertEquals(EcosystemPattern.COLLECTIVE_ORCHESTRATION, verdict.pattern());
      assertEquals(
          new HistoryEvidence(
              HistoryAspect.MEMBERSHIP,
              false,
              Corroboration.CONTRADICTS,
              "2 membership changes (1 join, 1 leave) among 4 actors: churn 0.50, above the stable"
                  + " limit 0.25"),
          verdict.evidence(HistoryAspect.MEMBERSHIP));
      assertEquals(
          Corroboration.CONTRADICTS, verdict.evidence(HistoryAspect.VALUE_PROPOSITIONS).bearing());
    }

    @Test
    void noCommonGoalAndAMajorityDrivenBySustainabilityWithChurnIsCorroboratedSearch() {
      Ecosystem ecosystem =
          circle(CITY, HOUSING, BUILDER)
              .addMembership(MembershipEvent.of(1, "builder", LEAVE))
              .addRedesigns(
                  PropositionRedesign.of(0, "city", "pilot street"),
                  PropositionRedesign.of(1, "housing", "tenant co-design"))
              .build();
      PatternVerdict verdict = EcosystemAssessment.of(ecosystem).verdict();
      assertEquals(EcosystemPattern.CONTINUOUS_SEARCH, verdict.pattern());
      assertEquals(
          List.of(
              "no clear common goal is recorded",
              "2 of 3 founding members put social or environmental value first among their value"
                  + " drivers: 'city', 'housing'",
              "no clear common goal and more than half of the founding members primarily driven by"
                  + " social or environmental value start continuous search"),
          verdict.facts());
      assertEquals(
          new HistoryEvidence(
              HistoryAspect.MEMBERSHIP,
              false,
              Corroboration.CORROBORATES,
              "1 membership change (0 joins, 1 leave) among 3 actors: churn 0.33, above the stable"
                  + " limit 0.25"),
          verdict.evidence(HistoryAspect.MEMBERSHIP));
      assertEquals(
          new HistoryEvidence(
              HistoryAspect.VALUE_PROPOSITIONS,
              false,
              Corroboration.CORROBORATES,
              "2 value-proposition redesigns among 3 actors: rate 0.67,"
                  + " above the stable limit 0.25"),
          verdict.evidence(HistoryAspect.VALUE_PROPOSITIONS));
    }

    @Test
    void searchWithAStableHistoryIsContradicted() {
      PatternVerdict verdict =
          EcosystemAssessment.of(circle(CITY, HOUSING, BUILDER).build()).verdict();
      assertEquals(EcosystemPattern.CONTINUOUS_SEARCH, verdict.pattern());
      assertEquals(Corroboration.CONTRADICTS, verdict.evidence(HistoryAspect.MEMBERSHIP).bearing());
      assertEquals(
          Corroboration.CONTRADICTS, verdict.evidence(HistoryAspect.VALUE_PROPOSITIONS).bearing());
    }

    @Test
    void aCommonGoalWithoutSustainabilityObjectivesIsUndetermined() {
      Ecosystem ecosystem =
          circle(CITY, HOUSING, COOP)
              .commonGoal(CommonGoal.of("Renovate the district's homes", List.of()))
              .build();
      PatternVerdict verdict = EcosystemAssessment.of(ecosystem).verdict();
      assertEquals(EcosystemPattern.UNDETERMINED, verdict.pattern());
      assertEquals(
          List.of(
              "the common goal \"Renovate the district's homes\" integrates no sustainability"
                  + " objective",
              "3 of 3 founding members put social or environmental value first among their value"
                  + " drivers: 'city', 'housing', 'coop'",
              "a clear common goal without integrated sustainability objectives starts neither"
                  + " pattern"),
          verdict.facts());
      for (HistoryEvidence evidence : verdict.evidence()) {
        assertEquals(Corroboration.NOT_APPLICABLE, evidence.bearing());
      }
    }

    @Test
    void exactlyHalfTheFoundersDrivenBySustainabilityIsNoMajority() {
      Ecosystem ecosystem = circle(CITY, BUILDER).build();
      PatternVerdict verdict = EcosystemAssessment.of(ecosystem).verdict();
      assertEquals(EcosystemPattern.UNDETERMINED, verdict.pattern());
      assertEquals(
          "without a clear common goal, continuous search needs more than half of the"
              + " founding members primarily driven by social or environmental value",
          verdict.facts().get(2));
    }

    @Test
    void actorsThatJoinedLaterAreNoFoundersAndDoNotCountForTheStartingConditions() {
      EcosystemActor investor =
          EcosystemActor.of(
              "investor",
              "Impact investor",
              Sector.PRIVATE,
              TimeHorizon.SHORT,
              List.of(SOCIAL, ECONOMIC));
      Ecosystem ecosystem =
          circle(CITY, BUILDER, investor)
              .addMembership(MembershipEvent.of(3, "investor", JOIN))
              .build();
      PatternVerdict verdict = EcosystemAssessment.of(ecosystem).verdict();
      assertEquals(EcosystemPattern.UNDETERMINED, verdict.pattern());
      assertEquals(
          "1 of 2 founding members puts social or environmental value first among its"
              + " value drivers: 'city'",
          verdict.facts().get(1));
      assertTrue(ecosystem.isMember("investor"));
      assertFalse(ecosystem.isFounder("investor"));
    }

    @Test
    void theStabilityLimitsComeFromThePolicy() {
      Ecosystem ecosystem =
          circle(CITY, HOUSING, BUILDER)
              .addMembership(MembershipEvent.of(1, "builder", LEAVE))
              .build();
      PatternVerdict verdict =
          EcosystemAssessment.of(ecosystem, new EcosystemPolicy(0.5, 0.0)).verdict();
      assertEquals(
          "1 membership change (0 joins, 1 leave) among 3 actors: churn 0.33, within the"
              + " stable limit 0.50",
          verdict.evidence(HistoryAspect.MEMBERSHIP).fact());
      assertEquals(Corroboration.CONTRADICTS, verdict.evidence(HistoryAspect.MEMBERSHIP).bearing());
    }
  }

  @Nested
  @DisplayName("tensions")
  class Tensions {
    @Test
    void jointVersusIndividualValueNamesTheEconomicallyDrivenMembersUnderACommonGoal() {
      EcosystemAssessment assessment =
          EcosystemAssessment.of(circle(CITY, BUILDER, HOUSING).commonGoal(GOAL).build());
      assertEquals(
          new Tension(
              TensionKind.JOINT_VS_INDIVIDUAL_VALUE,
              ImmutableList.of("builder"),
              "the common goal \"Renovate the district's homes\" asks for joint value while 'builder'"
                  + " puts economic value first"),
          assessment.tension(TensionKind.JOINT_VS_INDIVIDUAL_VALUE).orElseThrow());
    }

    @Test
    void withoutACommonGoalThereIsNoJointVersusIndividualTension() {
      EcosystemAssessment assessment = EcosystemAssessment.of(circle(CITY, BUILDER).build());
      assertTrue(assessment.tension(TensionKind.JOINT_VS_INDIVIDUAL_VALUE).isEmpty());
    }

    @Test
    void betweenSustainabilityGoalsNamesSocialAndEnvironmentalFirstMembers() {
      EcosystemAssessment assessment = EcosystemAssessment.of(circle(COOP, CITY, HOUSING).build());
      assertEquals(
          new Tension(
              TensionKind.BETWEEN_SUSTAINABILITY_GOALS,
              ImmutableList.of("coop", "city", "housing"),
              "'city', 'housing' put social value first while 'coop' puts environmental value first"),
          assessment.tension(TensionKind.BETWEEN_SUSTAINABILITY_GOALS).orElseThrow());
    }

    @Test
    void timeHorizonAndEconomicVersusSustainabilityComeFromALongAndAShortTermPartner() {
      EcosystemAssessment assessment = EcosystemAssessment.of(circle(HOUSING, BUILDER).build());
      assertEquals(
          List.of(
              new Tension(
                  TensionKind.TIME_HORIZON,
                  ImmutableList.of("housing", "builder"),
                  "'housing' expects value in the long term while 'builder' expects it in the short"
                      + " term"),
              new Tension(
                  TensionKind.ECONOMIC_VS_SUSTAINABILITY,
                  ImmutableList.of("housing", "builder"),
                  "'builder' puts economic value first while"
                      + " 'housing' puts social or environmental value first")),
          assessment.tensions());
    }

    @Test
    void likeMindedMembersHaveNoTension() {
      assertEquals(List.of(), EcosystemAssessment.of(circle(CITY, HOUSING).build()).tensions());
    }

    @Test
    void formerMembersTakePartInNoTension() {
      Ecosystem ecosystem =
          circle(HOUSING, CITY, BUILDER)
              .addMembership(MembershipEvent.of(4, "builder", LEAVE))
              .build();
      assertEquals(List.of(), EcosystemAssessment.of(ecosystem).tensions());
    }

    @Test
    void tensionsComeInTheOrderOfTheirKinds() {
      EcosystemAssessment assessment =
          EcosystemAssessment.of(circle(BUILDER, COOP, CITY, HOUSING).commonGoal(GOAL).build());
      assertEquals(
          List.of(TensionKind.values()),
          assessment.tensions().stream().map(Tension::kind).toList());
    }
  }

  @Nested
  @DisplayName("value for every actor")
  class NoValue {
    @Test
    void aMemberThatNoValueFlowReachesIsAFinding() {
      Ecosystem ecosystem =
          circle(CITY, HOUSING)
              .addActor(BUILDER)
              .addValueFlow(ValueFlow.of("builder", "city", ECONOMIC, "renovation works"))
              .build();
      assertEquals(
          List.of(
              new NoValueFinding(
                  "builder",
                  "member 'builder' (Construction firm)"
                      + " receives no value: no value flow reaches it, and consciously creating value for all"
                      + " actors is a condition for the ecosystem's survival")),
          EcosystemAssessment.of(ecosystem).noValue());
    }

    @Test
    void aFormerMemberIsNoFinding() {
      Ecosystem ecosystem =
          circle(CITY, HOUSING)
              .addActor(BUILDER)
              .addMembership(MembershipEvent.of(1, "builder", LEAVE))
              .build();
      assertEquals(List.of(), EcosystemAssessment.of(ecosystem).noValue());
    }

    @Test
    void aMemberThatRejoinedCountsAgain() {
      Ecosystem ecosystem =
          circle(CITY, HOUSING)
              .addActor(BUILDER)
              .addMembership(
                  MembershipEvent.of(1, "builder", LEAVE), MembershipEvent.of(2, "builder", JOIN))
              .build();
      assertEquals(
          List.of("builder"),
          EcosystemAssessment.of(ecosystem).noValue().stream().map(NoValueFinding::actor).toList());
    }
  }

  @Nested
  @DisplayName("rejected ecosystems")
  class Rejected {
    private IllegalArgumentException rejected(Ecosystem.Builder builder) {
      return assertThrows(IllegalArgumentException.class, builder::build);
    }

    @Test
    void aValueFlowToAnUnknownActor() {
      assertEquals(
          "valueFlows[2].recipient 'bank' is not an actor of ecosystem 'district'; name one of"
              + " [city, housing]",
          rejected(
                  circle(CITY, HOUSING)
                      .addValueFlow(ValueFlow.of("city", "bank", ECONOMIC, "fees")))
              .getMessage());
    }

    @Test
    void aValueFlowFromAnActorToItself() {
      assertEquals(
          "valueFlows[2] goes from actor 'city' to itself; a value flow connects two"
              + " different actors",
          rejected(
                  circle(CITY, HOUSING).addValueFlow(ValueFlow.of("city", "city", SOCIAL, "pride")))
              .getMessage());
    }

    @Test
    void aMembershipEventOfAnUnknownActor() {
      assertEquals(
          "membership[0].actor 'bank' is not an actor of ecosystem 'district'; name one"
              + " of [city]",
          rejected(circle(CITY).addMembership(MembershipEvent.of(0, "bank", JOIN))).getMessage());
    }

    @Test
    void membershipEventsOutOfStepOrder() {
      assertEquals(
          "membership[1].step 2 comes before the step 5 of the event listed earlier; list"
              + " membership events in the order of their steps",
          rejected(
                  circle(CITY, HOUSING)
                      .addMembership(
                          MembershipEvent.of(5, "city", LEAVE),
                          MembershipEvent.of(2, "housing", LEAVE)))
              .getMessage());
    }

    @Test
    void aNegativeStep() {
      assertEquals(
          "redesigns[0].step must be >= 0, was -1",
          rejected(circle(CITY).addRedesign(PropositionRedesign.of(-1, "city", "x"))).getMessage());
    }

    @Test
    void aDuplicateActorId() {
      assertEquals(
          "actors[1] repeats the id 'city' of an earlier actor of ecosystem 'district';"
              + " give each actor its own id",
          rejected(circle(CITY, CITY.withName("Town"))).getMessage());
    }

    @Test
    void anActorWithoutOrWithRepeatedValueDrivers() {
      assertEquals(
          "the value drivers of ecosystem actor 'city' are empty; name at least one value"
              + " kind, the primary one first",
          assertThrows(IllegalArgumentException.class, () -> CITY.withValueDrivers(List.of()))
              .getMessage());
      assertEquals(
          "the value drivers of ecosystem actor 'city' name a value kind twice:"
              + " [SOCIAL, SOCIAL]; name each once, in priority order",
          assertThrows(IllegalArgumentException.class, () -> CITY.withValueDrivers(SOCIAL, SOCIAL))
              .getMessage());
    }

    @Test
    void aBadPolicy() {
      assertEquals(
          "maxStableChurn must be a finite number >= 0, was -0.1",
          assertThrows(IllegalArgumentException.class, () -> new EcosystemPolicy(-0.1, 0))
              .getMessage());
      assertEquals(
          "maxStableRedesignRate must be a finite number >= 0, was NaN",
          assertThrows(IllegalArgumentException.class, () -> new EcosystemPolicy(0, Double.NaN))
              .getMessage());
    }

    @Test
    void aBadEcosystemInJsonIsABmiJsonExceptionWithTheReason() {
      String json =
          BmiJson.write(DocumentType.ECOSYSTEM, circle(CITY, HOUSING).build())
              .replace("\"recipient\" : \"housing\"", "\"recipient\" : \"bank\"");
      BmiJsonException e =
          assertThrows(BmiJsonException.class, () -> BmiJson.read(DocumentType.ECOSYSTEM, json));
      assertTrue(
          e.getMessage()
              .contains(
                  "valueFlows[0].recipient 'bank' is not an actor of ecosystem" + " 'district'"),
          e.getMessage());
    }
  }

  @Test
  void anEcosystemIsTheJsonDocumentEcosystemAndReadsBackEqual() {
    Ecosystem ecosystem =
        circle(CITY, HOUSING, BUILDER, COOP)
            .commonGoal(GOAL)
            .addMembership(MembershipEvent.of(1, "builder", LEAVE))
            .addRedesign(PropositionRedesign.of(2, "coop", "shared batteries"))
            .build();
    String json = BmiJson.write(DocumentType.ECOSYSTEM, ecosystem);
    assertTrue(json.contains("\"type\" : \"ecosystem\""), json);
    assertFalse(
        json.contains("primaryDriver")
            || json.contains("integratesSustainability")
            || json.contains("actorsById"),
        json);
    assertEquals(ecosystem, BmiJson.read(DocumentType.ECOSYSTEM, json));
  }

  @Test
  void valueTypesAreEqualByValue() {
    new EqualsTester()
        .addEqualityGroup(CITY, EcosystemActor.builder().from(CITY).build())
        .addEqualityGroup(CITY.withHorizon(TimeHorizon.SHORT))
        .addEqualityGroup(CITY.withValueDrivers(ENVIRONMENTAL, SOCIAL))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(GOAL, CommonGoal.of(GOAL.statement(), GOAL.sustainabilityObjectives()))
        .addEqualityGroup(GOAL.withSustainabilityObjectives())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(MembershipEvent.of(1, "a", JOIN), MembershipEvent.of(1, "a", JOIN))
        .addEqualityGroup(MembershipEvent.of(1, "a", LEAVE))
        .addEqualityGroup(MembershipEvent.of(2, "a", JOIN))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(PropositionRedesign.of(1, "a", "x"), PropositionRedesign.of(1, "a", "x"))
        .addEqualityGroup(PropositionRedesign.of(1, "a", "y"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(ValueFlow.of("a", "b", SOCIAL, "x"), ValueFlow.of("a", "b", SOCIAL, "x"))
        .addEqualityGroup(ValueFlow.of("b", "a", SOCIAL, "x"))
        .addEqualityGroup(ValueFlow.of("a", "b", ECONOMIC, "x"))
        .testEquals();
    Ecosystem ecosystem = circle(CITY, HOUSING).build();
    new EqualsTester()
        .addEqualityGroup(ecosystem, Ecosystem.builder().from(ecosystem).build())
        .addEqualityGroup(ecosystem.withCommonGoal(GOAL))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(EcosystemAssessment.of(ecosystem), EcosystemAssessment.of(ecosystem))
        .addEqualityGroup(EcosystemAssessment.of(ecosystem.withCommonGoal(GOAL)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(EcosystemPolicy.DEFAULTS, new EcosystemPolicy(0.25, 0.25))
        .addEqualityGroup(new EcosystemPolicy(0.25, 0.5))
        .testEquals();
  }
}

package org.bmi4j.core.ecosystem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bmi4j.core.json.BmiJson;
import org.bmi4j.core.json.DocumentType;
import org.bmi4j.core.testing.EcosystemArbitraries;

/** Properties of ecosystems and their assessment. */
class EcosystemProperties {
  @Provide
  Arbitrary<Ecosystem> ecosystems() {
    return EcosystemArbitraries.ecosystems();
  }

  @Property
  void anEcosystemReadsBackEqualFromJson(@ForAll("ecosystems") Ecosystem ecosystem) {
    String json = BmiJson.write(DocumentType.ECOSYSTEM, ecosystem);
    assertEquals(ecosystem, BmiJson.read(DocumentType.ECOSYSTEM, json));
    assertEquals(
        json, BmiJson.write(DocumentType.ECOSYSTEM, BmiJson.read(DocumentType.ECOSYSTEM, json)));
  }

  @Property
  void theAssessmentIsDeterministicAndEveryVerdictHasFactsAndBothHistoryAspects(
      @ForAll("ecosystems") Ecosystem ecosystem) {
    EcosystemAssessment assessment = EcosystemAssessment.of(ecosystem);
    assertEquals(assessment, EcosystemAssessment.of(Ecosystem.builder().from(ecosystem).build()));
    PatternVerdict verdict = assessment.verdict();
    assertEquals(3, verdict.facts().size());
    assertEquals(
        List.of(HistoryAspect.values()),
        verdict.evidence().stream().map(HistoryEvidence::aspect).toList());
    for (HistoryEvidence evidence : verdict.evidence()) {
      assertEquals(
          verdict.pattern() == EcosystemPattern.UNDETERMINED,
          evidence.bearing() == Corroboration.NOT_APPLICABLE);
    }
  }

  @Property
  void aGoalWithSustainabilityObjectivesAlwaysStartsOrchestration(
      @ForAll("ecosystems") Ecosystem ecosystem) {
    boolean integrated =
        ecosystem.commonGoal().map(CommonGoal::integratesSustainability).orElse(false);
    assertEquals(
        integrated,
        EcosystemAssessment.of(ecosystem).verdict().pattern()
            == EcosystemPattern.COLLECTIVE_ORCHESTRATION);
  }

  @Property
  void exactlyTheMembersThatNoFlowReachesAreFindings(@ForAll("ecosystems") Ecosystem ecosystem) {
    Set<String> receivers =
        ecosystem.valueFlows().stream().map(ValueFlow::recipient).collect(Collectors.toSet());
    List<String> expected =
        ecosystem.actors().stream()
            .map(EcosystemActor::id)
            .filter(ecosystem::isMember)
            .filter(id -> !receivers.contains(id))
            .toList();
    assertEquals(
        expected,
        EcosystemAssessment.of(ecosystem).noValue().stream().map(NoValueFinding::actor).toList());
  }

  @Property
  void everyTensionNamesAtLeastOneMemberAndOnlyMembers(@ForAll("ecosystems") Ecosystem ecosystem) {
    EcosystemAssessment assessment = EcosystemAssessment.of(ecosystem);
    for (Tension tension : assessment.tensions()) {
      assertFalse(tension.actors().isEmpty(), tension::toString);
      assertTrue(tension.actors().stream().allMatch(ecosystem::isMember), tension::toString);
    }
    assertEquals(
        assessment.tensions().stream().map(Tension::kind).distinct().sorted().toList(),
        assessment.tensions().stream().map(Tension::kind).toList());
  }
}

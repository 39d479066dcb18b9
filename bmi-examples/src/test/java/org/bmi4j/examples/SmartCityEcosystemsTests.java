package org.bmi4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bmi4j.core.ecosystem.Corroboration;
import org.bmi4j.core.ecosystem.EcosystemPattern;
import org.bmi4j.core.ecosystem.HistoryAspect;
import org.bmi4j.core.ecosystem.NoValueFinding;
import org.bmi4j.core.ecosystem.TensionKind;
import org.junit.jupiter.api.Test;

class SmartCityEcosystemsTests {
  private static final Printed<SmartCityEcosystems.Result> RUN =
      Printed.run(SmartCityEcosystems::run);

  @Test
  void theEcosystemWithAClearGoalIsCorroboratedCollectiveOrchestration() {
    var verdict = RUN.result().orchestratedAssessment().verdict();
    assertEquals(EcosystemPattern.COLLECTIVE_ORCHESTRATION, verdict.pattern());
    for (HistoryAspect aspect : HistoryAspect.values()) {
      assertEquals(Corroboration.CORROBORATES, verdict.evidence(aspect).bearing(), aspect.name());
      assertTrue(verdict.evidence(aspect).stable(), aspect.name());
    }
  }

  @Test
  void theEcosystemWithoutAGoalIsCorroboratedContinuousSearch() {
    var verdict = RUN.result().searchingAssessment().verdict();
    assertEquals(EcosystemPattern.CONTINUOUS_SEARCH, verdict.pattern());
    for (HistoryAspect aspect : HistoryAspect.values()) {
      assertEquals(Corroboration.CORROBORATES, verdict.evidence(aspect).bearing(), aspect.name());
      assertTrue(!verdict.evidence(aspect).stable(), aspect.name());
    }
  }

  @Test
  void theKnowledgeInstituteReceivesNoValueAndTensionsAreNamed() {
    var first = RUN.result().orchestratedAssessment();
    assertEquals(
        List.of("institute"), first.noValue().stream().map(NoValueFinding::actor).toList());
    assertEquals(
        List.of("builder", "recycler"),
        first.tension(TensionKind.JOINT_VS_INDIVIDUAL_VALUE).orElseThrow().actors());
    assertEquals(
        List.of(TensionKind.BETWEEN_SUSTAINABILITY_GOALS),
        RUN.result().searchingAssessment().tensions().stream().map(t -> t.kind()).toList());
    assertEquals(List.of(), RUN.result().searchingAssessment().noValue());
  }

  @Test
  void aValueFlowToItselfIsRejected() {
    assertEquals(
        "valueFlows[6] goes from actor 'city' to itself; a value flow connects two"
            + " different actors",
        RUN.result().rejection());
  }

  @Test
  void itCitesItsSourceAndDrawsTheValueFlows() {
    assertTrue(RUN.prose().contains("Source: Oskam, Bossink & de Man"));
    assertTrue(RUN.text().contains("```mermaid\nflowchart LR\n"));
    assertTrue(RUN.text().contains(Story.ILLUSTRATIVE));
  }
}

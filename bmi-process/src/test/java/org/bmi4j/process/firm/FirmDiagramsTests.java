package org.bmi4j.process.firm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.bmi4j.process.ProcessDiagrams;
import org.junit.jupiter.api.Test;

class FirmDiagramsTests {
  @Test
  void mermaidShowsEveryPhaseAndTransitionInDeclarationOrderWithoutAnEnding() {
    assertEquals(
        """
        stateDiagram-v2
            %% firm-bmi
            [*] --> IDENTIFICATION
            IDENTIFICATION --> CONSOLIDATION : Advance
            CONSOLIDATION --> CREATION : Advance
            CONSOLIDATION --> IDENTIFICATION : FallBack
            CREATION --> ADAPTION : Advance
            CREATION --> CONSOLIDATION : FallBack
            ADAPTION --> IDENTIFICATION : Advance (new cycle), AdvanceWithoutIntegration (new cycle)
            note right of IDENTIFICATION
                stays on:
                AddEnhancementIdea, RecordLesson
            end note
            note right of CONSOLIDATION
                stays on:
                ProposePartnerModel, WithdrawPartner, RecordLesson
            end note
            note right of CREATION
                stays on:
                RecordAllianceOperating, RecordLesson
            end note
            note right of ADAPTION
                stays on:
                AdaptExtantModel, RecordNonIntegration, RecordLesson
            end note
        """,
        ProcessDiagrams.mermaid(FirmProcess.DEFINITION));
  }

  @Test
  void dotShowsEveryPhaseAndTransitionInDeclarationOrderWithoutAnEnding() {
    assertEquals(
        """
        digraph "firm-bmi" {
          rankdir=LR;
          node [shape=box, style=rounded];
          "(start)" [shape=point, label=""];
          "IDENTIFICATION";
          "CONSOLIDATION";
          "CREATION";
          "ADAPTION";
          "(start)" -> "IDENTIFICATION";
          "IDENTIFICATION" -> "IDENTIFICATION" [label="AddEnhancementIdea"];
          "IDENTIFICATION" -> "IDENTIFICATION" [label="RecordLesson"];
          "IDENTIFICATION" -> "CONSOLIDATION" [label="Advance"];
          "CONSOLIDATION" -> "CONSOLIDATION" [label="ProposePartnerModel"];
          "CONSOLIDATION" -> "CONSOLIDATION" [label="WithdrawPartner"];
          "CONSOLIDATION" -> "CONSOLIDATION" [label="RecordLesson"];
          "CONSOLIDATION" -> "CREATION" [label="Advance"];
          "CONSOLIDATION" -> "IDENTIFICATION" [label="FallBack"];
          "CREATION" -> "CREATION" [label="RecordAllianceOperating"];
          "CREATION" -> "CREATION" [label="RecordLesson"];
          "CREATION" -> "ADAPTION" [label="Advance"];
          "CREATION" -> "CONSOLIDATION" [label="FallBack"];
          "ADAPTION" -> "ADAPTION" [label="AdaptExtantModel"];
          "ADAPTION" -> "ADAPTION" [label="RecordNonIntegration"];
          "ADAPTION" -> "ADAPTION" [label="RecordLesson"];
          "ADAPTION" -> "IDENTIFICATION" [label="Advance (new cycle)"];
          "ADAPTION" -> "IDENTIFICATION" [label="AdvanceWithoutIntegration (new cycle)"];
        }
        """,
        ProcessDiagrams.dot(FirmProcess.DEFINITION));
  }
}

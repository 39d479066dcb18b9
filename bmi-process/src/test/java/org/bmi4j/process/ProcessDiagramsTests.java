package org.bmi4j.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.bmi4j.process.Toy.Context;
import org.bmi4j.process.Toy.Submit;
import org.bmi4j.process.Toy.Write;
import org.junit.jupiter.api.Test;

class ProcessDiagramsTests {
  @Test
  void mermaidDrawsOneArrowPerPairOfStatesAndFoldsWhatKeepsAStateIntoANote() {
    assertEquals(
        """
        stateDiagram-v2
            %% toy
            [*] --> DRAFT
            DRAFT --> REVIEW : Submit
            REVIEW --> DRAFT : Decide, Revise (new cycle)
            REVIEW --> ACCEPTED : Decide
            DRAFT --> WITHDRAWN : Withdraw
            REVIEW --> WITHDRAWN : Withdraw
            ACCEPTED --> [*]
            WITHDRAWN --> [*]
            note right of DRAFT
                stays on:
                Write
            end note
        """,
        ProcessDiagrams.mermaid(Toy.DEFINITION));
  }

  @Test
  void mermaidDrawsSelfLoopsOnRequestOneArrowPerStateInTheElkLayout() {
    assertEquals(
        """
        ---
        config:
          layout: elk
        ---
        stateDiagram-v2
            %% toy
            [*] --> DRAFT
            DRAFT --> REVIEW : Submit
            REVIEW --> DRAFT : Decide, Revise (new cycle)
            REVIEW --> ACCEPTED : Decide
            DRAFT --> WITHDRAWN : Withdraw
            REVIEW --> WITHDRAWN : Withdraw
            DRAFT --> DRAFT : Write
            ACCEPTED --> [*]
            WITHDRAWN --> [*]
        """,
        ProcessDiagrams.mermaid(Toy.DEFINITION, ProcessDiagrams.SelfLoops.DRAW));
    assertFalse(
        ProcessDiagrams.mermaid(Toy.DEFINITION, ProcessDiagrams.SelfLoops.OMIT).contains("Write"));
  }

  @Test
  void mermaidAliasesStatesNamedLikeItsKeywordsOrNotPlainAscii() {
    String mermaid = ProcessDiagrams.mermaid(Keywords.DEFINITION);
    assertTrue(mermaid.contains("    state \"end\" as state_6_\n"), mermaid);
    assertTrue(mermaid.contains("    state \"café\" as state_10_\n"), mermaid);
    assertTrue(mermaid.contains("    strict --> state_6_ : Next\n"), mermaid);
    assertTrue(mermaid.contains("    node --> edge : Next, Skip\n"), mermaid);
  }

  @Test
  void dotQuotesEveryIdentifierAndKeepsTheStartPointApartFromAStateNamedStart() {
    assertEquals(
        """
        digraph "toy" {
          rankdir=LR;
          node [shape=box, style=rounded];
          "(start)" [shape=point, label=""];
          "DRAFT";
          "REVIEW";
          "ACCEPTED" [peripheries=2];
          "WITHDRAWN" [peripheries=2];
          "(start)" -> "DRAFT";
          "DRAFT" -> "DRAFT" [label="Write"];
          "DRAFT" -> "REVIEW" [label="Submit"];
          "REVIEW" -> "DRAFT" [label="Decide"];
          "REVIEW" -> "ACCEPTED" [label="Decide"];
          "REVIEW" -> "DRAFT" [label="Revise (new cycle)"];
          "DRAFT" -> "WITHDRAWN" [label="Withdraw"];
          "REVIEW" -> "WITHDRAWN" [label="Withdraw"];
        }
        """,
        ProcessDiagrams.dot(Toy.DEFINITION));
    String dot = ProcessDiagrams.dot(Keywords.DEFINITION);
    assertTrue(dot.contains("  \"(start)\" -> \"start\";\n"), dot);
    assertTrue(dot.contains("  \"node\" -> \"edge\" [label=\"Next\"];\n"), dot);
    assertTrue(dot.contains("  \"café\" [peripheries=2];\n"), dot);
  }

  @Test
  void theTimelineGroupsStepsByCycleAndDate() {
    assertEquals(
        """
        timeline
            title keywords
            section cycle 1
                2026-03-01
                    : 08:00:00Z step 1, Stay in start
                    : 18:00:00Z step 2, Next from start to node
                2026-03-02
                    : 04:00:00Z step 3, Stay in node
                    : 14:00:00Z step 4, Skip from node to edge
                2026-03-03
                    : 00:00:00Z step 5, Next from edge to graph
                    : 10:00:00Z step 6, Next from graph to subgraph
                    : 20:00:00Z step 7, Next from subgraph to strict
                2026-03-04
                    : 06:00:00Z step 8, Next from strict to end
                    : 16:00:00Z step 9, Next from end to state
                2026-03-05
                    : 02:00:00Z step 10, Next from state to note
                    : 12:00:00Z step 11, Next from note to direction
            section cycle 2
                2026-03-05
                    : 22:00:00Z step 12, Again from direction to start
                2026-03-06
                    : 08:00:00Z step 13, Next from start to node
                    : 18:00:00Z step 14, Next from node to edge
        """,
        ProcessDiagrams.timeline(Keywords.walk()));
  }

  @Test
  void theTimelineWritesNoColonFollowedBySpaceInsideAnEntry() {
    Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    ProcessInstance<Toy.State, Toy.Event, Context> instance =
        Toy.DEFINITION
            .start(Context.EMPTY, clock)
            .applyOrThrow(new Write("a"))
            .applyOrThrow(new Write("b"))
            .applyOrThrow(new Submit());
    String timeline = ProcessDiagrams.timeline(instance);
    // Mermaid reads ": " as the start of the next event and has no escape for it
    for (String line : timeline.lines().toList()) {
      String entry = line.strip();
      assertFalse(
          (entry.startsWith(": ") ? entry.substring(2) : entry).contains(": "), "line: " + line);
    }
    assertTrue(timeline.contains("            : 10:00:00Z step 3, Submit from DRAFT to REVIEW\n"));
  }

  @Test
  void theTimelineCsvHasOneRowPerStepAndReadsBack() {
    Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    ProcessInstance<Toy.State, Toy.Event, Context> instance =
        Toy.DEFINITION
            .start(Context.EMPTY, clock)
            .applyOrThrow(new Write("a, \"quoted\"\nline"))
            .applyOrThrow(new Write("b"))
            .applyOrThrow(new Submit());
    String csv = TimelineRow.TABLE.write(TimelineRow.of(instance));
    assertEquals(
        "process,sequence,at,from,to,event,cycle,detail", csv.lines().findFirst().orElseThrow());
    assertEquals(TimelineRow.of(instance), TimelineRow.TABLE.read(csv));
    assertEquals(3, TimelineRow.TABLE.read(csv).size());
  }
}

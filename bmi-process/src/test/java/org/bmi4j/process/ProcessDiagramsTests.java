package org.bmi4j.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.bmi4j.process.Toy.Context;
import org.bmi4j.process.Toy.Submit;
import org.bmi4j.process.Toy.Write;
import org.junit.jupiter.api.Test;

class ProcessDiagramsTests {
  @Test
  void mermaidListsEveryTransitionTargetAndEnding() {
    assertEquals(
        """
        stateDiagram-v2
            %% toy
            [*] --> DRAFT
            DRAFT --> DRAFT : Write
            DRAFT --> REVIEW : Submit
            REVIEW --> DRAFT : Decide
            REVIEW --> ACCEPTED : Decide
            REVIEW --> DRAFT : Revise (new cycle)
            DRAFT --> WITHDRAWN : Withdraw
            REVIEW --> WITHDRAWN : Withdraw
            ACCEPTED --> [*]
            WITHDRAWN --> [*]
        """,
        ProcessDiagrams.mermaid(Toy.DEFINITION));
  }

  @Test
  void dotDeclaresEveryStateAndTransition() {
    assertEquals(
        """
        digraph "toy" {
          rankdir=LR;
          node [shape=box, style=rounded];
          start [shape=point, label=""];
          DRAFT;
          REVIEW;
          ACCEPTED [peripheries=2];
          WITHDRAWN [peripheries=2];
          start -> DRAFT;
          DRAFT -> DRAFT [label="Write"];
          DRAFT -> REVIEW [label="Submit"];
          REVIEW -> DRAFT [label="Decide"];
          REVIEW -> ACCEPTED [label="Decide"];
          REVIEW -> DRAFT [label="Revise (new cycle)"];
          DRAFT -> WITHDRAWN [label="Withdraw"];
          REVIEW -> WITHDRAWN [label="Withdraw"];
        }
        """,
        ProcessDiagrams.dot(Toy.DEFINITION));
  }

  @Test
  void theTimelineHasOneEntryPerStep() {
    Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    ProcessInstance<Toy.State, Toy.Event, Context> instance =
        Toy.DEFINITION
            .start(Context.EMPTY, clock)
            .applyOrThrow(new Write("a"))
            .applyOrThrow(new Write("b"))
            .applyOrThrow(new Submit());
    assertEquals(
        """
        timeline
            title toy
            2026-03-01T10\\:00\\:00Z : 1. Write DRAFT → DRAFT (cycle 1)
            2026-03-01T10\\:00\\:00Z : 2. Write DRAFT → DRAFT (cycle 1)
            2026-03-01T10\\:00\\:00Z : 3. Submit DRAFT → REVIEW (cycle 1)
        """,
        ProcessDiagrams.timeline(instance));
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

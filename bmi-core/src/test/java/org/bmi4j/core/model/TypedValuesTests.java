package org.bmi4j.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bmi4j.core.testing.Messages;
import org.junit.jupiter.api.Test;

/** Values of integrity problems and coherence findings a caller reads typed, without parsing. */
class TypedValuesTests {
  private static List<IntegrityProblem> problemsOf(ModelDraft draft) {
    List<IntegrityProblem> problems =
        assertThrows(ModelIntegrityException.class, draft::build).problems();
    Messages.check(problems);
    return problems;
  }

  @Test
  void theKnownActorsAreAListOfIdsPrintedAsTheSentenceLists() {
    ModelDraft draft = ModelDraft.valid();
    draft.owners.add("tourists");

    IntegrityProblem problem = problemsOf(draft).get(0);

    assertEquals(ProblemCode.UNKNOWN_ACTOR, problem.code());
    assertEquals(
        Set.of("customers", "growers", "shop"),
        Set.copyOf(problem.value("knownActors", List.class).orElseThrow()));
    assertEquals(
        Optional.of("'customers', 'growers', 'shop'"), problem.value("knownActors", String.class));
  }

  @Test
  void theKnownActorsAreInModelOrder() {
    ModelDraft draft = ModelDraft.valid();
    draft.actors.add(0, draft.actors.remove(draft.actors.size() - 1));
    List<String> order = draft.actors.stream().map(Actor::id).toList();
    draft.owners.add("tourists");

    IntegrityProblem problem = problemsOf(draft).get(0);

    assertEquals(ProblemCode.UNKNOWN_ACTOR, problem.code());
    assertEquals(order, problem.value("knownActors", List.class).orElseThrow());
  }

  @Test
  void aParentCycleIsTheListOfActorsOnIt() {
    ModelDraft draft = ModelDraft.valid();
    ModelDraft.change(draft.actors, 0, a -> a.withParent("shop"));

    IntegrityProblem problem = problemsOf(draft).get(0);

    assertEquals(ProblemCode.PARENT_CYCLE, problem.code());
    assertEquals(Optional.of(List.of("shop", "shop")), problem.value("chain", List.class));
  }

  @Test
  void theRoleOfAnUnreciprocatedRecipientIsAnActorRole() {
    ModelDraft draft = ModelDraft.valid();
    draft.revenueStreams.clear();

    List<CoherenceFinding> findings = draft.build().coherence();
    Messages.check(findings);

    assertEquals(FindingCode.NO_RECIPROCAL_FLOW, findings.get(0).code());
    assertEquals(
        Optional.of(ActorRole.CUSTOMER_SEGMENT), findings.get(0).value("role", ActorRole.class));
  }
}

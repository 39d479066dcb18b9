package org.bmi4j.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import org.junit.jupiter.api.Test;

/**
 * A model with very many problems is refused with the first {@value
 * ModelIntegrityException#MAX_LISTED} listed and the rest counted, so that refusing a hostile
 * document costs time and memory in proportion to its length, not to the square of it.
 */
class IntegrityBoundTests {

  private static ModelDraft withUnknownOwners(int owners) {
    ModelDraft draft = ModelDraft.valid();
    for (int i = 0; i < owners; i++) {
      draft.owners.add("stranger-" + i);
    }
    return draft;
  }

  @Test
  void aModelWithMoreProblemsThanListedListsTheFirstAndCountsAll() {
    ModelIntegrityException e =
        assertThrows(ModelIntegrityException.class, withUnknownOwners(1_500)::build);
    assertEquals(1_000, e.problems().size());
    assertEquals(1_500, e.problemCount());
    assertEquals("owners[1]", e.problems().get(0).path());
    assertEquals("owners[1000]", e.problems().get(999).path());
    assertTrue(
        e.getMessage()
            .startsWith(
                "business model 'refill-shop' has 1,500 integrity problems, the first 1,000"
                    + " listed:\n  owners[1]: UNKNOWN_ACTOR: "),
        e.getMessage().substring(0, 200));
    assertEquals(1_001, e.getMessage().lines().count());
  }

  @Test
  void aModelWithAsManyProblemsAsListedListsThemAll() {
    ModelIntegrityException e =
        assertThrows(ModelIntegrityException.class, withUnknownOwners(1_000)::build);
    assertEquals(1_000, e.problems().size());
    assertEquals(1_000, e.problemCount());
    assertTrue(
        e.getMessage().startsWith("business model 'refill-shop' has 1000 integrity problems:\n"),
        e.getMessage().substring(0, 100));
  }

  @Test
  void theCountCannotBeBelowTheProblemsListed() {
    ImmutableList<IntegrityProblem> two =
        ImmutableList.of(
            new IntegrityProblem("id", ProblemCode.BAD_ID, "a"),
            new IntegrityProblem("name", ProblemCode.BLANK_TEXT, "b"));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new ModelIntegrityException("m", two, 1));
    assertEquals(
        "problemCount of business model 'm' is 1, fewer than the 2 problems listed",
        e.getMessage());
    assertEquals(2, new ModelIntegrityException("m", two).problemCount());
  }
}

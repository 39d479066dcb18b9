package org.bmi4j.core.ecosystem;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * A clear goal the ecosystem's actors share, with the sustainability objectives integrated into it,
 * if any [Oskam et al. 2021].
 *
 * <p>An ecosystem records a common goal only when its actors share a clear one: a vague aspiration
 * is no common goal (library formalisation of the source's "clear common goal").
 *
 * <p>Invariants: the statement and every objective are not blank.
 */
@Value.Immutable
@JsonSerialize(as = CommonGoal.class)
@JsonDeserialize(as = CommonGoal.class)
abstract class AbstractCommonGoal {
  /**
   * The goal in the actors' words.
   *
   * @return the goal in the actors' words
   */
  @Value.Parameter
  public abstract String statement();

  /**
   * The social or environmental objectives the goal integrates, in insertion order.
   *
   * @return the social or environmental objectives the goal integrates, in insertion order
   */
  @Value.Parameter
  public abstract ImmutableList<String> sustainabilityObjectives();

  /**
   * Returns whether the goal integrates at least one sustainability objective.
   *
   * @return whether the goal integrates at least one sustainability objective
   */
  public boolean integratesSustainability() {
    return !sustainabilityObjectives().isEmpty();
  }

  @Value.Check
  void check() {
    checkArgument(
        !statement().isBlank(),
        "the common goal's statement is blank; give a non-blank" + " statement");
    for (int i = 0; i < sustainabilityObjectives().size(); i++) {
      checkArgument(
          !sustainabilityObjectives().get(i).isBlank(),
          "sustainabilityObjectives[%s] of"
              + " the common goal is blank; give a non-blank objective",
          i);
    }
  }
}

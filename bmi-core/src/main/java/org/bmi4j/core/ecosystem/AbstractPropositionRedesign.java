package org.bmi4j.core.ecosystem;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A redesign of an actor's value proposition at a step of the ecosystem's history [Oskam et al.
 * 2021: in continuous search, actors keep redesigning their value propositions].
 *
 * <p>Steps are the encoder's sequence numbers, as for {@link MembershipEvent}.
 */
@Value.Immutable
@JsonSerialize(as = PropositionRedesign.class)
@JsonDeserialize(as = PropositionRedesign.class)
abstract class AbstractPropositionRedesign {
  /**
   * The step of the ecosystem's history at which the redesign happened, from 0.
   *
   * @return the step of the ecosystem's history at which the redesign happened, from 0
   */
  @Value.Parameter
  public abstract int step();

  /**
   * The id of the actor whose value proposition was redesigned.
   *
   * @return the id of the actor whose value proposition was redesigned
   */
  @Value.Parameter
  public abstract String actor();

  /**
   * What changed, in the encoder's words.
   *
   * @return what changed, in the encoder's words
   */
  @Value.Parameter
  public abstract String description();
}

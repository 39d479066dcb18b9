package org.bmi4j.core.ecosystem;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * An actor joining or leaving the ecosystem at a step of its history [Oskam et al. 2021].
 *
 * <p>Steps are the encoder's sequence numbers (a year, a round, a meeting), from 0; the ecosystem
 * checks that they are not negative and never decrease along its history.
 */
@Value.Immutable
@JsonSerialize(as = MembershipEvent.class)
@JsonDeserialize(as = MembershipEvent.class)
abstract class AbstractMembershipEvent {
  /**
   * The step of the ecosystem's history at which the change happened, from 0.
   *
   * @return the step of the ecosystem's history at which the change happened, from 0
   */
  @Value.Parameter
  public abstract int step();

  /**
   * The id of the actor joining or leaving.
   *
   * @return the id of the actor joining or leaving
   */
  @Value.Parameter
  public abstract String actor();

  /**
   * Whether the actor joins or leaves.
   *
   * @return whether the actor joins or leaves
   */
  @Value.Parameter
  public abstract MembershipChange change();
}

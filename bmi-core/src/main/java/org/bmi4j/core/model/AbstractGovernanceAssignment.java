package org.bmi4j.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Period;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The governance of one activity [Zott &amp; Amit 2010]: who performs it, with whom, under which
 * mode and terms. A built model has exactly one assignment per activity.
 *
 * <p>Co-performers model customers acting as co-developers [Andreassen &amp; Andersson]; a
 * supervisor is named only where it differs from the performer.
 */
@Value.Immutable
@JsonSerialize(as = GovernanceAssignment.class)
@JsonDeserialize(as = GovernanceAssignment.class)
abstract class AbstractGovernanceAssignment {
  /**
   * The id of the governed activity.
   *
   * @return the id of the governed activity
   */
  public abstract String activity();

  /**
   * The id of the actor performing it.
   *
   * @return the id of the actor performing it
   */
  public abstract String performer();

  /**
   * The ids of actors performing it together with the performer.
   *
   * @return the ids of actors performing it together with the performer
   */
  public abstract ImmutableSet<String> coPerformers();

  /**
   * The governance mode.
   *
   * @return the governance mode
   */
  public abstract GovernanceMode mode();

  /**
   * The term of the contract governing it, if any; positive in a built model.
   *
   * @return the term of the contract governing it, if any
   */
  public abstract Optional<Period> contractTerm();

  /**
   * The incentives that align the performers, in insertion order.
   *
   * @return the incentives that align the performers, in insertion order
   */
  public abstract ImmutableList<String> incentives();

  /**
   * The id of the actor supervising the flow, where it differs from the performer.
   *
   * @return the id of the actor supervising the flow, where it differs from the performer
   */
  public abstract Optional<String> supervisor();
}

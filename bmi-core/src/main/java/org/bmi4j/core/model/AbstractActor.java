package org.bmi4j.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * An organisation or group that takes part in a business model: a firm, a partner, a customer
 * segment, a beneficiary group, a platform, a public body.
 *
 * <p>Its id follows {@link Ids#PATTERN} and is unique among a model's actors; the model checks both
 * when it is built.
 */
@Value.Immutable
@JsonSerialize(as = Actor.class)
@JsonDeserialize(as = Actor.class)
abstract class AbstractActor {
  /** The actor's id, unique among the model's actors. */
  @Value.Parameter
  public abstract String id();

  /** A human-readable name. */
  @Value.Parameter
  public abstract String name();

  /** The role the actor plays in the model. */
  @Value.Parameter
  public abstract ActorRole role();

  /** The sector the actor belongs to. */
  @Value.Parameter
  public abstract Sector sector();
}

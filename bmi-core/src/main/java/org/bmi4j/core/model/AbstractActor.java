package org.bmi4j.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organisation or group that takes part in a business model: a firm, a partner, a customer
 * segment, a beneficiary group, a platform, a public body.
 *
 * <p>Its id follows {@link Ids#PATTERN} and is unique among a model's actors; the model checks both
 * when it is built.
 *
 * <p>What real cases add (library formalisation where the sources are silent):
 *
 * <ul>
 *   <li>An actor may play several roles at once, such as a beneficiary that also supplies (waste
 *       pickers selling sorted waste) or a customer that co-develops [Andreassen &amp; Andersson]:
 *       {@link #role()} is its main role, {@link #otherRoles()} the rest, and every analysis reads
 *       {@link #roles()} or {@link #hasRole(ActorRole)}, so the actor is never duplicated.
 *   <li>Missions (value kinds and goals) belong to actors as well as to the model: a partner's or a
 *       platform operator's aims are recorded on that actor [Oskam et al. 2021, value drivers].
 *   <li>An actor may be a subsidiary or unit of another ({@link #parent()}): a unit run under its
 *       own brand, a plant owned by a group, related without pretending to be partners.
 * </ul>
 */
@Value.Immutable
@JsonSerialize(as = Actor.class)
@JsonDeserialize(as = Actor.class)
abstract class AbstractActor {
  /**
   * The actor's id, unique among the model's actors.
   *
   * @return the actor's id, unique among the model's actors
   */
  @Value.Parameter
  public abstract String id();

  /**
   * A human-readable name.
   *
   * @return a human-readable name
   */
  @Value.Parameter
  public abstract String name();

  /**
   * The role the actor plays in the model.
   *
   * @return the role the actor plays in the model
   */
  @Value.Parameter
  public abstract ActorRole role();

  /**
   * The sector the actor belongs to.
   *
   * @return the sector the actor belongs to
   */
  @Value.Parameter
  public abstract Sector sector();

  /**
   * The roles the actor plays besides {@link #role()}, in declaration order; never its main role.
   *
   * @return the roles the actor plays besides {@link #role()}, in declaration order
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract ImmutableSet<ActorRole> otherRoles();

  /**
   * The value kinds of the actor's own mission, in declaration order.
   *
   * @return the value kinds of the actor's own mission, in declaration order
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract ImmutableSet<ValueKind> missions();

  /**
   * The actor's own goals in words, such as "zero plastic to landfill", in insertion order.
   *
   * @return the actor's own goals in words, such as "zero plastic to landfill", in insertion order
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract ImmutableList<String> goals();

  /**
   * The id of the actor this one is a subsidiary or unit of, if any; never the actor itself, nor
   * through a chain of parents.
   *
   * @return the id of the actor this one is a subsidiary or unit of, if any
   */
  public abstract Optional<String> parent();

  /**
   * Returns every role the actor plays: its main role, then its other roles, in that order.
   *
   * @return every role the actor plays
   */
  @JsonIgnore
  public ImmutableSet<ActorRole> roles() {
    return ImmutableSet.<ActorRole>builder().add(role()).addAll(otherRoles()).build();
  }

  /**
   * Returns whether the actor plays {@code role}, as its main role or another.
   *
   * @param role the role
   * @return whether the actor plays {@code role}, as its main role or another
   * @throws NullPointerException if {@code role} is null
   */
  public boolean hasRole(ActorRole role) {
    java.util.Objects.requireNonNull(role, "role");
    return role() == role || otherRoles().contains(role);
  }
}

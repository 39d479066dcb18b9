package org.bmi4j.core.ecosystem;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.bmi4j.core.model.Ids;
import org.bmi4j.core.model.Sector;
import org.bmi4j.core.model.ValueKind;
import org.immutables.value.Value;

/**
 * An actor of an innovation ecosystem: its sector, the value kinds that drive it, in priority
 * order, and its time horizon [Oskam et al. 2021].
 *
 * <p>Invariants: the id follows {@link org.bmi4j.core.model.Ids#PATTERN}; the name is not blank;
 * the value drivers name at least one value kind, each at most once. The first value driver is the
 * actor's primary one.
 */
@Value.Immutable
@JsonSerialize(as = EcosystemActor.class)
@JsonDeserialize(as = EcosystemActor.class)
abstract class AbstractEcosystemActor {
  /**
   * The actor's id, unique among the ecosystem's actors.
   *
   * @return the actor's id, unique among the ecosystem's actors
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
   * The sector the actor belongs to.
   *
   * @return the sector the actor belongs to
   */
  @Value.Parameter
  public abstract Sector sector();

  /**
   * The time horizon over which the actor expects its value.
   *
   * @return the time horizon over which the actor expects its value
   */
  @Value.Parameter
  public abstract TimeHorizon horizon();

  /**
   * The value kinds that drive the actor, the primary one first.
   *
   * @return the value kinds that drive the actor, the primary one first
   */
  @Value.Parameter
  public abstract ImmutableList<ValueKind> valueDrivers();

  /**
   * Returns the actor's primary value driver, the first of {@link #valueDrivers()}.
   *
   * @return the actor's primary value driver, the first of {@link #valueDrivers()}
   */
  public ValueKind primaryDriver() {
    return valueDrivers().get(0);
  }

  @Value.Check
  void check() {
    checkArgument(
        Ids.isValid(id()),
        "ecosystem actor id must match %s, was '%s'",
        Ids.PATTERN.pattern(),
        id());
    checkArgument(
        !name().isBlank(),
        "the name of ecosystem actor '%s' is blank; give a non-blank" + " name",
        id());
    checkArgument(
        !valueDrivers().isEmpty(),
        "the value drivers of ecosystem actor '%s' are"
            + " empty; name at least one value kind, the primary one first",
        id());
    checkArgument(
        ImmutableSet.copyOf(valueDrivers()).size() == valueDrivers().size(),
        "the value drivers of ecosystem actor '%s' name a value kind twice: %s; name each once,"
            + " in priority order",
        id(),
        valueDrivers());
  }
}

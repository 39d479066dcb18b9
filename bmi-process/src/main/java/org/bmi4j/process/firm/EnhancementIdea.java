package org.bmi4j.process.firm;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.Collection;
import org.bmi4j.core.model.Ids;
import org.bmi4j.core.model.ValueFunction;

/**
 * An idea to enhance a firm's extant business model, identified in {@link FirmPhase#IDENTIFICATION}
 * [Spieth, Laudien &amp; Meissner].
 *
 * @param id the idea's id, following {@link Ids#PATTERN}, unique within a process's ideas
 * @param description what the idea is, not blank
 * @param trigger what set it off
 * @param origin where it came from
 * @param targets the value functions it would change, at least one, in declaration order
 */
public record EnhancementIdea(
    String id,
    String description,
    IdeaTrigger trigger,
    IdeaOrigin origin,
    ImmutableSet<ValueFunction> targets) {

  /**
   * Checks the parts.
   *
   * @param id the idea's id, following {@link Ids#PATTERN}, unique within a process's ideas
   * @param description what the idea is, not blank
   * @param trigger what set it off
   * @param origin where it came from
   * @param targets the value functions it would change, at least one, in declaration order
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if the id does not follow {@link Ids#PATTERN}, the description
   *     is blank or no value function is targeted
   */
  public EnhancementIdea {
    checkArgument(
        Ids.isValid(id), "enhancement idea id must match %s, was '%s'", Ids.PATTERN.pattern(), id);
    checkNotNull(description, "description");
    checkArgument(
        !description.isBlank(), "enhancement idea '%s' needs a non-blank description", id);
    checkNotNull(trigger, "trigger");
    checkNotNull(origin, "origin");
    checkNotNull(targets, "targets");
    checkArgument(
        !targets.isEmpty(),
        "enhancement idea '%s' targets no value function; name at least one it would enhance",
        id);
    targets = Sets.immutableEnumSet(targets);
  }

  /**
   * An idea whose targets come in any collection, copied.
   *
   * @param id the idea's id, following {@link Ids#PATTERN}, unique within a process's ideas
   * @param description what the idea is, not blank
   * @param trigger what set it off
   * @param origin where it came from
   * @param targets the value functions it would change, at least one
   * @throws NullPointerException if an argument or target is null
   * @throws IllegalArgumentException if the id does not follow {@link Ids#PATTERN}, the description
   *     is blank or no value function is targeted
   */
  public EnhancementIdea(
      String id,
      String description,
      IdeaTrigger trigger,
      IdeaOrigin origin,
      Collection<ValueFunction> targets) {
    this(id, description, trigger, origin, Sets.immutableEnumSet(checkNotNull(targets, "targets")));
  }

  /**
   * Returns an idea targeting the given value functions.
   *
   * @param id the idea's id, following {@link Ids#PATTERN}, unique within a process's ideas
   * @param description what the idea is, not blank
   * @param trigger what set it off
   * @param origin where it came from
   * @param first a value function it would change
   * @param rest the other value functions it would change
   * @return an idea targeting the given value functions
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException as the canonical constructor
   */
  public static EnhancementIdea of(
      String id,
      String description,
      IdeaTrigger trigger,
      IdeaOrigin origin,
      ValueFunction first,
      ValueFunction... rest) {
    return new EnhancementIdea(
        id,
        description,
        trigger,
        origin,
        Sets.immutableEnumSet(checkNotNull(first, "first"), rest));
  }
}

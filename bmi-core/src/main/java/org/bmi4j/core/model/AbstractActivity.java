package org.bmi4j.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Period;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An activity of the activity system [Zott &amp; Amit 2010], declared once with everything about
 * it: its content (kind, resources), its governance (performer, co-performers, mode, contract term,
 * incentives, supervisor), its place in the structure (the links leaving it) and whether it belongs
 * to the value creation function [De Silva et al. 2019].
 *
 * <p>The business model's {@link BusinessModel#governance() governance}, {@link
 * BusinessModel#links() links} and {@link BusinessModel#valueCreatingActivities() value-creating
 * activities} are read-only views of these declarations (library formalisation: one declaration per
 * fact).
 *
 * <p>A built model's activities all have a performer and a mode: the model's integrity check
 * reports an activity without them ({@link ProblemCode#UNGOVERNED_ACTIVITY}, {@link
 * ProblemCode#INCOMPLETE_GOVERNANCE}). Co-performers model customers acting as co-developers
 * [Andreassen &amp; Andersson]; a supervisor is named only where it differs from the performer.
 *
 * <pre>{@code
 * Activity.builder().id("sort").name("Sort waste").kind(ActivityKind.PRODUCTION)
 *     .performer("shop").mode(GovernanceMode.IN_HOUSE).valueCreating(true)
 *     .addLink(Link.of("print", Flow.GOODS))
 *     .build();
 * }</pre>
 *
 * <p>Create one with {@code Activity.of(id, name, kind)} (issue 15), or with {@code
 * Activity.builder()} for the optional parts; {@code with...} methods change one part.
 */
@Value.Immutable
@JsonSerialize(as = Activity.class)
@JsonDeserialize(as = Activity.class)
@JsonPropertyOrder({
  "id",
  "name",
  "kind",
  "valueCreating",
  "resources",
  "performer",
  "coPerformers",
  "mode",
  "contractTerm",
  "incentives",
  "supervisor",
  "links"
})
abstract class AbstractActivity {
  /**
   * The activity's id, unique among the model's activities.
   *
   * @return the activity's id, unique among the model's activities
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
   * The kind of activity.
   *
   * @return the kind of activity
   */
  @Value.Parameter
  public abstract ActivityKind kind();

  /**
   * Whether the activity belongs to the value creation function [De Silva et al. 2019]: how the
   * value is generated; false unless set.
   *
   * @return whether the activity belongs to the value creation function
   */
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  public boolean valueCreating() {
    return false;
  }

  /**
   * The ids of the resources (of {@link ValueCreation#resources()}) it uses.
   *
   * @return the ids of the resources (of {@link ValueCreation#resources()}) it uses
   */
  public abstract ImmutableSet<String> resources();

  /**
   * The id of the actor performing it; present in a built model.
   *
   * @return the id of the actor performing it
   */
  public abstract Optional<String> performer();

  /**
   * The ids of actors performing it together with the performer [Andreassen &amp; Andersson].
   *
   * @return the ids of actors performing it together with the performer
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract ImmutableSet<String> coPerformers();

  /**
   * How it is governed [Zott &amp; Amit 2010]; present in a built model.
   *
   * @return how it is governed
   */
  public abstract Optional<GovernanceMode> mode();

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
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract ImmutableList<String> incentives();

  /**
   * The id of the actor supervising the flow, where it differs from the performer.
   *
   * @return the id of the actor supervising the flow, where it differs from the performer
   */
  public abstract Optional<String> supervisor();

  /**
   * The links leaving this activity, the structure of the activity system [Zott &amp; Amit 2010],
   * in insertion order.
   *
   * @return the links leaving this activity, in insertion order
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract ImmutableList<Link> links();

  /**
   * Returns the governance of this activity, if it names both its performer and its mode.
   *
   * @return the governance of this activity, if it names both its performer and its mode
   */
  public Optional<GovernanceAssignment> governance() {
    if (performer().isEmpty() || mode().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        GovernanceAssignment.builder()
            .activity(id())
            .performer(performer().get())
            .addAllCoPerformers(coPerformers())
            .mode(mode().get())
            .contractTerm(contractTerm())
            .addAllIncentives(incentives())
            .supervisor(supervisor())
            .build());
  }
}

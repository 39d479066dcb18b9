package org.bmi4j.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.bmi4j.core.internal.Coherence;
import org.bmi4j.core.internal.Integrity;
import org.bmi4j.core.internal.Sentences;
import org.immutables.value.Value;

/**
 * A business model: its value logic in four value functions [De Silva et al. 2019] and its activity
 * system of content, structure and governance [Zott &amp; Amit 2010, as used by Bagnato &amp;
 * Giordino and Andreassen &amp; Andersson].
 *
 * <p>Guarantees:
 *
 * <ul>
 *   <li>Deeply immutable and thread-safe; {@code equals} and {@code hashCode} are structural.
 *   <li>Collections keep insertion order; sets of enum constants keep declaration order.
 *   <li>Integrity holds for every instance: building (through the builder, a {@code with} copy or
 *       JSON) checks every rule of {@link ProblemCode} and throws one {@link
 *       ModelIntegrityException} listing every problem, so no inconsistent model escapes.
 *   <li>Completeness and coherence are not integrity: a model under design may have empty value
 *       functions ({@link #completeness()}) and incoherent flows ({@link #coherence()}); both are
 *       reported as values, never thrown.
 * </ul>
 *
 * <pre>{@code
 * BusinessModel model = BusinessModel.builder()
 *     .id("refill").name("Refill shop")
 *     .addActor(Actor.of("shop", "Refill shop", ActorRole.FOCAL_FIRM, Sector.PRIVATE))
 *     .addOwner("shop")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = BusinessModel.class)
@JsonDeserialize(as = BusinessModel.class)
@JsonPropertyOrder({
  "id",
  "name",
  "version",
  "owners",
  "actors",
  "missions",
  "goals",
  "proposition",
  "creation",
  "exchange",
  "capture",
  "activities"
})
abstract class AbstractBusinessModel {
  /**
   * The model's id.
   *
   * @return the model's id
   */
  public abstract String id();

  /**
   * A human-readable name.
   *
   * @return a human-readable name
   */
  public abstract String name();

  /**
   * The version of the model, from 1; defaults to 1.
   *
   * @return the version of the model, from 1
   */
  @Value.Default
  public int version() {
    return 1;
  }

  /**
   * The ids of the actors owning the model, in insertion order.
   *
   * @return the ids of the actors owning the model, in insertion order
   */
  public abstract ImmutableSet<String> owners();

  /**
   * The actors taking part, in insertion order.
   *
   * @return the actors taking part, in insertion order
   */
  public abstract ImmutableList<Actor> actors();

  /**
   * The value kinds of the owners' mission, in declaration order.
   *
   * @return the value kinds of the owners' mission, in declaration order
   */
  public abstract ImmutableSet<ValueKind> missions();

  /**
   * The owners' goals in words, such as "divert plastic waste from landfill", in insertion order.
   *
   * @return the owners' goals in words, such as "divert plastic waste from landfill", in insertion
   *     order
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract ImmutableList<String> goals();

  /**
   * The value proposition function; empty unless set.
   *
   * @return the value proposition function
   */
  @Value.Default
  public ValueProposition proposition() {
    return ValueProposition.builder().build();
  }

  /**
   * The value creation function; empty unless set.
   *
   * @return the value creation function
   */
  @Value.Default
  public ValueCreation creation() {
    return ValueCreation.builder().build();
  }

  /**
   * The value exchange function; empty unless set.
   *
   * @return the value exchange function
   */
  @Value.Default
  public ValueExchange exchange() {
    return ValueExchange.builder().build();
  }

  /**
   * The value capture function; empty unless set.
   *
   * @return the value capture function
   */
  @Value.Default
  public ValueCapture capture() {
    return ValueCapture.builder().build();
  }

  /**
   * The activity system's content: its activities, in insertion order. Each activity declares its
   * governance, the links leaving it and whether it creates value; {@link #governance()}, {@link
   * #links()} and {@link #valueCreatingActivities()} are views of these declarations.
   *
   * @return the activity system's content
   */
  public abstract ImmutableList<Activity> activities();

  /**
   * The activity system's structure: every activity's links, in activity order and then in each
   * activity's order; a read-only view of {@link Activity#links()}.
   *
   * @return the activity system's structure
   */
  @Value.Lazy
  @JsonIgnore
  public ImmutableList<ActivityLink> links() {
    ImmutableList.Builder<ActivityLink> links = ImmutableList.builder();
    for (Activity activity : activities()) {
      for (Link link : activity.links()) {
        links.add(ActivityLink.of(activity.id(), link.downstream(), link.flow()));
      }
    }
    return links.build();
  }

  /**
   * The activity system's governance: one assignment per activity, in activity order; a read-only
   * view of each activity's performer, co-performers, mode, contract term, incentives and
   * supervisor.
   *
   * @return the activity system's governance
   */
  @Value.Lazy
  @JsonIgnore
  public ImmutableList<GovernanceAssignment> governance() {
    ImmutableList.Builder<GovernanceAssignment> governance = ImmutableList.builder();
    for (Activity activity : activities()) {
      activity.governance().ifPresent(governance::add);
    }
    return governance.build();
  }

  /**
   * The ids of the activities of the value creation function [De Silva et al. 2019], in activity
   * order; a read-only view of {@link Activity#valueCreating()}.
   *
   * @return the ids of the value-creating activities, in activity order
   */
  @Value.Lazy
  @JsonIgnore
  public ImmutableSet<String> valueCreatingActivities() {
    ImmutableSet.Builder<String> ids = ImmutableSet.builder();
    for (Activity activity : activities()) {
      if (activity.valueCreating()) {
        ids.add(activity.id());
      }
    }
    return ids.build();
  }

  /**
   * Returns a short description for logs and messages: the id, version and name, and how many
   * actors, offerings and activities the model holds; never the whole model, which {@code
   * BmiJson.write} gives.
   */
  @Override
  public String toString() {
    return "BusinessModel["
        + id()
        + " v"
        + version()
        + " '"
        + name()
        + "': "
        + Sentences.count(actors().size(), "actor")
        + ", "
        + Sentences.count(proposition().offerings().size(), "offering")
        + ", "
        + Sentences.count(activities().size(), "activity", "activities")
        + "]";
  }

  /**
   * Says which value functions are empty; a model under design may have some.
   *
   * @return which value functions are empty
   */
  @Value.Lazy
  public Completeness completeness() {
    return Completeness.of(this);
  }

  /**
   * Returns the coherence findings of this model, in model order: offerings no exchange delivers,
   * exchanges to an actor other than an owner that nothing reciprocates or funds, the model's
   * mission value kinds nothing delivers, then the actors' own ones.
   *
   * @return the coherence findings of this model, in model order
   */
  @Value.Lazy
  public ImmutableList<CoherenceFinding> coherence() {
    return Coherence.findings((BusinessModel) this);
  }

  /**
   * Returns the reciprocity of every exchange to an actor that does not own the model, in model
   * order: whether the recipient gives back, pays, or is funded by a third party or a value share,
   * and who pays (library formalisation, see {@link Reciprocity}).
   *
   * @return the reciprocity of every exchange to an actor that does not own the model, in model
   *     order
   */
  @Value.Lazy
  public ImmutableList<Reciprocity> reciprocity() {
    return Coherence.reciprocity((BusinessModel) this);
  }

  @Value.Check
  void checkIntegrity() {
    Integrity.check((BusinessModel) this);
  }
}

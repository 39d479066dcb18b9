package org.bmi4j.core.ecosystem;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.bmi4j.core.internal.Sentences;
import org.bmi4j.core.model.Ids;
import org.immutables.value.Value;

/**
 * An innovation ecosystem whose actors value value [Oskam, Bossink &amp; de Man 2021]: its actors,
 * an optional clear common goal, its membership and value-proposition history, and the value
 * flowing between its actors.
 *
 * <p>Invariants, checked when it is built (through the builder, a {@code with} copy or JSON), each
 * failure an {@link IllegalArgumentException} naming the value and where it is:
 *
 * <ul>
 *   <li>the id follows {@link org.bmi4j.core.model.Ids#PATTERN}, the name is not blank, actor ids
 *       are unique;
 *   <li>every membership event, redesign and value flow names actors of the ecosystem, and no value
 *       flow goes from an actor to itself;
 *   <li>steps are not negative and never decrease along the membership events, nor along the
 *       redesigns.
 * </ul>
 *
 * <p>Founding members are recorded without a membership event; every event is a change of
 * membership after the start. An actor is a member at the end of the history unless its last event
 * is a {@link MembershipChange#LEAVE}.
 */
@Value.Immutable
@JsonSerialize(as = Ecosystem.class)
@JsonDeserialize(as = Ecosystem.class)
@JsonPropertyOrder({"id", "name", "actors", "commonGoal", "membership", "redesigns", "valueFlows"})
abstract class AbstractEcosystem {
  /**
   * The ecosystem's id.
   *
   * @return the ecosystem's id
   */
  public abstract String id();

  /**
   * A human-readable name.
   *
   * @return a human-readable name
   */
  public abstract String name();

  /**
   * Every actor that ever took part, in insertion order.
   *
   * @return every actor that ever took part, in insertion order
   */
  public abstract ImmutableList<EcosystemActor> actors();

  /**
   * The clear common goal the actors share, if they share one.
   *
   * @return the clear common goal the actors share, if they share one
   */
  public abstract Optional<CommonGoal> commonGoal();

  /**
   * The membership events after the start, in the order of their steps.
   *
   * @return the membership events after the start, in the order of their steps
   */
  public abstract ImmutableList<MembershipEvent> membership();

  /**
   * The value-proposition redesigns, in the order of their steps.
   *
   * @return the value-proposition redesigns, in the order of their steps
   */
  public abstract ImmutableList<PropositionRedesign> redesigns();

  /**
   * The value flowing between actors, in insertion order.
   *
   * @return the value flowing between actors, in insertion order
   */
  public abstract ImmutableList<ValueFlow> valueFlows();

  /**
   * Returns the actor with the given id, if it is one of the ecosystem's actors.
   *
   * @param id the actor's id
   * @return the actor, or empty if the ecosystem has none of that id
   */
  public Optional<EcosystemActor> actor(String id) {
    return Optional.ofNullable(actorsById().get(id));
  }

  /**
   * Returns whether the actor was a member at the start: its first membership event, if any, is not
   * a {@link MembershipChange#JOIN}.
   *
   * @param actorId the actor's id
   * @return whether the actor was a member at the start
   */
  public boolean isFounder(String actorId) {
    for (MembershipEvent event : membership()) {
      if (event.actor().equals(actorId)) {
        return event.change() != MembershipChange.JOIN;
      }
    }
    return actorsById().containsKey(actorId);
  }

  /**
   * Returns whether the actor is a member at the end of the recorded history: it is one of the
   * ecosystem's actors and its last membership event, if any, is not a {@link
   * MembershipChange#LEAVE}.
   *
   * @param actorId the actor's id
   * @return whether the actor is a member at the end of the recorded history
   */
  public boolean isMember(String actorId) {
    for (MembershipEvent event : membership().reverse()) {
      if (event.actor().equals(actorId)) {
        return event.change() != MembershipChange.LEAVE;
      }
    }
    return actorsById().containsKey(actorId);
  }

  @Value.Lazy
  ImmutableMap<String, EcosystemActor> actorsById() {
    return ImmutableMap.copyOf(index());
  }

  private Map<String, EcosystemActor> index() {
    Map<String, EcosystemActor> byId = new LinkedHashMap<>();
    for (int i = 0; i < actors().size(); i++) {
      EcosystemActor actor = actors().get(i);
      EcosystemActor earlier = byId.putIfAbsent(actor.id(), actor);
      checkArgument(
          earlier == null,
          "actors[%s] repeats the id '%s' of an earlier actor of"
              + " ecosystem '%s'; give each actor its own id",
          i,
          actor.id(),
          id());
    }
    return byId;
  }

  @Value.Check
  void check() {
    checkArgument(
        Ids.isValid(id()), "ecosystem id must match %s, was '%s'", Ids.PATTERN.pattern(), id());
    checkArgument(
        !name().isBlank(), "the name of ecosystem '%s' is blank; give a non-blank name", id());
    Map<String, EcosystemActor> byId = index();
    int previous = 0;
    for (int i = 0; i < membership().size(); i++) {
      MembershipEvent event = membership().get(i);
      String where = "membership[" + i + "]";
      known(byId, where + ".actor", event.actor());
      checkArgument(event.step() >= 0, "%s.step must be >= 0, was %s", where, event.step());
      checkArgument(
          event.step() >= previous,
          "%s.step %s comes before the step %s of the event"
              + " listed earlier; list membership events in the order of their steps",
          where,
          event.step(),
          previous);
      previous = event.step();
    }
    previous = 0;
    for (int i = 0; i < redesigns().size(); i++) {
      PropositionRedesign redesign = redesigns().get(i);
      String where = "redesigns[" + i + "]";
      known(byId, where + ".actor", redesign.actor());
      checkArgument(redesign.step() >= 0, "%s.step must be >= 0, was %s", where, redesign.step());
      checkArgument(
          redesign.step() >= previous,
          "%s.step %s comes before the step %s of the"
              + " redesign listed earlier; list redesigns in the order of their steps",
          where,
          redesign.step(),
          previous);
      checkArgument(
          !redesign.description().isBlank(), "%s.description is blank; say what changed", where);
      previous = redesign.step();
    }
    for (int i = 0; i < valueFlows().size(); i++) {
      ValueFlow flow = valueFlows().get(i);
      String where = "valueFlows[" + i + "]";
      known(byId, where + ".provider", flow.provider());
      known(byId, where + ".recipient", flow.recipient());
      checkArgument(
          !flow.provider().equals(flow.recipient()),
          "%s goes from actor '%s' to itself; a value" + " flow connects two different actors",
          where,
          flow.provider());
      checkArgument(
          !flow.description().isBlank(),
          "%s.description is blank; say what the value" + " is",
          where);
    }
  }

  private void known(Map<String, EcosystemActor> byId, String where, String actorId) {
    checkArgument(
        byId.containsKey(actorId),
        "%s '%s' is not an actor of ecosystem '%s'; name one" + " of %s",
        where,
        actorId,
        id(),
        byId.keySet());
  }

  /**
   * Returns a short description for logs: the id and name and how many actors, value flows,
   * membership events and redesigns; never the contents.
   */
  @Override
  public String toString() {
    return "Ecosystem["
        + id()
        + " '"
        + name()
        + "': "
        + Sentences.count(actors().size(), "actor")
        + ", "
        + Sentences.count(valueFlows().size(), "value flow")
        + ", "
        + Sentences.count(membership().size(), "membership event")
        + ", "
        + Sentences.count(redesigns().size(), "redesign")
        + "]";
  }
}

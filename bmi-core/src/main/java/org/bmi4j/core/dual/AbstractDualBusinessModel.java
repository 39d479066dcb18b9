package org.bmi4j.core.dual;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.bmi4j.core.internal.Sentences;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Exchange;
import org.bmi4j.core.model.Exchanged;
import org.bmi4j.core.model.Ids;
import org.bmi4j.core.model.ModelIntegrityException;
import org.bmi4j.core.model.Offering;
import org.bmi4j.core.model.ValueExchange;
import org.bmi4j.core.model.ValueProposition;
import org.immutables.value.Value;

/**
 * A firm's dual business model [Andreassen &amp; Andersson]: a collaboration-based model
 * (exploration: co-creation with selected customers, dyadic relationships, trust, long contracts)
 * and a market-based one (exploitation: standardised production, efficiency, market prices) side by
 * side, each a {@link BusinessModel} with its own content, structure and governance, connected by a
 * {@link BoundaryElement}.
 *
 * <p>Invariants, checked when built: the firm is an actor id that owns both models, and the two
 * models have different ids (library formalisation). Choices are facts in the order they were
 * recorded.
 *
 * <pre>{@code
 * DualBusinessModel dual = DualBusinessModel.builder()
 *     .firm("chemco").collaborative(collaborative).market(market).boundary(team).build();
 * DualBusinessModel next = dual.withChoice(OfferingChoice.of("coating", "shipyard",
 *     CustomerChoice.SHARED));
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = DualBusinessModel.class)
@JsonDeserialize(as = DualBusinessModel.class)
@JsonPropertyOrder({"firm", "collaborative", "market", "boundary", "choices"})
abstract class AbstractDualBusinessModel {
  /**
   * The actor id of the firm running both models.
   *
   * @return the actor id of the firm running both models
   */
  public abstract String firm();

  /**
   * The collaboration-based model: exploration with co-developing customers.
   *
   * @return the collaboration-based model
   */
  public abstract BusinessModel collaborative();

  /**
   * The market-based model: exploitation at market prices.
   *
   * @return the market-based model
   */
  public abstract BusinessModel market();

  /**
   * The boundary element connecting the two: the innovation management team.
   *
   * @return the boundary element connecting the two
   */
  public abstract BoundaryElement boundary();

  /**
   * The customers' recorded choices, in the order they were made.
   *
   * @return the customers' recorded choices, in the order they were made
   */
  public abstract ImmutableList<OfferingChoice> choices();

  /**
   * Records a customer's choice for an offering of the collaboration-based model and returns the
   * resulting dual model.
   *
   * <p>{@link CustomerChoice#EXCLUSIVE} keeps the offering where it is: both models stay as they
   * are and only the choice is recorded. {@link CustomerChoice#SHARED} moves it: the
   * collaboration-based model loses the offering and the exchanges that delivered it, the
   * market-based model gains the offering and, where it lacks them, the collaboration-based model's
   * actors the offering names as beneficiaries; each model's version rises by one, and both are
   * checked for integrity as every model is. Which exchanges deliver the offering in the market is
   * the market model's own design: until one does, its coherence reports the offering as
   * undelivered (library formalisation).
   *
   * @param choice the customer's choice for an offering of the collaboration-based model
   * @return the dual model after the choice
   * @throws IllegalArgumentException if the offering is not in the collaboration-based model, or
   *     the customer is not one of its beneficiaries there
   * @throws ModelIntegrityException if a moved model breaks integrity, such as an offering id the
   *     market model already uses
   * @throws NullPointerException if {@code choice} is null
   */
  public DualBusinessModel withChoice(OfferingChoice choice) {
    checkNotNull(choice, "choice");
    BusinessModel collaborative = collaborative();
    Optional<Offering> found =
        collaborative.proposition().offerings().stream()
            .filter(o -> o.id().equals(choice.offering()))
            .findFirst();
    checkArgument(
        found.isPresent(),
        "offering '%s' is not an offering of the collaboration-based" + " model '%s'",
        choice.offering(),
        collaborative.id());
    Offering offering = found.get();
    checkArgument(
        offering.beneficiaries().contains(choice.customer()),
        "customer '%s' is not a beneficiary of offering '%s' in the collaboration-based model '%s'",
        choice.customer(),
        offering.id(),
        collaborative.id());
    DualBusinessModel.Builder next = DualBusinessModel.builder().from(this).addChoice(choice);
    if (choice.choice() == CustomerChoice.SHARED) {
      next.collaborative(without(collaborative, offering))
          .market(with(market(), offering, collaborative));
    }
    return next.build();
  }

  private static BusinessModel without(BusinessModel model, Offering offering) {
    ValueExchange.Builder exchange = ValueExchange.builder();
    for (Exchange e : model.exchange().exchanges()) {
      if (!e.what().equals(Exchanged.offering(offering.id()))) {
        exchange.addExchange(e);
      }
    }
    return BusinessModel.builder()
        .from(model)
        .version(model.version() + 1)
        .proposition(
            ValueProposition.builder()
                .addAllOfferings(
                    model.proposition().offerings().stream()
                        .filter(o -> !o.equals(offering))
                        .toList())
                .build())
        .exchange(exchange.build())
        .build();
  }

  private static BusinessModel with(BusinessModel model, Offering offering, BusinessModel from) {
    Set<String> actors = new HashSet<>();
    for (Actor actor : model.actors()) {
      actors.add(actor.id());
    }
    BusinessModel.Builder next =
        BusinessModel.builder()
            .from(model)
            .version(model.version() + 1)
            .proposition(
                ValueProposition.builder().from(model.proposition()).addOffering(offering).build());
    for (Actor actor : from.actors()) {
      if (offering.beneficiaries().contains(actor.id()) && !actors.contains(actor.id())) {
        // a beneficiary moves with the offering; its parent stays in the model it belongs to
        next.addActor(
            actor.parent().filter(actors::contains).isPresent()
                ? actor
                : actor.withParent(java.util.Optional.empty()));
      }
    }
    return next.build();
  }

  @Value.Check
  void check() {
    checkArgument(
        Ids.isValid(firm()),
        "firm must be an actor id matching %s, was '%s'",
        Ids.PATTERN.pattern(),
        firm());
    checkArgument(
        !collaborative().id().equals(market().id()),
        "the collaboration-based and market-based models must have different ids, both were '%s'",
        market().id());
    checkArgument(
        collaborative().owners().contains(firm()),
        "firm '%s' must own the collaboration-based model '%s', whose owners are %s",
        firm(),
        collaborative().id(),
        collaborative().owners());
    checkArgument(
        market().owners().contains(firm()),
        "firm '%s' must own the market-based model '%s', whose owners are %s",
        firm(),
        market().id(),
        market().owners());
  }

  /**
   * Returns a short description for logs: the firm, the two models' ids and how many offering
   * choices; never the models.
   */
  @Override
  public String toString() {
    return "DualBusinessModel[firm "
        + firm()
        + ": collaborative "
        + collaborative().id()
        + ", market "
        + market().id()
        + ", "
        + Sentences.count(choices().size(), "offering choice")
        + "]";
  }
}

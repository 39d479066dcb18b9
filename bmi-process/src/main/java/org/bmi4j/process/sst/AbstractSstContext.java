package org.bmi4j.process.sst;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.ValueKind;
import org.immutables.value.Value;

/**
 * What the sense-seize-transform cycle knows: the domain data its guards read [DESILVA,
 * ANDREASSEN].
 *
 * <p>Immutable; each accepted event yields a new context. Lists keep the order of the events that
 * filled them. Opportunity ids are unique.
 */
@Value.Immutable
@JsonSerialize(as = SstContext.class)
@JsonDeserialize(as = SstContext.class)
abstract class AbstractSstContext {
  /** The organisation running the cycle. */
  public abstract Actor organisation();

  /** The value kinds of the organisation's mission, in declaration order. */
  public abstract ImmutableSet<ValueKind> missions();

  /** The cycle number, from 1; each new cycle starts at SENSING. */
  @Value.Default
  public int cycle() {
    return 1;
  }

  /**
   * The current business models, in the order adopted: a dual business model keeps a
   * collaboration-based and a market-based model side by side [ANDREASSEN].
   */
  public abstract ImmutableList<BusinessModel> portfolio();

  /** The opportunities sensed, in the order identified; a new cycle keeps them, unselected. */
  public abstract ImmutableList<Opportunity> opportunities();

  /** The capability deployments, in the order recorded. */
  public abstract ImmutableList<CapabilityDeployment> deployments();

  /** The challenges addressed, in the order recorded. */
  public abstract ImmutableList<AddressedChallenge> challenges();

  /** The BM designed in SEIZING, until it is adopted. */
  public abstract Optional<BusinessModel> designed();

  /** Returns the opportunity with the given id, if any. */
  public Optional<Opportunity> opportunity(String id) {
    for (Opportunity opportunity : opportunities()) {
      if (opportunity.id().equals(id)) {
        return Optional.of(opportunity);
      }
    }
    return Optional.empty();
  }

  /** Returns the current BM with the given id, if any. */
  public Optional<BusinessModel> currentModel(String id) {
    for (BusinessModel model : portfolio()) {
      if (model.id().equals(id)) {
        return Optional.of(model);
      }
    }
    return Optional.empty();
  }
}

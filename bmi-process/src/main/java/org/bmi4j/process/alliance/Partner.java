package org.bmi4j.process.alliance;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Optional;
import org.bmi4j.core.model.Actor;

/**
 * A partner of the alliance with its commitment and fit [SPIETH, foundation phase], and its stake
 * once a contract grants one (library formalisation, see {@link Stake}).
 *
 * @param actor the partner firm
 * @param committed whether its top level has committed
 * @param strategicFit similar technology, products and markets, if assessed
 * @param organisationalFit processes and dominant logic, if assessed
 * @param stake its share of the joint venture and whether it controls it, as the last signed
 *     contract grants; a former partner keeps the stake it held when it left
 */
public record Partner(
    Actor actor,
    boolean committed,
    Optional<Fit> strategicFit,
    Optional<Fit> organisationalFit,
    Optional<Stake> stake) {
  /**
   * @param committed whether its top level has committed
   * @param actor the partner firm
   * @param strategicFit similar technology, products and markets, if assessed
   * @param organisationalFit processes and dominant logic, if assessed
   * @param stake its share of the joint venture and whether it controls it, as the last signed
   *     contract grants; a former partner keeps the stake it held when it left
   * @throws NullPointerException if a component is null
   */
  public Partner {
    checkNotNull(actor, "actor");
    checkNotNull(strategicFit, "strategicFit");
    checkNotNull(organisationalFit, "organisationalFit");
    stake = stake == null ? Optional.empty() : stake;
  }

  /**
   * A partner without a stake.
   *
   * @param actor the partner firm
   * @param committed whether its top level has committed
   * @param strategicFit similar technology, products and markets, if assessed
   * @param organisationalFit processes and dominant logic, if assessed
   */
  public Partner(
      Actor actor, boolean committed, Optional<Fit> strategicFit, Optional<Fit> organisationalFit) {
    this(actor, committed, strategicFit, organisationalFit, Optional.empty());
  }

  /**
   * Returns the partner's actor id.
   *
   * @return the partner's actor id
   */
  public String id() {
    return actor.id();
  }

  /**
   * Returns whether the partner's stake, if any, gives it control.
   *
   * @return whether the partner's stake, if any, gives it control
   */
  @JsonIgnore // derived from the stake, so not written: a document holds what reading accepts
  public boolean isControlling() {
    return stake.isPresent() && stake.get().controlling();
  }
}

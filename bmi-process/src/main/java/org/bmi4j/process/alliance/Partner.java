package org.bmi4j.process.alliance;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.bmi4j.core.model.Actor;

/**
 * A partner of the alliance with its commitment and fit [SPIETH, foundation phase].
 *
 * @param actor the partner firm
 * @param committed whether its top level has committed
 * @param strategicFit similar technology, products and markets, if assessed
 * @param organisationalFit processes and dominant logic, if assessed
 */
public record Partner(
    Actor actor, boolean committed, Optional<Fit> strategicFit, Optional<Fit> organisationalFit) {
  /**
   * @throws NullPointerException if a component is null
   */
  public Partner {
    checkNotNull(actor, "actor");
    checkNotNull(strategicFit, "strategicFit");
    checkNotNull(organisationalFit, "organisationalFit");
  }

  /** Returns the partner's actor id. */
  public String id() {
    return actor.id();
  }
}

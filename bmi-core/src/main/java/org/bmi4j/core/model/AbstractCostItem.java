package org.bmi4j.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A cost the model incurs, optionally with its amount and the actor it is paid to.
 *
 * <p>Naming the payee (a supplier, a partner, a community paid a fair price) says who is paid, so
 * the canvas and the CSV show it and reciprocity sees the model paying for what it receives
 * (library formalisation: the value-function sources name costs, not payees).
 *
 * <p>Create one with {@code CostItem.of(id, name)} (issue 15), or with {@code CostItem.builder()}
 * for the optional parts; {@code with...} methods change one part.
 */
@Value.Immutable
@JsonSerialize(as = CostItem.class)
@JsonDeserialize(as = CostItem.class)
abstract class AbstractCostItem {
  /**
   * The cost item's id, unique among the model's cost items.
   *
   * @return the cost item's id, unique among the model's cost items
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
   * The amount, if known, counted on {@link #basis()}; never negative in a built model.
   *
   * @return the amount, if known, counted on {@link #basis()}
   */
  public abstract Optional<Money> amount();

  /**
   * What the amount is counted against: per period (the default, as documents before the basis was
   * recorded meant), per unit or once.
   *
   * @return what the amount is counted against
   */
  @Value.Default
  public AmountBasis basis() {
    return AmountBasis.PER_PERIOD;
  }

  /**
   * The id of the actor the cost is paid to, if the model names one.
   *
   * @return the id of the actor the cost is paid to, if the model names one
   */
  public abstract Optional<String> payee();
}

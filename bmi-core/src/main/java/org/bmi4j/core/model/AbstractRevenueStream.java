package org.bmi4j.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A stream of revenue: who pays, by which mechanism, and optionally how much. *
 *
 * <p>Create one with {@code RevenueStream.of(id, payer, mechanism)} (issue 15), or with {@code
 * RevenueStream.builder()} for the optional parts; {@code with...} methods change one part.
 */
@Value.Immutable
@JsonSerialize(as = RevenueStream.class)
@JsonDeserialize(as = RevenueStream.class)
abstract class AbstractRevenueStream {
  /**
   * The stream's id, unique among the model's revenue streams.
   *
   * @return the stream's id, unique among the model's revenue streams
   */
  @Value.Parameter
  public abstract String id();

  /**
   * The id of the paying actor.
   *
   * @return the id of the paying actor
   */
  @Value.Parameter
  public abstract String payer();

  /**
   * How the revenue is earned.
   *
   * @return how the revenue is earned
   */
  @Value.Parameter
  public abstract RevenueMechanism mechanism();

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
}

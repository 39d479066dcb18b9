package org.bmi4j.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Surplus the model gives to an actor rather than retaining it, such as a fair price paid to a
 * producer community [De Silva et al. 2019, value capture].
 */
@Value.Immutable
@JsonSerialize(as = ValueShare.class)
@JsonDeserialize(as = ValueShare.class)
abstract class AbstractValueShare {
  /**
   * The share's id, unique among the model's value shares.
   *
   * @return the share's id, unique among the model's value shares
   */
  public abstract String id();

  /**
   * The id of the actor receiving the share.
   *
   * @return the id of the actor receiving the share
   */
  public abstract String actor();

  /**
   * The kind of value shared.
   *
   * @return the kind of value shared
   */
  public abstract ValueKind kind();

  /**
   * The fraction of the surplus shared, from 0 to 1, if known.
   *
   * @return the fraction of the surplus shared, from 0 to 1, if known
   */
  public abstract Optional<BigDecimal> share();
}

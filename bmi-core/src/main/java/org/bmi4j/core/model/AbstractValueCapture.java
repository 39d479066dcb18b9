package org.bmi4j.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * The value capture function: how part of the value is retained or distributed [De Silva et al.
 * 2019]. It is empty while it has no revenue stream, cost item or value share.
 */
@Value.Immutable
@JsonSerialize(as = ValueCapture.class)
@JsonDeserialize(as = ValueCapture.class)
abstract class AbstractValueCapture {
  /**
   * The revenue streams, in insertion order.
   *
   * @return the revenue streams, in insertion order
   */
  public abstract ImmutableList<RevenueStream> revenueStreams();

  /**
   * The cost items, in insertion order.
   *
   * @return the cost items, in insertion order
   */
  public abstract ImmutableList<CostItem> costs();

  /**
   * The value shares, in insertion order.
   *
   * @return the value shares, in insertion order
   */
  public abstract ImmutableList<ValueShare> valueShares();

  /**
   * Returns the revenue streams' amounts added up like with like: one total per basis and currency,
   * in basis order then in the order currencies first appear; unvalued streams are left out.
   *
   * @return the revenue streams' amounts added up like with like
   */
  public ImmutableList<AmountTotal> revenueTotals() {
    return AmountTotals.of(
        revenueStreams(), RevenueStream::id, RevenueStream::basis, RevenueStream::amount);
  }

  /**
   * Returns the cost items' amounts added up like with like, as {@link #revenueTotals()}.
   *
   * @return the cost items' amounts added up like with like, as {@link #revenueTotals()}
   */
  public ImmutableList<AmountTotal> costTotals() {
    return AmountTotals.of(costs(), CostItem::id, CostItem::basis, CostItem::amount);
  }

  /**
   * Returns whether the function holds no revenue stream, cost item or value share.
   *
   * @return whether the function holds no revenue stream, cost item or value share
   */
  @JsonIgnore
  public boolean isEmpty() {
    return revenueStreams().isEmpty() && costs().isEmpty() && valueShares().isEmpty();
  }
}

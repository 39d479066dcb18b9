package org.bmi4j.core.alliance;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.bmi4j.core.internal.Sentences;
import org.bmi4j.core.model.Money;

/**
 * One partner's balance in a {@link ContributionLedger}: the sums of its valued contributions and
 * returns, and its entries without a valuation, which no sum includes.
 *
 * @param partner the partner's actor id
 * @param entryCount the number of its entries, valued or not
 * @param contributions the sum of its valued contributions, in the ledger's currency
 * @param returns the sum of its valued returns, in the ledger's currency
 * @param unvalued its intangible entries without a valuation, in ledger order
 */
public record PartnerBalance(
    String partner,
    int entryCount,
    Money contributions,
    Money returns,
    ImmutableList<LedgerEntry> unvalued) {

  /**
   * Checks the parts.
   *
   * @param partner the partner's actor id
   * @param contributions the sum of its valued contributions, in the ledger's currency
   * @param returns the sum of its valued returns, in the ledger's currency
   * @param unvalued its intangible entries without a valuation, in ledger order
   * @param entryCount the number of its entries, valued or not
   * @throws IllegalArgumentException if {@code entryCount} or a sum is negative (valuations are 0
   *     or more, so {@link #net} always fits the {@link Money} domain), or the two sums are in
   *     different currencies
   * @throws NullPointerException if a part is null
   */
  public PartnerBalance {
    checkNotNull(partner, "partner");
    checkNotNull(contributions, "contributions");
    checkNotNull(returns, "returns");
    checkNotNull(unvalued, "unvalued");
    checkArgument(
        entryCount >= 0,
        "entryCount of partner '%s' must be 0 or more, was %s",
        partner,
        entryCount);
    checkArgument(
        !contributions.isNegative() && !returns.isNegative(),
        "contributions and returns of partner '%s' are sums of valuations, 0 or more; were %s and"
            + " %s",
        partner,
        contributions,
        returns);
    checkArgument(
        contributions.currency().equals(returns.currency()),
        "contributions and returns of partner '%s' must be in one currency, were %s and %s",
        partner,
        contributions,
        returns);
  }

  /**
   * Copies the given collections, of any kind, into immutable ones.
   *
   * @param partner the partner's actor id
   * @param contributions the sum of its valued contributions, in the ledger's currency
   * @param returns the sum of its valued returns, in the ledger's currency
   * @param unvalued its intangible entries without a valuation, in ledger order
   * @param entryCount the number of its entries, valued or not
   * @throws IllegalArgumentException if {@code entryCount} or a sum is negative (valuations are 0
   *     or more, so {@link #net} always fits the {@link Money} domain), or the two sums are in
   *     different currencies
   * @throws NullPointerException if a part is null
   */
  public PartnerBalance(
      String partner,
      int entryCount,
      Money contributions,
      Money returns,
      List<? extends LedgerEntry> unvalued) {
    this(partner, entryCount, contributions, returns, ImmutableList.copyOf(unvalued));
  }

  /**
   * Returns the valued returns less the valued contributions.
   *
   * @return the valued returns less the valued contributions
   */
  public Money net() {
    return new Money(returns.amount().subtract(contributions.amount()), returns.currency());
  }

  /** Returns whether the partner has an unvalued entry of the given direction. */
  boolean hasUnvalued(Direction direction) {
    for (LedgerEntry entry : unvalued) {
      if (entry.direction() == direction) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns a short description for logs: the partner, its sums and how many entries; never the
   * entries.
   */
  @Override
  public String toString() {
    return "PartnerBalance["
        + partner
        + ": "
        + Sentences.count(entryCount, "entry", "entries")
        + ", contributions "
        + contributions
        + ", returns "
        + returns
        + ", "
        + unvalued.size()
        + " unvalued]";
  }
}

package org.bmi4j.core.alliance;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import org.bmi4j.core.internal.Decimals;

/**
 * Whether an alliance is a win-win situation for all its current partners, read from a {@link
 * ContributionLedger} [Spieth et al.: the critical point of development is "a win-win situation for
 * all partners"; Oskam et al. 2021].
 *
 * <p>The rule is the library's formalisation, and never guesses a number:
 *
 * <ul>
 *   <li>A partner <b>reaches</b> the ratio when its valued returns are at least {@code ratio} times
 *       its valued contributions (default ratio 1: returns reach contributions).
 *   <li>A partner is <b>below</b> when it does not reach the ratio and has no unvalued return: an
 *       unvalued contribution can only add to what it must reach, so it cannot lift the partner,
 *       while an unvalued return might.
 *   <li>{@link WinWin#NOT_WIN_WIN} when at least one partner is below ({@link #partnersBelow()});
 *       otherwise {@link WinWin#INDETERMINATE} when a current partner has an intangible entry
 *       without a valuation ({@link #unvaluedEntries()}); otherwise {@link WinWin#WIN_WIN}.
 *   <li>A partner with contributions but no returns is below (its returns, 0, do not reach a
 *       positive figure), unless an unvalued return leaves it open.
 *   <li>A current partner with no entries at all has a zero balance, which reaches any ratio: the
 *       ledger records no imbalance for it. It is named in {@link #partnersWithoutEntries()}.
 *   <li>Former partners (with entries, but no longer current) are reported with their balances and
 *       do not count.
 * </ul>
 *
 * @param ratio the share of its contributions each partner's returns must reach, greater than 0 and
 *     with at most 30 digits before and after the decimal point; kept without trailing zeros, so
 *     that a ratio of 1.0 and one of 1 make equal verdicts
 * @param balances the current partners' balances, in the order the partners were given
 * @param formerPartners the balances of partners with entries that are not current, in order of
 *     their first entry
 */
public record WinWinVerdict(
    BigDecimal ratio,
    ImmutableList<PartnerBalance> balances,
    ImmutableList<PartnerBalance> formerPartners) {
  /** The default ratio, 1: every partner's returns reach its contributions. */
  public static final BigDecimal DEFAULT_RATIO = BigDecimal.ONE;

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if {@code ratio} is not greater than 0 or has more than 30
   *     digits before or after the decimal point, or no balance is given
   * @throws NullPointerException if a part is null
   */
  public WinWinVerdict {
    checkNotNull(ratio, "ratio");
    checkNotNull(balances, "balances");
    checkNotNull(formerPartners, "formerPartners");
    checkArgument(ratio.signum() > 0, "ratio must be greater than 0, was %s", ratio);
    Decimals.check("ratio", ratio);
    checkArgument(
        !balances.isEmpty(),
        "balances must hold the balance of at least one" + " current partner, was empty");
    ratio = ratio.stripTrailingZeros(); // so that equal ratios make equal verdicts
  }

  static WinWinVerdict of(
      BigDecimal ratio,
      ImmutableList<PartnerBalance> balances,
      ImmutableList<PartnerBalance> formerPartners) {
    return new WinWinVerdict(ratio, balances, formerPartners);
  }

  /** Returns the outcome by the rules above. */
  public WinWin outcome() {
    if (!partnersBelow().isEmpty()) {
      return WinWin.NOT_WIN_WIN;
    }
    return unvaluedEntries().isEmpty() ? WinWin.WIN_WIN : WinWin.INDETERMINATE;
  }

  /** Returns the current partners certainly below the ratio, in the order they were given. */
  public ImmutableList<String> partnersBelow() {
    ImmutableList.Builder<String> below = ImmutableList.builder();
    for (PartnerBalance balance : balances) {
      BigDecimal needed = ratio.multiply(balance.contributions().amount());
      if (balance.returns().amount().compareTo(needed) < 0
          && !balance.hasUnvalued(Direction.RETURN)) {
        below.add(balance.partner());
      }
    }
    return below.build();
  }

  /**
   * Returns every intangible entry of a current partner without a valuation, partner by partner in
   * the order the partners were given, each partner's in ledger order.
   */
  public ImmutableList<LedgerEntry> unvaluedEntries() {
    ImmutableList.Builder<LedgerEntry> unvalued = ImmutableList.builder();
    for (PartnerBalance balance : balances) {
      unvalued.addAll(balance.unvalued());
    }
    return unvalued.build();
  }

  /** Returns the current partners that have no entry in the ledger, in the order given. */
  public ImmutableList<String> partnersWithoutEntries() {
    ImmutableList.Builder<String> without = ImmutableList.builder();
    for (PartnerBalance balance : balances) {
      if (balance.entryCount() == 0) {
        without.add(balance.partner());
      }
    }
    return without.build();
  }
}

package org.bmi4j.core.alliance;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.bmi4j.core.internal.Decimals;
import org.bmi4j.core.internal.Sentences;

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
 *   <li>A verdict counts the entries of the {@linkplain #counted() realisations} it was asked for:
 *       expected, realised or both ({@link Realisation}); before an alliance reaches the market
 *       nothing has been returned, so its DEVELOPMENT critical point is judged on expected and
 *       realised entries, and OPERATION on realised ones.
 *   <li>The verdict names every partner below the ratio and every unvalued entry together, even
 *       when a partner below already decides the outcome ({@link #summary()}).
 * </ul>
 *
 * @param ratio the share of its contributions each partner's returns must reach, greater than 0 and
 *     with at most 30 digits before and after the decimal point; kept without trailing zeros, so
 *     that a ratio of 1.0 and one of 1 make equal verdicts
 * @param balances the current partners' balances, in the order the partners were given
 * @param formerPartners the balances of partners with entries that are not current, in order of
 *     their first entry
 * @param counted the realisations of the entries the balances count: expected, realised or both
 *     (SPEC 3.5, library formalisation); entries of other realisations are left out of every
 *     balance
 */
public record WinWinVerdict(
    BigDecimal ratio,
    ImmutableList<PartnerBalance> balances,
    ImmutableList<PartnerBalance> formerPartners,
    ImmutableSet<Realisation> counted) {
  /** The default ratio, 1: every partner's returns reach its contributions. */
  public static final BigDecimal DEFAULT_RATIO = BigDecimal.ONE;

  /** Both realisations, EXPECTED and REALISED: a verdict on every entry. */
  public static final ImmutableSet<Realisation> EVERY_ENTRY =
      Sets.immutableEnumSet(EnumSet.allOf(Realisation.class));

  /**
   * Checks the parts.
   *
   * @param ratio the share of its contributions each partner's returns must reach, greater than 0
   *     and with at most 30 digits before and after the decimal point; kept without trailing zeros,
   *     so that a ratio of 1.0 and one of 1 make equal verdicts
   * @param balances the current partners' balances, in the order the partners were given
   * @param formerPartners the balances of partners with entries that are not current, in order of
   *     their first entry
   * @param counted the realisations of the entries the balances count: expected, realised or both
   *     (SPEC 3.5, library formalisation); entries of other realisations are left out of every
   *     balance
   * @throws IllegalArgumentException if {@code ratio} is not greater than 0 or has more than 30
   *     digits before or after the decimal point, no balance is given or {@code counted} is empty
   * @throws NullPointerException if a part is null
   */
  public WinWinVerdict {
    checkNotNull(ratio, "ratio");
    checkNotNull(balances, "balances");
    checkNotNull(formerPartners, "formerPartners");
    checkNotNull(counted, "counted");
    checkArgument(!counted.isEmpty(), "counted must name EXPECTED, REALISED or both, was empty");
    counted = Sets.immutableEnumSet(counted); // declaration order, whatever order was given
    checkArgument(ratio.signum() > 0, "ratio must be greater than 0, was %s", ratio);
    Decimals.check("ratio", ratio);
    checkArgument(
        !balances.isEmpty(),
        "balances must hold the balance of at least one" + " current partner, was empty");
    ratio = ratio.stripTrailingZeros(); // so that equal ratios make equal verdicts
  }

  /**
   * Copies the given collections, of any kind, into immutable ones.
   *
   * @param ratio the share of its contributions each partner's returns must reach, greater than 0
   *     and with at most 30 digits before and after the decimal point; kept without trailing zeros,
   *     so that a ratio of 1.0 and one of 1 make equal verdicts
   * @param balances the current partners' balances, in the order the partners were given
   * @param formerPartners the balances of partners with entries that are not current, in order of
   *     their first entry
   * @param counted the realisations of the entries the balances count: expected, realised or both
   *     (SPEC 3.5, library formalisation); entries of other realisations are left out of every
   *     balance
   * @throws IllegalArgumentException if {@code ratio} is not greater than 0 or has more than 30
   *     digits before or after the decimal point, no balance is given or {@code counted} is empty
   * @throws NullPointerException if a part is null
   */
  public WinWinVerdict(
      BigDecimal ratio,
      List<? extends PartnerBalance> balances,
      List<? extends PartnerBalance> formerPartners,
      Collection<? extends Realisation> counted) {
    this(
        ratio,
        ImmutableList.copyOf(balances),
        ImmutableList.copyOf(formerPartners),
        ImmutableSet.copyOf(counted));
  }

  /**
   * A verdict counting every entry, expected and realised.
   *
   * @param ratio the share of its contributions each partner's returns must reach, greater than 0
   *     and with at most 30 digits before and after the decimal point; kept without trailing zeros,
   *     so that a ratio of 1.0 and one of 1 make equal verdicts
   * @param balances the current partners' balances, in the order the partners were given
   * @param formerPartners the balances of partners with entries that are not current, in order of
   *     their first entry
   * @throws IllegalArgumentException if {@code ratio} is not greater than 0 or no balance is given
   * @throws NullPointerException if a part is null
   */
  public WinWinVerdict(
      BigDecimal ratio,
      ImmutableList<PartnerBalance> balances,
      ImmutableList<PartnerBalance> formerPartners) {
    this(ratio, balances, formerPartners, EVERY_ENTRY);
  }

  /**
   * A verdict counting every entry, expected and realised, copying the given lists of any kind.
   *
   * @param ratio the share of its contributions each partner's returns must reach, greater than 0
   *     and with at most 30 digits before and after the decimal point; kept without trailing zeros,
   *     so that a ratio of 1.0 and one of 1 make equal verdicts
   * @param balances the current partners' balances, in the order the partners were given
   * @param formerPartners the balances of partners with entries that are not current, in order of
   *     their first entry
   * @throws IllegalArgumentException if {@code ratio} is not greater than 0 or no balance is given
   * @throws NullPointerException if a part is null
   */
  public WinWinVerdict(
      BigDecimal ratio,
      List<? extends PartnerBalance> balances,
      List<? extends PartnerBalance> formerPartners) {
    this(ratio, ImmutableList.copyOf(balances), ImmutableList.copyOf(formerPartners), EVERY_ENTRY);
  }

  /**
   * Returns the outcome by the rules above.
   *
   * @return the outcome by the rules above
   */
  public WinWin outcome() {
    if (!partnersBelow().isEmpty()) {
      return WinWin.NOT_WIN_WIN;
    }
    return unvaluedEntries().isEmpty() ? WinWin.WIN_WIN : WinWin.INDETERMINATE;
  }

  /**
   * Returns the current partners certainly below the ratio, in the order they were given.
   *
   * @return the current partners certainly below the ratio, in the order they were given
   */
  public ImmutableList<String> partnersBelow() {
    ImmutableList.Builder<String> below = ImmutableList.builder();
    for (PartnerBalance balance : balances) {
      if (below(
          ratio,
          balance.contributions().amount(),
          balance.returns().amount(),
          balance.hasUnvalued(Direction.RETURN))) {
        below.add(balance.partner());
      }
    }
    return below.build();
  }

  /**
   * Returns whether a partner with these sums is certainly below {@code ratio}: its returns do not
   * reach {@code ratio} times its contributions and it has no unvalued return (library
   * formalisation, see above).
   */
  static boolean below(
      BigDecimal ratio, BigDecimal contributions, BigDecimal returns, boolean unvaluedReturn) {
    return returns.compareTo(ratio.multiply(contributions)) < 0 && !unvaluedReturn;
  }

  /**
   * Returns every intangible entry of a current partner without a valuation, partner by partner in
   * the order the partners were given, each partner's in ledger order.
   *
   * @return every intangible entry of a current partner without a valuation, partner by partner in
   *     the order the partners were given, each partner's in ledger order
   */
  public ImmutableList<LedgerEntry> unvaluedEntries() {
    ImmutableList.Builder<LedgerEntry> unvalued = ImmutableList.builder();
    for (PartnerBalance balance : balances) {
      unvalued.addAll(balance.unvalued());
    }
    return unvalued.build();
  }

  /**
   * Returns the current partners that have no entry in the ledger, in the order given.
   *
   * @return the current partners that have no entry in the ledger, in the order given
   */
  public ImmutableList<String> partnersWithoutEntries() {
    ImmutableList.Builder<String> without = ImmutableList.builder();
    for (PartnerBalance balance : balances) {
      if (balance.entryCount() == 0) {
        without.add(balance.partner());
      }
    }
    return without.build();
  }

  /**
   * Returns one sentence telling the whole verdict: the outcome, what it counted, every partner
   * below the ratio with its returns and contributions, and every unvalued entry, even when a
   * partner below already decides the outcome. For example {@code NOT_WIN_WIN counting expected and
   * realised entries at ratio 1: partner 'rental' receives 40 EUR for contributions of 50 EUR;
   * unvalued entries: 'Usage data' (CONTRIBUTION of 'oem')}.
   *
   * @return one sentence telling the whole verdict
   */
  public String summary() {
    StringBuilder text =
        new StringBuilder()
            .append(outcome())
            .append(" counting ")
            .append(countedInWords())
            .append(" entries at ratio ")
            .append(ratio.toPlainString());
    List<String> below = partnersBelow();
    String separator = ": ";
    for (PartnerBalance balance : balances) {
      if (below.contains(balance.partner())) {
        text.append(separator)
            .append("partner '")
            .append(balance.partner())
            .append("' receives ")
            .append(balance.returns())
            .append(" for contributions of ")
            .append(balance.contributions());
        separator = ", ";
      }
    }
    List<LedgerEntry> unvalued = unvaluedEntries();
    if (!unvalued.isEmpty()) {
      text.append(below.isEmpty() ? ": " : "; ").append("unvalued entries: ");
      for (int i = 0; i < unvalued.size(); i++) {
        LedgerEntry entry = unvalued.get(i);
        text.append(i == 0 ? "" : ", ")
            .append('\'')
            .append(entry.description())
            .append("' (")
            .append(entry.direction())
            .append(" of '")
            .append(entry.partner())
            .append("')");
      }
    }
    return text.toString();
  }

  /**
   * Returns what the verdict counted in words: "expected", "realised" or "expected and realised".
   *
   * @return what the verdict counted in words
   */
  public String countedInWords() {
    return counted.size() == 2
        ? "expected and realised"
        : counted.iterator().next().name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns a short description for logs: the outcome, the ratio and how many balances; {@link
   * #summary()} tells the whole verdict.
   */
  @Override
  public String toString() {
    return "WinWinVerdict["
        + outcome()
        + " at ratio "
        + ratio.toPlainString()
        + ": "
        + Sentences.count(balances.size(), "partner")
        + ", "
        + Sentences.count(formerPartners.size(), "former partner")
        + ", counting "
        + counted
        + "]";
  }
}

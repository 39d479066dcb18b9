package org.bmi4j.core.alliance;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.Currency;
import java.util.List;
import java.util.RandomAccess;
import java.util.Set;
import org.bmi4j.core.internal.AppendLog;
import org.bmi4j.core.internal.Decimals;
import org.bmi4j.core.model.Money;

/**
 * The entries of a ledger, checked for its currency, with each partner's running tallies per
 * realisation: an immutable list that shares its storage with the entries it grew from, so that
 * appending an entry and checking its sums cost O(1) however many entries there are, and a
 * partner's balance costs O(1) plus its unvalued entries.
 *
 * <p>Each entry is keyed by its partner and realisation (a slot) and carries its slot's tally
 * through that entry: the sums of the valued contributions and returns, the number of entries, the
 * number of unvalued entries and the index of the last one, and whether one of them is a return.
 * The unvalued entries of a slot form a chain from the last one back, through the tallies of the
 * entries before each ({@link #unvalued}). Valuations are 0 or more ({@link LedgerEntry}), so a
 * slot's sum never exceeds the partner's sum over both realisations, which {@link #with} checks:
 * every sum a balance reports fits the {@link Money} domain.
 */
final class LedgerEntries extends AbstractList<LedgerEntry> implements RandomAccess {
  /** One partner's entries of one realisation. */
  private record Slot(String partner, Realisation realisation) {}

  private static Slot slot(LedgerEntry entry) {
    return new Slot(entry.partner(), entry.realisation());
  }

  /**
   * A slot's tally through one of its entries.
   *
   * @param contributions the sum of the slot's valued contributions
   * @param returns the sum of the slot's valued returns
   * @param count the number of the slot's entries, valued or not
   * @param unvaluedCount the number of the slot's unvalued entries
   * @param lastUnvalued the index of the slot's last unvalued entry, or -1
   * @param unvaluedReturn whether one of the slot's unvalued entries is a return
   */
  private record Tally(
      BigDecimal contributions,
      BigDecimal returns,
      int count,
      int unvaluedCount,
      int lastUnvalued,
      boolean unvaluedReturn) {
    static final Tally NONE = new Tally(BigDecimal.ZERO, BigDecimal.ZERO, 0, 0, -1, false);

    /** Returns this tally with {@code entry}, at index {@code i}, counted. */
    Tally with(LedgerEntry entry, int i) {
      if (entry.valuation().isEmpty()) {
        return new Tally(
            contributions,
            returns,
            count + 1,
            unvaluedCount + 1,
            i,
            unvaluedReturn || entry.direction() == Direction.RETURN);
      }
      BigDecimal amount = entry.valuation().get().amount();
      return entry.direction() == Direction.CONTRIBUTION
          ? new Tally(
              contributions.add(amount),
              returns,
              count + 1,
              unvaluedCount,
              lastUnvalued,
              unvaluedReturn)
          : new Tally(
              contributions,
              returns.add(amount),
              count + 1,
              unvaluedCount,
              lastUnvalued,
              unvaluedReturn);
    }

    BigDecimal sum(Direction direction) {
      return direction == Direction.CONTRIBUTION ? contributions : returns;
    }
  }

  private final Currency currency;
  private final AppendLog<LedgerEntry> entries; // keyed by slot
  private final AppendLog<Tally> tallies; // the entry's slot's tally through that entry
  private final AppendLog<String> partners; // the partners, in order of their first entry

  private LedgerEntries(
      Currency currency,
      AppendLog<LedgerEntry> entries,
      AppendLog<Tally> tallies,
      AppendLog<String> partners) {
    this.currency = currency;
    this.entries = entries;
    this.tallies = tallies;
    this.partners = partners;
  }

  /** Returns no entries of {@code currency}. */
  static LedgerEntries empty(Currency currency) {
    return new LedgerEntries(
        currency,
        AppendLog.keyed(LedgerEntries::slot),
        AppendLog.<Tally>empty(),
        AppendLog.<String>empty());
  }

  /** Returns {@code entries} checked for {@code currency}, O(1) if they are checked already. */
  static LedgerEntries of(Currency currency, Iterable<LedgerEntry> entries) {
    if (entries instanceof LedgerEntries checked && checked.currency.equals(currency)) {
      return checked;
    }
    LedgerEntries all = empty(currency);
    for (LedgerEntry entry : entries) {
      all = all.with(entry);
    }
    return all;
  }

  Currency currency() {
    return currency;
  }

  /** Returns the tally of one partner's entries of one realisation; O(1). */
  private Tally tally(String partner, Realisation realisation) {
    int last = entries.lastIndex(new Slot(partner, realisation));
    return last < 0 ? Tally.NONE : tallies.get(last);
  }

  /**
   * Returns the sum of the valued entries of {@code entry}'s partner and direction, of both
   * realisations, with {@code entry}.
   */
  BigDecimal sumWith(LedgerEntry entry) {
    BigDecimal before =
        tally(entry.partner(), Realisation.EXPECTED)
            .sum(entry.direction())
            .add(tally(entry.partner(), Realisation.REALISED).sum(entry.direction()));
    return entry.valuation().isEmpty() ? before : before.add(entry.valuation().get().amount());
  }

  /**
   * Returns these entries with {@code entry} appended.
   *
   * @throws IllegalArgumentException if the entry is valued in another currency, or would make its
   *     partner's contributions or returns sum to more than 30 digits before the decimal point
   */
  LedgerEntries with(LedgerEntry entry) {
    int i = entries.size();
    if (entry.valuation().isPresent()) {
      BigDecimal sum = sumWith(entry);
      checkArgument(
          Decimals.fits(sum),
          "entries[%s] ('%s' of partner '%s') makes the partner's %s sum to %s, more than %s"
              + " digits before the decimal point; record the figures in a larger unit",
          i,
          entry.description(),
          entry.partner(),
          entry.direction() == Direction.CONTRIBUTION ? "contributions" : "returns",
          sum,
          Decimals.MAX_DIGITS);
      Currency used = entry.valuation().get().currency();
      checkArgument(
          used.equals(currency),
          "entries[%s] ('%s' of partner '%s') is valued in %s; this ledger keeps %s",
          i,
          entry.description(),
          entry.partner(),
          used,
          currency);
    }
    Slot slot = slot(entry);
    int last = entries.lastIndex(slot);
    Realisation other =
        slot.realisation() == Realisation.EXPECTED ? Realisation.REALISED : Realisation.EXPECTED;
    boolean first = last < 0 && entries.lastIndex(new Slot(entry.partner(), other)) < 0;
    Tally before = last < 0 ? Tally.NONE : tallies.get(last);
    return new LedgerEntries(
        currency,
        entries.append(entry),
        tallies.append(before.with(entry, i)),
        first ? partners.append(entry.partner()) : partners);
  }

  /** Returns the partners with at least one entry, in order of their first entry; O(partners). */
  List<String> partners() {
    return partners;
  }

  /**
   * Returns the balance of {@code partner}, counting the entries of the realisations in {@code
   * counted} (not empty); O(1) plus the partner's unvalued entries of those realisations.
   */
  PartnerBalance balance(String partner, Set<Realisation> counted) {
    Tally expected =
        counted.contains(Realisation.EXPECTED) ? tally(partner, Realisation.EXPECTED) : Tally.NONE;
    Tally realised =
        counted.contains(Realisation.REALISED) ? tally(partner, Realisation.REALISED) : Tally.NONE;
    return new PartnerBalance(
        partner,
        expected.count() + realised.count(),
        new Money(expected.contributions().add(realised.contributions()), currency),
        new Money(expected.returns().add(realised.returns()), currency),
        unvalued(expected, realised));
  }

  /**
   * Returns whether {@code partner} is certainly below {@code ratio}, counting the entries of the
   * realisations in {@code counted} (not empty), by the rule of {@link
   * WinWinVerdict#partnersBelow()}; O(1).
   */
  boolean below(String partner, BigDecimal ratio, Set<Realisation> counted) {
    Tally expected =
        counted.contains(Realisation.EXPECTED) ? tally(partner, Realisation.EXPECTED) : Tally.NONE;
    Tally realised =
        counted.contains(Realisation.REALISED) ? tally(partner, Realisation.REALISED) : Tally.NONE;
    return WinWinVerdict.below(
        ratio,
        expected.contributions().add(realised.contributions()),
        expected.returns().add(realised.returns()),
        expected.unvaluedReturn() || realised.unvaluedReturn());
  }

  /**
   * Returns the unvalued entries of two tallies of one partner, in ledger order; O(those entries):
   * each chain is followed from its last entry back, the two merged by index.
   */
  private ImmutableList<LedgerEntry> unvalued(Tally expected, Tally realised) {
    int n = expected.unvaluedCount() + realised.unvaluedCount();
    if (n == 0) {
      return ImmutableList.of();
    }
    LedgerEntry[] found = new LedgerEntry[n];
    int e = expected.lastUnvalued();
    int r = realised.lastUnvalued();
    while (e >= 0 || r >= 0) {
      if (e > r) {
        found[--n] = entries.get(e);
        e = previousUnvalued(e);
      } else {
        found[--n] = entries.get(r);
        r = previousUnvalued(r);
      }
    }
    return ImmutableList.copyOf(found);
  }

  /** Returns the index of the unvalued entry before the one at {@code i} of its slot, or -1. */
  private int previousUnvalued(int i) {
    int before = entries.previousIndex(i);
    return before < 0 ? -1 : tallies.get(before).lastUnvalued();
  }

  @Override
  public LedgerEntry get(int index) {
    return entries.get(index);
  }

  @Override
  public int size() {
    return entries.size();
  }
}

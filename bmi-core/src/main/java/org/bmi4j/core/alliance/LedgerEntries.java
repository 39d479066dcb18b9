package org.bmi4j.core.alliance;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.RandomAccess;
import org.bmi4j.core.internal.AppendLog;
import org.bmi4j.core.internal.Decimals;

/**
 * The entries of a ledger, checked for its currency, with each partner's running sums of
 * contributions and of returns: an immutable list that shares its storage with the entries it grew
 * from, so that appending an entry and checking its sum cost O(1) however many entries there are.
 */
final class LedgerEntries extends AbstractList<LedgerEntry> implements RandomAccess {
  /** One partner's contributions or returns. */
  private record Account(String partner, Direction direction) {}

  private static Account account(LedgerEntry entry) {
    return new Account(entry.partner(), entry.direction());
  }

  private final Currency currency;
  private final AppendLog<LedgerEntry> entries; // keyed by account
  private final AppendLog<BigDecimal> sums; // the entry's account's sum through that entry
  private final AppendLog<String> partners; // the partners, in order of their first entry

  private LedgerEntries(
      Currency currency,
      AppendLog<LedgerEntry> entries,
      AppendLog<BigDecimal> sums,
      AppendLog<String> partners) {
    this.currency = currency;
    this.entries = entries;
    this.sums = sums;
    this.partners = partners;
  }

  /** Returns no entries of {@code currency}. */
  static LedgerEntries empty(Currency currency) {
    return new LedgerEntries(
        currency,
        AppendLog.keyed(LedgerEntries::account),
        AppendLog.<BigDecimal>empty(),
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

  /** Returns the sum of the valued entries of {@code entry}'s account with {@code entry}. */
  BigDecimal sumWith(LedgerEntry entry) {
    int last = entries.lastIndex(account(entry));
    BigDecimal before = last < 0 ? BigDecimal.ZERO : sums.get(last);
    return entry.valuation().isEmpty() ? before : before.add(entry.valuation().get().amount());
  }

  /** Returns the indexes of the entries of one partner's contributions or returns, last first. */
  int lastIndex(String partner, Direction direction) {
    return entries.lastIndex(new Account(partner, direction));
  }

  /** Returns the index of the entry before the one at {@code i} of the same account, or -1. */
  int previousIndex(int i) {
    return entries.previousIndex(i);
  }

  /**
   * Returns these entries with {@code entry} appended.
   *
   * @throws IllegalArgumentException if the entry is valued in another currency, or would make its
   *     account sum to more than 30 digits before the decimal point
   */
  LedgerEntries with(LedgerEntry entry) {
    int i = entries.size();
    BigDecimal sum = sumWith(entry);
    if (entry.valuation().isPresent()) {
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
    boolean first =
        lastIndex(entry.partner(), Direction.CONTRIBUTION) < 0
            && lastIndex(entry.partner(), Direction.RETURN) < 0;
    return new LedgerEntries(
        currency,
        entries.append(entry),
        sums.append(sum),
        first ? partners.append(entry.partner()) : partners);
  }

  /** Returns the partners with at least one entry, in order of their first entry; O(partners). */
  List<String> partners() {
    return partners;
  }

  /**
   * Returns the entries of {@code partner}, in the order recorded; O(the partner's entries), not
   * O(all entries).
   */
  List<LedgerEntry> of(String partner) {
    int c = lastIndex(partner, Direction.CONTRIBUTION);
    int r = lastIndex(partner, Direction.RETURN);
    List<LedgerEntry> found = new ArrayList<>();
    while (c >= 0 || r >= 0) {
      if (c > r) {
        found.add(entries.get(c));
        c = previousIndex(c);
      } else {
        found.add(entries.get(r));
        r = previousIndex(r);
      }
    }
    Collections.reverse(found);
    return found;
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

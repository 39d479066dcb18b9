package org.bmi4j.core.alliance;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.util.StdConverter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import org.bmi4j.core.internal.Decimals;
import org.bmi4j.core.internal.Sentences;
import org.immutables.value.Value;

/**
 * The contribution ledger of an alliance: every partner's contributions and returns [Spieth et al.;
 * Oskam et al. 2021: "tracking and exchanging everyone's contributions and returns"].
 *
 * <p>Invariants and guarantees:
 *
 * <ul>
 *   <li>Deeply immutable and thread-safe; entries keep the order they were recorded in. {@link
 *       #withEntry} returns a new ledger; nothing is ever removed, so a former partner's entries
 *       stay (SPEC 4.2).
 *   <li>One currency per ledger: every valuation is in {@link #currency()}. Summing amounts of
 *       different currencies would need an exchange rate the library must not guess, so an entry in
 *       another currency is rejected (library formalisation); convert before recording.
 *   <li>Balances do not depend on the order of the entries.
 *   <li>Every partner's contributions, and every partner's returns, sum to an amount of the {@link
 *       org.bmi4j.core.model.Money} domain (at most 30 digits before the decimal point); a ledger
 *       whose sums would not fit is never built, so {@link #balance} and {@link #winWin} never fail
 *       on arithmetic.
 * </ul>
 *
 * <pre>{@code
 * ContributionLedger ledger = ContributionLedger.of(Currency.getInstance("EUR"))
 *     .withEntry(LedgerEntry.builder().partner("oem").direction(Direction.CONTRIBUTION)
 *         .description("Vehicles").valueKind(ValueKind.ECONOMIC)
 *         .tangibility(Tangibility.TANGIBLE).valuation(Money.of("100000", "EUR")).build());
 * WinWinVerdict verdict = ledger.winWin(List.of("oem", "rental"));
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ContributionLedger.class)
@JsonDeserialize(as = ContributionLedger.class)
@JsonPropertyOrder({"currency", "entries"})
abstract class AbstractContributionLedger {
  /**
   * The currency of every valuation in the ledger.
   *
   * @return the currency of every valuation in the ledger
   */
  @Value.Parameter
  public abstract Currency currency();

  /**
   * The entries, in the order they were recorded: an immutable list that shares its storage with
   * the ledger it grew from, so that {@link #withEntry} costs the same however many entries there
   * are (written in JSON as the array {@code entries}).
   *
   * @return the entries, in the order they were recorded
   */
  public List<LedgerEntry> entries() {
    return checkedEntries();
  }

  /**
   * The entries as given to the builder ({@code entryList(Iterable)}) or to {@code
   * withEntryList(Iterable)}; checked against the currency when the ledger is built.
   *
   * @return the entries as given
   */
  @Value.Default
  @JsonProperty("entries")
  @JsonDeserialize(converter = EntriesFromJson.class)
  Iterable<LedgerEntry> entryList() {
    return ImmutableList.of();
  }

  /** Returns the entries of {@link #entryList()}, checked when the ledger was built. */
  private LedgerEntries checkedEntries() {
    return (LedgerEntries) entryList();
  }

  /** Reads the entries of a document as a list, to be checked when the ledger is built. */
  static final class EntriesFromJson
      extends StdConverter<List<LedgerEntry>, Iterable<LedgerEntry>> {
    @Override
    public Iterable<LedgerEntry> convert(List<LedgerEntry> value) {
      return value;
    }
  }

  /**
   * Returns this ledger with {@code entry} appended; costs the same however many entries there are.
   *
   * @param entry the entry to append
   * @return this ledger with {@code entry} appended
   * @throws IllegalArgumentException if the entry is valued in another currency than the ledger's,
   *     or would make its partner's contributions or returns sum to more than 30 digits before the
   *     decimal point ({@link #fitsWith} tells beforehand)
   * @throws NullPointerException if {@code entry} is null
   */
  public ContributionLedger withEntry(LedgerEntry entry) {
    checkNotNull(entry, "entry");
    return ContributionLedger.copyOf(this).withEntryList(checkedEntries().with(entry));
  }

  /**
   * Returns whether {@code entry} can be appended without its partner's contributions or returns
   * summing to more than 30 digits before the decimal point.
   *
   * @param entry the entry
   * @return whether {@code entry} can be appended without its partner's contributions or returns
   *     summing to more than 30 digits before the decimal point
   * @throws NullPointerException if {@code entry} is null
   */
  public boolean fitsWith(LedgerEntry entry) {
    checkNotNull(entry, "entry");
    if (entry.valuation().isEmpty()) {
      return true;
    }
    BigDecimal sum = checkedEntries().sumWith(entry);
    return Decimals.fits(sum);
  }

  /**
   * Returns the ids of the partners with at least one entry, in order of their first entry.
   *
   * @return the ids of the partners with at least one entry, in order of their first entry
   */
  public ImmutableSet<String> partners() {
    return ImmutableSet.copyOf(checkedEntries().partners());
  }

  /**
   * Returns the balance of one partner, counting every entry; a partner without entries has a zero
   * balance.
   *
   * @param partner the partner's actor id
   * @return the balance of one partner, counting every entry
   * @throws NullPointerException if {@code partner} is null
   */
  public PartnerBalance balance(String partner) {
    return balance(partner, WinWinVerdict.EVERY_ENTRY);
  }

  /**
   * Returns the balance of one partner, counting only the entries whose {@linkplain
   * LedgerEntry#realisation() realisation} is in {@code counted}; a partner without such entries
   * has a zero balance. Costs O(1) plus the partner's unvalued entries of those realisations,
   * however many entries there are: the ledger keeps each partner's running tallies.
   *
   * @param partner the partner's actor id
   * @param counted the realisations to count, at least one
   * @return the balance of one partner, counting only the entries whose {@linkplain
   *     LedgerEntry#realisation() realisation} is in {@code counted}
   * @throws IllegalArgumentException if {@code counted} is empty
   * @throws NullPointerException if an argument is null
   */
  public PartnerBalance balance(String partner, Set<Realisation> counted) {
    checkNotNull(partner, "partner");
    checkCounted(counted);
    return checkedEntries().balance(partner, counted);
  }

  /**
   * Returns the win-win verdict for the given current partners with the default ratio of 1: every
   * partner's returns reach its contributions.
   *
   * @param partners the current partners' actor ids, at least one
   * @return the win-win verdict for the given current partners with the default ratio of 1
   * @throws IllegalArgumentException if {@code partners} is empty
   * @throws NullPointerException if {@code partners} or one of them is null
   * @see WinWinVerdict
   */
  public WinWinVerdict winWin(Iterable<String> partners) {
    return winWin(partners, WinWinVerdict.DEFAULT_RATIO);
  }

  /**
   * Returns the win-win verdict for the given current partners: whether each one's returns reach
   * {@code ratio} times its contributions. Partners with entries that are not among {@code
   * partners} are reported as former partners and do not count.
   *
   * @param partners the current partners' actor ids, at least one
   * @param ratio the factor each partner's returns must reach of its contributions, greater than 0
   * @return the win-win verdict for the given current partners
   * @throws IllegalArgumentException if {@code partners} is empty or {@code ratio} is not greater
   *     than 0 or has more than 30 digits before or after the decimal point
   * @throws NullPointerException if an argument or one of the partners is null
   * @see WinWinVerdict
   */
  public WinWinVerdict winWin(Iterable<String> partners, BigDecimal ratio) {
    return winWin(partners, ratio, WinWinVerdict.EVERY_ENTRY);
  }

  /**
   * Returns the win-win verdict for the given current partners, counting only the entries whose
   * {@linkplain LedgerEntry#realisation() realisation} is in {@code counted}: {@code
   * EnumSet.of(EXPECTED, REALISED)} for the DEVELOPMENT critical point, before anything has been
   * returned, {@code EnumSet.of(REALISED)} for what the alliance really brought (SPEC 3.5, library
   * formalisation). Otherwise as {@link #winWin(Iterable, BigDecimal)}; a former partner is one
   * with entries of any realisation. Costs O(1) a partner with entries, current or former, plus
   * their unvalued entries; {@link #partnersBelow} answers who is below in O(1) a current partner.
   *
   * @param partners the current partners' actor ids, at least one
   * @param ratio the factor each partner's returns must reach of its contributions, greater than 0
   * @param counted the realisations to count, at least one
   * @return the win-win verdict for the given current partners, counting only the entries whose
   *     {@linkplain LedgerEntry#realisation() realisation} is in {@code counted}
   * @throws IllegalArgumentException if {@code partners} or {@code counted} is empty or {@code
   *     ratio} is not greater than 0
   * @throws NullPointerException if an argument or one of the partners is null
   * @see WinWinVerdict
   */
  public WinWinVerdict winWin(
      Iterable<String> partners, BigDecimal ratio, Set<Realisation> counted) {
    ImmutableSet<String> current = checkVerdict(partners, ratio, counted);
    ImmutableList.Builder<PartnerBalance> balances = ImmutableList.builder();
    for (String partner : current) {
      balances.add(balance(partner, counted));
    }
    ImmutableList.Builder<PartnerBalance> former = ImmutableList.builder();
    for (String partner : partners()) {
      if (!current.contains(partner)) {
        former.add(balance(partner, counted));
      }
    }
    return new WinWinVerdict(
        ratio, balances.build(), former.build(), Sets.immutableEnumSet(counted));
  }

  /**
   * Returns the current partners certainly below the ratio, in the order given: the same as {@code
   * winWin(partners, ratio, counted).partnersBelow()}, but in O(partners) however many entries
   * there are, with no balance of a former partner and no list of unvalued entries.
   *
   * @param partners the current partners' actor ids, at least one
   * @param ratio the factor each partner's returns must reach of its contributions, greater than 0
   * @param counted the realisations to count, at least one
   * @return the current partners certainly below the ratio, in the order given
   * @throws IllegalArgumentException if {@code partners} or {@code counted} is empty or {@code
   *     ratio} is not greater than 0 or has more than 30 digits before or after the decimal point
   * @throws NullPointerException if an argument or one of the partners is null
   * @see WinWinVerdict#partnersBelow()
   */
  public ImmutableList<String> partnersBelow(
      Iterable<String> partners, BigDecimal ratio, Set<Realisation> counted) {
    ImmutableSet<String> current = checkVerdict(partners, ratio, counted);
    ImmutableList.Builder<String> below = ImmutableList.builder();
    for (String partner : current) {
      if (checkedEntries().below(partner, ratio, counted)) {
        below.add(partner);
      }
    }
    return below.build();
  }

  /** Checks the arguments of a verdict and returns the current partners without repetition. */
  private static ImmutableSet<String> checkVerdict(
      Iterable<String> partners, BigDecimal ratio, Set<Realisation> counted) {
    checkNotNull(partners, "partners");
    checkNotNull(ratio, "ratio");
    checkCounted(counted);
    ImmutableSet<String> current = ImmutableSet.copyOf(partners);
    checkArgument(
        !current.isEmpty(),
        "partners must name at least one current partner,"
            + " was empty; pass the alliance's current partners' actor ids");
    checkArgument(ratio.signum() > 0, "ratio must be greater than 0, was %s", ratio);
    Decimals.check("ratio", ratio);
    return current;
  }

  private static void checkCounted(Set<Realisation> counted) {
    checkNotNull(counted, "counted");
    checkArgument(!counted.isEmpty(), "counted must name EXPECTED, REALISED or both, was empty");
  }

  /**
   * Checks the entries against the currency and their sums, entry by entry, unless they were
   * checked for this currency as they were appended.
   */
  @Value.Check
  AbstractContributionLedger check() {
    if (entryList() instanceof LedgerEntries checked && checked.currency().equals(currency())) {
      return this;
    }
    return ContributionLedger.copyOf(this).withEntryList(LedgerEntries.of(currency(), entryList()));
  }

  /**
   * Returns a short description for logs: the currency and how many entries and partners; never the
   * entries. O(1): the partners are kept as the entries grow.
   */
  @Override
  public String toString() {
    return "ContributionLedger["
        + currency()
        + ": "
        + Sentences.count(entries().size(), "entry", "entries")
        + ", "
        + Sentences.count(checkedEntries().partners().size(), "partner")
        + "]";
  }
}

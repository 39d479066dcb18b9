package org.bmi4j.core.alliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bmi4j.core.internal.Decimals;
import org.bmi4j.core.model.Money;
import org.bmi4j.core.model.ValueKind;

/**
 * Issue 13: a ledger keeps each partner's running tallies per realisation, so a balance costs O(1)
 * plus its unvalued entries and the DEVELOPMENT exit's {@link ContributionLedger#partnersBelow}
 * O(1) a partner. The tallied balances, sums and verdicts equal those of a walk of every entry (the
 * oracle below, as the ledger computed them before), for random sequences of valued and unvalued
 * entries of both directions and realisations and several partners, appended one by one and now and
 * then to an earlier version of the ledger (a branch), and for every choice of realisations
 * counted.
 */
class LedgerTallyProperties {
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final List<String> PARTNERS = List.of("oem", "rental", "parking", "charging");
  private static final List<Set<Realisation>> COUNTED =
      List.of(
          EnumSet.of(Realisation.EXPECTED),
          EnumSet.of(Realisation.REALISED),
          EnumSet.allOf(Realisation.class));
  private static final List<BigDecimal> RATIOS =
      List.of(BigDecimal.ONE, new BigDecimal("1.10"), new BigDecimal("0.5"), new BigDecimal("3"));

  /** A ledger and the entries it holds, as appended. */
  private record Built(ContributionLedger ledger, List<LedgerEntry> entries) {}

  @Provide
  Arbitrary<Built> ledgers() {
    return Combinators.combine(Arbitraries.integers().between(0, 60), Arbitraries.longs())
        .as((size, seed) -> build(size, new Random(seed)));
  }

  /**
   * Appends {@code size} random entries one by one, each to the latest ledger or, one time in ten,
   * to an earlier one; an entry whose sum would not fit is refused, and must be.
   */
  private static Built build(int size, Random random) {
    List<Built> versions = new ArrayList<>();
    versions.add(new Built(ContributionLedger.of(EUR), List.of()));
    for (int i = 0; i < size; i++) {
      Built base =
          random.nextInt(10) == 0
              ? versions.get(random.nextInt(versions.size()))
              : versions.get(versions.size() - 1);
      LedgerEntry entry = entry(random);
      if (!base.ledger().fitsWith(entry)) {
        assertThrows(IllegalArgumentException.class, () -> base.ledger().withEntry(entry));
        continue;
      }
      List<LedgerEntry> entries = new ArrayList<>(base.entries());
      entries.add(entry);
      versions.add(new Built(base.ledger().withEntry(entry), entries));
    }
    return versions.get(versions.size() - 1);
  }

  private static LedgerEntry entry(Random random) {
    boolean valued = random.nextInt(3) > 0;
    LedgerEntry.Builder entry =
        LedgerEntry.builder()
            .partner(PARTNERS.get(random.nextInt(PARTNERS.size())))
            .direction(Direction.values()[random.nextInt(2)])
            .realisation(Realisation.values()[random.nextInt(2)])
            .description("entry " + random.nextInt(1000))
            .valueKind(ValueKind.ECONOMIC)
            .tangibility(valued ? Tangibility.TANGIBLE : Tangibility.INTANGIBLE);
    if (valued) {
      BigDecimal amount =
          switch (random.nextInt(20)) {
            case 0 -> new BigDecimal("9".repeat(30)); // sums near the bound, some refused
            case 1 -> BigDecimal.ZERO.setScale(random.nextInt(31)); // zeros of any scale
            case 2 -> new BigDecimal("1E+" + random.nextInt(30)); // negative scales
            default -> BigDecimal.valueOf(random.nextInt(100_001), random.nextInt(4));
          };
      entry.valuation(new Money(amount, EUR));
    }
    return entry.build();
  }

  /** The balance by a walk of every entry, valued in euros: the oracle. */
  static PartnerBalance walk(List<LedgerEntry> entries, String partner, Set<Realisation> counted) {
    BigDecimal contributions = BigDecimal.ZERO;
    BigDecimal returns = BigDecimal.ZERO;
    List<LedgerEntry> unvalued = new ArrayList<>();
    int count = 0;
    for (LedgerEntry entry : entries) {
      if (!entry.partner().equals(partner) || !counted.contains(entry.realisation())) {
        continue;
      }
      count++;
      if (entry.valuation().isEmpty()) {
        unvalued.add(entry);
      } else if (entry.direction() == Direction.CONTRIBUTION) {
        contributions = contributions.add(entry.valuation().get().amount());
      } else {
        returns = returns.add(entry.valuation().get().amount());
      }
    }
    return new PartnerBalance(
        partner, count, new Money(contributions, EUR), new Money(returns, EUR), unvalued);
  }

  /** The verdict by walks of every entry: the oracle. */
  private static WinWinVerdict walkVerdict(
      List<LedgerEntry> entries, List<String> current, BigDecimal ratio, Set<Realisation> counted) {
    List<PartnerBalance> balances = new ArrayList<>();
    for (String partner : current) {
      balances.add(walk(entries, partner, counted));
    }
    Set<String> withEntries = new LinkedHashSet<>();
    for (LedgerEntry entry : entries) {
      withEntries.add(entry.partner());
    }
    List<PartnerBalance> former = new ArrayList<>();
    for (String partner : withEntries) {
      if (!current.contains(partner)) {
        former.add(walk(entries, partner, counted));
      }
    }
    return new WinWinVerdict(ratio, balances, former, counted);
  }

  /** Asserts equal and of equal scale, which Money's numeric equality would not tell. */
  private static void assertSameMoney(Money expected, Money actual) {
    assertEquals(expected.amount(), actual.amount());
    assertEquals(expected.currency(), actual.currency());
  }

  private static void assertSameBalance(PartnerBalance expected, PartnerBalance actual) {
    assertEquals(expected, actual);
    assertSameMoney(expected.contributions(), actual.contributions());
    assertSameMoney(expected.returns(), actual.returns());
  }

  @Property
  void talliedBalancesAreThoseOfAWalkOfTheEntries(@ForAll("ledgers") Built built) {
    ContributionLedger ledger = built.ledger();
    assertEquals(built.entries(), ledger.entries());
    for (Set<Realisation> counted : COUNTED) {
      for (String partner : PARTNERS) {
        PartnerBalance walked = walk(built.entries(), partner, counted);
        assertSameBalance(walked, ledger.balance(partner, counted));
        // every sum the ledger reports fits the Money domain, so does the net
        assertTrue(Decimals.fits(walked.contributions().amount()));
        assertTrue(Decimals.fits(walked.returns().amount()));
        assertTrue(Decimals.fits(walked.net().amount()));
      }
    }
  }

  @Property
  void talliedVerdictsAndPartnersBelowAreThoseOfAWalkOfTheEntries(
      @ForAll("ledgers") Built built, @ForAll long seed) {
    Random random = new Random(seed);
    List<String> current = new ArrayList<>();
    for (String partner : PARTNERS) {
      if (random.nextBoolean()) {
        current.add(partner);
      }
    }
    if (current.isEmpty()) {
      current.add(PARTNERS.get(random.nextInt(PARTNERS.size())));
    }
    java.util.Collections.shuffle(current, random);
    BigDecimal ratio = RATIOS.get(random.nextInt(RATIOS.size()));
    for (Set<Realisation> counted : COUNTED) {
      WinWinVerdict walked = walkVerdict(built.entries(), current, ratio, counted);
      WinWinVerdict tallied = built.ledger().winWin(current, ratio, counted);
      assertEquals(walked, tallied);
      for (int i = 0; i < walked.balances().size(); i++) {
        assertSameBalance(walked.balances().get(i), tallied.balances().get(i));
      }
      for (int i = 0; i < walked.formerPartners().size(); i++) {
        assertSameBalance(walked.formerPartners().get(i), tallied.formerPartners().get(i));
      }
      assertEquals(walked.summary(), tallied.summary());
      assertEquals(walked.partnersBelow(), built.ledger().partnersBelow(current, ratio, counted));
      assertEquals(ImmutableList.copyOf(walked.partnersBelow()), tallied.partnersBelow());
    }
  }
}

package org.bmi4j.core.alliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode;
import org.bmi4j.core.json.BmiJson;
import org.bmi4j.core.json.DocumentType;
import org.bmi4j.core.testing.LedgerArbitraries;

/** Properties of the contribution ledger and its verdicts. */
class ContributionLedgerProperties {
  @Provide
  Arbitrary<ContributionLedger> ledgers() {
    return LedgerArbitraries.ledgers();
  }

  @Property
  void aLedgerReadsBackEqualFromItsJson(@ForAll("ledgers") ContributionLedger ledger) {
    String json = BmiJson.write(DocumentType.CONTRIBUTION_LEDGER, ledger);
    assertEquals(ledger, BmiJson.read(DocumentType.CONTRIBUTION_LEDGER, json));
  }

  @Property
  void balancesAndVerdictDoNotDependOnTheOrderOfTheEntries(
      @ForAll("ledgers") ContributionLedger ledger, @ForAll long seed) {
    List<LedgerEntry> shuffled = new ArrayList<>(ledger.entries());
    Collections.shuffle(shuffled, new Random(seed));
    ContributionLedger other = ledger.withEntryList(shuffled);
    for (String partner : LedgerArbitraries.PARTNERS) {
      PartnerBalance a = ledger.balance(partner);
      PartnerBalance b = other.balance(partner);
      assertEquals(a.contributions(), b.contributions());
      assertEquals(a.returns(), b.returns());
      assertEquals(a.entryCount(), b.entryCount());
    }
    assertEquals(
        ledger.winWin(LedgerArbitraries.PARTNERS).outcome(),
        other.winWin(LedgerArbitraries.PARTNERS).outcome());
    assertEquals(
        ledger.winWin(LedgerArbitraries.PARTNERS).partnersBelow(),
        other.winWin(LedgerArbitraries.PARTNERS).partnersBelow());
  }

  @Property
  @StatisticsReport(StatisticsReportMode.OFF) // the coverage check below asserts what matters
  void winWinMeansEveryCurrentPartnerReachesTheRatioAndNothingIsUnvalued(
      @ForAll("ledgers") ContributionLedger ledger) {
    BigDecimal ratio = new BigDecimal("1.1");
    WinWinVerdict verdict = ledger.winWin(List.of("oem", "rental"), ratio);
    boolean everyoneReaches =
        verdict.balances().stream()
            .allMatch(
                b ->
                    b.returns().amount().compareTo(ratio.multiply(b.contributions().amount()))
                        >= 0);
    boolean nothingUnvalued = verdict.balances().stream().allMatch(b -> b.unvalued().isEmpty());
    Statistics.collect(verdict.outcome());
    Statistics.coverage(
        coverage -> {
          for (WinWin outcome : WinWin.values()) {
            coverage.check(outcome).percentage(p -> p > 5);
          }
        });
    assertEquals(everyoneReaches && nothingUnvalued, verdict.outcome() == WinWin.WIN_WIN);
    if (verdict.outcome() == WinWin.INDETERMINATE) {
      assertTrue(!verdict.unvaluedEntries().isEmpty() && verdict.partnersBelow().isEmpty());
    }
  }

  @Property
  void everyEntryIsCountedOnceAmongCurrentAndFormerPartners(
      @ForAll("ledgers") ContributionLedger ledger) {
    WinWinVerdict verdict = ledger.winWin(List.of("oem"));
    int counted =
        verdict.balances().stream().mapToInt(PartnerBalance::entryCount).sum()
            + verdict.formerPartners().stream().mapToInt(PartnerBalance::entryCount).sum();
    assertEquals(ledger.entries().size(), counted);
  }

  @Property
  void aBalanceOnEveryEntryIsTheSumOfTheExpectedAndTheRealisedBalances(
      @ForAll("ledgers") ContributionLedger ledger) {
    for (String partner : LedgerArbitraries.PARTNERS) {
      PartnerBalance both = ledger.balance(partner);
      PartnerBalance expected = ledger.balance(partner, EnumSet.of(Realisation.EXPECTED));
      PartnerBalance realised = ledger.balance(partner, EnumSet.of(Realisation.REALISED));
      assertEquals(both.entryCount(), expected.entryCount() + realised.entryCount());
      assertEquals(
          0,
          both.contributions()
              .amount()
              .compareTo(expected.contributions().amount().add(realised.contributions().amount())));
      assertEquals(
          0,
          both.returns()
              .amount()
              .compareTo(expected.returns().amount().add(realised.returns().amount())));
      assertEquals(both.unvalued().size(), expected.unvalued().size() + realised.unvalued().size());
    }
  }

  @Property
  void everyVerdictNamesEveryPartnerBelowAndEveryUnvaluedEntry(
      @ForAll("ledgers") ContributionLedger ledger) {
    WinWinVerdict verdict = ledger.winWin(List.of("oem", "rental"));
    String summary = verdict.summary();
    assertTrue(summary.startsWith(verdict.outcome().name()), summary);
    for (String below : verdict.partnersBelow()) {
      assertTrue(summary.contains("partner '" + below + "' receives"), summary);
    }
    for (LedgerEntry entry : verdict.unvaluedEntries()) {
      assertTrue(summary.contains("'" + entry.description() + "' ("), summary);
    }
  }

  @Property
  void balancesAndPartnersAreThoseOfAPlainScanOfTheEntries(
      @ForAll("ledgers") ContributionLedger ledger) {
    java.util.Set<String> partners = new java.util.LinkedHashSet<>();
    for (LedgerEntry entry : ledger.entries()) {
      partners.add(entry.partner());
    }
    assertEquals(List.copyOf(partners), ledger.partners().asList());
    for (var counted :
        List.of(
            WinWinVerdict.EVERY_ENTRY,
            EnumSet.of(Realisation.EXPECTED),
            EnumSet.of(Realisation.REALISED))) {
      for (String partner : LedgerArbitraries.PARTNERS) {
        PartnerBalance walked = LedgerTallyProperties.walk(ledger.entries(), partner, counted);
        PartnerBalance balance = ledger.balance(partner, counted);
        assertEquals(walked.entryCount(), balance.entryCount());
        assertEquals(walked.contributions().amount(), balance.contributions().amount());
        assertEquals(walked.returns().amount(), balance.returns().amount());
        assertEquals(walked.unvalued(), balance.unvalued());
      }
    }
  }
}

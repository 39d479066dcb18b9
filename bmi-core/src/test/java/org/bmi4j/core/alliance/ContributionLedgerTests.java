package org.bmi4j.core.alliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bmi4j.core.json.BmiJson;
import org.bmi4j.core.json.BmiJsonException;
import org.bmi4j.core.json.DocumentType;
import org.bmi4j.core.model.Money;
import org.bmi4j.core.model.ValueKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ContributionLedgerTests {
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final List<String> PARTNERS = List.of("oem", "rental");

  private static LedgerEntry contribution(String partner, String description, String eur) {
    return entry(partner, Direction.CONTRIBUTION, description, eur);
  }

  private static LedgerEntry payback(String partner, String description, String eur) {
    return entry(partner, Direction.RETURN, description, eur);
  }

  private static LedgerEntry entry(
      String partner, Direction direction, String description, String eur) {
    return LedgerEntry.builder()
        .partner(partner)
        .direction(direction)
        .description(description)
        .valueKind(ValueKind.ECONOMIC)
        .tangibility(Tangibility.TANGIBLE)
        .valuation(Money.of(eur, "EUR"))
        .build();
  }

  private static LedgerEntry unvalued(String partner, Direction direction, String description) {
    return LedgerEntry.builder()
        .partner(partner)
        .direction(direction)
        .description(description)
        .valueKind(ValueKind.ECONOMIC)
        .tangibility(Tangibility.INTANGIBLE)
        .build();
  }

  private static ContributionLedger ledger(LedgerEntry... entries) {
    ContributionLedger ledger = ContributionLedger.of(EUR);
    for (LedgerEntry entry : entries) {
      ledger = ledger.withEntry(entry);
    }
    return ledger;
  }

  private static LedgerEntry expected(LedgerEntry entry) {
    return LedgerEntry.builder().from(entry).realisation(Realisation.EXPECTED).build();
  }

  @Nested
  @DisplayName("expected and realised entries")
  class ExpectedAndRealised {
    private final ContributionLedger beforeLaunch =
        ledger(
            contribution("oem", "Vehicles", "100"),
            expected(payback("oem", "Revenue share", "120")),
            contribution("rental", "Stations", "50"),
            expected(payback("rental", "Revenue share", "60")),
            payback("rental", "Parking fees", "10"));

    @Test
    void anEntryIsRealisedUnlessRecordedAsExpected() {
      assertEquals(Realisation.REALISED, contribution("oem", "Vehicles", "100").realisation());
      assertEquals(
          Realisation.EXPECTED, expected(contribution("oem", "Vehicles", "100")).realisation());
    }

    @Test
    void expectedReturnsCountWhenTheVerdictIsAskedForExpectedAndRealisedEntries() {
      WinWinVerdict verdict =
          beforeLaunch.winWin(
              PARTNERS, BigDecimal.ONE, EnumSet.of(Realisation.EXPECTED, Realisation.REALISED));

      assertEquals(WinWin.WIN_WIN, verdict.outcome());
      assertEquals(EnumSet.allOf(Realisation.class), verdict.counted());
      assertEquals(Money.of("70", "EUR"), verdict.balances().get(1).returns());
    }

    @Test
    void aRealisedVerdictCountsOnlyWhatWasReallyContributedAndReturned() {
      WinWinVerdict verdict =
          beforeLaunch.winWin(PARTNERS, BigDecimal.ONE, EnumSet.of(Realisation.REALISED));

      assertEquals(WinWin.NOT_WIN_WIN, verdict.outcome());
      assertEquals(List.of("oem", "rental"), verdict.partnersBelow());
      assertEquals(Money.of("10", "EUR"), verdict.balances().get(1).returns());
      assertEquals(2, verdict.balances().get(1).entryCount());
    }

    @Test
    void anExpectedVerdictCountsOnlyWhatIsExpected() {
      WinWinVerdict verdict =
          beforeLaunch.winWin(PARTNERS, BigDecimal.ONE, EnumSet.of(Realisation.EXPECTED));

      assertEquals(WinWin.WIN_WIN, verdict.outcome());
      assertEquals(Money.of("0", "EUR"), verdict.balances().get(0).contributions());
      assertEquals(Money.of("120", "EUR"), verdict.balances().get(0).returns());
    }

    @Test
    void theVerdictWithoutAChoiceCountsEveryEntry() {
      assertEquals(
          beforeLaunch.winWin(PARTNERS, BigDecimal.ONE, EnumSet.allOf(Realisation.class)),
          beforeLaunch.winWin(PARTNERS));
    }

    @Test
    void aVerdictMustCountSomething() {
      IllegalArgumentException thrown =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  beforeLaunch.winWin(PARTNERS, BigDecimal.ONE, EnumSet.noneOf(Realisation.class)));
      assertEquals("counted must name EXPECTED, REALISED or both, was empty", thrown.getMessage());
    }

    @Test
    void aLedgerDocumentWithoutRealisationReadsItsEntriesAsRealised() {
      String v1 =
          "{\"format\":\"bmi4j\",\"formatVersion\":1,\"type\":\"contribution-ledger\","
              + "\"content\":{\"currency\":\"EUR\",\"entries\":[{\"partner\":\"oem\","
              + "\"direction\":\"CONTRIBUTION\",\"description\":\"Vehicles\","
              + "\"valueKind\":\"ECONOMIC\",\"tangibility\":\"TANGIBLE\","
              + "\"valuation\":{\"amount\":100,\"currency\":\"EUR\"}}]}}";

      ContributionLedger read = BmiJson.read(DocumentType.CONTRIBUTION_LEDGER, v1);

      assertEquals(ledger(contribution("oem", "Vehicles", "100")), read);
    }

    @Test
    void anExpectedEntryReadsBackExpected() {
      ContributionLedger ledger = ledger(expected(payback("oem", "Revenue share", "120")));

      assertEquals(
          ledger,
          BmiJson.read(
              DocumentType.CONTRIBUTION_LEDGER,
              BmiJson.write(DocumentType.CONTRIBUTION_LEDGER, ledger)));
    }
  }

  @Nested
  @DisplayName("a verdict that tells everything")
  class TellsEverything {
    @Test
    void aVerdictWithAPartnerBelowAndUnvaluedEntriesNamesBoth() {
      LedgerEntry data = unvalued("oem", Direction.CONTRIBUTION, "Usage data");
      WinWinVerdict verdict =
          ledger(
                  contribution("oem", "Vehicles", "100"),
                  data,
                  payback("oem", "Revenue share", "120"),
                  contribution("rental", "Stations", "50"),
                  payback("rental", "Revenue share", "40"))
              .winWin(PARTNERS);

      assertEquals(WinWin.NOT_WIN_WIN, verdict.outcome());
      assertEquals(List.of("rental"), verdict.partnersBelow());
      assertEquals(List.of(data), verdict.unvaluedEntries());
      assertEquals(
          "NOT_WIN_WIN counting expected and realised entries at ratio 1: partner 'rental'"
              + " receives 40 EUR for contributions of 50 EUR; unvalued entries: 'Usage data'"
              + " (CONTRIBUTION of 'oem')",
          verdict.summary());
    }

    @Test
    void aWinWinVerdictSaysWhatItCounted() {
      assertEquals(
          "WIN_WIN counting realised entries at ratio 1",
          ledger(contribution("oem", "Vehicles", "100"), payback("oem", "Share", "100"))
              .winWin(List.of("oem"), BigDecimal.ONE, EnumSet.of(Realisation.REALISED))
              .summary());
    }
  }

  @Nested
  @DisplayName("win-win verdict")
  class Verdict {
    @Test
    void isWinWinWhenEveryPartnersReturnsReachItsContributions() {
      WinWinVerdict verdict =
          ledger(
                  contribution("oem", "Vehicles", "100"), payback("oem", "Revenue share", "120"),
                  contribution("rental", "Stations", "50"),
                      payback("rental", "Revenue share", "50"))
              .winWin(PARTNERS);

      assertEquals(WinWin.WIN_WIN, verdict.outcome());
      assertEquals(List.of(), verdict.partnersBelow());
      assertEquals(List.of(), verdict.unvaluedEntries());
    }

    @Test
    void isNotWinWinNamingThePartnersBelow() {
      WinWinVerdict verdict =
          ledger(
                  contribution("oem", "Vehicles", "100"), payback("oem", "Revenue share", "120"),
                  contribution("rental", "Stations", "50"),
                      payback("rental", "Revenue share", "40"))
              .winWin(PARTNERS);

      assertEquals(WinWin.NOT_WIN_WIN, verdict.outcome());
      assertEquals(List.of("rental"), verdict.partnersBelow());
    }

    @Test
    void isIndeterminateNamingEveryIntangibleEntryWithoutAValuation() {
      LedgerEntry data = unvalued("oem", Direction.CONTRIBUTION, "Usage data");
      LedgerEntry knowHow = unvalued("rental", Direction.RETURN, "Fleet know-how");
      WinWinVerdict verdict =
          ledger(
                  contribution("oem", "Vehicles", "100"),
                  data,
                  payback("oem", "Revenue share", "120"),
                  knowHow,
                  contribution("rental", "Stations", "50"))
              .winWin(PARTNERS);

      assertEquals(WinWin.INDETERMINATE, verdict.outcome());
      assertEquals(List.of(data, knowHow), verdict.unvaluedEntries());
      assertEquals(List.of(), verdict.partnersBelow());
    }

    @Test
    void anUnvaluedContributionCannotLiftAPartnerBelowSoTheVerdictIsNotWinWin() {
      LedgerEntry data = unvalued("rental", Direction.CONTRIBUTION, "Usage data");
      WinWinVerdict verdict =
          ledger(contribution("rental", "Stations", "50"), data, payback("rental", "Share", "40"))
              .winWin(List.of("rental"));

      assertEquals(WinWin.NOT_WIN_WIN, verdict.outcome());
      assertEquals(List.of("rental"), verdict.partnersBelow());
      assertEquals(List.of(data), verdict.unvaluedEntries());
    }

    @Test
    void aPartnerWithContributionsButNoReturnsIsBelow() {
      WinWinVerdict verdict = ledger(contribution("rental", "Stations", "50")).winWin(PARTNERS);

      assertEquals(WinWin.NOT_WIN_WIN, verdict.outcome());
      assertEquals(List.of("rental"), verdict.partnersBelow());
    }

    @Test
    void aPartnerWithNoEntriesHasAZeroBalanceThatReachesTheRatioAndIsNamed() {
      WinWinVerdict verdict =
          ledger(contribution("oem", "Vehicles", "100"), payback("oem", "Share", "100"))
              .winWin(PARTNERS);

      assertEquals(WinWin.WIN_WIN, verdict.outcome());
      assertEquals(List.of("rental"), verdict.partnersWithoutEntries());
      assertEquals(
          new PartnerBalance(
              "rental", 0, Money.of("0", "EUR"), Money.of("0", "EUR"), ImmutableList.of()),
          verdict.balances().get(1));
    }

    @Test
    void theRatioIsConfigurable() {
      ContributionLedger ledger =
          ledger(
              contribution("oem", "Vehicles", "100"), payback("oem", "Share", "120"),
              contribution("rental", "Stations", "50"), payback("rental", "Share", "40"));

      assertEquals(WinWin.WIN_WIN, ledger.winWin(PARTNERS, new BigDecimal("0.8")).outcome());
      assertEquals(
          List.of("rental"), ledger.winWin(PARTNERS, new BigDecimal("0.81")).partnersBelow());
      assertEquals(
          List.of("oem", "rental"),
          ledger.winWin(PARTNERS, new BigDecimal("1.25")).partnersBelow());
    }

    @Test
    void aFormerPartnersEntriesAreKeptAndReportedButDoNotCount() {
      ContributionLedger ledger =
          ledger(
              contribution("first", "Consulting", "80"),
              contribution("oem", "Vehicles", "100"),
              payback("oem", "Share", "100"),
              contribution("heating", "Systems", "10"),
              payback("heating", "Share", "10"));

      WinWinVerdict verdict = ledger.winWin(List.of("oem", "heating"));

      assertEquals(WinWin.WIN_WIN, verdict.outcome());
      assertEquals(List.of(ledger.balance("first")), verdict.formerPartners());
      assertEquals(
          List.of("oem", "heating"),
          verdict.balances().stream().map(PartnerBalance::partner).toList());
      assertEquals(5, ledger.entries().size());
    }

    @Test
    void rejectsAnEmptyPartnerSet() {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> ledger().winWin(List.of()));
      assertEquals(
          "partners must name at least one current partner, was empty; pass the"
              + " alliance's current partners' actor ids",
          e.getMessage());
    }

    @Test
    void rejectsARatioOfZeroOrLess() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> ledger().winWin(PARTNERS, new BigDecimal("0.0")));
      assertEquals("ratio must be greater than 0, was 0.0", e.getMessage());
    }
  }

  @Nested
  @DisplayName("balance")
  class Balance {
    @Test
    void sumsValuedContributionsAndReturnsAndListsTheUnvaluedApart() {
      LedgerEntry data = unvalued("oem", Direction.CONTRIBUTION, "Usage data");
      ContributionLedger ledger =
          ledger(
              contribution("oem", "Vehicles", "100.50"),
              data,
              payback("oem", "Share", "30"),
              payback("oem", "Share", "40.25"),
              contribution("rental", "Stations", "50"));

      PartnerBalance balance = ledger.balance("oem");

      assertEquals(
          new PartnerBalance(
              "oem",
              4,
              Money.of("100.50", "EUR"),
              Money.of("70.25", "EUR"),
              ImmutableList.of(data)),
          balance);
      assertEquals(Money.of("-30.25", "EUR"), balance.net());
      assertEquals(List.of("oem", "rental"), List.copyOf(ledger.partners()));
    }
  }

  @Nested
  @DisplayName("entries")
  class Entries {
    @Test
    void anEntryValuedInAnotherCurrencyIsRejected() {
      LedgerEntry dollars =
          LedgerEntry.builder()
              .from(contribution("oem", "Vehicles", "1"))
              .valuation(Money.of("3", "USD"))
              .build();
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> ledger(contribution("oem", "Cash", "1")).withEntry(dollars));
      assertEquals(
          "entries[1] ('Vehicles' of partner 'oem') is valued in USD; this ledger keeps" + " EUR",
          e.getMessage());
    }

    @Test
    void aTangibleEntryNeedsAValuation() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  LedgerEntry.builder()
                      .partner("oem")
                      .direction(Direction.CONTRIBUTION)
                      .description("Vehicles")
                      .valueKind(ValueKind.ECONOMIC)
                      .tangibility(Tangibility.TANGIBLE)
                      .build());
      assertEquals(
          "TANGIBLE entry 'Vehicles' of partner 'oem' needs a valuation; only an"
              + " INTANGIBLE entry may go without one",
          e.getMessage());
    }

    @Test
    void aValuationMustNotBeNegative() {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> contribution("oem", "Vehicles", "-1"));
      assertEquals(
          "valuation of 'Vehicles' of partner 'oem' must be 0 or more, was -1 EUR", e.getMessage());
    }

    @Test
    void aDescriptionMustNotBeBlank() {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> contribution("oem", " ", "1"));
      assertEquals("description of an entry of partner 'oem' must not be blank", e.getMessage());
    }

    @Test
    void thePartnerMustBeAnActorId() {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> contribution("OEM", "Vehicles", "1"));
      assertEquals(
          "partner must be an actor id matching [a-z0-9][a-z0-9._-]{0,63}, was 'OEM'",
          e.getMessage());
    }

    @Test
    void aLedgerOfTwentyThousandEntriesBuildsAndReadsBackWithTheSums() {
      ContributionLedger ledger = ContributionLedger.of(EUR);
      for (int i = 0; i < 20_000; i++) {
        ledger =
            ledger.withEntry(
                i % 2 == 0 ? contribution("p" + i % 10, "C" + i, "1") : payback("oem", "R", "2"));
      }
      assertEquals(20_000, ledger.entries().size());
      assertEquals(
          Money.of("2000", "EUR"), ledger.balance("p0").contributions()); // every tenth entry
      assertEquals(Money.of("20000", "EUR"), ledger.balance("oem").returns());
      String json = BmiJson.write(DocumentType.CONTRIBUTION_LEDGER, ledger);
      ContributionLedger read = BmiJson.read(DocumentType.CONTRIBUTION_LEDGER, json);
      assertEquals(ledger, read);
      assertEquals(
          Money.of("20002", "EUR"),
          read.withEntry(payback("oem", "R", "2")).balance("oem").returns());
    }

    @Test
    void entriesAppendedToAnEarlierLedgerLeaveTheLaterOneUnchanged() {
      ContributionLedger one = ledger(contribution("oem", "Vehicles", "1"));
      ContributionLedger two = one.withEntry(contribution("oem", "Cash", "2"));
      ContributionLedger branch = one.withEntry(contribution("oem", "Land", "5"));
      assertEquals(Money.of("3", "EUR"), two.balance("oem").contributions());
      assertEquals(Money.of("6", "EUR"), branch.balance("oem").contributions());
      assertEquals(
          List.of("Vehicles", "Cash"),
          two.entries().stream().map(LedgerEntry::description).toList());
      assertEquals(
          List.of("Vehicles", "Land"),
          branch.entries().stream().map(LedgerEntry::description).toList());
    }

    @Test
    void theEntriesOfALedgerInOneCurrencyAreCheckedAgainWhenGivenToALedgerInAnother() {
      ContributionLedger euros = ledger(contribution("oem", "Vehicles", "1"));
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  ContributionLedger.builder()
                      .currency(Currency.getInstance("USD"))
                      .entryList(euros.entries())
                      .build());
      assertEquals(
          "entries[0] ('Vehicles' of partner 'oem') is valued in EUR; this ledger keeps USD",
          e.getMessage());
    }

    @Test
    void aSumOfMoreThanThirtyDigitsIsRejectedAtTheEntryThatMakesIt() {
      String nines = "9".repeat(30);
      ContributionLedger full = ledger(contribution("oem", "A", nines));
      assertFalse(full.fitsWith(contribution("oem", "B", "1")));
      assertTrue(full.fitsWith(payback("oem", "B", "1")));
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class, () -> full.withEntry(contribution("oem", "B", "1")));
      assertEquals(
          "entries[1] ('B' of partner 'oem') makes the partner's contributions sum to 1"
              + "0".repeat(30)
              + ", more than 30 digits before the decimal point; record the figures in a larger"
              + " unit",
          e.getMessage());
    }

    @Test
    void anExpectedAndARealisedSumOfThirtyNinesAreRefusedTogetherThoughEachFits() {
      // the partner's sums over both realisations are checked, so that a verdict on every entry
      // never sums past the bound, while each realisation's own sum would fit
      String nines = "9".repeat(30);
      ContributionLedger full = ledger(expected(contribution("oem", "A", nines)));
      LedgerEntry realised = contribution("oem", "B", "1");
      assertFalse(full.fitsWith(realised));
      assertThrows(IllegalArgumentException.class, () -> full.withEntry(realised));
      assertEquals(
          Money.of(nines, "EUR"),
          full.balance("oem", EnumSet.of(Realisation.EXPECTED)).contributions());
    }

    @Test
    void partnersBelowNamesThePartnersTheVerdictNamesInTheOrderGiven() {
      ContributionLedger ledger =
          ledger(
              contribution("first", "Consulting", "80"),
              contribution("oem", "Vehicles", "100"),
              payback("oem", "Share", "50"),
              contribution("rental", "Stations", "10"),
              unvalued("rental", Direction.RETURN, "Know-how"),
              contribution("heating", "Systems", "10"),
              expected(payback("heating", "Share", "5")));
      List<String> current = List.of("heating", "rental", "oem", "heating");
      for (var counted :
          List.of(
              WinWinVerdict.EVERY_ENTRY,
              EnumSet.of(Realisation.EXPECTED),
              EnumSet.of(Realisation.REALISED))) {
        assertEquals(
            ledger.winWin(current, BigDecimal.ONE, counted).partnersBelow(),
            ledger.partnersBelow(current, BigDecimal.ONE, counted));
      }
      assertEquals(
          List.of("heating", "oem"),
          ledger.partnersBelow(current, BigDecimal.ONE, WinWinVerdict.EVERY_ENTRY));
      assertEquals(
          List.of(),
          ledger.partnersBelow(current, new BigDecimal("0.50"), WinWinVerdict.EVERY_ENTRY));
      assertEquals(
          List.of("heating"),
          ledger.partnersBelow(current, new BigDecimal("0.5"), EnumSet.of(Realisation.REALISED)));
      assertEquals(
          List.of(),
          ledger.partnersBelow(current, BigDecimal.ONE, EnumSet.of(Realisation.EXPECTED)));
    }

    @Test
    void partnersBelowRejectsWhatTheVerdictRejects() {
      ContributionLedger ledger = ledger(contribution("oem", "Vehicles", "1"));
      IllegalArgumentException empty =
          assertThrows(
              IllegalArgumentException.class,
              () -> ledger.partnersBelow(List.of(), BigDecimal.ONE, WinWinVerdict.EVERY_ENTRY));
      assertEquals(
          "partners must name at least one current partner, was empty; pass the"
              + " alliance's current partners' actor ids",
          empty.getMessage());
      IllegalArgumentException zero =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  ledger.partnersBelow(PARTNERS, new BigDecimal("0.0"), WinWinVerdict.EVERY_ENTRY));
      assertEquals("ratio must be greater than 0, was 0.0", zero.getMessage());
      assertThrows(
          IllegalArgumentException.class,
          () -> ledger.partnersBelow(PARTNERS, new BigDecimal("1E-31"), WinWinVerdict.EVERY_ENTRY));
      assertThrows(
          IllegalArgumentException.class,
          () -> ledger.partnersBelow(PARTNERS, BigDecimal.ONE, Set.of()));
    }

    @Test
    void withEntryAppendsAndLeavesTheOriginalUnchanged() {
      ContributionLedger before = ledger(contribution("oem", "Vehicles", "1"));
      ContributionLedger after = before.withEntry(payback("oem", "Share", "2"));

      assertEquals(1, before.entries().size());
      assertEquals(before.entries(), after.entries().subList(0, 1));
      assertEquals(payback("oem", "Share", "2"), after.entries().get(1));
    }
  }

  @Nested
  @DisplayName("JSON")
  class Json {
    @Test
    void aLedgerIsAContributionLedgerDocumentThatReadsBackEqual() {
      ContributionLedger ledger =
          ledger(
              contribution("oem", "Vehicles", "100.50"),
              unvalued("rental", Direction.RETURN, "Know-how"));

      String json = BmiJson.write(DocumentType.CONTRIBUTION_LEDGER, ledger);

      assertTrue(json.contains("\"type\" : \"contribution-ledger\""), json);
      assertTrue(json.contains("\"currency\" : \"EUR\",\n    \"entries\" : ["), json);
      assertTrue(json.contains("\"tangibility\" : \"INTANGIBLE\"\n"), json);
      assertEquals(ledger, BmiJson.read(DocumentType.CONTRIBUTION_LEDGER, json));
    }

    @Test
    void anEntryInAnotherCurrencyIsRejectedWhenRead() {
      String json =
          BmiJson.write(
                  DocumentType.CONTRIBUTION_LEDGER, ledger(contribution("oem", "Vehicles", "1")))
              .replace("\"EUR\"", "\"USD\"")
              .replaceFirst("\"USD\"", "\"EUR\"");

      BmiJsonException e =
          assertThrows(
              BmiJsonException.class, () -> BmiJson.read(DocumentType.CONTRIBUTION_LEDGER, json));
      assertTrue(
          e.getMessage()
              .contains(
                  "entries[0] ('Vehicles' of partner 'oem') is valued in USD; this ledger keeps EUR"),
          e.getMessage());
    }
  }

  @Nested
  @DisplayName("superadditivity")
  class Superadditive {
    @Test
    void anAllianceGeneratingMoreThanTheSumOfItsPartnersAloneIsSuperadditive() {
      Superadditivity s =
          Superadditivity.of(
              ImmutableMap.of("oem", Money.of("100", "EUR"), "rental", Money.of("40", "EUR")),
              Money.of("150", "EUR"));

      assertTrue(s.isSuperadditive());
      assertEquals(Money.of("140", "EUR"), s.sum());
      assertEquals(Money.of("10", "EUR"), s.surplus());
    }

    @Test
    void aSimpleAdditionIsNotSuperadditive() {
      Superadditivity s =
          Superadditivity.of(
              ImmutableMap.of("oem", Money.of("100", "EUR"), "rental", Money.of("40", "EUR")),
              Money.of("140.00", "EUR"));

      assertFalse(s.isSuperadditive());
      assertEquals(Money.of("0", "EUR"), s.surplus());
    }

    @Test
    void lessThanTheSumIsNotSuperadditive() {
      Superadditivity s =
          Superadditivity.of(
              ImmutableMap.of("oem", Money.of("100", "EUR"), "rental", Money.of("-40", "EUR")),
              Money.of("50", "EUR"));

      assertFalse(s.isSuperadditive());
      assertEquals(Money.of("-10", "EUR"), s.surplus());
    }

    @Test
    void rejectsFewerThanTwoPartners() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> Superadditivity.of(Map.of("oem", Money.of("1", "EUR")), Money.of("2", "EUR")));
      assertEquals(
          "standAlone must give the figures of at least two partners, was 1", e.getMessage());
    }

    @Test
    void rejectsAFigureInAnotherCurrency() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  Superadditivity.of(
                      ImmutableMap.of("oem", Money.of("1", "EUR"), "rental", Money.of("5", "USD")),
                      Money.of("2", "EUR")));
      assertEquals(
          "stand-alone figure of partner 'rental' must be in the joint figure's currency"
              + " EUR, was 5 USD",
          e.getMessage());
    }
  }

  @Test
  void ledgerTypesAreValues() {
    LedgerEntry a = contribution("oem", "Vehicles", "1");
    LedgerEntry b = payback("oem", "Vehicles", "1");
    IllegalArgumentException empty =
        assertThrows(
            IllegalArgumentException.class,
            () -> new WinWinVerdict(BigDecimal.ONE, ImmutableList.of(), ImmutableList.of()));
    assertEquals(
        "balances must hold the balance of at least one current partner, was empty",
        empty.getMessage());
    PartnerBalance zero =
        new PartnerBalance(
            "oem", 0, Money.of("0", "EUR"), Money.of("0", "EUR"), ImmutableList.of());
    new EqualsTester()
        .addEqualityGroup(a, contribution("oem", "Vehicles", "1.00"))
        .addEqualityGroup(b)
        .addEqualityGroup(ledger(a), ledger(a))
        .addEqualityGroup(ledger(a, a))
        .addEqualityGroup(ContributionLedger.of(Currency.getInstance("GBP")))
        .addEqualityGroup(
            zero,
            new PartnerBalance(
                "oem", 0, Money.of("0.0", "EUR"), Money.of("0", "EUR"), ImmutableList.of()))
        .addEqualityGroup(
            new PartnerBalance(
                "oem", 1, Money.of("0", "EUR"), Money.of("0", "EUR"), ImmutableList.of()))
        .addEqualityGroup(
            new WinWinVerdict(BigDecimal.ONE, ImmutableList.of(zero), ImmutableList.of()),
            new WinWinVerdict(new BigDecimal("1.00"), ImmutableList.of(zero), ImmutableList.of()))
        .addEqualityGroup(
            new WinWinVerdict(BigDecimal.TEN, ImmutableList.of(zero), ImmutableList.of()))
        .addEqualityGroup(
            Superadditivity.of(
                ImmutableMap.of("a", Money.of("1", "EUR"), "b", Money.of("1", "EUR")),
                Money.of("3", "EUR")),
            Superadditivity.of(
                ImmutableMap.of("a", Money.of("1", "EUR"), "b", Money.of("1", "EUR")),
                Money.of("3", "EUR")))
        .addEqualityGroup(
            Superadditivity.of(
                ImmutableMap.of("a", Money.of("1", "EUR"), "b", Money.of("1", "EUR")),
                Money.of("2", "EUR")))
        .testEquals();
  }

  @Nested
  @DisplayName("checks at their boundaries")
  class Checks {
    private final ContributionLedger ledger = ledger(contribution("oem", "Vehicles", "1"));

    @Test
    void winWinNeedsACurrentPartner() {
      assertEquals(
          "partners must name at least one current partner, was empty; pass the"
              + " alliance's current partners' actor ids",
          assertThrows(
                  IllegalArgumentException.class, () -> ledger.winWin(List.of(), BigDecimal.ONE))
              .getMessage());
    }

    @Test
    void winWinNeedsARatioAboveZero() {
      assertEquals(
          "ratio must be greater than 0, was 0",
          assertThrows(
                  IllegalArgumentException.class,
                  () -> ledger.winWin(List.of("oem"), BigDecimal.ZERO))
              .getMessage());
      assertEquals(
          new BigDecimal("0.001"), ledger.winWin(List.of("oem"), new BigDecimal("0.001")).ratio());
    }

    @Test
    void aVerdictNeedsARatioAboveZero() {
      PartnerBalance zero =
          new PartnerBalance(
              "oem", 0, Money.of("0", "EUR"), Money.of("0", "EUR"), ImmutableList.of());
      assertEquals(
          "ratio must be greater than 0, was 0",
          assertThrows(
                  IllegalArgumentException.class,
                  () ->
                      new WinWinVerdict(
                          BigDecimal.ZERO, ImmutableList.of(zero), ImmutableList.of()))
              .getMessage());
      assertEquals(
          new BigDecimal("0.001"),
          new WinWinVerdict(new BigDecimal("0.001"), ImmutableList.of(zero), ImmutableList.of())
              .ratio());
    }

    @Test
    void superadditivityNeedsTwoPartners() {
      assertEquals(
          "standAlone must give the figures of at least two partners, was 1",
          assertThrows(
                  IllegalArgumentException.class,
                  () ->
                      Superadditivity.of(
                          ImmutableMap.of("oem", Money.of("1", "EUR")), Money.of("2", "EUR")))
              .getMessage());
    }

    @Test
    void superadditivityNamesItsPartnersByActorId() {
      assertEquals(
          "standAlone partner must be an actor id matching [a-z0-9][a-z0-9._-]{0,63},"
              + " was 'Rental'",
          assertThrows(
                  IllegalArgumentException.class,
                  () ->
                      Superadditivity.of(
                          ImmutableMap.of(
                              "oem", Money.of("1", "EUR"), "Rental", Money.of("1", "EUR")),
                          Money.of("2", "EUR")))
              .getMessage());
    }

    @Test
    void aBalanceHasNoNegativeEntryCountAndOneCurrency() {
      assertEquals(
          "entryCount of partner 'oem' must be 0 or more, was -1",
          assertThrows(
                  IllegalArgumentException.class,
                  () ->
                      new PartnerBalance(
                          "oem",
                          -1,
                          Money.of("0", "EUR"),
                          Money.of("0", "EUR"),
                          ImmutableList.of()))
              .getMessage());
      assertEquals(
          "contributions and returns of partner 'oem' must be in one currency, were"
              + " 1 EUR and 2 USD",
          assertThrows(
                  IllegalArgumentException.class,
                  () ->
                      new PartnerBalance(
                          "oem", 0, Money.of("1", "EUR"), Money.of("2", "USD"), ImmutableList.of()))
              .getMessage());
    }
  }
}

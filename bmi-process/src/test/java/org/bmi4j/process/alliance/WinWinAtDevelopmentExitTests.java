package org.bmi4j.process.alliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bmi4j.core.alliance.Direction;
import org.bmi4j.core.alliance.LedgerEntry;
import org.bmi4j.core.alliance.PartnerBalance;
import org.bmi4j.core.alliance.Realisation;
import org.bmi4j.core.alliance.Tangibility;
import org.bmi4j.core.alliance.WinWinVerdict;
import org.bmi4j.core.json.BmiJson;
import org.bmi4j.core.json.DocumentType;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.Money;
import org.bmi4j.core.model.Sector;
import org.bmi4j.core.model.ValueKind;
import org.bmi4j.process.Outcome;
import org.bmi4j.process.Violation;
import org.bmi4j.process.alliance.AllianceEvent.Advance;
import org.bmi4j.process.alliance.AllianceEvent.FallBack;
import org.bmi4j.process.alliance.AllianceEvent.ProposePartner;
import org.bmi4j.process.alliance.AllianceEvent.RecordLedgerEntry;
import org.bmi4j.process.alliance.AllianceEvent.RemovePartner;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: the win-win check on each exit from DEVELOPMENT asks the ledger's tallies who is below
 * the ratio, in O(1) a current partner, where it built the whole verdict (every current and former
 * partner's balance, from a walk of its entries), so a history of rounds that record an entry, fall
 * back and advance again was quadratic. It reports what the verdict on every entry names, and a
 * history of 100,000 such steps builds and reads back. The tests assert on the result, never on
 * time; the cost is measured by the ReadingScaling benchmark (kind {@code ledger-round}).
 */
class WinWinAtDevelopmentExitTests {
  private static final int EVENTS = 100_000;
  private static final DocumentType<AllianceInstance> TYPE =
      AllianceProcess.documentType(Alliances.CLOCK);
  private static final Actor GUEST =
      Actor.of("guest", "Guest partner", ActorRole.PARTNER, Sector.PRIVATE);

  private static LedgerEntry unvalued(String partner, Direction direction, String description) {
    return LedgerEntry.builder()
        .partner(partner)
        .direction(direction)
        .description(description)
        .valueKind(ValueKind.SOCIAL)
        .tangibility(Tangibility.INTANGIBLE)
        .build();
  }

  private static LedgerEntry expected(LedgerEntry entry) {
    return LedgerEntry.builder().from(entry).realisation(Realisation.EXPECTED).build();
  }

  /** An operating alliance whose former partner 'guest' has an entry. */
  private static AllianceInstance operatingWithAFormerPartner() {
    return Alliances.operation()
        .applyOrThrow(new ProposePartner(GUEST, Optional.empty(), Optional.empty()))
        .applyOrThrow(
            new RecordLedgerEntry(Alliances.entry("guest", Direction.CONTRIBUTION, "500")))
        .applyOrThrow(new RemovePartner("guest", "left"));
  }

  @Test
  void theExitReportsThePartnersBelowAsTheVerdictOnEveryEntryNamesThem() {
    AllianceInstance operating =
        operatingWithAFormerPartner()
            .applyOrThrow(
                new RecordLedgerEntry(Alliances.entry("oem", Direction.CONTRIBUTION, "100.0")))
            .applyOrThrow(
                new RecordLedgerEntry(expected(Alliances.entry("oem", Direction.RETURN, "120"))))
            .applyOrThrow(
                new RecordLedgerEntry(Alliances.entry("rental", Direction.CONTRIBUTION, "10")))
            .applyOrThrow(
                new RecordLedgerEntry(unvalued("rental", Direction.CONTRIBUTION, "Know-how")))
            .applyOrThrow(new RecordLedgerEntry(Alliances.entry("rental", Direction.RETURN, "5")))
            .applyOrThrow(new FallBack("rebalance"));
    // a ratio of 1.50, written as the document's start context holds it, read back
    String json = BmiJson.write(TYPE, operating);
    assertEquals(json.indexOf("\"winWinRatio\" : 1,"), json.lastIndexOf("\"winWinRatio\" : 1,"));
    AllianceInstance developing =
        BmiJson.read(TYPE, json.replace("\"winWinRatio\" : 1,", "\"winWinRatio\" : 1.50,"));
    assertEquals(AlliancePhase.DEVELOPMENT, developing.state());

    WinWinVerdict verdict =
        AllianceProcess.winWin(developing, WinWinVerdict.EVERY_ENTRY).orElseThrow();
    assertEquals(List.of("oem", "rental"), verdict.partnersBelow());
    assertFalse(verdict.formerPartners().isEmpty());
    assertFalse(verdict.unvaluedEntries().isEmpty());
    List<Violation> named = new ArrayList<>();
    for (PartnerBalance balance : verdict.balances()) {
      if (verdict.partnersBelow().contains(balance.partner())) {
        named.add(
            Violation.of(
                AllianceViolation.PARTNER_BELOW_THRESHOLD,
                balance.partner(),
                balance.partner(),
                balance.returns(),
                balance.contributions(),
                verdict.countedInWords(),
                verdict.ratio().toPlainString()));
      }
    }

    Outcome.Rejected<?> outcome =
        assertInstanceOf(Outcome.Rejected.class, developing.apply(new Advance()));

    List<Violation> reported =
        outcome.violations().stream()
            .filter(v -> v.code() == AllianceViolation.PARTNER_BELOW_THRESHOLD)
            .toList();
    assertEquals(named, reported);
    assertEquals(
        named.stream().map(Violation::toString).toList(),
        reported.stream().map(Violation::toString).toList());
    assertEquals(
        List.of("100.0", "10"),
        reported.stream()
            .map(v -> v.value("contributions", Money.class).orElseThrow().amount().toPlainString())
            .toList(),
        "the sums keep the scale of the entries");
    assertTrue(reported.get(0).message().contains("the win-win threshold 1.5;"));
  }

  @Test
  void hundredThousandStepsOfRecordingFallingBackAndAdvancingBuildAndReadBack() {
    // rounds of three steps in OPERATION: record an entry (in turn an expected return and a
    // contribution of 'oem', valued, and an unvalued contribution and expected return of
    // 'rental'), fall back to DEVELOPMENT, advance again past the win-win check on every entry
    AllianceInstance instance = operatingWithAFormerPartner();
    int before = instance.context().ledger().entries().size();
    List<LedgerEntry> entries =
        List.of(
            expected(Alliances.entry("oem", Direction.RETURN, "2")),
            Alliances.entry("oem", Direction.CONTRIBUTION, "1"),
            unvalued("rental", Direction.CONTRIBUTION, "Know-how"),
            expected(unvalued("rental", Direction.RETURN, "Access")));
    int rounds = EVENTS / 3;
    for (int i = 0; i < rounds; i++) {
      instance =
          instance
              .applyOrThrow(new RecordLedgerEntry(entries.get(i % 4)))
              .applyOrThrow(new FallBack("round " + i % 10))
              .applyOrThrow(new Advance());
    }
    AllianceInstance read = BmiJson.read(TYPE, BmiJson.write(TYPE, instance));
    assertEquals(instance.context(), read.context());
    assertEquals(instance.sequence(), read.sequence());
    assertEquals(AlliancePhase.OPERATION, read.state());
    var ledger = read.context().ledger();
    assertEquals(before + rounds, ledger.entries().size());
    int quarter = rounds / 4; // rounds = 33,333: the first of the four kinds once more
    assertEquals(
        Money.of(String.valueOf(2 * (quarter + 1)), "EUR"), ledger.balance("oem").returns());
    assertEquals(Money.of(String.valueOf(quarter), "EUR"), ledger.balance("oem").contributions());
    assertEquals(2 * quarter, ledger.balance("rental").unvalued().size());
    WinWinVerdict verdict = AllianceProcess.winWin(read, WinWinVerdict.EVERY_ENTRY).orElseThrow();
    assertEquals(List.of(), verdict.partnersBelow());
    assertEquals(
        List.of("guest"), verdict.formerPartners().stream().map(PartnerBalance::partner).toList());
    assertTrue(
        AllianceProcess.findings(read).stream()
            .anyMatch(f -> f.code() == AllianceFinding.Code.FORMER_PARTNER_ENTRIES));
  }

  @Test
  void manyPartnersAndRoundsOfRecordingFallingBackAndAdvancingBuildAndReadBack() {
    // 5,000 committed partners, then rounds in OPERATION of recording a return of one of them,
    // falling back to DEVELOPMENT and advancing again past the win-win check: the partner log
    // carries how many partners are below through each entry, so no exit walks the partners
    int partners = 5_000;
    AllianceInstance instance =
        Alliances.foundationWithCommittedPartners(partners)
            .applyOrThrow(new Advance())
            .applyOrThrow(new AllianceEvent.DefineAllianceModel(Alliances.allianceModel()))
            .applyOrThrow(new AllianceEvent.CompleteMilestone("pilot"))
            .applyOrThrow(new AllianceEvent.PassAcceptanceTest())
            .applyOrThrow(new Advance());
    int rounds = (EVENTS - instance.history().size()) / 3;
    for (int i = 0; i < rounds; i++) {
      instance =
          instance
              .applyOrThrow(
                  new RecordLedgerEntry(Alliances.entry("p" + i % partners, Direction.RETURN, "1")))
              .applyOrThrow(new FallBack("round " + i % 10))
              .applyOrThrow(new Advance());
    }
    AllianceInstance read = BmiJson.read(TYPE, BmiJson.write(TYPE, instance));
    assertEquals(instance.context(), read.context());
    assertEquals(instance.sequence(), read.sequence());
    assertEquals(AlliancePhase.OPERATION, read.state());
    assertEquals(rounds, read.context().ledger().entries().size());
    // a contribution beyond its returns puts one partner below: the exit names it, in the
    // document read as in the one built
    for (AllianceInstance alliance : List.of(instance, read)) {
      Outcome.Rejected<?> rejected =
          assertInstanceOf(
              Outcome.Rejected.class,
              alliance
                  .applyOrThrow(
                      new RecordLedgerEntry(
                          Alliances.entry("p7", Direction.CONTRIBUTION, "1000000")))
                  .applyOrThrow(new FallBack("below"))
                  .apply(new Advance()));
      assertEquals(
          List.of("p7"),
          rejected.violations().stream()
              .filter(v -> v.code() == AllianceViolation.PARTNER_BELOW_THRESHOLD)
              .map(Violation::subject)
              .toList());
    }
  }
}

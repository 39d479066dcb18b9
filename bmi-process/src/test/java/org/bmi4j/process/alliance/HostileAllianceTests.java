package org.bmi4j.process.alliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.bmi4j.core.alliance.Direction;
import org.bmi4j.core.json.BmiJson;
import org.bmi4j.core.json.BmiJsonException;
import org.bmi4j.core.json.DocumentType;
import org.bmi4j.process.Outcome;
import org.bmi4j.process.alliance.AllianceEvent.Advance;
import org.bmi4j.process.alliance.AllianceEvent.CompleteMilestone;
import org.bmi4j.process.alliance.AllianceEvent.DefineAllianceModel;
import org.bmi4j.process.alliance.AllianceEvent.PassAcceptanceTest;
import org.bmi4j.process.alliance.AllianceEvent.RecordLedgerEntry;
import org.junit.jupiter.api.Test;

/**
 * Regression tests of hostile alliance documents and calls: each is named after what the input
 * provoked before start contexts were checked, the numeric domain bounded every figure, and {@code
 * read} turned every failure into a {@link BmiJsonException}.
 */
class HostileAllianceTests {
  private static final DocumentType<AllianceInstance> JSON =
      AllianceProcess.documentType(Alliances.CLOCK);
  private static final String THIRTY_NINES = "9".repeat(30);

  /** The alliance in OPERATION, its exit from DEVELOPMENT replayed over oem's 5 and 7777. */
  private static String operationWithEntries() {
    AllianceInstance operation =
        Alliances.development()
            .applyOrThrow(
                new RecordLedgerEntry(Alliances.entry("oem", Direction.CONTRIBUTION, "5")))
            .applyOrThrow(new RecordLedgerEntry(Alliances.entry("oem", Direction.RETURN, "7777")))
            .applyOrThrow(new DefineAllianceModel(Alliances.allianceModel()))
            .applyOrThrow(new CompleteMilestone("pilot"))
            .applyOrThrow(new PassAcceptanceTest())
            .applyOrThrow(new Advance());
    String json = BmiJson.write(JSON, operation);
    assertEquals(operation, BmiJson.read(JSON, json));
    return json;
  }

  private static String replaceOnce(String json, String from, String to) {
    assertTrue(json.contains(from), from);
    return json.replaceFirst(java.util.regex.Pattern.quote(from), to);
  }

  private static BmiJsonException unreadable(String json) {
    return assertThrows(BmiJsonException.class, () -> BmiJson.read(JSON, json));
  }

  @Test
  void aReturnOfZeroWithAHugeExponentRanOutOfMemoryBuildingThePartnerBelowSentence() {
    BmiJsonException e = unreadable(replaceOnce(operationWithEntries(), "7777", "0E-999999999"));
    assertTrue(e.reason().contains("at most 30 digits"), e.reason());
  }

  @Test
  void aReturnOfZeroWithExponentMinusTwentyMillionRanForMinutes() {
    unreadable(replaceOnce(operationWithEntries(), "7777", "0E-20000000"));
  }

  @Test
  void aTinyRatioWithAZeroOfHugeScaleThrewArithmeticException() {
    String json =
        replaceOnce(
            operationWithEntries(), "\"winWinRatio\" : 1", "\"winWinRatio\" : 1E-2000000000");
    BmiJsonException e = unreadable(replaceOnce(json, "7777", "0E-200000000"));
    assertFalse(e.reason().isBlank());
  }

  @Test
  void aStartRatioOfZeroOrMinusOneWasAcceptedAndFindingsThenThrew() {
    for (String ratio : new String[] {"0", "-1", "1E-2000000000", "1E+40"}) {
      BmiJsonException e =
          unreadable(
              replaceOnce(
                  operationWithEntries(), "\"winWinRatio\" : 1", "\"winWinRatio\" : " + ratio));
      assertTrue(e.reason().contains("win-win ratio of alliance 'mobility'"), e.reason());
      assertThrows(
          IllegalArgumentException.class,
          () ->
              AllianceContext.builder()
                  .from(Alliances.concept().context())
                  .winWinRatio(new BigDecimal(ratio))
                  .build());
    }
  }

  @Test
  void twoEntriesOfThirtyNinesThenAdvanceInDevelopmentThrewInsteadOfRejecting() {
    AllianceInstance development =
        Alliances.development()
            .applyOrThrow(
                new RecordLedgerEntry(Alliances.entry("oem", Direction.RETURN, THIRTY_NINES)));
    Outcome<AllianceInstance> second =
        development.apply(
            new RecordLedgerEntry(Alliances.entry("oem", Direction.RETURN, THIRTY_NINES)));
    assertFalse(second.isAccepted());
    var violations = ((Outcome.Rejected<AllianceInstance>) second).violations();
    assertEquals(AllianceViolation.LEDGER_SUM_TOO_LARGE, violations.get(0).code());
    assertEquals(
        "the ledger entry would make the returns of partner 'oem' sum to more than 30 digits"
            + " before the decimal point; record the figures in a larger unit",
        violations.get(0).message());
    assertFalse(development.apply(new Advance()).isAccepted()); // rejected, never thrown
  }

  @Test
  void aForgedCycleOrCounterInTheStartContextWasAccepted() {
    String concept = BmiJson.write(JSON, Alliances.concept());
    for (String[] forgery :
        new String[][] {
          {"\"cycle\" : 1", "\"cycle\" : -5"},
          {"\"cycle\" : 1", "\"cycle\" : 2147483647"},
          {"\"modelIterations\" : 0", "\"modelIterations\" : -1"},
          {"\"acceptanceTestPassed\" : false", "\"acceptanceTestPassed\" : true"}
        }) {
      BmiJsonException e = unreadable(replaceOnce(concept, forgery[0], forgery[1]));
      assertTrue(e.reason().contains("'mobility'"), forgery[1] + ": " + e.reason());
    }
  }

  /** A start context holding one partner, oem, as a document. */
  private static String startWithOnePartner() {
    Partner oem =
        new Partner(
            org.bmi4j.core.model.Actor.of(
                "oem",
                "Car maker",
                org.bmi4j.core.model.ActorRole.FOCAL_FIRM,
                org.bmi4j.core.model.Sector.PRIVATE),
            false,
            Optional.empty(),
            Optional.empty());
    AllianceContext one =
        Alliances.concept().context().withPartnerList(PartnerLog.EMPTY.propose(oem));
    return BmiJson.write(JSON, AllianceInstance.start(one, Alliances.CLOCK));
  }

  @Test
  void aPartnerWasWrittenWithAControllingPropertyThatReadingRefused() {
    String json = startWithOnePartner();
    assertEquals(json, BmiJson.write(JSON, BmiJson.read(JSON, json)));
  }

  @Test
  void aStartContextNamingOnePartnerTwiceIsABmiJsonException() throws Exception {
    String json = startWithOnePartner();
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    var tree = mapper.readTree(json);
    var partners = (com.fasterxml.jackson.databind.node.ArrayNode) tree.findValue("partners");
    assertEquals(1, partners.size());
    partners.add(partners.get(0).deepCopy());
    BmiJsonException e = unreadable(mapper.writeValueAsString(tree));
    assertTrue(e.reason().contains("partner 'oem' is named twice"), e.reason());
  }

  @Test
  void anAcceptanceTestPassedBeforeAnyStepIsNoStartContext() {
    AllianceContext forged = Alliances.concept().context().withAcceptanceTestPassed(true);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> AllianceInstance.of(AllianceProcess.DEFINITION.start(forged, Alliances.CLOCK)));
    assertEquals(
        "alliance 'mobility' starts in CONCEPT with its acceptance test passed; the test passes"
            + " only in DEVELOPMENT, with PassAcceptanceTest",
        e.getMessage());
  }

  @Test
  void startWithABadIdWasAccepted() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                AllianceProcess.start(
                    "BAD ID", "Bad", Optional.of("oem"), Alliances.EUR, Alliances.CLOCK));
    assertTrue(e.getMessage().startsWith("the alliance id must match"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            AllianceProcess.start(
                "mobility", "Mobility", Optional.of("Not An Id"), Alliances.EUR, Alliances.CLOCK));
  }
}

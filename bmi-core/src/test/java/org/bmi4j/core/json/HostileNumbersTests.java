package org.bmi4j.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.bmi4j.core.alliance.ContributionLedger;
import org.bmi4j.core.alliance.Direction;
import org.bmi4j.core.alliance.LedgerEntry;
import org.bmi4j.core.alliance.Superadditivity;
import org.bmi4j.core.alliance.Tangibility;
import org.bmi4j.core.dual.PriceComparison;
import org.bmi4j.core.model.Money;
import org.bmi4j.core.model.ValueKind;
import org.junit.jupiter.api.Test;

/**
 * Regression tests of the numeric domain, one per hostile input that once broke a promise: each is
 * named after what the input provoked before the domain bounded every figure.
 */
class HostileNumbersTests {
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final String THIRTY_NINES = "9".repeat(30);

  private static LedgerEntry entry(String partner, Direction direction, String amount) {
    return LedgerEntry.builder()
        .partner(partner)
        .direction(direction)
        .description(direction + " of " + partner)
        .valueKind(ValueKind.ECONOMIC)
        .tangibility(Tangibility.TANGIBLE)
        .valuation(Money.of(amount, "EUR"))
        .build();
  }

  @Test
  void moneyOfALowerCaseCurrencyFailedWithTheMessageNull() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Money.of("1", "eur"));
    assertEquals(
        "currencyCode must be an ISO 4217 code in upper case, such as EUR or USD, was 'eur'",
        e.getMessage());
  }

  @Test
  void moneyOfTextThatIsNoNumberNamesTheText() {
    NumberFormatException e =
        assertThrows(NumberFormatException.class, () -> Money.of("12,50", "EUR"));
    assertEquals("amount must be a decimal number such as 12.50, was '12,50'", e.getMessage());
  }

  @Test
  void zeroWithAHugeNegativeExponentRanOutOfMemoryInToString() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Money.of("0E-999999999", "EUR"));
    assertEquals(
        "amount must have at most 30 digits before and 30 after the decimal point, was"
            + " 0E-999999999; give a figure in that range (write zero as 0)",
        e.getMessage());
  }

  @Test
  void anExponentNearTwoToThe31OverflowedTheDigitCheckAndToStringThrewNegativeArraySize() {
    assertThrows(IllegalArgumentException.class, () -> Money.of("1E+2147483647", "EUR"));
    assertEquals("0 EUR", Money.of("0E+2147483647", "EUR").toString());
    assertEquals(0, Money.of("0E+2147483647", "EUR").amount().scale());
    assertThrows(
        IllegalArgumentException.class, () -> new Money(new BigDecimal("1E-2147483647"), EUR));
  }

  @Test
  void theDomainKeepsThirtyDigitsOnEachSideZerosIncluded() {
    assertEquals(THIRTY_NINES, Money.of(THIRTY_NINES, "EUR").amount().toPlainString());
    assertEquals(
        "0." + "0".repeat(29) + "1",
        Money.of("0." + "0".repeat(29) + "1", "EUR").amount().toPlainString());
    assertEquals(BigDecimal.ZERO, Money.of("0E-30", "EUR").amount().stripTrailingZeros());
    assertThrows(IllegalArgumentException.class, () -> Money.of("0E-31", "EUR"));
    assertEquals(Money.of("0", "EUR"), Money.of("0E+30", "EUR"));
    assertThrows(IllegalArgumentException.class, () -> Money.of("1" + THIRTY_NINES, "EUR"));
  }

  @Test
  void aDecimalTextLongerThanAJsonNumberIsNotParsed() {
    NumberFormatException e =
        assertThrows(NumberFormatException.class, () -> Money.of("1".repeat(101), "EUR"));
    assertEquals(
        "amount must be a decimal number of at most 100 characters, was 101 characters long",
        e.getMessage());
  }

  @Test
  void aModelAmountOfZeroWithAHugeExponentIsABmiJsonExceptionWhenRead() {
    String json =
        "{\"format\":\"bmi4j\",\"formatVersion\":1,\"type\":\"contribution-ledger\",\"content\":"
            + "{\"currency\":\"EUR\",\"entries\":[{\"partner\":\"oem\",\"direction\":"
            + "\"CONTRIBUTION\",\"description\":\"cars\",\"valueKind\":\"ECONOMIC\","
            + "\"tangibility\":\"TANGIBLE\",\"valuation\":{\"amount\":0E-999999999,"
            + "\"currency\":\"EUR\"}}]}}";
    BmiJsonException e =
        assertThrows(
            BmiJsonException.class, () -> BmiJson.read(DocumentType.CONTRIBUTION_LEDGER, json));
    assertTrue(e.reason().contains("at most 30 digits"), e.reason());
  }

  @Test
  void anAmountOfOneWithAnExponentNearTwoToThe31WasAcceptedThroughJson() {
    for (String amount : List.of("1E+2147483647", "1E2147483647", "1e-2147483647")) {
      String json =
          "{\"format\":\"bmi4j\",\"formatVersion\":1,\"type\":\"contribution-ledger\","
              + "\"content\":{\"currency\":\"EUR\",\"entries\":[{\"partner\":\"oem\","
              + "\"direction\":\"CONTRIBUTION\",\"description\":\"cars\",\"valueKind\":"
              + "\"ECONOMIC\",\"tangibility\":\"TANGIBLE\",\"valuation\":{\"amount\":"
              + amount
              + ",\"currency\":\"EUR\"}}]}}";
      BmiJsonException e =
          assertThrows(
              BmiJsonException.class,
              () -> BmiJson.read(DocumentType.CONTRIBUTION_LEDGER, json),
              amount);
      assertTrue(e.reason().contains("at most 30 digits"), amount + ": " + e.reason());
    }
  }

  @Test
  void twoLedgerEntriesOfThirtyNinesMadeABalanceOfThirtyOneDigitsThatThrewLater() {
    ContributionLedger one =
        ContributionLedger.of(EUR).withEntry(entry("oem", Direction.CONTRIBUTION, THIRTY_NINES));
    LedgerEntry second = entry("oem", Direction.CONTRIBUTION, THIRTY_NINES);
    assertEquals(false, one.fitsWith(second));
    assertEquals(true, one.fitsWith(entry("oem", Direction.RETURN, THIRTY_NINES)));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> one.withEntry(second));
    assertEquals(
        "entries[1] ('CONTRIBUTION of oem' of partner 'oem') makes the partner's contributions"
            + " sum to 1999999999999999999999999999998, more than 30 digits before the decimal"
            + " point; record the figures in a larger unit",
        e.getMessage());
  }

  @Test
  void aWinWinRatioOutsideTheDomainIsRejected() {
    ContributionLedger ledger =
        ContributionLedger.of(EUR).withEntry(entry("oem", Direction.CONTRIBUTION, "5"));
    assertThrows(
        IllegalArgumentException.class,
        () -> ledger.winWin(List.of("oem"), new BigDecimal("1E-2000000000")));
    assertThrows(
        IllegalArgumentException.class, () -> ledger.winWin(List.of("oem"), BigDecimal.ZERO));
  }

  @Test
  void superadditivityOfFiguresSummingPastThirtyDigitsThrewInSum() {
    Money nines = Money.of(THIRTY_NINES, "EUR");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Superadditivity.of(ImmutableMap.of("a", nines, "b", nines), nines));
    assertTrue(e.getMessage().startsWith("the stand-alone figures sum to"), e.getMessage());
    IllegalArgumentException surplus =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Superadditivity.of(
                    ImmutableMap.of(
                        "a", Money.of("-" + THIRTY_NINES, "EUR"), "b", Money.of("0", "EUR")),
                    nines));
    assertTrue(surplus.getMessage().startsWith("the joint figure less"), surplus.getMessage());
  }

  @Test
  void priceComparisonOfMarginsPastThirtyDigitsThrewInItsMethods() {
    Money zero = Money.of("0", "EUR");
    Money nines = Money.of(THIRTY_NINES, "EUR");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                PriceComparison.of(nines, new BigDecimal("2"), zero, nines, BigDecimal.ONE, zero));
    assertTrue(e.getMessage().startsWith("exclusive margin (R - ce) x Ve"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            PriceComparison.of(
                nines, new BigDecimal("1E-2000000000"), zero, nines, BigDecimal.ONE, zero));
  }
}

package org.bmi4j.core.valueflow;

import static org.bmi4j.core.valueflow.Shops.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bmi4j.core.alliance.ContributionLedger;
import org.bmi4j.core.alliance.Direction;
import org.bmi4j.core.alliance.LedgerEntry;
import org.bmi4j.core.alliance.Realisation;
import org.bmi4j.core.alliance.Tangibility;
import org.bmi4j.core.alliance.WinWin;
import org.bmi4j.core.alliance.WinWinVerdict;
import org.bmi4j.core.model.ValueKind;
import org.junit.jupiter.api.Test;

/**
 * The alliance ledger filled from a scenario's sheets as expected entries. The shop and its
 * wholesaler are the partners; every figure below is worked out by hand.
 */
class LedgerFromScenarioTests {
  // 100 refills a period: the locals pay the shop EUR 5 each (500), the shop pays the wholesaler
  // EUR 2 a refill's stock (200); the shop's rent is EUR 150, the wholesaler invests EUR 40
  private static final NetValueFlow FLOW =
      NetValueFlow.of(
          Shops.scenario()
              .addNeed(
                  Need.of("refill", "locals", "100", Path.of("sell", "pay", "stock", "pay-stock")))
              .addValuation(Valuation.price("pay", eur("5")))
              .addValuation(Valuation.price("pay-stock", eur("2")))
              .addValuation(Valuation.nonMoney("sell"))
              .addValuation(Valuation.worthToReceiver("stock", eur("2.50")))
              .addExpense(Expense.fixed("shop", "rent", eur("150")))
              .addInvestment(Investment.of("supplier", "van", eur("40")))
              .build());

  private static final ContributionLedger EMPTY =
      ContributionLedger.builder().currency(Shops.EUR).build();

  private static List<LedgerEntry> entriesOf(ContributionLedger ledger, String partner) {
    return ledger.entries().stream().filter(e -> e.partner().equals(partner)).toList();
  }

  @Test
  void everyValuedTransferOfAPartnerBecomesAnExpectedEntryAtItsTotal() {
    ContributionLedger ledger =
        ValueFlowJoins.expectedEntries(EMPTY, FLOW, List.of("shop", "supplier"));

    assertTrue(ledger.entries().stream().allMatch(e -> e.realisation() == Realisation.EXPECTED));
    assertTrue(ledger.entries().stream().allMatch(e -> e.valueKind() == ValueKind.ECONOMIC));
    List<LedgerEntry> shop = entriesOf(ledger, "shop");
    // sell is left out for both sides (a non-money transfer valued for neither): no entry
    assertEquals(
        List.of(Direction.RETURN, Direction.RETURN, Direction.CONTRIBUTION, Direction.CONTRIBUTION),
        shop.stream().map(LedgerEntry::direction).toList());
    assertEquals(Optional.of(eur("500")), shop.get(0).valuation()); // pay: 100 x 5
    assertEquals(Tangibility.TANGIBLE, shop.get(0).tangibility());
    assertEquals(Optional.of(eur("250.00")), shop.get(1).valuation()); // stock: 100 x 2.50 worth
    assertEquals(Tangibility.INTANGIBLE, shop.get(1).tangibility());
    assertEquals(Optional.of(eur("200")), shop.get(2).valuation()); // pay-stock: 100 x 2, given
    assertEquals(Optional.of(eur("150")), shop.get(3).valuation()); // rent
    assertEquals(
        "gives money to supplier on exchange 'pay-stock', 100 times per period"
            + " (expected from scenario 'test')",
        shop.get(2).description());
  }

  @Test
  void theWinWinVerdictOnExpectedEntriesFollowsTheSheets() {
    ContributionLedger ledger =
        ValueFlowJoins.expectedEntries(EMPTY, FLOW, List.of("shop", "supplier"));

    // shop: returns 500 + 250 = 750 against 200 + 150 = 350; supplier: returns 200 against 40
    // (stock is valued only for its receiver, so the supplier gives nothing counted)
    WinWinVerdict expected =
        ledger.winWin(List.of("shop", "supplier"), BigDecimal.ONE, Set.of(Realisation.EXPECTED));
    assertEquals(WinWin.WIN_WIN, expected.outcome());
    assertEquals(
        0, new BigDecimal("350").compareTo(ledger.balance("shop").contributions().amount()));
  }

  @Test
  void anUnvaluedTransferBecomesAnUnvaluedIntangibleEntrySoTheVerdictSaysItCannotTell() {
    NetValueFlow flow =
        NetValueFlow.of(
            Shops.scenario()
                .addNeed(Need.of("refill", "locals", "10", Path.of("sell", "pay")))
                .addValuation(Valuation.price("pay", eur("5")))
                .build());

    ContributionLedger ledger = ValueFlowJoins.expectedEntries(EMPTY, flow, List.of("shop"));

    LedgerEntry sell = entriesOf(ledger, "shop").get(0);
    assertEquals(Direction.CONTRIBUTION, sell.direction());
    assertEquals(Tangibility.INTANGIBLE, sell.tangibility());
    assertEquals(Optional.empty(), sell.valuation());
    assertEquals(
        WinWin.INDETERMINATE,
        ledger.winWin(List.of("shop"), BigDecimal.ONE, Set.of(Realisation.EXPECTED)).outcome());
  }

  @Test
  void keepsTheLedgersEarlierEntriesAndAppendsAfterThem() {
    LedgerEntry realised =
        LedgerEntry.builder()
            .partner("shop")
            .direction(Direction.CONTRIBUTION)
            .description("shop fitting")
            .valueKind(ValueKind.ECONOMIC)
            .tangibility(Tangibility.TANGIBLE)
            .valuation(eur("1000"))
            .build();
    ContributionLedger ledger =
        ValueFlowJoins.expectedEntries(EMPTY.withEntry(realised), FLOW, List.of("shop"));

    assertEquals(realised, ledger.entries().get(0));
    assertEquals(5, ledger.entries().size());
  }

  @Test
  void refusesALedgerInAnotherCurrencyAndAnActorOutsideTheModel() {
    ContributionLedger dollars =
        ContributionLedger.builder().currency(Currency.getInstance("USD")).build();
    IllegalArgumentException currency =
        assertThrows(
            IllegalArgumentException.class,
            () -> ValueFlowJoins.expectedEntries(dollars, FLOW, List.of("shop")));
    assertEquals(
        "the ledger is kept in USD but the scenario values in EUR; use a ledger in EUR",
        currency.getMessage());
    IllegalArgumentException stranger =
        assertThrows(
            IllegalArgumentException.class,
            () -> ValueFlowJoins.expectedEntries(EMPTY, FLOW, List.of("bank")));
    assertEquals("actor 'bank' is not an actor of business model 'refill'", stranger.getMessage());
  }
}

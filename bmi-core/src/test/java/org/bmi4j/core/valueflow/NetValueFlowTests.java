package org.bmi4j.core.valueflow;

import static org.bmi4j.core.valueflow.Shops.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed net value flow sheets. Every expected figure below was worked out by hand from the
 * scenario; the sheet keeps exact amounts, and {@link Amounts#display} rounds half-even to cents.
 */
class NetValueFlowTests {

  private static String net(NetValueFlow flow, String actor) {
    return Amounts.display(flow.sheet(actor).net());
  }

  @Nested
  @DisplayName("one need")
  class OneNeed {
    // 500 households x 3 refills = 1,500 refills at EUR 4.35: 6,525.00 to the shop
    private final NetValueFlow flow =
        NetValueFlow.of(
            Shops.scenario()
                .addNeed(Need.of("refill", "locals", "3", Path.of("sell", "pay")))
                .addSegmentSize(SegmentSize.of("locals", 500))
                .addValuation(Valuation.price("pay", eur("4.35")))
                .addValuation(Valuation.nonMoney("sell"))
                .build());

    @Test
    void countsEachOccurrenceOfTheNeedTimesTheSegmentSize() {
      assertEquals(new BigDecimal("1500"), flow.occurrences("pay"));
      assertEquals(new BigDecimal("1500"), flow.occurrences("sell"));
      assertEquals(BigDecimal.ZERO, flow.occurrences("stock"));
    }

    @Test
    void givesThePriceToTheReceiverAndTakesItFromTheGiver() {
      assertEquals("6525.00", net(flow, "shop"));
      assertEquals("-6525.00", net(flow, "locals"));
      assertEquals("0.00", net(flow, "supplier"));
      assertEquals(Verdict.POSITIVE, flow.sheet("shop").verdict());
      assertEquals(Verdict.NEGATIVE, flow.sheet("locals").verdict());
      assertEquals(Verdict.BREAK_EVEN, flow.sheet("supplier").verdict());
    }

    @Test
    void showsEachTransferWithItsOccurrencesValuationAndTotal() {
      SheetLine pay = flow.sheet("shop").transfers().get(1);
      assertEquals(
          new SheetLine(
              "pay",
              SheetLine.Direction.IN,
              "locals",
              "money",
              new BigDecimal("1500"),
              SheetLine.Status.VALUED,
              Optional.of(eur("4.35")),
              Optional.of(eur("6525.00"))),
          pay);
      SheetLine sell = flow.sheet("shop").transfers().get(0);
      assertEquals(SheetLine.Status.LEFT_OUT, sell.status());
      assertEquals(Optional.empty(), sell.total());
    }

    @Test
    void dividesASegmentsNetByItsSize() {
      // -6,525.00 / 500 households = -13.05 each
      assertEquals(eur("-13.05"), flow.sheet("locals").perMember());
      assertEquals(500, flow.sheet("locals").segmentSize());
    }

    @Test
    void countsTheUtilityOfANonMoneyTransferForTheSideThatValuesIt() {
      // each refill is worth EUR 5.00 to a household: 1,500 x (5.00 - 4.35) = 975.00
      NetValueFlow valued =
          NetValueFlow.of(
              flow.scenario().withValuation(Valuation.worthToReceiver("sell", eur("5.00"))));
      assertEquals("975.00", net(valued, "locals"));
      assertEquals("6525.00", net(valued, "shop"));
    }
  }

  @Nested
  @DisplayName("an or-split")
  class AnOrSplit {
    // 40 refills; 25% are delivered (10 x EUR 2.99 fee), 75% collected; all pay EUR 4.35
    private final NetValueFlow flow =
        NetValueFlow.of(
            Shops.scenario()
                .addNeed(
                    Need.of(
                        "refill",
                        "locals",
                        "40",
                        Path.of("sell", "pay")
                            .with(
                                OrSplit.of(
                                    "delivery",
                                    OrSplit.Branch.of("0.25", Path.of("deliver", "pay-delivery")),
                                    OrSplit.Branch.of("0.75", Path.of())))))
                .addValuation(Valuation.price("pay", eur("4.35")))
                .addValuation(Valuation.price("pay-delivery", eur("2.99")))
                .addValuation(Valuation.nonMoney("sell"))
                .addValuation(Valuation.nonMoney("deliver"))
                .build());

    @Test
    void sendsEachBranchItsRatioOfTheOccurrences() {
      assertEquals(0, new BigDecimal("10").compareTo(flow.occurrences("pay-delivery")));
      assertEquals(0, new BigDecimal("40").compareTo(flow.occurrences("pay")));
    }

    @Test
    void addsTheBranchFlowsToTheNet() {
      // 40 x 4.35 = 174.00; 10 x 2.99 = 29.90; 203.90
      assertEquals("203.90", net(flow, "shop"));
      assertEquals("-203.90", net(flow, "locals"));
    }
  }

  @Nested
  @DisplayName("a bundle")
  class ABundle {
    // each order bundles a refill with stock bought three times from the supplier:
    // 7 orders -> 21 stock deliveries at EUR 0.95 each
    private final NetValueFlow flow =
        NetValueFlow.of(
            Shops.scenario()
                .addNeed(
                    new Need(
                        "refill",
                        "locals",
                        new BigDecimal("7"),
                        Path.of(
                            List.of(
                                Trigger.of("sell"),
                                Trigger.of("pay"),
                                Trigger.of("stock", 3),
                                Trigger.of("pay-stock", 3)),
                            List.of())))
                .addValuation(Valuation.price("pay", eur("4.35")))
                .addValuation(Valuation.price("pay-stock", eur("0.95")))
                .addValuation(Valuation.nonMoney("sell"))
                .addValuation(Valuation.nonMoney("stock"))
                .build());

    @Test
    void triggersEveryExchangeOfTheBundleItsNumberOfTimes() {
      assertEquals(new BigDecimal("21"), flow.occurrences("pay-stock"));
      // 7 x 4.35 = 30.45; 21 x 0.95 = 19.95; 10.50
      assertEquals("10.50", net(flow, "shop"));
      assertEquals("19.95", net(flow, "supplier"));
      assertEquals("-30.45", net(flow, "locals"));
    }
  }

  @Nested
  @DisplayName("expenses and an investment")
  class ExpensesAndAnInvestment {
    // 1,500 refills at 4.35 = 6,525.00; rent 1,200.00; packaging 0.40 x 1,500 = 600.00;
    // shop fit-out 2,500.00: net 2,225.00
    private final NetValueFlow flow =
        NetValueFlow.of(
            Shops.scenario()
                .addNeed(Need.of("refill", "locals", "1500", Path.of("sell", "pay")))
                .addValuation(Valuation.price("pay", eur("4.35")))
                .addValuation(Valuation.nonMoney("sell"))
                .addExpense(Expense.fixed("shop", "rent", eur("1200.00")))
                .addExpense(Expense.variable("shop", "sell", "packaging", eur("0.40")))
                .addInvestment(Investment.of("shop", "fit-out", eur("2500.00")))
                .build());

    @Test
    void subtractsFixedAndVariableExpensesAndTheInvestment() {
      ActorSheet shop = flow.sheet("shop");
      assertEquals("6525.00", Amounts.display(shop.transfersTotal()));
      assertEquals("1800.00", Amounts.display(shop.expensesTotal()));
      assertEquals("2500.00", Amounts.display(shop.investmentsTotal()));
      assertEquals("2225.00", net(flow, "shop"));
      assertEquals("4300.00", Amounts.display(flow.paidOutside()));
    }

    @Test
    void listsEachCostWithItsOccurrences() {
      CostLine packaging = flow.sheet("shop").costs().get(1);
      assertEquals(CostLine.Kind.VARIABLE_EXPENSE, packaging.kind());
      assertEquals(Optional.of("sell"), packaging.exchange());
      assertEquals(new BigDecimal("1500"), packaging.occurrences());
      assertEquals(eur("600.00"), packaging.total());
    }
  }

  @Nested
  @DisplayName("an unvalued transfer")
  class AnUnvaluedTransfer {
    private final NetValueFlow flow =
        NetValueFlow.of(
            Shops.scenario()
                .addNeed(Need.of("refill", "locals", "10", Path.of("sell", "pay", "stock")))
                .addValuation(Valuation.price("pay", eur("4.35")))
                .addValuation(Valuation.nonMoney("sell"))
                .build());

    @Test
    void makesTheVerdictOfEachPartyIndeterminateNamingTheTransfer() {
      assertEquals(Verdict.INDETERMINATE, flow.sheet("shop").verdict());
      assertEquals(List.of("stock"), flow.sheet("shop").unvalued());
      assertEquals(Verdict.INDETERMINATE, flow.sheet("supplier").verdict());
      assertEquals(List.of("stock"), flow.sheet("supplier").unvalued());
    }

    @Test
    void leavesTheOtherActorsVerdictsKnown() {
      assertEquals(Verdict.NEGATIVE, flow.sheet("locals").verdict());
    }
  }

  @Test
  void refusesAnActorOutsideTheModel() {
    NetValueFlow flow = NetValueFlow.of(Shops.scenario().build());
    IllegalArgumentException thrown =
        assertThrows(IllegalArgumentException.class, () -> flow.sheet("bank"));
    assertEquals("actor 'bank' is not an actor of business model 'refill'", thrown.getMessage());
  }
}

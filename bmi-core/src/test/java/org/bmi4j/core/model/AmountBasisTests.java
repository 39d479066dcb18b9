package org.bmi4j.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.bmi4j.core.json.BmiJson;
import org.bmi4j.core.json.DocumentType;
import org.junit.jupiter.api.Test;

/** Amounts say their basis, and totals add only like with like. */
class AmountBasisTests {
  private static RevenueStream stream(String id, String amount, String currency, AmountBasis b) {
    return RevenueStream.builder()
        .id(id)
        .payer("customers")
        .mechanism(RevenueMechanism.SALE)
        .amount(Money.of(amount, currency))
        .basis(b)
        .build();
  }

  @Test
  void anAmountIsPerPeriodUnlessItSaysOtherwise() {
    assertEquals(AmountBasis.PER_PERIOD, ModelDraft.REFILL_SALES.basis());
    assertEquals(AmountBasis.PER_PERIOD, ModelDraft.RENT.basis());
  }

  @Test
  void totalsAddOnlyLikeWithLikeAndNameWhatTheyAdd() {
    ValueCapture capture =
        ValueCapture.builder()
            .addRevenueStream(stream("cups", "5", "BDT", AmountBasis.PER_UNIT))
            .addRevenueStream(stream("fee", "1200", "BDT", AmountBasis.PER_PERIOD))
            .addRevenueStream(stream("more-cups", "5.5", "BDT", AmountBasis.PER_UNIT))
            .addRevenueStream(stream("export", "3", "USD", AmountBasis.PER_UNIT))
            .addRevenueStream(stream("seed", "50000", "BDT", AmountBasis.ONCE))
            .addRevenueStream(
                RevenueStream.builder()
                    .id("unvalued")
                    .payer("customers")
                    .mechanism(RevenueMechanism.FEE)
                    .build())
            .build();

    assertEquals(
        List.of(
            "1200 BDT per period, from fee",
            "10.5 BDT per unit, from cups, more-cups",
            "3 USD per unit, from export",
            "50000 BDT once, from seed"),
        capture.revenueTotals().stream().map(AmountTotal::toString).toList());
  }

  @Test
  void costTotalsFollowTheSameRule() {
    ValueCapture capture =
        ValueCapture.builder()
            .addCost(ModelDraft.RENT)
            .addCost(
                CostItem.builder()
                    .id("fit-out")
                    .name("Fit-out")
                    .amount(Money.of("4000", "EUR"))
                    .basis(AmountBasis.ONCE)
                    .build())
            .build();

    assertEquals(
        List.of(AmountBasis.PER_PERIOD, AmountBasis.ONCE),
        capture.costTotals().stream().map(AmountTotal::basis).toList());
  }

  @Test
  void aDocumentWrittenBeforeTheBasisReadsAsPerPeriod() {
    String json = BmiJson.write(DocumentType.BUSINESS_MODEL, ModelDraft.valid().build());
    String old = json.replaceAll(",\\s*\"basis\" : \"PER_PERIOD\"", "");
    org.junit.jupiter.api.Assertions.assertFalse(old.contains("basis"), old);

    BusinessModel read = BmiJson.read(DocumentType.BUSINESS_MODEL, old);

    assertEquals(AmountBasis.PER_PERIOD, read.capture().revenueStreams().get(0).basis());
    assertEquals(ModelDraft.valid().build(), read);
  }
}

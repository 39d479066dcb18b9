package org.bmi4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.bmi4j.core.dual.BusinessFunction;
import org.bmi4j.core.dual.CustomerChoice;
import org.bmi4j.core.dual.OfferingChoice;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.Money;
import org.junit.jupiter.api.Test;

class DualChemicalsTests {
  private static final Printed<DualChemicals.Result> RUN = Printed.run(DualChemicals::run);

  @Test
  void theSharedOfferingMovesFromTheCollaborativeToTheMarketModel() {
    var after = RUN.result().after();
    assertEquals(
        List.of(OfferingChoice.of("tailored-coating", "key-customer", CustomerChoice.SHARED)),
        after.choices());
    assertEquals(
        List.of("process-additive"),
        after.collaborative().proposition().offerings().stream().map(o -> o.id()).toList());
    assertEquals(
        List.of("standard-resins", "tailored-coating"),
        after.market().proposition().offerings().stream().map(o -> o.id()).toList());
    assertEquals(2, after.collaborative().version());
    assertEquals(2, after.market().version());
  }

  @Test
  void theCoDevelopingCustomerIsOneActorAsCustomerAndPartnerAndCoPerformsTheDevelopment() {
    var collaborative = RUN.result().before().collaborative();
    var customer =
        collaborative.actors().stream().filter(actor -> actor.id().equals("key-customer")).toList();
    assertEquals(1, customer.size());
    assertEquals(
        Set.of(ActorRole.CUSTOMER_SEGMENT, ActorRole.PARTNER), Set.copyOf(customer.get(0).roles()));
    var coDevelopment =
        collaborative.activities().stream()
            .filter(activity -> activity.id().equals("co-development"))
            .toList();
    assertEquals(Set.of("key-customer"), Set.copyOf(coDevelopment.get(0).coPerformers()));
  }

  @Test
  void theInnovationManagementTeamDrawsOnAllFourFunctions() {
    var team = RUN.result().before().boundary();
    assertEquals("Innovation management team", team.name());
    assertEquals(List.of(), List.copyOf(team.missingFunctions()));
    assertEquals(List.of(BusinessFunction.values()), List.copyOf(team.functions()));
  }

  @Test
  void theIllustrativePricesFavourSharingAboveTheBreakEvenVolume() {
    var prices = RUN.result().prices();
    assertEquals(Money.of("220000", "EUR"), prices.exclusiveMargin());
    assertEquals(Money.of("650000", "EUR"), prices.marketMargin());
    assertEquals(Money.of("430000", "EUR"), prices.difference());
    assertEquals(
        0,
        new BigDecimal("16923.08")
            .compareTo(
                prices.breakEvenMarketVolume().setScale(2, java.math.RoundingMode.HALF_EVEN)));
  }

  @Test
  void theStorySaysWhichArrangementPaysMoreAndByHowMuchWithoutRecommending() {
    var prices = RUN.result().prices();
    assertEquals(java.util.Optional.of(CustomerChoice.SHARED), prices.paysMore());
    assertEquals(Money.of("430000", "EUR"), prices.byHowMuch());
    assertTrue(RUN.prose().contains(prices.summary()), RUN.text());
  }

  @Test
  void aOneFunctionTeamIsRejected() {
    assertEquals(
        "boundary element 'R&D task force' must have members from at least two business"
            + " functions to be cross-functional, had [R_AND_D]",
        RUN.result().rejection());
  }

  @Test
  void itReportsTheSourcesFiguresAndLabelsTheIllustrativeOnes() {
    String text = RUN.prose();
    assertTrue(text.contains("Source: Andreassen & Andersson"));
    assertTrue(
        text.contains(
            "revenue about 75 million EUR (2021), return on assets about 12.7%,"
                + " about 70% of its innovation activity with customers"));
    assertTrue(text.contains("Reservation price versus market price " + Story.ILLUSTRATIVE));
    assertTrue(RUN.text().contains("```mermaid\nflowchart LR\n"));
  }
}

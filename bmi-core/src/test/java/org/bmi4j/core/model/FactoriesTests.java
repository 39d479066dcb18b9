package org.bmi4j.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The short factories of the model's values with few required parts (issue 15): each builds what
 * the builder builds from the same parts, and takes any collection.
 */
class FactoriesTests {
  @Test
  void anOfferingOfItsIdNameValueKindsAndBeneficiariesEqualsTheBuiltOne() {
    assertEquals(
        Offering.builder()
            .id("refills")
            .name("Package-free refills")
            .addValueKind(ValueKind.ECONOMIC)
            .addValueKind(ValueKind.ENVIRONMENTAL)
            .addBeneficiary("locals")
            .build(),
        Offering.of(
            "refills",
            "Package-free refills",
            List.of(ValueKind.ECONOMIC, ValueKind.ENVIRONMENTAL),
            Set.of("locals")));
  }

  @Test
  void anExchangeOfItsIdProviderRecipientWhatAndChannelEqualsTheBuiltOne() {
    assertEquals(
        Exchange.builder()
            .id("sell")
            .provider("shop")
            .recipient("locals")
            .what(Exchanged.offering("refills"))
            .channel(Channel.OWN_OUTLET)
            .build(),
        Exchange.of("sell", "shop", "locals", Exchanged.offering("refills"), Channel.OWN_OUTLET));
  }

  @Test
  void aRevenueStreamOfItsIdPayerAndMechanismEqualsTheBuiltOne() {
    assertEquals(
        RevenueStream.builder()
            .id("sales")
            .payer("locals")
            .mechanism(RevenueMechanism.SALE)
            .build(),
        RevenueStream.of("sales", "locals", RevenueMechanism.SALE));
  }

  @Test
  void anActivityOfItsIdNameAndKindEqualsTheBuiltOneAndTakesTheRestByWithMethods() {
    assertEquals(
        Activity.builder()
            .id("sorting")
            .name("Sort waste")
            .kind(ActivityKind.PRODUCTION)
            .performer("pickers")
            .mode(GovernanceMode.PARTNER)
            .build(),
        Activity.of("sorting", "Sort waste", ActivityKind.PRODUCTION)
            .withPerformer("pickers")
            .withMode(GovernanceMode.PARTNER));
  }

  @Test
  void aCostItemOfItsIdAndNameEqualsTheBuiltOne() {
    assertEquals(CostItem.builder().id("rent").name("Rent").build(), CostItem.of("rent", "Rent"));
  }

  @Test
  void theValueFunctionsOfTheirOneListEqualTheBuiltOnes() {
    Offering refills = Offering.of("refills", "Refills", Set.of(ValueKind.ECONOMIC), Set.of());
    Exchange sell =
        Exchange.of("sell", "shop", "locals", Exchanged.offering("refills"), Channel.DIRECT);
    Resource shelf = Resource.of("shelf", "Shelf", ResourceKind.PHYSICAL, "shop");
    assertEquals(
        ValueProposition.builder().addOffering(refills).build(),
        ValueProposition.of(List.of(refills)));
    assertEquals(
        ValueExchange.builder().addExchange(sell).build(), ValueExchange.of(List.of(sell)));
    assertEquals(
        ValueCreation.builder().addResource(shelf).build(), ValueCreation.of(List.of(shelf)));
  }
}

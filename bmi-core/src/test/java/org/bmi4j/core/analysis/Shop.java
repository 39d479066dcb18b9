package org.bmi4j.core.analysis;

import java.util.List;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Channel;
import org.bmi4j.core.model.CostItem;
import org.bmi4j.core.model.Exchange;
import org.bmi4j.core.model.Exchanged;
import org.bmi4j.core.model.Offering;
import org.bmi4j.core.model.Resource;
import org.bmi4j.core.model.ResourceKind;
import org.bmi4j.core.model.RevenueMechanism;
import org.bmi4j.core.model.RevenueStream;
import org.bmi4j.core.model.Sector;
import org.bmi4j.core.model.ValueCapture;
import org.bmi4j.core.model.ValueCreation;
import org.bmi4j.core.model.ValueExchange;
import org.bmi4j.core.model.ValueKind;
import org.bmi4j.core.model.ValueProposition;

/**
 * A refill shop with exactly ten elements, so that retained shares are easy to count: actors shop
 * and buyers, owner shop, mission ECONOMIC, offerings refill and bottles, resource store, exchange
 * deliver, revenue stream sales (SALE) and cost item rent.
 */
final class Shop {
  static final Offering REFILL =
      Offering.builder()
          .id("refill")
          .name("Refill")
          .addValueKind(ValueKind.ECONOMIC)
          .addValueKind(ValueKind.ENVIRONMENTAL)
          .addBeneficiary("buyers")
          .build();
  static final Offering BOTTLES =
      Offering.builder()
          .id("bottles")
          .name("Bottles")
          .addValueKind(ValueKind.ECONOMIC)
          .addBeneficiary("buyers")
          .build();
  static final Exchange DELIVER =
      Exchange.builder()
          .id("deliver")
          .provider("shop")
          .recipient("buyers")
          .what(Exchanged.offering("refill"))
          .channel(Channel.OWN_OUTLET)
          .build();
  static final RevenueStream SALES =
      RevenueStream.builder().id("sales").payer("buyers").mechanism(RevenueMechanism.SALE).build();
  static final CostItem RENT = CostItem.builder().id("rent").name("Rent").build();
  static final CostItem WAGES = CostItem.builder().id("wages").name("Wages").build();

  static final BusinessModel MODEL =
      BusinessModel.builder()
          .id("shop")
          .name("Refill shop")
          .addActor(Actor.of("shop", "Refill shop", ActorRole.FOCAL_FIRM, Sector.PRIVATE))
          .addActor(Actor.of("buyers", "Buyers", ActorRole.CUSTOMER_SEGMENT, Sector.PRIVATE))
          .addOwner("shop")
          .addMission(ValueKind.ECONOMIC)
          .proposition(ValueProposition.builder().addOffering(REFILL).addOffering(BOTTLES).build())
          .creation(
              ValueCreation.builder()
                  .addResource(Resource.of("store", "Store", ResourceKind.PHYSICAL, "shop"))
                  .build())
          .exchange(ValueExchange.builder().addExchange(DELIVER).build())
          .capture(ValueCapture.builder().addRevenueStream(SALES).addCost(RENT).build())
          .build();

  private Shop() {}

  static BusinessModel withOfferings(BusinessModel model, Offering... offerings) {
    return model.withProposition(ValueProposition.builder().addOfferings(offerings).build());
  }

  static BusinessModel withCosts(BusinessModel model, CostItem... costs) {
    return model.withCapture(model.capture().withCosts(costs));
  }

  static BusinessModel withoutResources(BusinessModel model) {
    return model.withCreation(ValueCreation.builder().build());
  }

  static BusinessModel withoutExchanges(BusinessModel model) {
    return model.withExchange(ValueExchange.builder().build());
  }

  static List<ElementKey> keys(List<ElementChange> changes) {
    return changes.stream().map(ElementChange::key).toList();
  }

  static ElementKey key(ElementKind kind, String id) {
    return new ElementKey(kind, id);
  }
}

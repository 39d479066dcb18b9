package org.bmi4j.core.valueflow;

import java.util.Currency;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Channel;
import org.bmi4j.core.model.Exchange;
import org.bmi4j.core.model.Exchanged;
import org.bmi4j.core.model.Money;
import org.bmi4j.core.model.Offering;
import org.bmi4j.core.model.Sector;
import org.bmi4j.core.model.ValueExchange;
import org.bmi4j.core.model.ValueKind;
import org.bmi4j.core.model.ValueProposition;

/** A small refill-shop model for hand-computed sheets. */
final class Shops {
  static final Currency EUR = Currency.getInstance("EUR");

  private Shops() {}

  static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  static Exchange exchange(String id, String from, String to, Exchanged what) {
    return Exchange.builder()
        .id(id)
        .provider(from)
        .recipient(to)
        .what(what)
        .channel(Channel.DIRECT)
        .build();
  }

  /**
   * shop sells refills to locals (sell, pay), buys stock from a supplier (stock, pay-stock), and
   * delivers to the door for a fee (deliver, pay-delivery).
   */
  static BusinessModel model() {
    return BusinessModel.builder()
        .id("refill")
        .name("Refill shop")
        .addOwner("shop")
        .addActor(Actor.of("shop", "Refill shop", ActorRole.FOCAL_FIRM, Sector.PRIVATE))
        .addActor(
            Actor.of("locals", "Local households", ActorRole.CUSTOMER_SEGMENT, Sector.PRIVATE))
        .addActor(Actor.of("supplier", "Wholesaler", ActorRole.SUPPLIER, Sector.PRIVATE))
        .addMission(ValueKind.ECONOMIC)
        .proposition(
            ValueProposition.builder()
                .addOffering(
                    Offering.builder()
                        .id("refills")
                        .name("Package-free refills")
                        .addBeneficiary("locals")
                        .addValueKind(ValueKind.ECONOMIC)
                        .build())
                .build())
        .exchange(
            ValueExchange.builder()
                .addExchange(exchange("sell", "shop", "locals", Exchanged.offering("refills")))
                .addExchange(exchange("pay", "locals", "shop", Exchanged.item("money")))
                .addExchange(exchange("stock", "supplier", "shop", Exchanged.item("stock")))
                .addExchange(exchange("pay-stock", "shop", "supplier", Exchanged.item("money")))
                .addExchange(exchange("deliver", "shop", "locals", Exchanged.item("delivery")))
                .addExchange(exchange("pay-delivery", "locals", "shop", Exchanged.item("money")))
                .build())
        .build();
  }

  static Scenario.Builder scenario() {
    return Scenario.builder().id("test").currency(EUR).model(model());
  }
}

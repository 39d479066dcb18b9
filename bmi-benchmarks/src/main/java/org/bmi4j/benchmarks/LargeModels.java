package org.bmi4j.benchmarks;

import org.bmi4j.core.model.Activity;
import org.bmi4j.core.model.ActivityKind;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Channel;
import org.bmi4j.core.model.Exchange;
import org.bmi4j.core.model.Exchanged;
import org.bmi4j.core.model.Flow;
import org.bmi4j.core.model.GovernanceMode;
import org.bmi4j.core.model.Link;
import org.bmi4j.core.model.Offering;
import org.bmi4j.core.model.Resource;
import org.bmi4j.core.model.ResourceKind;
import org.bmi4j.core.model.Sector;
import org.bmi4j.core.model.ValueCreation;
import org.bmi4j.core.model.ValueExchange;
import org.bmi4j.core.model.ValueKind;
import org.bmi4j.core.model.ValueProposition;

/**
 * Business models of a given size for the scaling benchmark: {@code n} activities, each governed
 * and linked to the next, with {@code n / 4} actors, offerings, resources and exchanges, so that
 * every part an analysis walks grows with {@code n}.
 */
public final class LargeModels {
  private LargeModels() {}

  /**
   * Returns a model of {@code n} activities; {@code variant} 1 changes every other activity's kind
   * and adds {@code n / 10} activities, for diffs.
   */
  public static BusinessModel model(String id, int n, int variant) {
    int quarter = Math.max(1, n / 4);
    BusinessModel.Builder model =
        BusinessModel.builder().id(id).name("Model " + id).addOwner("firm");
    model.addActor(Actor.of("firm", "The firm", ActorRole.FOCAL_FIRM, Sector.PRIVATE));
    for (int i = 0; i < quarter; i++) {
      ActorRole role = i % 2 == 0 ? ActorRole.CUSTOMER_SEGMENT : ActorRole.PARTNER;
      model.addActor(Actor.of("actor-" + i, "Actor " + i, role, Sector.PRIVATE));
    }
    ValueProposition.Builder proposition = ValueProposition.builder();
    ValueExchange.Builder exchange = ValueExchange.builder();
    ValueCreation.Builder creation = ValueCreation.builder();
    for (int i = 0; i < quarter; i++) {
      String customer = "actor-" + (i - i % 2);
      proposition.addOffering(
          Offering.builder()
              .id("offering-" + i)
              .name("Offering " + i)
              .addValueKind(ValueKind.values()[i % ValueKind.values().length])
              .addBeneficiary(customer)
              .build());
      exchange.addExchange(
          Exchange.builder()
              .id("exchange-" + i)
              .provider("firm")
              .recipient(customer)
              .what(Exchanged.offering("offering-" + i))
              .channel(Channel.values()[i % Channel.values().length])
              .build());
      creation.addResource(
          Resource.builder()
              .id("resource-" + i)
              .name("Resource " + i)
              .kind(ResourceKind.values()[(i + variant) % ResourceKind.values().length])
              .provider(i % 2 == 1 ? "actor-" + i : "firm")
              .build());
    }
    int activities = n + (variant == 1 ? n / 10 : 0);
    for (int i = 0; i < activities; i++) {
      String activity = "activity-" + i;
      int kind = i + (variant == 1 && i % 2 == 0 ? 1 : 0);
      Activity.Builder built =
          Activity.builder()
              .id(activity)
              .name("Activity " + i)
              .kind(ActivityKind.values()[kind % ActivityKind.values().length])
              .valueCreating(i % 3 == 0)
              .addResource("resource-" + (i % quarter))
              .performer(i % 2 == 1 ? "actor-" + (i % quarter | 1) % quarter : "firm")
              .mode(GovernanceMode.values()[i % GovernanceMode.values().length]);
      if (i + 1 < activities) {
        built.addLink(Link.of("activity-" + (i + 1), Flow.INFORMATION));
      }
      model.addActivity(built.build());
    }
    return model
        .proposition(proposition.build())
        .exchange(exchange.build())
        .creation(creation.build())
        .build();
  }
}

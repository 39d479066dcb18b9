package org.bmi4j.process.sst;

import com.google.common.collect.ImmutableSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bmi4j.core.model.Activity;
import org.bmi4j.core.model.ActivityKind;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Channel;
import org.bmi4j.core.model.Exchange;
import org.bmi4j.core.model.Exchanged;
import org.bmi4j.core.model.GovernanceMode;
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
import org.bmi4j.core.model.ValueShare;
import org.bmi4j.process.sst.SstEvent.Adopt;
import org.bmi4j.process.sst.SstEvent.Advance;
import org.bmi4j.process.sst.SstEvent.DesignModel;
import org.bmi4j.process.sst.SstEvent.IdentifyOpportunity;
import org.bmi4j.process.sst.SstEvent.RecordDeployment;
import org.bmi4j.process.sst.SstEvent.SelectOpportunity;

/**
 * Fixtures after the plastic-waste filament organisation [DESILVA, case 1]: economic and social
 * missions, filament bought from the waste pickers' corporation and sold to buyers abroad.
 */
final class Ssts {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC);
  static final Actor ORG =
      Actor.of("filament-org", "Filament organisation", ActorRole.FOCAL_FIRM, Sector.PRIVATE);
  static final ImmutableSet<ValueKind> DUAL = ImmutableSet.of(ValueKind.ECONOMIC, ValueKind.SOCIAL);

  private Ssts() {}

  static SstInstance sensing() {
    return SenseSeizeTransform.start(ORG, DUAL, List.of(), CLOCK);
  }

  static IdentifyOpportunity filamentOpportunity() {
    return new IdentifyOpportunity(
        "filament", "ethical 3D-printer filament from plastic waste", DUAL);
  }

  static SstInstance seizing() {
    return sensing()
        .applyOrThrow(filamentOpportunity())
        .applyOrThrow(new SelectOpportunity("filament"))
        .applyOrThrow(new Advance());
  }

  static SstInstance transforming() {
    return seizing()
        .applyOrThrow(new DesignModel(model("filament-bm", DUAL)))
        .applyOrThrow(Adopt.beside());
  }

  static RecordDeployment ecosystem(Site site) {
    return new RecordDeployment(
        site == Site.PRODUCTION
            ? "production capabilities of the whole site for scale"
            : "direct customer relationships",
        Optional.empty(),
        CapabilityLevel.ECOSYSTEM,
        site,
        "filament-org");
  }

  /**
   * The filament BM {@code id} with a second offering, training for the pickers, carrying SOCIAL;
   * its filament offering carries {@code filament}.
   */
  static BusinessModel twoOfferings(String id, Set<ValueKind> filament) {
    return model(id, DUAL)
        .withProposition(
            ValueProposition.builder()
                .addOffering(
                    Offering.builder()
                        .id("filament")
                        .name("Ethical filament")
                        .addAllValueKinds(filament)
                        .addBeneficiary("buyers")
                        .build())
                .addOffering(
                    Offering.builder()
                        .id("training")
                        .name("Training for pickers")
                        .addValueKind(ValueKind.SOCIAL)
                        .addBeneficiary("pickers")
                        .build())
                .build());
  }

  /**
   * A complete BM whose offering carries {@code offered}: economic value from filament sales and,
   * if {@code offered} holds SOCIAL, a fair price share to the waste pickers.
   */
  static BusinessModel model(String id, Set<ValueKind> offered) {
    BusinessModel.Builder model =
        BusinessModel.builder()
            .id(id)
            .name("Filament " + id)
            .addOwner("filament-org")
            .addActor(ORG)
            .addActor(
                Actor.of(
                    "buyers",
                    "Buyers in the US, UK and Germany",
                    ActorRole.CUSTOMER_SEGMENT,
                    Sector.PRIVATE))
            .addActor(
                Actor.of(
                    "pickers", "Waste pickers' corporation", ActorRole.BENEFICIARY, Sector.PRIVATE))
            .addAllMissions(DUAL)
            .proposition(
                ValueProposition.builder()
                    .addOffering(
                        Offering.builder()
                            .id("filament")
                            .name("Ethical filament")
                            .addValueKind(ValueKind.ECONOMIC)
                            .addBeneficiary("buyers")
                            .build())
                    .build())
            .creation(
                ValueCreation.builder()
                    .addResource(
                        Resource.of("waste", "Plastic waste", ResourceKind.PHYSICAL, "pickers"))
                    .build())
            .exchange(
                ValueExchange.builder()
                    .addExchange(
                        Exchange.builder()
                            .id("sell")
                            .provider("filament-org")
                            .recipient("buyers")
                            .what(Exchanged.offering("filament"))
                            .channel(Channel.DIRECT)
                            .build())
                    .build())
            .addActivity(
                Activity.builder()
                    .id("extrude")
                    .name("Extrude filament")
                    .kind(ActivityKind.PRODUCTION)
                    .addResource("waste")
                    .performer("pickers")
                    .mode(GovernanceMode.PARTNER)
                    .valueCreating(true)
                    .build());
    ValueCapture.Builder capture =
        ValueCapture.builder()
            .addRevenueStream(
                RevenueStream.builder()
                    .id("sales")
                    .payer("buyers")
                    .mechanism(RevenueMechanism.SALE)
                    .build());
    for (ValueKind kind : offered) {
      if (kind != ValueKind.ECONOMIC) {
        capture.addValueShare(
            ValueShare.builder()
                .id("share-" + kind.name().toLowerCase())
                .actor("pickers")
                .kind(kind)
                .build());
      }
    }
    if (!offered.contains(ValueKind.ECONOMIC)) {
      model.proposition(
          ValueProposition.builder()
              .addOffering(
                  Offering.builder()
                      .id("filament")
                      .name("Ethical filament")
                      .addBeneficiary("buyers")
                      .build())
              .build());
    }
    return model.capture(capture.build()).build();
  }
}

package org.bmi4j.process.sst;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Offering;
import org.bmi4j.core.model.Sector;
import org.bmi4j.core.model.ValueCapture;
import org.bmi4j.core.model.ValueKind;
import org.bmi4j.core.model.ValueProposition;
import org.bmi4j.core.model.ValueShare;
import org.junit.jupiter.api.Test;

/** The drift guard reads bmi-core's delivery rule: nothing delivers a kind with nothing. */
class DriftGuardDeliveryTests {
  private static final Set<ValueKind> DUAL = EnumSet.of(ValueKind.ECONOMIC, ValueKind.SOCIAL);

  private static BusinessModel model(BigDecimal socialShare, boolean socialOfferingForSomeone) {
    Offering.Builder social =
        Offering.builder().id("training").name("Training").addValueKind(ValueKind.SOCIAL);
    if (socialOfferingForSomeone) {
      social.addBeneficiary("youth");
    }
    return BusinessModel.builder()
        .id("bm")
        .name("BM")
        .addOwner("firm")
        .addActor(Actor.of("firm", "Firm", ActorRole.FOCAL_FIRM, Sector.PRIVATE))
        .addActor(Actor.of("buyers", "Buyers", ActorRole.CUSTOMER_SEGMENT, Sector.PRIVATE))
        .addActor(Actor.of("youth", "Youth", ActorRole.BENEFICIARY, Sector.SOCIAL))
        .proposition(
            ValueProposition.builder()
                .addOffering(
                    Offering.builder()
                        .id("goods")
                        .name("Goods")
                        .addValueKind(ValueKind.ECONOMIC)
                        .addBeneficiary("buyers")
                        .build())
                .addOffering(social.build())
                .build())
        .capture(
            ValueCapture.builder()
                .addValueShare(
                    ValueShare.builder()
                        .id("share")
                        .actor("youth")
                        .kind(ValueKind.SOCIAL)
                        .share(socialShare)
                        .build())
                .build())
        .build();
  }

  @Test
  void aZeroSocialShareAndAnOfferingForNobodyDoNotHideALostSocialMission() {
    assertEquals(
        ImmutableSet.of(ValueKind.SOCIAL),
        SenseSeizeTransform.undelivered(model(BigDecimal.ZERO, false), DUAL));
  }

  @Test
  void aSocialShareAboveZeroOrAnOfferingForSomeoneDeliversIt() {
    assertEquals(
        ImmutableSet.of(),
        SenseSeizeTransform.undelivered(model(new BigDecimal("0.1"), false), DUAL));
    assertEquals(
        ImmutableSet.of(), SenseSeizeTransform.undelivered(model(BigDecimal.ZERO, true), DUAL));
  }
}

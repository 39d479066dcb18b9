package org.bmi4j.process.firm;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Offering;
import org.bmi4j.core.model.Sector;
import org.bmi4j.core.model.ValueFunction;
import org.bmi4j.core.model.ValueKind;
import org.bmi4j.core.model.ValueProposition;
import org.bmi4j.process.firm.FirmEvent.AddEnhancementIdea;
import org.bmi4j.process.firm.FirmEvent.Advance;
import org.bmi4j.process.firm.FirmEvent.ProposePartnerModel;
import org.bmi4j.process.firm.FirmEvent.RecordAllianceOperating;
import org.bmi4j.process.firm.FirmEvent.RecordLesson;

/**
 * A car maker (illustrative, after the Mobility case of [SPIETH]) and the partners it may propose:
 * a rental firm sharing its drivers segment, and a rival with no synergy but a conflicting
 * offering.
 */
final class FirmFixtures {
  private FirmFixtures() {}

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  static final Actor OEM = Actor.of("oem", "Car maker", ActorRole.FOCAL_FIRM, Sector.PRIVATE);
  static final Actor RENTAL =
      Actor.of("rental", "Car rental firm", ActorRole.PARTNER, Sector.PRIVATE);
  static final Actor RIVAL = Actor.of("rival", "Rival maker", ActorRole.PARTNER, Sector.PRIVATE);
  static final Actor PARKING =
      Actor.of("parking", "Parking operator", ActorRole.PARTNER, Sector.PRIVATE);

  static final BusinessModel FLEET =
      BusinessModel.builder()
          .id("oem-fleet")
          .name("Car sales")
          .addOwner("oem")
          .addActor(OEM)
          .addActor(Actor.of("drivers", "Drivers", ActorRole.CUSTOMER_SEGMENT, Sector.PRIVATE))
          .proposition(
              ValueProposition.builder().addOffering(offering("car-sales", "drivers")).build())
          .build();

  /** The next version of {@link #FLEET}: fleet management services added. */
  static final BusinessModel FLEET_V2 =
      BusinessModel.builder()
          .from(FLEET)
          .version(2)
          .proposition(
              ValueProposition.builder()
                  .addOffering(offering("car-sales", "drivers"))
                  .addOffering(offering("fleet-services", "drivers"))
                  .build())
          .build();

  /** The next version of {@link #FLEET_V2}: a mobility app added. */
  static final BusinessModel FLEET_V3 =
      BusinessModel.builder()
          .from(FLEET_V2)
          .version(3)
          .proposition(
              ValueProposition.builder()
                  .from(FLEET_V2.proposition())
                  .addOffering(offering("mobility-app", "drivers"))
                  .build())
          .build();

  /** Shares the drivers segment with {@link #FLEET}; its rentals overlap the car sales. */
  static final BusinessModel RENTALS =
      BusinessModel.builder()
          .id("rental-bm")
          .name("Rentals")
          .addOwner("rental")
          .addActor(RENTAL)
          .addActor(Actor.of("drivers", "Drivers", ActorRole.CUSTOMER_SEGMENT, Sector.PRIVATE))
          .proposition(
              ValueProposition.builder().addOffering(offering("rentals", "drivers")).build())
          .build();

  /** Shares nothing with {@link #FLEET}; its offering has the same id, a conflict. */
  static final BusinessModel RIVAL_SALES =
      BusinessModel.builder()
          .id("rival-bm")
          .name("Rival sales")
          .addOwner("rival")
          .addActor(RIVAL)
          .addActor(Actor.of("buyers", "Buyers", ActorRole.CUSTOMER_SEGMENT, Sector.PRIVATE))
          .proposition(
              ValueProposition.builder().addOffering(offering("car-sales", "buyers")).build())
          .build();

  /** Shares the drivers segment with {@link #FLEET}: a third partner with synergy. */
  static final BusinessModel PARKING_BM =
      BusinessModel.builder()
          .id("parking-bm")
          .name("Parking")
          .addOwner("parking")
          .addActor(PARKING)
          .addActor(Actor.of("drivers", "Drivers", ActorRole.CUSTOMER_SEGMENT, Sector.PRIVATE))
          .proposition(
              ValueProposition.builder().addOffering(offering("parking", "drivers")).build())
          .build();

  static final EnhancementIdea FREE_FLOATING =
      EnhancementIdea.of(
          "free-floating",
          "Offer short-term mobility on demand",
          IdeaTrigger.SOCIAL_DEVELOPMENT,
          IdeaOrigin.INTERNAL,
          ValueFunction.PROPOSITION,
          ValueFunction.EXCHANGE);

  static final EnhancementIdea CHARGING =
      EnhancementIdea.of(
          "charging",
          "Find, use and pay charging stations",
          IdeaTrigger.TECHNOLOGY_LEAP,
          IdeaOrigin.PRECEDING_PROJECT,
          ValueFunction.CREATION);

  static final Lesson FLEET_LESSON =
      new Lesson("fleet-data", "Usage data improves fleet management", LessonSource.LEARNED);

  static Offering offering(String id, String beneficiary) {
    return Offering.builder()
        .id(id)
        .name(id)
        .addValueKind(ValueKind.ECONOMIC)
        .addBeneficiary(beneficiary)
        .build();
  }

  static FirmInstance identification() {
    return FirmProcess.start(OEM, FLEET, CLOCK);
  }

  static FirmInstance consolidation() {
    return identification()
        .applyOrThrow(new AddEnhancementIdea(FREE_FLOATING))
        .applyOrThrow(new Advance());
  }

  static FirmInstance creation() {
    return consolidation()
        .applyOrThrow(new ProposePartnerModel(RENTAL, RENTALS))
        .applyOrThrow(new Advance());
  }

  static FirmInstance adaption() {
    return creation()
        .applyOrThrow(new RecordAllianceOperating("mobility"))
        .applyOrThrow(new RecordLesson(FLEET_LESSON))
        .applyOrThrow(new Advance());
  }
}

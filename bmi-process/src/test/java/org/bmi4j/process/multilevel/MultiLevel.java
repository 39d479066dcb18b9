package org.bmi4j.process.multilevel;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Optional;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Offering;
import org.bmi4j.core.model.Sector;
import org.bmi4j.core.model.ValueFunction;
import org.bmi4j.core.model.ValueKind;
import org.bmi4j.core.model.ValueProposition;
import org.bmi4j.process.Outcome;
import org.bmi4j.process.alliance.AllianceEvent;
import org.bmi4j.process.alliance.AllianceProcess;
import org.bmi4j.process.firm.EnhancementIdea;
import org.bmi4j.process.firm.FirmEvent;
import org.bmi4j.process.firm.FirmInstance;
import org.bmi4j.process.firm.FirmProcess;
import org.bmi4j.process.firm.IdeaOrigin;
import org.bmi4j.process.firm.IdeaTrigger;

/** Fixtures: the OEM and the rental firm of the Mobility alliance, on both levels. */
final class MultiLevel {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC);
  static final Actor OEM = Actor.of("oem", "Car maker", ActorRole.FOCAL_FIRM, Sector.PRIVATE);
  static final Actor RENTAL =
      Actor.of("rental", "Car rental firm", ActorRole.PARTNER, Sector.PRIVATE);
  static final Actor DRIVERS =
      Actor.of("drivers", "Drivers", ActorRole.CUSTOMER_SEGMENT, Sector.PRIVATE);

  static final BusinessModel FLEET = model("oem-fleet", OEM, "car-sales");
  static final BusinessModel RENTALS = model("rental-bm", RENTAL, "rentals");

  static final EnhancementIdea IDEA =
      EnhancementIdea.of(
          "mobility",
          "Mobility on demand",
          IdeaTrigger.SOCIAL_DEVELOPMENT,
          IdeaOrigin.INTERNAL,
          ValueFunction.PROPOSITION);

  private MultiLevel() {}

  static BusinessModel model(String id, Actor owner, String offering) {
    return BusinessModel.builder()
        .id(id)
        .name(id)
        .addOwner(owner.id())
        .addActor(owner)
        .addActor(DRIVERS)
        .proposition(
            ValueProposition.builder()
                .addOffering(
                    Offering.builder()
                        .id(offering)
                        .name(offering)
                        .addValueKind(ValueKind.ECONOMIC)
                        .addBeneficiary("drivers")
                        .build())
                .build())
        .build();
  }

  static FirmInstance firm(Actor actor, BusinessModel extant) {
    return firm(actor, extant, CLOCK);
  }

  static FirmInstance firm(Actor actor, BusinessModel extant, Clock clock) {
    return FirmProcess.start(actor, extant, clock)
        .applyOrThrow(new FirmEvent.AddEnhancementIdea(IDEA));
  }

  static MultiLevelAlliance accept(Outcome<MultiLevelAlliance> outcome) {
    assertInstanceOf(Outcome.Accepted.class, outcome);
    return outcome.instance();
  }

  /** In CONCEPT, both firms prospective with an idea each. */
  static MultiLevelAlliance concept() {
    return concept(CLOCK);
  }

  /** In CONCEPT, both firms prospective with an idea each, every process on {@code clock}. */
  static MultiLevelAlliance concept(Clock clock) {
    MultiLevelAlliance start =
        MultiLevelAlliance.of(
            AllianceProcess.start(
                "mobility",
                "Mobility alliance",
                Optional.of("oem"),
                Currency.getInstance("EUR"),
                clock));
    return accept(
        accept(start.prospect(firm(OEM, FLEET, clock))).prospect(firm(RENTAL, RENTALS, clock)));
  }

  /**
   * In FOUNDATION with both partners attached in CONSOLIDATION, each proposing the other, ready to
   * develop.
   */
  static MultiLevelAlliance foundation() {
    return foundation(CLOCK);
  }

  /** In FOUNDATION as {@link #foundation()}, every process on {@code clock}. */
  static MultiLevelAlliance foundation(Clock clock) {
    MultiLevelAlliance m = concept(clock);
    m =
        accept(
            m.apply(
                new AllianceEvent.RecordBusinessCase(
                    org.bmi4j.process.alliance.AlliancesAccess.businessCase())));
    m = accept(m.apply(new AllianceEvent.ApproveInternally("board")));
    m = accept(m.apply(new AllianceEvent.Advance()));
    m = accept(m.apply(new AllianceEvent.ProposePartner(OEM, Optional.empty(), Optional.empty())));
    m =
        accept(
            m.apply(new AllianceEvent.ProposePartner(RENTAL, Optional.empty(), Optional.empty())));
    m = accept(m.apply(new AllianceEvent.CommitPartner("oem")));
    m = accept(m.apply(new AllianceEvent.CommitPartner("rental")));
    m =
        accept(
            m.apply(
                new AllianceEvent.SignContract(
                    org.bmi4j.process.alliance.AlliancesAccess.contract())));
    m =
        accept(
            m.apply(
                new AllianceEvent.ChooseForm(
                    org.bmi4j.process.alliance.OrganisationalForm.JOINT_VENTURE)));
    m =
        accept(
            m.apply(
                new AllianceEvent.PlanMilestone(
                    new org.bmi4j.process.alliance.Milestone(
                        "pilot", "pilot city", "rental", false))));
    return m;
  }

  static MultiLevelAlliance operation() {
    MultiLevelAlliance m = accept(foundation().apply(new AllianceEvent.Advance()));
    m =
        accept(
            m.apply(
                new AllianceEvent.DefineAllianceModel(
                    org.bmi4j.process.alliance.AlliancesAccess.allianceModel())));
    m = accept(m.apply(new AllianceEvent.CompleteMilestone("pilot")));
    m = accept(m.apply(new AllianceEvent.PassAcceptanceTest()));
    return accept(m.apply(new AllianceEvent.Advance()));
  }
}

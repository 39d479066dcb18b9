package org.bmi4j.benchmarks;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Clock;
import java.util.Currency;
import java.util.Optional;
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
import org.bmi4j.core.model.ValueFunction;
import org.bmi4j.core.model.ValueKind;
import org.bmi4j.core.model.ValueProposition;
import org.bmi4j.process.Outcome;
import org.bmi4j.process.alliance.AllianceEvent;
import org.bmi4j.process.alliance.AlliancePhase;
import org.bmi4j.process.alliance.AllianceProcess;
import org.bmi4j.process.alliance.BusinessCase;
import org.bmi4j.process.alliance.Contract;
import org.bmi4j.process.alliance.Coverage;
import org.bmi4j.process.alliance.Funding;
import org.bmi4j.process.alliance.Milestone;
import org.bmi4j.process.alliance.OrganisationalForm;
import org.bmi4j.process.alliance.Requirement;
import org.bmi4j.process.firm.EnhancementIdea;
import org.bmi4j.process.firm.FirmEvent;
import org.bmi4j.process.firm.FirmPhase;
import org.bmi4j.process.firm.FirmProcess;
import org.bmi4j.process.firm.IdeaOrigin;
import org.bmi4j.process.firm.IdeaTrigger;
import org.bmi4j.process.multilevel.MultiLevelAlliance;

/**
 * One multi-level walk: an alliance of a car maker and a rental firm (after the Mobility case) with
 * both firm-level processes coupled, from CONCEPT to OPERATION. The inputs (models, business case,
 * contract, events) are made once and shared; a walk is the process operations alone.
 */
public final class AllianceWalk {
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
  static final Currency EUR = Currency.getInstance("EUR");

  private static final FirmEvent ADD_IDEA = new FirmEvent.AddEnhancementIdea(IDEA);
  private static final AllianceEvent RECORD_CASE =
      new AllianceEvent.RecordBusinessCase(
          new BusinessCase(
              "mobility on demand",
              "urban short-term rental demand",
              ImmutableList.of(
                  new Requirement("vehicles", Coverage.FIRM),
                  new Requirement("rental stations and customers", Coverage.PARTNER)),
              Optional.of(Funding.SHARED)));
  private static final AllianceEvent APPROVE = new AllianceEvent.ApproveInternally("board");
  private static final AllianceEvent ADVANCE = new AllianceEvent.Advance();
  private static final AllianceEvent PROPOSE_OEM =
      new AllianceEvent.ProposePartner(OEM, Optional.empty(), Optional.empty());
  private static final AllianceEvent PROPOSE_RENTAL =
      new AllianceEvent.ProposePartner(RENTAL, Optional.empty(), Optional.empty());
  private static final AllianceEvent COMMIT_OEM = new AllianceEvent.CommitPartner("oem");
  private static final AllianceEvent COMMIT_RENTAL = new AllianceEvent.CommitPartner("rental");
  private static final AllianceEvent SIGN =
      new AllianceEvent.SignContract(
          new Contract(
              ImmutableSet.of("oem", "rental"),
              "50:50 joint venture, five years",
              Optional.of("2031-12-31")));
  private static final AllianceEvent CHOOSE_FORM =
      new AllianceEvent.ChooseForm(OrganisationalForm.JOINT_VENTURE);
  private static final AllianceEvent PLAN =
      new AllianceEvent.PlanMilestone(new Milestone("pilot", "pilot city", "rental", false));
  private static final FirmEvent OEM_PROPOSES_RENTAL =
      new FirmEvent.ProposePartnerModel(RENTAL, RENTALS);
  private static final FirmEvent RENTAL_PROPOSES_OEM =
      new FirmEvent.ProposePartnerModel(OEM, FLEET);
  private static final AllianceEvent DEFINE_MODEL =
      new AllianceEvent.DefineAllianceModel(allianceModel());
  private static final AllianceEvent COMPLETE_PILOT = new AllianceEvent.CompleteMilestone("pilot");
  private static final AllianceEvent PASS_TEST = new AllianceEvent.PassAcceptanceTest();

  private AllianceWalk() {}

  /**
   * Walks one alliance with two partners from CONCEPT to OPERATION and returns it there.
   *
   * @throws IllegalStateException if a step is rejected
   */
  public static MultiLevelAlliance walk(Clock clock) {
    MultiLevelAlliance m =
        MultiLevelAlliance.of(
            AllianceProcess.start("mobility", "Mobility alliance", Optional.of("oem"), EUR, clock));
    m = accept(m.prospect(FirmProcess.start(OEM, FLEET, clock).applyOrThrow(ADD_IDEA)));
    m = accept(m.prospect(FirmProcess.start(RENTAL, RENTALS, clock).applyOrThrow(ADD_IDEA)));
    m = accept(m.apply(RECORD_CASE));
    m = accept(m.apply(APPROVE));
    m = accept(m.apply(ADVANCE));
    m = accept(m.apply(PROPOSE_OEM));
    m = accept(m.apply(PROPOSE_RENTAL));
    m = accept(m.apply(COMMIT_OEM));
    m = accept(m.apply(COMMIT_RENTAL));
    m = accept(m.apply(SIGN));
    m = accept(m.apply(CHOOSE_FORM));
    m = accept(m.apply(PLAN));
    m = accept(m.applyFirm("oem", OEM_PROPOSES_RENTAL));
    m = accept(m.applyFirm("rental", RENTAL_PROPOSES_OEM));
    m = accept(m.apply(ADVANCE));
    m = accept(m.apply(DEFINE_MODEL));
    m = accept(m.apply(COMPLETE_PILOT));
    m = accept(m.apply(PASS_TEST));
    return accept(m.apply(ADVANCE));
  }

  /** Returns whether the walk ended where it should: OPERATION, both firms in ADAPTION. */
  public static boolean arrived(MultiLevelAlliance m) {
    return m.alliance().state() == AlliancePhase.OPERATION
        && m.firms().values().stream().allMatch(f -> f.process().state() == FirmPhase.ADAPTION);
  }

  private static MultiLevelAlliance accept(Outcome<MultiLevelAlliance> outcome) {
    if (outcome instanceof Outcome.Rejected<MultiLevelAlliance> rejected) {
      throw new IllegalStateException("the walk was rejected: " + rejected.violations());
    }
    return outcome.instance();
  }

  private static BusinessModel model(String id, Actor owner, String offering) {
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

  /** A complete alliance BM: mobility on demand, the rental firm operating the stations. */
  private static BusinessModel allianceModel() {
    Actor drivers =
        Actor.of("drivers", "Urban drivers", ActorRole.CUSTOMER_SEGMENT, Sector.PRIVATE);
    return BusinessModel.builder()
        .id("mobility-bm")
        .name("Mobility on demand")
        .addOwner("oem")
        .addOwner("rental")
        .addActor(OEM)
        .addActor(RENTAL)
        .addActor(drivers)
        .addMission(ValueKind.ECONOMIC)
        .proposition(
            ValueProposition.builder()
                .addOffering(
                    Offering.builder()
                        .id("rides")
                        .name("Short-term mobility")
                        .addValueKind(ValueKind.ECONOMIC)
                        .addBeneficiary("drivers")
                        .build())
                .build())
        .creation(
            ValueCreation.builder()
                .addResource(Resource.of("fleet", "Vehicle fleet", ResourceKind.PHYSICAL, "oem"))
                .build())
        .exchange(
            ValueExchange.builder()
                .addExchange(
                    Exchange.builder()
                        .id("rent")
                        .provider("rental")
                        .recipient("drivers")
                        .what(Exchanged.offering("rides"))
                        .channel(Channel.ONLINE)
                        .build())
                .build())
        .capture(
            ValueCapture.builder()
                .addRevenueStream(
                    RevenueStream.builder()
                        .id("fees")
                        .payer("drivers")
                        .mechanism(RevenueMechanism.FEE)
                        .build())
                .build())
        .addActivity(
            Activity.builder()
                .id("stations")
                .name("Run rental stations")
                .kind(ActivityKind.SERVICE)
                .addResource("fleet")
                .performer("rental")
                .mode(GovernanceMode.JOINT_VENTURE)
                .valueCreating(true)
                .build())
        .build();
  }
}

package org.bmi4j.process.alliance;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.bmi4j.core.alliance.Direction;
import org.bmi4j.core.alliance.LedgerEntry;
import org.bmi4j.core.alliance.Tangibility;
import org.bmi4j.core.model.Activity;
import org.bmi4j.core.model.ActivityKind;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Channel;
import org.bmi4j.core.model.Exchange;
import org.bmi4j.core.model.Exchanged;
import org.bmi4j.core.model.GovernanceMode;
import org.bmi4j.core.model.Money;
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
import org.bmi4j.process.alliance.AllianceEvent.Advance;
import org.bmi4j.process.alliance.AllianceEvent.ApproveInternally;
import org.bmi4j.process.alliance.AllianceEvent.ChooseForm;
import org.bmi4j.process.alliance.AllianceEvent.CommitPartner;
import org.bmi4j.process.alliance.AllianceEvent.CompleteMilestone;
import org.bmi4j.process.alliance.AllianceEvent.DefineAllianceModel;
import org.bmi4j.process.alliance.AllianceEvent.PassAcceptanceTest;
import org.bmi4j.process.alliance.AllianceEvent.PlanMilestone;
import org.bmi4j.process.alliance.AllianceEvent.ProposePartner;
import org.bmi4j.process.alliance.AllianceEvent.RecordBusinessCase;
import org.bmi4j.process.alliance.AllianceEvent.SignContract;

/** Fixtures: an OEM and a rental firm founding a mobility alliance, taken to each phase. */
final class Alliances {
  static final Currency EUR = Currency.getInstance("EUR");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-01T09:00:00Z"), ZoneOffset.UTC);
  static final Actor OEM = Actor.of("oem", "Car maker", ActorRole.FOCAL_FIRM, Sector.PRIVATE);
  static final Actor RENTAL =
      Actor.of("rental", "Car rental firm", ActorRole.PARTNER, Sector.PRIVATE);

  private Alliances() {}

  static BusinessCase businessCase() {
    return new BusinessCase(
        "mobility on demand",
        "urban short-term rental demand",
        ImmutableList.of(
            new Requirement("vehicles", Coverage.FIRM),
            new Requirement("rental stations and customers", Coverage.PARTNER)),
        Optional.of(Funding.SHARED));
  }

  static Contract contract() {
    return new Contract(
        ImmutableSet.of("oem", "rental"),
        "50:50 joint venture, five years",
        Optional.of("2031-12-31"));
  }

  static AllianceInstance concept() {
    return AllianceProcess.start("mobility", "Mobility alliance", Optional.of("oem"), EUR, CLOCK);
  }

  static AllianceInstance foundation() {
    return concept()
        .applyOrThrow(new RecordBusinessCase(businessCase()))
        .applyOrThrow(new ApproveInternally("board"))
        .applyOrThrow(new Advance());
  }

  static AllianceInstance readyToDevelop() {
    return foundation()
        .applyOrThrow(new ProposePartner(OEM, Optional.of(Fit.GOOD), Optional.of(Fit.GOOD)))
        .applyOrThrow(new ProposePartner(RENTAL, Optional.of(Fit.GOOD), Optional.empty()))
        .applyOrThrow(new CommitPartner("oem"))
        .applyOrThrow(new CommitPartner("rental"))
        .applyOrThrow(new SignContract(contract()))
        .applyOrThrow(new ChooseForm(OrganisationalForm.JOINT_VENTURE))
        .applyOrThrow(
            new PlanMilestone(new Milestone("pilot", "pilot in one city", "rental", false)));
  }

  static AllianceInstance development() {
    return readyToDevelop().applyOrThrow(new Advance());
  }

  static AllianceInstance operation() {
    return readyToOperate(readyToDevelop()).applyOrThrow(new Advance());
  }

  /**
   * {@code foundation}, ready to advance with milestone "pilot" open, advanced into DEVELOPMENT and
   * made ready to operate: the alliance BM defined, the pilot completed, the acceptance test
   * passed.
   */
  static AllianceInstance readyToOperate(AllianceInstance foundation) {
    return foundation
        .applyOrThrow(new Advance())
        .applyOrThrow(new DefineAllianceModel(allianceModel()))
        .applyOrThrow(new CompleteMilestone("pilot"))
        .applyOrThrow(new PassAcceptanceTest());
  }

  /**
   * An alliance in FOUNDATION ready to advance: {@code partners} partners (ids p0, p1, ...)
   * proposed and committed, a contract naming them all, a joint venture and one open milestone
   * ("pilot", p0's).
   */
  static AllianceInstance foundationWithCommittedPartners(int partners) {
    AllianceInstance instance = foundation();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < partners; i++) {
      String id = "p" + i;
      ids.add(id);
      instance =
          instance
              .applyOrThrow(
                  new AllianceEvent.ProposePartner(
                      Actor.of(id, "Partner " + i, ActorRole.PARTNER, Sector.PRIVATE),
                      Optional.empty(),
                      Optional.empty()))
              .applyOrThrow(new AllianceEvent.CommitPartner(id));
    }
    return instance
        .applyOrThrow(
            new AllianceEvent.SignContract(
                new Contract(ids, "one contract for all", Optional.empty())))
        .applyOrThrow(new AllianceEvent.ChooseForm(OrganisationalForm.JOINT_VENTURE))
        .applyOrThrow(
            new AllianceEvent.PlanMilestone(new Milestone("pilot", "pilot", "p0", false)));
  }

  static LedgerEntry entry(String partner, Direction direction, String amount) {
    return LedgerEntry.builder()
        .partner(partner)
        .direction(direction)
        .description(direction + " of " + partner)
        .valueKind(ValueKind.ECONOMIC)
        .tangibility(Tangibility.TANGIBLE)
        .valuation(Money.of(amount, "EUR"))
        .build();
  }

  /** A complete alliance BM: mobility on demand, the rental firm operating the stations. */
  static BusinessModel allianceModel() {
    return allianceModelPerformedBy("rental");
  }

  static BusinessModel allianceModelPerformedBy(String operator) {
    Actor drivers =
        Actor.of("drivers", "Urban drivers", ActorRole.CUSTOMER_SEGMENT, Sector.PRIVATE);
    BusinessModel.Builder model = BusinessModel.builder();
    if (!operator.equals("oem") && !operator.equals("rental")) {
      model.addActor(Actor.of(operator, "Operator " + operator, ActorRole.PARTNER, Sector.PRIVATE));
    }
    return model
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
                        .provider(operator)
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
                .performer(operator)
                .mode(GovernanceMode.JOINT_VENTURE)
                .valueCreating(true)
                .build())
        .build();
  }
}

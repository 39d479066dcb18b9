package org.bmi4j.examples;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.bmi4j.process.ProcessDiagrams;
import org.bmi4j.process.ViolationCode;
import org.bmi4j.process.alliance.AllianceEvent;
import org.bmi4j.process.alliance.AllianceProcess;
import org.bmi4j.process.alliance.BusinessCase;
import org.bmi4j.process.alliance.Contract;
import org.bmi4j.process.alliance.Coverage;
import org.bmi4j.process.alliance.Funding;
import org.bmi4j.process.alliance.Milestone;
import org.bmi4j.process.alliance.OrganisationalForm;
import org.bmi4j.process.alliance.Requirement;
import org.bmi4j.process.alliance.Vision;
import org.bmi4j.process.alliance.VisionKind;
import org.bmi4j.process.firm.EnhancementIdea;
import org.bmi4j.process.firm.FirmEvent;
import org.bmi4j.process.firm.FirmProcess;
import org.bmi4j.process.firm.IdeaOrigin;
import org.bmi4j.process.firm.IdeaTrigger;
import org.bmi4j.process.firm.Lesson;
import org.bmi4j.process.firm.LessonSource;
import org.bmi4j.process.multilevel.Attachment;
import org.bmi4j.process.multilevel.MultiLevelAlliance;

/**
 * Example 1: one automotive OEM with five strategic alliances on the multi-level BMI process
 * [SPIETH]: Spieth, Laudien &amp; Meissner, "Business model innovation in strategic alliances: a
 * multi-layer perspective".
 *
 * <p>Each alliance ends where the source leaves it: Mobility reaches operation and starts a new
 * cycle after both firms applied its lessons; Parking goes to market and splits; Charging has no
 * reported status; Energy falls back to find a new partner and is now in development; Storage is
 * stuck in development.
 */
public final class AutomotiveAlliances {
  /** The title the tour prints. */
  public static final String TITLE = "1. Automotive OEM with five alliances [SPIETH]";

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
  static final Currency EUR = Currency.getInstance("EUR");
  static final Actor OEM = Actor.of("oem", "Automotive OEM", ActorRole.FOCAL_FIRM, Sector.PRIVATE);
  static final Actor DRIVERS =
      Actor.of("drivers", "Urban drivers", ActorRole.CUSTOMER_SEGMENT, Sector.PRIVATE);

  /**
   * The five alliances as they end, and the violation codes of each deliberate rejection.
   *
   * @param alliances each alliance by name, in the source's order
   * @param rejections each deliberate rejection by the attempt's name, its codes in order
   */
  public record Result(
      ImmutableMap<String, MultiLevelAlliance> alliances,
      ImmutableMap<String, ImmutableList<ViolationCode>> rejections) {}

  private final Story story;
  private final Map<String, ImmutableList<ViolationCode>> rejections = new LinkedHashMap<>();

  private AutomotiveAlliances(PrintStream out) {
    this.story = new Story(out);
  }

  /** Runs the example, printing to standard output. */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Runs the example, printing its narrative to {@code out}, and returns its key objects. */
  public static Result run(PrintStream out) {
    return new AutomotiveAlliances(out).tell();
  }

  private Result tell() {
    story.title(
        TITLE,
        "Spieth, Laudien & Meissner, \"Business model innovation in strategic"
            + " alliances: a multi-layer perspective\"");
    story.say(
        "A car maker (the OEM) innovates its business model in five strategic alliances."
            + " Each alliance runs the alliance-level process (concept, foundation, development,"
            + " operation); each partner runs its own firm-level process (identification,"
            + " consolidation, creation, adaption), coupled to the alliance's phase.");
    story.illustrative(
        "Dates, contracts, milestones and the firms' extant business models are" + " placeholders");
    Map<String, MultiLevelAlliance> alliances = new LinkedHashMap<>();
    alliances.put("Mobility", mobility());
    alliances.put("Parking", parking());
    alliances.put("Charging", charging());
    alliances.put("Energy", energy());
    alliances.put("Storage", storage());

    story.section("Where each alliance stands");
    story.say(
        "  A firm marked detached has left the alliance, or its alliance has ended: its own"
            + " process goes on alone, no longer following the alliance's phase.");
    alliances.forEach(
        (name, m) ->
            story.say(
                String.format(
                    "  %-9s %-12s firms: %s",
                    name, Words.of(m.alliance().state()), firmPhases(m))));
    story.section(
        "The alliance-level phases (Mermaid; the events that keep a phase in a note beside it)");
    story.block("mermaid", ProcessDiagrams.mermaid(AllianceProcess.DEFINITION));
    return new Result(ImmutableMap.copyOf(alliances), ImmutableMap.copyOf(rejections));
  }

  private MultiLevelAlliance mobility() {
    story.section("Mobility: short-term mobility on demand, with a car rental firm");
    Actor rental = Actor.of("rental", "Car rental firm", ActorRole.PARTNER, Sector.PRIVATE);
    BusinessModel oemFleet = extant("oem-bm", OEM, "cars", "New cars");
    BusinessModel rentals = extant("rental-bm", rental, "rentals", "Car rental at stations");
    MultiLevelAlliance m = concept("mobility", "Mobility", oemFleet, rental, rentals);
    m =
        attempt(
            "Mobility: advance without business case or approval",
            m,
            new AllianceEvent.Advance(),
            "the concept phase ends only with an approved business case"
                + " that says what a partner must bring (library formalisation of the concept"
                + " phase's critical point)");
    m = foundation(m, "short-term mobility on demand", "car rental stations and customers");
    m = sign(m, OrganisationalForm.JOINT_VENTURE, oemFleet, rental, rentals);
    m = operation(m, rental, "rides", "Short-term mobility on demand");
    story.say(
        "The rental firm adds a free-floating system to its business model; the OEM"
            + " applies the learnings to its fleet management services.");
    m =
        accept(
            m.applyFirm(
                "rental",
                new FirmEvent.RecordLesson(
                    new Lesson(
                        "free-floating",
                        "customers want to pick up and drop cars anywhere",
                        LessonSource.LEARNED))));
    m =
        accept(
            m.applyFirm(
                "rental",
                FirmEvent.AdaptExtantModel.of(
                    withOffering(rentals, "free-floating", "Free-floating car sharing"),
                    "free-floating")));
    m =
        accept(
            m.applyFirm(
                "oem",
                new FirmEvent.RecordLesson(
                    new Lesson(
                        "fleet-learnings",
                        "usage data from the alliance improves fleet management",
                        LessonSource.LEARNED))));
    m =
        accept(
            m.applyFirm(
                "oem",
                FirmEvent.AdaptExtantModel.of(
                    withOffering(oemFleet, "fleet-services", "Fleet management services"),
                    "fleet-learnings")));
    story.state(
        "Car rental firm's extant business model",
        "version " + m.firm("rental").orElseThrow().process().context().extantModel().version());
    story.state(
        "OEM's extant business model",
        "version " + m.firm("oem").orElseThrow().process().context().extantModel().version());
    m =
        accept(
            m.apply(
                new AllianceEvent.RecordVision(
                    Vision.independent(
                        "the mobility services can stand on their own (illustrative)"))));
    story.illustrative("  vision recorded, " + Words.vision(VisionKind.INDEPENDENT));
    m = accept(m.apply(new AllianceEvent.StartNewCycle("next mobility services")));
    story.say(
        "Instead of carrying the vision out, the partners start a new cycle to enhance the"
            + " alliance business model, keeping the vision: the alliance is back in "
            + Words.of(m.alliance().state())
            + ", cycle "
            + m.alliance().cycle()
            + "; the firms: "
            + firmPhases(m)
            + ".");
    return m;
  }

  private MultiLevelAlliance parking() {
    story.section(
        "Parking: easy access to parking space, with an integrated parking solutions"
            + " firm based in the US");
    Actor parking =
        Actor.of(
            "parking", "Integrated parking solutions firm (US)", ActorRole.PARTNER, Sector.PRIVATE);
    BusinessModel oemModel = extant("oem-bm", OEM, "cars", "New cars");
    BusinessModel parkingModel = extant("parking-bm", parking, "garages", "Parking garages");
    MultiLevelAlliance m = concept("parking", "Parking", oemModel, parking, parkingModel);
    m = foundation(m, "easy access to parking space", "parking space and operations");
    m = sign(m, OrganisationalForm.IN_HOUSE, oemModel, parking, parkingModel);
    m = operation(m, parking, "parking-access", "Easy access to parking space");
    m =
        attempt(
            "Parking: carry out a vision that was never recorded",
            m,
            new AllianceEvent.CarryOutVision(),
            "an alliance in operation ends only by carrying"
                + " out the vision its partners formed for its future [SPIETH]");
    story.say(
        "Both partners continue the business model on their own, in split target" + " markets.");
    m =
        accept(
            m.apply(
                new AllianceEvent.RecordVision(
                    Vision.split(
                        "each partner continues the business model in its own target market"))));
    story.say("  vision recorded, " + Words.vision(VisionKind.SPLIT));
    m = accept(m.apply(new AllianceEvent.CarryOutVision()));
    story.say("  [alliance] ended as " + Words.ending(m.alliance().state()));
    return m;
  }

  private MultiLevelAlliance charging() {
    story.section(
        "Charging: a premium service to find, use and pay charging stations, with a"
            + " charging infrastructure firm");
    Actor charging =
        Actor.of("charging", "Charging infrastructure firm", ActorRole.PARTNER, Sector.PRIVATE);
    BusinessModel oemModel = extant("oem-bm", OEM, "cars", "New cars");
    BusinessModel chargingModel = extant("charging-bm", charging, "stations", "Charging stations");
    MultiLevelAlliance m = concept("charging", "Charging", oemModel, charging, chargingModel);
    m = foundation(m, "premium charging service", "charging stations");
    for (Actor actor : List.of(OEM, charging)) {
      m =
          accept(
              m.apply(new AllianceEvent.ProposePartner(actor, Optional.empty(), Optional.empty())));
      m = accept(m.apply(new AllianceEvent.CommitPartner(actor.id())));
    }
    story.say("The source reports no status for this alliance.");
    story.illustrative(
        "The example leaves it in "
            + Words.of(m.alliance().state())
            + ", both partners"
            + " committed and nothing signed yet, a neutral reading of a formed partnership; the firms"
            + ": "
            + firmPhases(m));
    return m;
  }

  private MultiLevelAlliance energy() {
    story.section("Energy: IT-based energy consulting, a joint venture");
    Actor first =
        Actor.of(
            "first-partner",
            "First partner (unnamed in the source)",
            ActorRole.PARTNER,
            Sector.PRIVATE);
    BusinessModel oemModel = extant("oem-bm", OEM, "cars", "New cars");
    BusinessModel firstModel = extant("first-bm", first, "consulting", "Consulting");
    MultiLevelAlliance m = concept("energy", "Energy", oemModel, first, firstModel);
    m = foundation(m, "IT-based energy consulting", "energy know-how");
    m = sign(m, OrganisationalForm.JOINT_VENTURE, oemModel, first, firstModel);
    story.say(
        "In development the partners find that culture and internal processes do not"
            + " fit: the alliance falls back to foundation.");
    m = accept(m.apply(new AllianceEvent.FallBack("culture and internal processes do not fit")));
    story.state("alliance", Words.of(m.alliance().state()) + ", firms " + firmPhases(m));
    m =
        accept(
            m.apply(
                new AllianceEvent.RemovePartner(
                    "first-partner", "culture and internal processes do not fit")));
    m =
        attempt(
            "Energy: advance with one partner and the old contract",
            m,
            new AllianceEvent.Advance(),
            "an alliance needs at least two committed partners and a"
                + " contract signed by exactly its current partners (library formalisation of the"
                + " foundation phase)");
    Actor heating = Actor.of("heating", "Heating systems firm", ActorRole.PARTNER, Sector.PRIVATE);
    BusinessModel heatingModel = extant("heating-bm", heating, "heating", "Heating systems");
    m =
        accept(
            m.prospect(
                FirmProcess.start(heating, heatingModel, CLOCK)
                    .applyOrThrow(new FirmEvent.AddEnhancementIdea(idea()))));
    m =
        accept(
            m.apply(new AllianceEvent.ProposePartner(heating, Optional.empty(), Optional.empty())));
    m = accept(m.apply(new AllianceEvent.CommitPartner("heating")));
    m = accept(m.apply(new AllianceEvent.SignContract(contract("oem", "heating"))));
    m = accept(m.apply(new AllianceEvent.Advance()));
    story.say(
        "With a heating systems firm as new partner and a new contract, the alliance is"
            + " now in "
            + Words.of(m.alliance().state())
            + ".");
    story.section("Energy's history (Mermaid timeline)");
    story.block("mermaid", ProcessDiagrams.timeline(m.alliance()));
    return m;
  }

  private MultiLevelAlliance storage() {
    story.section("Storage: stationary storage, with an energy supplier and a system integrator");
    Actor supplier = Actor.of("supplier", "Energy supplier", ActorRole.PARTNER, Sector.PRIVATE);
    Actor integrator =
        Actor.of("integrator", "System integrator", ActorRole.PARTNER, Sector.PRIVATE);
    BusinessModel oemModel = extant("oem-bm", OEM, "cars", "New cars");
    BusinessModel supplierModel = extant("supplier-bm", supplier, "power", "Electricity");
    BusinessModel integratorModel =
        extant("integrator-bm", integrator, "systems", "Integrated systems");
    MultiLevelAlliance m =
        MultiLevelAlliance.of(
            AllianceProcess.start("storage", "Storage", Optional.of("oem"), EUR, CLOCK));
    m = accept(m.prospect(firm(OEM, oemModel)));
    m = accept(m.prospect(firm(supplier, supplierModel)));
    m = accept(m.prospect(firm(integrator, integratorModel)));
    m = foundation(m, "stationary storage", "energy and system integration");
    for (Actor partner : List.of(OEM, supplier, integrator)) {
      m =
          accept(
              m.apply(
                  new AllianceEvent.ProposePartner(partner, Optional.empty(), Optional.empty())));
      m = accept(m.apply(new AllianceEvent.CommitPartner(partner.id())));
    }
    m = accept(m.apply(new AllianceEvent.SignContract(contract("oem", "supplier", "integrator"))));
    m = accept(m.apply(new AllianceEvent.ChooseForm(OrganisationalForm.IN_HOUSE)));
    m =
        accept(
            m.apply(
                new AllianceEvent.PlanMilestone(
                    new Milestone("pilot", "pilot storage installation", "integrator", false))));
    story.say(
        "Each firm proposes each of its two partners, with the partner's extant model: the"
            + " car maker's intersections are recorded per partner, "
            + m.firm("oem").orElseThrow().process().context().intersections().keySet()
            + ", and consolidation needs synergy with each (library formalisation).");
    m = accept(m.apply(new AllianceEvent.Advance()));
    story.state("alliance", m.alliance().state());
    m =
        accept(
            m.apply(
                new AllianceEvent.RecordKnowledgeExchange(
                    "integrator", "coordination between three partners stalls")));
    story.say(
        "Coordination between the three partners stalls; the alliance stays in" + " development.");
    m =
        attempt(
            "Storage: advance to operation",
            m,
            new AllianceEvent.Advance(),
            "operation needs every milestone done, the acceptance test passed and a complete"
                + " alliance business model (library formalisation of the development phase)");
    return m;
  }

  private static EnhancementIdea idea() {
    return EnhancementIdea.of(
        "alliance-idea",
        "a new service with a partner",
        IdeaTrigger.TECHNOLOGY_LEAP,
        IdeaOrigin.INTERNAL,
        ValueFunction.PROPOSITION);
  }

  private static org.bmi4j.process.firm.FirmInstance firm(Actor actor, BusinessModel extant) {
    return FirmProcess.start(actor, extant, CLOCK)
        .applyOrThrow(new FirmEvent.AddEnhancementIdea(idea()));
  }

  private MultiLevelAlliance concept(
      String id, String name, BusinessModel oemModel, Actor partner, BusinessModel partnerModel) {
    MultiLevelAlliance m =
        MultiLevelAlliance.of(AllianceProcess.start(id, name, Optional.of("oem"), EUR, CLOCK));
    m = accept(m.prospect(firm(OEM, oemModel)));
    m = accept(m.prospect(firm(partner, partnerModel)));
    story.state("alliance", m.alliance().state());
    return m;
  }

  private MultiLevelAlliance foundation(MultiLevelAlliance m, String idea, String needed) {
    m =
        accept(
            m.apply(
                new AllianceEvent.RecordBusinessCase(
                    new BusinessCase(
                        idea,
                        "demand for " + idea,
                        ImmutableList.of(new Requirement(needed, Coverage.PARTNER)),
                        Optional.of(Funding.SHARED)))));
    m = accept(m.apply(new AllianceEvent.ApproveInternally("OEM board")));
    m = accept(m.apply(new AllianceEvent.Advance()));
    story.state("alliance", m.alliance().state());
    return m;
  }

  private MultiLevelAlliance sign(
      MultiLevelAlliance m,
      OrganisationalForm form,
      BusinessModel oemModel,
      Actor partner,
      BusinessModel partnerModel) {
    for (Actor actor : List.of(OEM, partner)) {
      m =
          accept(
              m.apply(new AllianceEvent.ProposePartner(actor, Optional.empty(), Optional.empty())));
      m = accept(m.apply(new AllianceEvent.CommitPartner(actor.id())));
    }
    m = accept(m.apply(new AllianceEvent.SignContract(contract("oem", partner.id()))));
    m = accept(m.apply(new AllianceEvent.ChooseForm(form)));
    m =
        accept(
            m.apply(
                new AllianceEvent.PlanMilestone(
                    new Milestone("pilot", "pilot market", partner.id(), false))));
    m = accept(m.apply(new AllianceEvent.Advance()));
    story.state(
        "alliance",
        Words.of(m.alliance().state()) + " as " + Words.of(form) + ", firms " + firmPhases(m));
    return m;
  }

  private MultiLevelAlliance operation(
      MultiLevelAlliance m, Actor operator, String offering, String offeringName) {
    m =
        accept(
            m.apply(
                new AllianceEvent.DefineAllianceModel(
                    allianceModel(
                        m.alliance().context().id() + "-bm", operator, offering, offeringName))));
    m = accept(m.apply(new AllianceEvent.CompleteMilestone("pilot")));
    m = accept(m.apply(new AllianceEvent.PassAcceptanceTest()));
    m = accept(m.apply(new AllianceEvent.Advance()));
    story.state("alliance", Words.of(m.alliance().state()) + ", firms " + firmPhases(m));
    return m;
  }

  private MultiLevelAlliance attempt(
      String name, MultiLevelAlliance m, AllianceEvent event, String why) {
    Outcome<MultiLevelAlliance> outcome = m.apply(event);
    if (!(outcome instanceof Outcome.Rejected<MultiLevelAlliance> rejected)) {
      throw new IllegalStateException(name + " was expected to be rejected");
    }
    story.rejected(name, rejected.violations(), why);
    rejections.put(
        name,
        rejected.violations().stream().map(v -> v.code()).collect(ImmutableList.toImmutableList()));
    return m;
  }

  private static MultiLevelAlliance accept(Outcome<MultiLevelAlliance> outcome) {
    if (outcome instanceof Outcome.Rejected<MultiLevelAlliance> rejected) {
      throw new IllegalStateException("unexpected rejection: " + rejected.violations());
    }
    return outcome.instance();
  }

  private static String firmPhases(MultiLevelAlliance m) {
    StringBuilder phases = new StringBuilder();
    m.firms()
        .forEach(
            (id, firm) ->
                phases
                    .append(phases.length() == 0 ? "" : ", ")
                    .append(firm.process().context().firm().name())
                    .append(" in ")
                    .append(Words.of(firm.process().state()))
                    .append(firm.attachment() == Attachment.DETACHED ? " (detached)" : ""));
    return phases.toString();
  }

  private static Contract contract(String... partners) {
    return new Contract(ImmutableSet.copyOf(partners), "partnership agreement", Optional.empty());
  }

  /** A firm's extant business model, reduced to one offering to the shared drivers segment. */
  private static BusinessModel extant(String id, Actor owner, String offering, String name) {
    return BusinessModel.builder()
        .id(id)
        .name(owner.name())
        .addOwner(owner.id())
        .addActor(owner)
        .addActor(DRIVERS)
        .proposition(
            ValueProposition.builder()
                .addOffering(
                    Offering.builder()
                        .id(offering)
                        .name(name)
                        .addValueKind(ValueKind.ECONOMIC)
                        .addBeneficiary("drivers")
                        .build())
                .build())
        .build();
  }

  private static BusinessModel withOffering(BusinessModel model, String id, String name) {
    return model
        .withVersion(model.version() + 1)
        .withProposition(
            model
                .proposition()
                .withOfferings(
                    ImmutableList.<Offering>builder()
                        .addAll(model.proposition().offerings())
                        .add(
                            Offering.builder()
                                .id(id)
                                .name(name)
                                .addValueKind(ValueKind.ECONOMIC)
                                .addBeneficiary("drivers")
                                .build())
                        .build()));
  }

  /** A complete alliance business model: the operator delivers the offering, drivers pay. */
  private static BusinessModel allianceModel(
      String id, Actor operator, String offering, String name) {
    return BusinessModel.builder()
        .id(id)
        .name(name)
        .addOwner("oem")
        .addOwner(operator.id())
        .addActor(OEM)
        .addActor(operator)
        .addActor(DRIVERS)
        .addMission(ValueKind.ECONOMIC)
        .proposition(
            ValueProposition.builder()
                .addOffering(
                    Offering.builder()
                        .id(offering)
                        .name(name)
                        .addValueKind(ValueKind.ECONOMIC)
                        .addBeneficiary("drivers")
                        .build())
                .build())
        .creation(
            ValueCreation.builder()
                .addResource(
                    Resource.of("vehicles", "Connected vehicles", ResourceKind.PHYSICAL, "oem"))
                .build())
        .exchange(
            ValueExchange.builder()
                .addExchange(
                    Exchange.builder()
                        .id("deliver")
                        .provider(operator.id())
                        .recipient("drivers")
                        .what(Exchanged.offering(offering))
                        .channel(Channel.PLATFORM)
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
                .id("operate")
                .name("Operate the service")
                .kind(ActivityKind.SERVICE)
                .addResource("vehicles")
                .performer(operator.id())
                .mode(GovernanceMode.PARTNER)
                .valueCreating(true)
                .build())
        .build();
  }
}

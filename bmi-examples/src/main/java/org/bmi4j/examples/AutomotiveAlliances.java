package org.bmi4j.examples;

import static org.bmi4j.core.model.ActorRole.PARTNER;
import static org.bmi4j.core.model.Channel.PLATFORM;
import static org.bmi4j.core.model.ResourceKind.PHYSICAL;
import static org.bmi4j.core.model.Sector.PRIVATE;
import static org.bmi4j.core.model.ValueFunction.PROPOSITION;
import static org.bmi4j.core.model.ValueKind.ECONOMIC;
import static org.bmi4j.process.firm.IdeaOrigin.INTERNAL;
import static org.bmi4j.process.firm.IdeaTrigger.TECHNOLOGY_LEAP;
import static org.bmi4j.process.firm.LessonSource.LEARNED;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Lists;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bmi4j.core.model.Activity;
import org.bmi4j.core.model.ActivityKind;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Exchange;
import org.bmi4j.core.model.Exchanged;
import org.bmi4j.core.model.GovernanceMode;
import org.bmi4j.core.model.Offering;
import org.bmi4j.core.model.Resource;
import org.bmi4j.core.model.RevenueMechanism;
import org.bmi4j.core.model.RevenueStream;
import org.bmi4j.core.model.ValueCapture;
import org.bmi4j.core.model.ValueCreation;
import org.bmi4j.core.model.ValueExchange;
import org.bmi4j.core.model.ValueKind;
import org.bmi4j.core.model.ValueProposition;
import org.bmi4j.process.Outcome;
import org.bmi4j.process.ProcessDiagrams;
import org.bmi4j.process.Violation;
import org.bmi4j.process.ViolationCode;
import org.bmi4j.process.alliance.AllianceEvent;
import org.bmi4j.process.alliance.AllianceEvent.ProposePartner;
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
import org.bmi4j.process.firm.FirmEvent.AdaptExtantModel;
import org.bmi4j.process.firm.FirmEvent.AddEnhancementIdea;
import org.bmi4j.process.firm.FirmEvent.RecordLesson;
import org.bmi4j.process.firm.FirmInstance;
import org.bmi4j.process.firm.FirmProcess;
import org.bmi4j.process.firm.Lesson;
import org.bmi4j.process.multilevel.Attachment;
import org.bmi4j.process.multilevel.MultiLevelAlliance;
import org.bmi4j.process.multilevel.PartnerFirm;

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
  static final Actor OEM = Actor.of("oem", "Automotive OEM", ActorRole.FOCAL_FIRM, PRIVATE);
  static final Actor DRIVERS =
      Actor.of("drivers", "Urban drivers", ActorRole.CUSTOMER_SEGMENT, PRIVATE);
  static final Optional<String> FOCAL = Optional.of("oem");
  static final AllianceEvent ADVANCE = new AllianceEvent.Advance();
  static final AllianceEvent CARRY_OUT_VISION = new AllianceEvent.CarryOutVision();
  private static final Set<ValueKind> ECO = Set.of(ECONOMIC);
  private static final Set<String> DRIVEN = Set.of(DRIVERS.id());
  static final BusinessModel OEM_CARS = extant("oem-bm", OEM, "cars", "New cars");

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
        "Spieth, Laudien & Meissner, \"Business model innovation in strategic alliances: a"
            + " multi-layer perspective\"");
    story.say(
        "A car maker (the OEM) innovates its business model in five strategic alliances."
            + " Each alliance runs the alliance-level process (concept, foundation, development,"
            + " operation); each partner runs its own firm-level process (identification,"
            + " consolidation, creation, adaption), coupled to the alliance's phase.");
    story.illustrative(
        "Dates, contracts, milestones and the firms' extant business models are placeholders");
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
        (name, m) -> story.say("  %-9s %-12s firms: %s".formatted(name, phase(m), firmPhases(m))));
    story.section(
        "The alliance-level phases (Mermaid; the events that keep a phase in a note beside it)");
    story.block("mermaid", ProcessDiagrams.mermaid(AllianceProcess.DEFINITION));
    return new Result(ImmutableMap.copyOf(alliances), ImmutableMap.copyOf(rejections));
  }

  private MultiLevelAlliance mobility() {
    story.section("Mobility: short-term mobility on demand, with a car rental firm");
    Actor rental = Actor.of("rental", "Car rental firm", PARTNER, PRIVATE);
    BusinessModel oemFleet = extant("oem-bm", OEM, "cars", "New cars");
    BusinessModel rentals = extant("rental-bm", rental, "rentals", "Car rental at stations");
    MultiLevelAlliance m = concept("mobility", "Mobility", oemFleet, rental, rentals);
    String why =
        "the concept phase ends only with an approved business case that says what a partner must"
            + " bring (library formalisation of the concept phase's critical point)";
    m = attempt("Mobility: advance without business case or approval", m, ADVANCE, why);
    m = foundation(m, "short-term mobility on demand", "car rental stations and customers");
    m = sign(m, OrganisationalForm.JOINT_VENTURE, rental);
    m = operation(m, rental, "rides", "Short-term mobility on demand");
    story.say(
        "The rental firm adds a free-floating system to its business model; the OEM applies the"
            + " learnings to its fleet management services.");
    String anywhere = "customers want to pick up and drop cars anywhere";
    String usage = "usage data from the alliance improves fleet management";
    BusinessModel sharing = withOffering(rentals, "free-floating", "Free-floating car sharing");
    BusinessModel services = withOffering(oemFleet, "fleet-services", "Fleet management services");
    m =
        accept(
            m.applyFirm(
                "rental", new RecordLesson(new Lesson("free-floating", anywhere, LEARNED))));
    m = accept(m.applyFirm("rental", AdaptExtantModel.of(sharing, "free-floating")));
    m = accept(m.applyFirm("oem", new RecordLesson(new Lesson("fleet-learnings", usage, LEARNED))));
    m = accept(m.applyFirm("oem", AdaptExtantModel.of(services, "fleet-learnings")));
    story.state("Car rental firm's extant business model", "version " + extantVersion(m, "rental"));
    story.state("OEM's extant business model", "version " + extantVersion(m, "oem"));
    Vision independent =
        Vision.independent("the mobility services can stand on their own (illustrative)");
    m = accept(m.apply(new AllianceEvent.RecordVision(independent)));
    story.illustrative("  vision recorded, " + Words.vision(VisionKind.INDEPENDENT));
    m = accept(m.apply(new AllianceEvent.StartNewCycle("next mobility services")));
    story.say(
        ("Instead of carrying the vision out, the partners start a new cycle to enhance the"
                + " alliance business model, keeping the vision: the alliance is back in %s,"
                + " cycle %d; the firms: %s.")
            .formatted(phase(m), m.alliance().cycle(), firmPhases(m)));
    return m;
  }

  private MultiLevelAlliance parking() {
    story.section(
        "Parking: easy access to parking space, with an integrated parking solutions firm based"
            + " in the US");
    Actor parking = Actor.of("parking", "Integrated parking solutions firm (US)", PARTNER, PRIVATE);
    BusinessModel garages = extant("parking-bm", parking, "garages", "Parking garages");
    MultiLevelAlliance m = concept("parking", "Parking", OEM_CARS, parking, garages);
    m = foundation(m, "easy access to parking space", "parking space and operations");
    m = sign(m, OrganisationalForm.IN_HOUSE, parking);
    m = operation(m, parking, "parking-access", "Easy access to parking space");
    String why =
        "an alliance in operation ends only by carrying out the vision its partners formed for its"
            + " future [SPIETH]";
    m = attempt("Parking: carry out a vision that was never recorded", m, CARRY_OUT_VISION, why);
    story.say("Both partners continue the business model on their own, in split target markets.");
    Vision split =
        Vision.split("each partner continues the business model in its own target market");
    m = accept(m.apply(new AllianceEvent.RecordVision(split)));
    story.say("  vision recorded, " + Words.vision(VisionKind.SPLIT));
    m = accept(m.apply(CARRY_OUT_VISION));
    story.say("  [alliance] ended as " + Words.ending(m.alliance().state()));
    return m;
  }

  private MultiLevelAlliance charging() {
    story.section(
        "Charging: a premium service to find, use and pay charging stations, with a charging"
            + " infrastructure firm");
    Actor charging = Actor.of("charging", "Charging infrastructure firm", PARTNER, PRIVATE);
    BusinessModel stations = extant("charging-bm", charging, "stations", "Charging stations");
    MultiLevelAlliance m = concept("charging", "Charging", OEM_CARS, charging, stations);
    m = foundation(m, "premium charging service", "charging stations");
    for (Actor actor : List.of(OEM, charging)) {
      m = accept(m.apply(ProposePartner.of(actor)));
      m = accept(m.apply(new AllianceEvent.CommitPartner(actor.id())));
    }
    story.say("The source reports no status for this alliance.");
    story.illustrative(
        ("The example leaves it in %s, both partners committed and nothing signed yet, a neutral"
                + " reading of a formed partnership; the firms: %s")
            .formatted(phase(m), firmPhases(m)));
    return m;
  }

  private MultiLevelAlliance energy() {
    story.section("Energy: IT-based energy consulting, a joint venture");
    Actor first =
        Actor.of("first-partner", "First partner (unnamed in the source)", PARTNER, PRIVATE);
    BusinessModel consulting = extant("first-bm", first, "consulting", "Consulting");
    MultiLevelAlliance m = concept("energy", "Energy", OEM_CARS, first, consulting);
    m = foundation(m, "IT-based energy consulting", "energy know-how");
    m = sign(m, OrganisationalForm.JOINT_VENTURE, first);
    story.say(
        "In development the partners find that culture and internal processes do not fit: the"
            + " alliance falls back to foundation.");
    String misfit = "culture and internal processes do not fit";
    m = accept(m.apply(new AllianceEvent.FallBack(misfit)));
    story.state("alliance", phase(m) + ", firms " + firmPhases(m));
    m = accept(m.apply(new AllianceEvent.RemovePartner("first-partner", misfit)));
    String why =
        "an alliance needs at least two committed partners and a contract signed by exactly its"
            + " current partners (library formalisation of the foundation phase)";
    m = attempt("Energy: advance with one partner and the old contract", m, ADVANCE, why);
    Actor heating = Actor.of("heating", "Heating systems firm", PARTNER, PRIVATE);
    m =
        accept(
            m.prospect(firm(heating, extant("heating-bm", heating, "heating", "Heating systems"))));
    m = accept(m.apply(ProposePartner.of(heating)));
    m = accept(m.apply(new AllianceEvent.CommitPartner("heating")));
    m = accept(m.apply(new AllianceEvent.SignContract(contract("oem", "heating"))));
    m = accept(m.apply(ADVANCE));
    story.say(
        "With a heating systems firm as new partner and a new contract, the alliance is now in %s."
            .formatted(phase(m)));
    story.section("Energy's history (Mermaid timeline)");
    story.block("mermaid", ProcessDiagrams.timeline(m.alliance()));
    return m;
  }

  private MultiLevelAlliance storage() {
    story.section("Storage: stationary storage, with an energy supplier and a system integrator");
    Actor supplier = Actor.of("supplier", "Energy supplier", PARTNER, PRIVATE);
    Actor integrator = Actor.of("integrator", "System integrator", PARTNER, PRIVATE);
    var m = MultiLevelAlliance.of(AllianceProcess.start("storage", "Storage", FOCAL, EUR, CLOCK));
    m = accept(m.prospect(firm(OEM, OEM_CARS)));
    m = accept(m.prospect(firm(supplier, extant("supplier-bm", supplier, "power", "Electricity"))));
    BusinessModel systems = extant("integrator-bm", integrator, "systems", "Integrated systems");
    m = accept(m.prospect(firm(integrator, systems)));
    m = foundation(m, "stationary storage", "energy and system integration");
    for (Actor partner : List.of(OEM, supplier, integrator)) {
      m = accept(m.apply(ProposePartner.of(partner)));
      m = accept(m.apply(new AllianceEvent.CommitPartner(partner.id())));
    }
    m = accept(m.apply(new AllianceEvent.SignContract(contract("oem", "supplier", "integrator"))));
    m = accept(m.apply(new AllianceEvent.ChooseForm(OrganisationalForm.IN_HOUSE)));
    var pilot = new Milestone("pilot", "pilot storage installation", "integrator", false);
    m = accept(m.apply(new AllianceEvent.PlanMilestone(pilot)));
    story.say(
        "Each firm proposes each of its two partners, with the partner's extant model: the car"
            + " maker's intersections are recorded per partner, "
            + m.firm("oem").orElseThrow().process().context().intersections().keySet()
            + ", and consolidation needs synergy with each (library formalisation).");
    m = accept(m.apply(ADVANCE));
    story.state("alliance", m.alliance().state());
    String stalls = "coordination between three partners stalls";
    m = accept(m.apply(new AllianceEvent.RecordKnowledgeExchange("integrator", stalls)));
    story.say("Coordination between the three partners stalls; the alliance stays in development.");
    String why =
        "operation needs every milestone done, the acceptance test passed and a complete alliance"
            + " business model (library formalisation of the development phase)";
    return attempt("Storage: advance to operation", m, ADVANCE, why);
  }

  /** A firm's process, started with its extant model and an idea for a new service. */
  private static FirmInstance firm(Actor actor, BusinessModel extant) {
    String service = "a new service with a partner";
    var idea = EnhancementIdea.of("alliance-idea", service, TECHNOLOGY_LEAP, INTERNAL, PROPOSITION);
    return FirmProcess.start(actor, extant, CLOCK).applyOrThrow(new AddEnhancementIdea(idea));
  }

  /** CONCEPT: the alliance, with the OEM as its focal firm, and the two firms prospected. */
  private MultiLevelAlliance concept(
      String id, String name, BusinessModel oemModel, Actor partner, BusinessModel partnerModel) {
    var m = MultiLevelAlliance.of(AllianceProcess.start(id, name, FOCAL, EUR, CLOCK));
    m = accept(m.prospect(firm(OEM, oemModel)));
    m = accept(m.prospect(firm(partner, partnerModel)));
    story.state("alliance", m.alliance().state());
    return m;
  }

  /** CONCEPT to FOUNDATION: a business case that needs a partner, approved by the OEM's board. */
  private MultiLevelAlliance foundation(MultiLevelAlliance m, String idea, String needed) {
    List<Requirement> requirements = List.of(new Requirement(needed, Coverage.PARTNER));
    var businessCase =
        new BusinessCase(idea, "demand for " + idea, requirements, Optional.of(Funding.SHARED));
    m = accept(m.apply(new AllianceEvent.RecordBusinessCase(businessCase)));
    m = accept(m.apply(new AllianceEvent.ApproveInternally("OEM board")));
    m = accept(m.apply(ADVANCE));
    story.state("alliance", m.alliance().state());
    return m;
  }

  /** FOUNDATION to DEVELOPMENT: both commit and sign, choose the form and plan a pilot. */
  private MultiLevelAlliance sign(MultiLevelAlliance m, OrganisationalForm form, Actor partner) {
    for (Actor actor : List.of(OEM, partner)) {
      m = accept(m.apply(ProposePartner.of(actor)));
      m = accept(m.apply(new AllianceEvent.CommitPartner(actor.id())));
    }
    m = accept(m.apply(new AllianceEvent.SignContract(contract("oem", partner.id()))));
    m = accept(m.apply(new AllianceEvent.ChooseForm(form)));
    var pilot = new Milestone("pilot", "pilot market", partner.id(), false);
    m = accept(m.apply(new AllianceEvent.PlanMilestone(pilot)));
    m = accept(m.apply(ADVANCE));
    story.state("alliance", phase(m) + " as " + Words.of(form) + ", firms " + firmPhases(m));
    return m;
  }

  /**
   * DEVELOPMENT to OPERATION: a complete alliance business model (the operator delivers the
   * offering on a platform with the OEM's connected vehicles, drivers pay a fee), the pilot done.
   */
  private MultiLevelAlliance operation(
      MultiLevelAlliance m, Actor operator, String offering, String name) {
    var service = Offering.of(offering, name, Set.of(ECONOMIC), Set.of("drivers"));
    var vehicles = Resource.of("vehicles", "Connected vehicles", PHYSICAL, "oem");
    var deliver =
        Exchange.of("deliver", operator.id(), "drivers", Exchanged.offering(offering), PLATFORM);
    var fees = RevenueStream.of("fees", "drivers", RevenueMechanism.FEE);
    BusinessModel allianceModel =
        BusinessModel.builder()
            .id(m.alliance().context().id() + "-bm")
            .name(name)
            .addOwners("oem", operator.id())
            .addActors(OEM, operator, DRIVERS)
            .addMission(ECONOMIC)
            .proposition(ValueProposition.of(List.of(service)))
            .creation(ValueCreation.of(List.of(vehicles)))
            .exchange(ValueExchange.of(List.of(deliver)))
            .capture(ValueCapture.builder().addRevenueStream(fees).build())
            .addActivity(
                Activity.of("operate", "Operate the service", ActivityKind.SERVICE)
                    .withResources("vehicles")
                    .withPerformer(operator.id())
                    .withMode(GovernanceMode.PARTNER)
                    .withValueCreating(true))
            .build();
    m = accept(m.apply(new AllianceEvent.DefineAllianceModel(allianceModel)));
    m = accept(m.apply(new AllianceEvent.CompleteMilestone("pilot")));
    m = accept(m.apply(new AllianceEvent.PassAcceptanceTest()));
    m = accept(m.apply(ADVANCE));
    story.state("alliance", phase(m) + ", firms " + firmPhases(m));
    return m;
  }

  private MultiLevelAlliance attempt(
      String name, MultiLevelAlliance m, AllianceEvent event, String why) {
    if (!(m.apply(event) instanceof Outcome.Rejected<MultiLevelAlliance> rejected)) {
      throw new IllegalStateException(name + " was expected to be rejected");
    }
    story.rejected(name, rejected.violations(), why);
    rejections.put(
        name, ImmutableList.copyOf(Lists.transform(rejected.violations(), Violation::code)));
    return m;
  }

  private static MultiLevelAlliance accept(Outcome<MultiLevelAlliance> outcome) {
    if (outcome instanceof Outcome.Rejected<MultiLevelAlliance> rejected) {
      throw new IllegalStateException("unexpected rejection: " + rejected.violations());
    }
    return outcome.instance();
  }

  private static String phase(MultiLevelAlliance m) {
    return Words.of(m.alliance().state());
  }

  private static String firmPhases(MultiLevelAlliance m) {
    List<String> phases = new ArrayList<>();
    for (PartnerFirm firm : m.firms().values()) {
      String detached = firm.attachment() == Attachment.DETACHED ? " (detached)" : "";
      String name = firm.process().context().firm().name();
      phases.add(name + " in " + Words.of(firm.process().state()) + detached);
    }
    return String.join(", ", phases);
  }

  private static int extantVersion(MultiLevelAlliance m, String firm) {
    return m.firm(firm).orElseThrow().process().context().extantModel().version();
  }

  private static Contract contract(String... partners) {
    return new Contract(List.of(partners), "partnership agreement", Optional.empty());
  }

  /** A firm's extant business model, reduced to one offering to the shared drivers segment. */
  private static BusinessModel extant(String id, Actor owner, String offering, String name) {
    return BusinessModel.builder()
        .id(id)
        .name(owner.name())
        .addOwner(owner.id())
        .addActors(owner, DRIVERS)
        .proposition(ValueProposition.of(List.of(Offering.of(offering, name, ECO, DRIVEN))))
        .build();
  }

  /** The model one version up, with one more offering of economic value to drivers. */
  private static BusinessModel withOffering(BusinessModel model, String id, String name) {
    var more = Offering.of(id, name, ECO, DRIVEN);
    var proposition =
        ValueProposition.builder().from(model.proposition()).addOffering(more).build();
    return model.withVersion(model.version() + 1).withProposition(proposition);
  }
}

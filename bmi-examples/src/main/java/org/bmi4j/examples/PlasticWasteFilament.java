package org.bmi4j.examples;

import static org.bmi4j.core.model.Channel.DIRECT;
import static org.bmi4j.core.model.Channel.THIRD_PARTY;
import static org.bmi4j.core.model.Exchanged.item;
import static org.bmi4j.core.model.Exchanged.offering;
import static org.bmi4j.core.model.ResourceKind.INTELLECTUAL;
import static org.bmi4j.core.model.ResourceKind.PHYSICAL;
import static org.bmi4j.core.model.Sector.PRIVATE;
import static org.bmi4j.core.model.ValueKind.ECONOMIC;
import static org.bmi4j.core.model.ValueKind.ENVIRONMENTAL;
import static org.bmi4j.core.model.ValueKind.SOCIAL;
import static org.bmi4j.process.sst.CapabilityLevel.ECOSYSTEM;
import static org.bmi4j.process.sst.CapabilityLevel.INDIVIDUAL;
import static org.bmi4j.process.sst.CapabilityLevel.ORGANISATIONAL;
import static org.bmi4j.process.sst.Site.MARKET;
import static org.bmi4j.process.sst.Site.PRODUCTION;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.bmi4j.core.model.Activity;
import org.bmi4j.core.model.ActivityKind;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.AmountBasis;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.CostItem;
import org.bmi4j.core.model.Exchange;
import org.bmi4j.core.model.GovernanceMode;
import org.bmi4j.core.model.Money;
import org.bmi4j.core.model.Offering;
import org.bmi4j.core.model.Resource;
import org.bmi4j.core.model.RevenueMechanism;
import org.bmi4j.core.model.RevenueStream;
import org.bmi4j.core.model.Sector;
import org.bmi4j.core.model.ValueCapture;
import org.bmi4j.core.model.ValueCreation;
import org.bmi4j.core.model.ValueExchange;
import org.bmi4j.core.model.ValueKind;
import org.bmi4j.core.model.ValueProposition;
import org.bmi4j.core.model.ValueShare;
import org.bmi4j.process.Outcome;
import org.bmi4j.process.ProcessDiagrams;
import org.bmi4j.process.Violation;
import org.bmi4j.process.sst.CapabilityCatalogue;
import org.bmi4j.process.sst.CapabilityLevel;
import org.bmi4j.process.sst.CatalogueEntry;
import org.bmi4j.process.sst.SenseSeizeTransform;
import org.bmi4j.process.sst.Site;
import org.bmi4j.process.sst.SstEvent.AddressChallenge;
import org.bmi4j.process.sst.SstEvent.Adopt;
import org.bmi4j.process.sst.SstEvent.Advance;
import org.bmi4j.process.sst.SstEvent.DesignModel;
import org.bmi4j.process.sst.SstEvent.IdentifyOpportunity;
import org.bmi4j.process.sst.SstEvent.RecordDeployment;
import org.bmi4j.process.sst.SstEvent.SelectOpportunity;
import org.bmi4j.process.sst.SstInstance;

/**
 * Example 2: plastic waste to 3D-printer filament on the sense-seize-transform cycle [DESILVA, case
 * 1]: De Silva, Al-Tabbaa &amp; Khan (2019), "Business model innovation by international social
 * purpose organizations: the role of dynamic capabilities", case 1.
 *
 * <p>An organisation with economic, social and environmental missions buys filament from a
 * corporation owned by the waste pickers at 300 rupees (3.50 GBP) per kg, where the pickers would
 * get about 19 rupees per kg selling the waste to scrap merchants; after production costs and other
 * expenses a six-to-eight times multiplier remains to the pickers (the source's figure, not
 * 300/19). The National Chemical Lab and local suppliers are its production partners, charities its
 * way into markets, and its buyers are in the US, UK and Germany. Sensing and seizing follow the
 * source; the transforming step and the mission-drift attempt are illustrative.
 */
public final class PlasticWasteFilament {
  /** The title the tour prints. */
  public static final String TITLE = "2. Plastic waste to 3D-printer filament [DESILVA]";

  /** The price the organisation pays the pickers' corporation per kg of filament [DESILVA]. */
  public static final Money FILAMENT_PRICE = Money.of("300", "INR");

  /** {@link #FILAMENT_PRICE} in pounds sterling, as the source gives it [DESILVA]. */
  public static final Money FILAMENT_PRICE_GBP = Money.of("3.50", "GBP");

  /** About what the pickers would get per kg selling the waste to scrap merchants [DESILVA]. */
  public static final Money SCRAP_PRICE = Money.of("19", "INR");

  /**
   * What remains to the pickers after production costs and other expenses, as the source reports
   * it: a six-to-eight times multiplier over selling to scrap merchants (not 300/19) [DESILVA].
   */
  public static final String MULTIPLIER = "six to eight times";

  /** The organisation's missions: economic, social and environmental [DESILVA]. */
  public static final ImmutableSet<ValueKind> MISSIONS =
      ImmutableSet.of(ECONOMIC, SOCIAL, ENVIRONMENTAL);

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-03T09:00:00Z"), ZoneOffset.UTC);
  static final Actor ORG =
      Actor.of("filament-org", "Ethical filament organisation", ActorRole.FOCAL_FIRM, PRIVATE);

  /**
   * The pickers' corporation supplies the filament and, through its fair price, receives the
   * organisation's social value: one actor in both roles [DESILVA, case 1].
   */
  static final Actor PICKERS =
      Actor.of("pickers-corp", "Waste pickers' corporation", ActorRole.SUPPLIER, PRIVATE)
          .withOtherRoles(ActorRole.BENEFICIARY);

  static final Actor NCL =
      Actor.of("ncl", "National Chemical Lab", ActorRole.PARTNER, Sector.PUBLIC);
  static final Actor SUPPLIERS =
      Actor.of("local-suppliers", "Local suppliers", ActorRole.SUPPLIER, PRIVATE);
  static final Actor CHARITIES = Actor.of("charities", "Charities", ActorRole.NON_PROFIT, PRIVATE);
  static final Actor BUYERS =
      Actor.of("buyers", "Buyers in the US, UK and Germany", ActorRole.CUSTOMER_SEGMENT, PRIVATE);

  /**
   * The cycle as the example leaves it, the adopted BM and the rejected drift attempt.
   *
   * @param cycle the cycle instance after the (illustrative) transforming step
   * @param adopted the BM adopted on leaving SEIZING
   * @param drift the violations rejecting the drifted design
   */
  public record Result(SstInstance cycle, BusinessModel adopted, ImmutableList<Violation> drift) {}

  private final Story story;
  private final CapabilityCatalogue catalogue = CapabilityCatalogue.deSilva();
  private SstInstance cycle = SenseSeizeTransform.start(ORG, MISSIONS, List.of(), CLOCK);

  private PlasticWasteFilament(PrintStream out) {
    this.story = new Story(out);
  }

  /** Runs the example, printing to standard output. */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Runs the example, printing its narrative to {@code out}, and returns its key objects. */
  public static Result run(PrintStream out) {
    return new PlasticWasteFilament(out).tell();
  }

  private Result tell() {
    story.title(
        TITLE,
        "De Silva, Al-Tabbaa & Khan, \"Business model innovation by international social purpose"
            + " organizations: the role of dynamic capabilities\", case 1");
    story.say(
        "An organisation with economic, social and environmental missions turns plastic waste into"
            + " ethical 3D-printer filament. It buys the filament from a corporation owned by the"
            + " waste pickers at 300 rupees (3.50 GBP) per kg, where the pickers would get about 19"
            + " rupees per kg selling the waste to scrap merchants. After production costs and"
            + " other expenses a six to eight times multiplier remains for the pickers (the"
            + " source's figure; it is not 300/19).");
    story.say(
        "Partners: the National Chemical Lab and local suppliers for production, charities for"
            + " market entry; buyers in the US, UK and Germany.");
    story.say(
        "The organisation innovates its business model in the sense-seize-transform cycle of"
            + " dynamic capabilities [DESILVA]: sensing (identifying an opportunity, here with the"
            + " founders' individual capabilities), seizing (developing and adopting a new"
            + " business model to exploit it, with capabilities of the organisation and its"
            + " partners) and transforming (adapting the organisation and its ecosystem to scale"
            + " the new model up); then the next cycle starts with sensing.");
    story.illustrative(
        "Actor ids, activities, sites of the individual-level deployments and the dates are"
            + " placeholders");
    story.state("cycle " + cycle.cycle(), cycle.state());

    story.section("Sensing: the founders' micro-foundations (individual level)");
    deploy("desilva-sensing-understanding-of-local-problems", INDIVIDUAL, PRODUCTION, ORG);
    deploy("desilva-sensing-technical-competency", INDIVIDUAL, PRODUCTION, ORG);
    deploy("desilva-sensing-networking", INDIVIDUAL, MARKET, ORG);
    address(
        "desilva-sensing-challenge-novel-ideas",
        "the pickers' low income from waste and the plastic waste itself became one opportunity:"
            + " ethical filament");
    String filament =
        "ethical 3D-printer filament from plastic waste, made by the waste pickers' corporation";
    cycle =
        cycle
            .applyOrThrow(new IdentifyOpportunity("ethical-filament", filament, MISSIONS))
            .applyOrThrow(new SelectOpportunity("ethical-filament"));
    story.say(
        ("  opportunity \"ethical 3D-printer filament from plastic waste\" selected, carrying %s"
                + " value")
            .formatted(Words.of(MISSIONS)));
    cycle = cycle.applyOrThrow(new Advance());
    story.state("cycle " + cycle.cycle(), cycle.state());

    story.section("Seizing: a new BM with production and market partners (organisational level)");
    deploy("desilva-seizing-external-production-capabilities", ORGANISATIONAL, PRODUCTION, NCL);
    deploy(
        "desilva-seizing-production-site-capability-building",
        ORGANISATIONAL,
        PRODUCTION,
        SUPPLIERS);
    deploy("desilva-seizing-relational-capabilities", ORGANISATIONAL, MARKET, CHARITIES);
    deploy("desilva-seizing-driven-demand", ORGANISATIONAL, MARKET, ORG);
    address(
        "desilva-seizing-challenge-production-capabilities",
        "the National Chemical Lab and local suppliers provide production capabilities");
    address(
        "desilva-seizing-challenge-market-entry",
        "charities open the way to buyers in the US, UK and Germany");

    story.section("A rejection on purpose " + Story.ILLUSTRATIVE);
    if (!(cycle.apply(new DesignModel(model(false)))
        instanceof Outcome.Rejected<SstInstance> rejected)) {
      throw new IllegalStateException("the drifted design was expected to be rejected");
    }
    story.rejected(
        "designing a BM that keeps the pickers' fair-price share as margin",
        rejected.violations(),
        "a hybrid organisation that drops a mission value kind drifts from its mission; the cycle"
            + " rejects any opportunity, design or adoption that lacks or loses one [DESILVA]");

    BusinessModel adopted = model(true);
    cycle = cycle.applyOrThrow(new DesignModel(adopted)).applyOrThrow(Adopt.beside());
    String kinds = Words.of(adopted.proposition().offerings().get(0).valueKinds());
    story.say(
        ("  designed and adopted the business model \"%s\": an offering of %s value to buyers, a"
                + " social value share to the pickers' corporation, filament bought at %s per kg")
            .formatted(adopted.name(), kinds, Words.money(FILAMENT_PRICE)));
    story.state("cycle " + cycle.cycle(), cycle.state());

    story.section("Transforming: scaling up at the ecosystem level " + Story.ILLUSTRATIVE);
    deploy("desilva-transforming-whole-site-production", ECOSYSTEM, PRODUCTION, PICKERS);
    deploy("desilva-transforming-direct-customer-relationships", ECOSYSTEM, MARKET, ORG);
    address(
        "desilva-transforming-challenge-scaling-up",
        "more pickers join the corporation while every sale keeps its fair price");
    cycle = cycle.applyOrThrow(new Advance());
    story.state("cycle " + cycle.cycle(), cycle.state());
    var portfolio = cycle.context().portfolio().stream().map(BusinessModel::name).toList();
    story.say(
        "  portfolio: %s; %s, %s addressed"
            .formatted(
                Words.list(portfolio),
                Words.count(cycle.context().deployments().size(), "deployment"),
                Words.count(cycle.context().challenges().size(), "challenge")));

    story.section("The cycle (Mermaid; the events that keep a stage in a note beside it)");
    story.block("mermaid", ProcessDiagrams.mermaid(SenseSeizeTransform.DEFINITION));
    return new Result(cycle, adopted, rejected.violations());
  }

  /** Records the deployment of the catalogue's entry, saying what it is and its role. */
  private void deploy(String entryId, CapabilityLevel level, Site site, Actor actor) {
    CatalogueEntry entry = catalogue.byId(entryId).orElseThrow();
    story.say(
        "  \"%s\", deployed by %s (%s level, %s site)"
            .formatted(entry.text(), actor.name(), Words.of(level), Words.of(site)));
    entry.role().ifPresent(role -> story.say("    its role [DESILVA, Table 5]: " + role));
    cycle = cycle.applyOrThrow(RecordDeployment.of(entry, level, site, actor.id()));
  }

  /** Records how the catalogue's challenge was addressed. */
  private void address(String entryId, String how) {
    CatalogueEntry entry = catalogue.byId(entryId).orElseThrow();
    story.say("  challenge \"" + entry.text() + "\": " + how);
    cycle = cycle.applyOrThrow(AddressChallenge.of(entry, how));
  }

  /**
   * The filament BM [DESILVA, case 1]; without {@code fairShare} it drops the social value share to
   * the pickers (the illustrative drift attempt).
   */
  static BusinessModel model(boolean fairShare) {
    var filament =
        CostItem.of("filament-purchase", "Filament from the pickers' corporation, per kg")
            .withAmount(FILAMENT_PRICE)
            .withBasis(AmountBasis.PER_UNIT)
            .withPayee(PICKERS.id());
    var sales = RevenueStream.of("filament-sales", BUYERS.id(), RevenueMechanism.SALE);
    var capture = ValueCapture.builder().addRevenueStream(sales).addCost(filament);
    if (fairShare) {
      capture.addValueShare(
          ValueShare.builder().id("fair-price").actor(PICKERS.id()).kind(SOCIAL).build());
    }
    var name = "Ethical 3D-printer filament from plastic waste";
    var offering =
        Offering.of(
            "ethical-filament", name, List.of(ECONOMIC, ENVIRONMENTAL), Set.of(BUYERS.id()));
    var waste = Resource.of("plastic-waste", "Plastic waste", PHYSICAL, PICKERS.id());
    var knowHow = Resource.of("polymer-know-how", "Polymer know-how", INTELLECTUAL, NCL.id());
    var buy = Exchange.of("buy-filament", PICKERS.id(), ORG.id(), item("filament"), DIRECT);
    var sell =
        Exchange.of("sell-filament", ORG.id(), BUYERS.id(), offering("ethical-filament"), DIRECT);
    var introductions =
        Exchange.of(
            "introductions", CHARITIES.id(), ORG.id(), item("market introductions"), THIRD_PARTY);
    return BusinessModel.builder()
        .id(fairShare ? "ethical-filament" : "filament-margin")
        .name("Ethical filament from plastic waste")
        .addOwner(ORG.id())
        .addActors(ORG, PICKERS, NCL, SUPPLIERS, CHARITIES, BUYERS)
        .addAllMissions(MISSIONS)
        .proposition(ValueProposition.of(List.of(offering)))
        .creation(ValueCreation.of(List.of(waste, knowHow)))
        .exchange(ValueExchange.of(List.of(buy, sell, introductions)))
        .capture(capture.build())
        .addActivity(
            Activity.of("extrusion", "Extrude filament from waste", ActivityKind.PRODUCTION)
                .withResources("plastic-waste", "polymer-know-how")
                .withPerformer(PICKERS.id())
                .withMode(GovernanceMode.PARTNER)
                .withValueCreating(true))
        .addActivity(
            Activity.of("market-entry", "Enter developed-country markets", ActivityKind.MARKETING)
                .withPerformer(CHARITIES.id())
                .withMode(GovernanceMode.PARTNER)
                .withValueCreating(true))
        .build();
  }
}

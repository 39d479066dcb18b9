package org.bmi4j.examples;

import static java.util.Objects.requireNonNull;
import static org.bmi4j.core.model.ActorRole.CUSTOMER_SEGMENT;
import static org.bmi4j.core.model.Channel.DIRECT;
import static org.bmi4j.core.model.Channel.THIRD_PARTY;
import static org.bmi4j.core.model.Exchanged.item;
import static org.bmi4j.core.model.Exchanged.offering;
import static org.bmi4j.core.model.ResourceKind.INTELLECTUAL;
import static org.bmi4j.core.model.ResourceKind.PHYSICAL;
import static org.bmi4j.core.model.RevenueMechanism.SALE;
import static org.bmi4j.core.model.Sector.PRIVATE;
import static org.bmi4j.core.model.ValueKind.ECONOMIC;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.bmi4j.core.dual.BoundaryElement;
import org.bmi4j.core.dual.BusinessFunction;
import org.bmi4j.core.dual.CustomerChoice;
import org.bmi4j.core.dual.DualBusinessModel;
import org.bmi4j.core.dual.OfferingChoice;
import org.bmi4j.core.dual.PriceComparison;
import org.bmi4j.core.dual.TeamMember;
import org.bmi4j.core.model.Activity;
import org.bmi4j.core.model.ActivityKind;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.CoherenceFinding;
import org.bmi4j.core.model.Exchange;
import org.bmi4j.core.model.Exchanged;
import org.bmi4j.core.model.GovernanceAssignment;
import org.bmi4j.core.model.GovernanceMode;
import org.bmi4j.core.model.Money;
import org.bmi4j.core.model.Offering;
import org.bmi4j.core.model.Resource;
import org.bmi4j.core.model.RevenueStream;
import org.bmi4j.core.model.ValueCapture;
import org.bmi4j.core.model.ValueCreation;
import org.bmi4j.core.model.ValueExchange;
import org.bmi4j.core.model.ValueProposition;

/**
 * Example 4: a specialty-chemicals SME with a dual business model [ANDREASSEN]: Andreassen &amp;
 * Andersson, "Dual business models integrating customer collaboration and commercialization in
 * SMEs".
 *
 * <p>A collaboration-based model, in which the firm co-develops products with its customers, runs
 * beside a market-based model, in which it sells products at market prices; the cross-functional
 * innovation management team is the boundary element joining them. When a co-developing customer
 * chooses to share an offering, it moves to the market-based model.
 */
public final class DualChemicals {
  /** The title the tour prints. */
  public static final String TITLE =
      "4. A specialty-chemicals SME with a dual business model [ANDREASSEN]";

  /**
   * The dual model before and after the customer's choice, the price comparison and the rejected
   * team's message.
   *
   * @param before the dual model before the choice
   * @param after the dual model after the customer chose to share
   * @param prices the reservation versus market price comparison (illustrative figures)
   * @param rejection the message rejecting a team of one function
   */
  public record Result(
      DualBusinessModel before,
      DualBusinessModel after,
      PriceComparison prices,
      String rejection) {}

  private static final Actor FIRM =
      Actor.of("chem-sme", "Specialty-chemicals SME", ActorRole.FOCAL_FIRM, PRIVATE);

  /**
   * A customer who co-develops the products it buys: a customer segment and, in the
   * collaboration-based model, a development partner too, as one actor [ANDREASSEN].
   */
  private static final Actor KEY_CUSTOMER =
      Actor.of("key-customer", "Co-developing industrial customer", CUSTOMER_SEGMENT, PRIVATE)
          .withOtherRoles(ActorRole.PARTNER);

  private static final Actor MARKET =
      Actor.of("market-customers", "Market customers", CUSTOMER_SEGMENT, PRIVATE);

  private DualChemicals() {}

  /** Runs the example, printing to standard output. */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Runs the example, printing its narrative to {@code out}, and returns its key objects. */
  public static Result run(PrintStream out) {
    Story story = new Story(out);
    story.title(
        TITLE,
        "Andreassen & Andersson, \"Dual business models integrating customer collaboration and"
            + " commercialization in SMEs\"");
    story.say(
        "A specialty-chemicals SME: revenue about 75 million EUR (2021), return on assets about"
            + " 12.7%, about 70% of its innovation activity with customers.");
    story.say(
        "It runs two business models side by side: a collaboration-based model, in which it"
            + " co-develops solutions with customers, and a market-based model, in which it sells"
            + " products at market prices. A cross-functional innovation management team joins"
            + " them.");
    story.illustrative("Product names, customers and activities are placeholders");

    BoundaryElement team =
        BoundaryElement.builder()
            .name("Innovation management team")
            .addMembers(
                TeamMember.of("Key account manager", BusinessFunction.SALES),
                TeamMember.of("Marketing manager", BusinessFunction.MARKETING),
                TeamMember.of("Head of R&D", BusinessFunction.R_AND_D),
                TeamMember.of("Production manager", BusinessFunction.OPERATIONS))
            .build();
    DualBusinessModel before =
        DualBusinessModel.builder()
            .firm(FIRM.id())
            .collaborative(collaborative())
            .market(market())
            .boundary(team)
            .build();
    story.section("Side by side: content, structure, governance");
    describe(story, "collaboration-based", before.collaborative());
    describe(story, "market-based", before.market());
    story.say(
        "  boundary element: %s, with members from %s"
            .formatted(team.name(), Words.of(team.functions())));

    story.section("A rejection on purpose");
    String rejection;
    try {
      BoundaryElement.builder()
          .name("R&D task force")
          .addMembers(
              TeamMember.of("Lab head", BusinessFunction.R_AND_D),
              TeamMember.of("Chemist", BusinessFunction.R_AND_D))
          .build();
      throw new IllegalStateException("a one-function team was expected to be rejected");
    } catch (IllegalArgumentException e) {
      rejection = e.getMessage();
    }
    story.say("  REJECTED an R&D-only team as boundary element: " + rejection);
    story.say(
        "    why: the boundary element is cross-functional [ANDREASSEN]; at least two functions"
            + " is the library's formalisation");

    story.section("The customer's choice");
    story.say(
        "The co-developing customer chooses to share the tailored coating: it moves from the"
            + " collaboration-based to the market-based model.");
    var shared = OfferingChoice.of("tailored-coating", KEY_CUSTOMER.id(), CustomerChoice.SHARED);
    DualBusinessModel after = before.withChoice(shared);
    BusinessModel collaborative = after.collaborative();
    BusinessModel market = after.market();
    story.say(
        "  collaboration-based v%d offers %s"
            .formatted(collaborative.version(), offeringNames(collaborative)));
    story.say("  market-based v%d offers %s".formatted(market.version(), offeringNames(market)));
    var findings = market.coherence().stream().map(CoherenceFinding::code).distinct().toList();
    story.say(
        ("  the market model's coherence now reports: %s (no market exchange delivers the moved"
                + " offering yet)")
            .formatted(Words.of(findings)));

    story.section("Reservation price versus market price " + Story.ILLUSTRATIVE);
    PriceComparison prices =
        PriceComparison.of(
            Money.of("40.00", "EUR"),
            new BigDecimal("10000"),
            Money.of("18.00", "EUR"),
            Money.of("28.00", "EUR"),
            new BigDecimal("50000"),
            Money.of("15.00", "EUR"));
    String exclusive = "  exclusive: R=40.00 EUR/kg, Ve=10000 kg, ce=18.00 EUR/kg -> margin ";
    story.say(exclusive + prices.exclusiveMargin());
    story.say(
        "  shared:    M=28.00 EUR/kg, Vm=50000 kg, cm=15.00 EUR/kg -> margin "
            + prices.marketMargin());
    BigDecimal breakEven = prices.breakEvenMarketVolume().setScale(1, RoundingMode.HALF_EVEN);
    story.say(
        "  difference (market - exclusive) %s; break-even market volume %s kg"
            .formatted(prices.difference(), breakEven));
    story.say("  " + prices.summary());
    story.say(
        "  (the formulas are the library's formalisation of the source's qualitative rule; the"
            + " choice stays the customer's)");
    story.section("The two models after the choice (Mermaid)");
    List<String[]> edges = new ArrayList<>();
    for (BusinessModel model : List.of(collaborative, market)) {
      for (Exchange e : model.exchange().exchanges()) {
        String label = model.name() + ", " + describeNamed(e.what(), model);
        edges.add(new String[] {e.provider(), e.recipient(), label});
      }
      edges.add(new String[] {"innovation-team", model.id(), "joins"});
    }
    Function<String, String> names = Story.names(collaborative, market);
    story.flowchart(
        "dual business model of " + FIRM.name(),
        edges,
        id -> id.equals("innovation-team") ? team.name() : names.apply(id));
    return new Result(before, after, prices, requireNonNull(rejection, "no rejection provoked"));
  }

  private static void describe(Story story, String label, BusinessModel model) {
    Function<String, String> names = Story.names(model);
    story.say("  " + label + " model \"" + model.name() + "\":");
    story.say("    content:    " + model.activities().stream().map(Activity::name).toList());
    List<String> structure = new ArrayList<>();
    for (Exchange e : model.exchange().exchanges()) {
      String from = names.apply(e.provider());
      structure.add(
          describeNamed(e.what(), model) + " from " + from + " to " + names.apply(e.recipient()));
    }
    story.say("    structure:  " + structure);
    List<String> governance = new ArrayList<>();
    for (GovernanceAssignment g : model.governance()) {
      governance.add(names.apply(g.activity()) + ": " + Words.of(g.mode()));
    }
    story.say("    governance: " + governance);
  }

  private static String describeNamed(Exchanged what, BusinessModel model) {
    return what instanceof Exchanged.OfferingRef ref
        ? Story.names(model).apply(ref.offering())
        : ((Exchanged.Item) what).name();
  }

  private static String offeringNames(BusinessModel model) {
    return Words.list(model.proposition().offerings().stream().map(Offering::name).toList());
  }

  static BusinessModel collaborative() {
    String customer = KEY_CUSTOMER.id();
    var coating =
        Offering.of("tailored-coating", "Tailored coating", Set.of(ECONOMIC), Set.of(customer));
    var additive =
        Offering.of("process-additive", "Process additive", Set.of(ECONOMIC), Set.of(customer));
    var lab = Resource.of("lab", "Application laboratory", PHYSICAL, FIRM.id());
    var knowHow =
        Resource.of("customer-know-how", "Customer process know-how", INTELLECTUAL, customer);
    var trials = Exchanged.item("requirements and trials");
    var exclusivePrice = RevenueStream.of("exclusive-price", customer, SALE);
    return BusinessModel.builder()
        .id("collaboration-based")
        .name("Co-development with customers")
        .addOwner(FIRM.id())
        .addActors(FIRM, KEY_CUSTOMER)
        .addMission(ECONOMIC)
        .proposition(ValueProposition.of(List.of(coating, additive)))
        .creation(ValueCreation.of(List.of(lab, knowHow)))
        .exchange(
            ValueExchange.of(
                List.of(
                    Exchange.of(
                        "deliver-coating", FIRM.id(), customer, offering(coating.id()), DIRECT),
                    Exchange.of(
                        "deliver-additive", FIRM.id(), customer, offering(additive.id()), DIRECT),
                    Exchange.of("requirements", customer, FIRM.id(), trials, DIRECT))))
        .capture(ValueCapture.builder().addRevenueStream(exclusivePrice).build())
        .addActivity(
            Activity.of("co-development", "Co-develop with the customer", ActivityKind.R_AND_D)
                .withResources("lab", "customer-know-how")
                .withPerformer(FIRM.id())
                .withCoPerformers(customer)
                .withMode(GovernanceMode.PARTNER)
                .withValueCreating(true))
        .build();
  }

  static BusinessModel market() {
    String market = MARKET.id();
    var resins =
        Offering.of("standard-resins", "Standard resins", Set.of(ECONOMIC), Set.of(market));
    var plant = Resource.of("plant", "Production plant", PHYSICAL, FIRM.id());
    var sell =
        Exchange.of("sell-resins", FIRM.id(), market, offering("standard-resins"), THIRD_PARTY);
    var payments = Exchange.of("market-payments", market, FIRM.id(), item("payment"), THIRD_PARTY);
    var marketPrice = RevenueStream.of("market-price", market, SALE);
    return BusinessModel.builder()
        .id("market-based")
        .name("Products at market prices")
        .addOwner(FIRM.id())
        .addActors(FIRM, MARKET)
        .addMission(ECONOMIC)
        .proposition(ValueProposition.of(List.of(resins)))
        .creation(ValueCreation.of(List.of(plant)))
        .exchange(ValueExchange.of(List.of(sell, payments)))
        .capture(ValueCapture.builder().addRevenueStream(marketPrice).build())
        .addActivity(
            Activity.of("production", "Produce at scale", ActivityKind.PRODUCTION)
                .withResources("plant")
                .withPerformer(FIRM.id())
                .withMode(GovernanceMode.IN_HOUSE)
                .withValueCreating(true))
        .addActivity(
            Activity.of("sales", "Sell through distributors", ActivityKind.SALES)
                .withPerformer(FIRM.id())
                .withMode(GovernanceMode.MARKET_CONTRACT)
                .withValueCreating(true))
        .build();
  }
}

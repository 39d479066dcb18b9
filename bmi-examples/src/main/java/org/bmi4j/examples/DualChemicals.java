package org.bmi4j.examples;

import static java.util.Objects.requireNonNull;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
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
      Actor.of("chem-sme", "Specialty-chemicals SME", ActorRole.FOCAL_FIRM, Sector.PRIVATE);

  /**
   * A customer who co-develops the products it buys: a customer segment and, in the
   * collaboration-based model, a development partner too, as one actor [ANDREASSEN].
   */
  private static final Actor KEY_CUSTOMER =
      Actor.builder()
          .id("key-customer")
          .name("Co-developing industrial customer")
          .role(ActorRole.CUSTOMER_SEGMENT)
          .addOtherRole(ActorRole.PARTNER)
          .sector(Sector.PRIVATE)
          .build();

  private static final Actor MARKET =
      Actor.of("market-customers", "Market customers", ActorRole.CUSTOMER_SEGMENT, Sector.PRIVATE);

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
        "Andreassen & Andersson, \"Dual business models integrating customer"
            + " collaboration and commercialization in SMEs\"");
    story.say(
        "A specialty-chemicals SME: revenue about 75 million EUR (2021), return on assets"
            + " about 12.7%, about 70% of its innovation activity with customers.");
    story.say(
        "It runs two business models side by side: a collaboration-based model, in which"
            + " it co-develops solutions with customers, and a market-based model, in which it sells"
            + " products at market prices. A cross-functional innovation management team joins them.");
    story.illustrative("Product names, customers and activities are placeholders");

    DualBusinessModel before =
        DualBusinessModel.builder()
            .firm(FIRM.id())
            .collaborative(collaborative())
            .market(market())
            .boundary(team())
            .build();
    story.section("Side by side: content, structure, governance");
    describe(story, "collaboration-based", before.collaborative());
    describe(story, "market-based", before.market());
    story.say(
        "  boundary element: "
            + before.boundary().name()
            + ", with members from "
            + Words.of(before.boundary().functions()));

    story.section("A rejection on purpose");
    String rejection;
    try {
      BoundaryElement.builder()
          .name("R&D task force")
          .addMember(TeamMember.of("Lab head", BusinessFunction.R_AND_D))
          .addMember(TeamMember.of("Chemist", BusinessFunction.R_AND_D))
          .build();
      throw new IllegalStateException("a one-function team was expected to be rejected");
    } catch (IllegalArgumentException e) {
      rejection = e.getMessage();
      story.say("  REJECTED an R&D-only team as boundary element: " + rejection);
      story.say(
          "    why: the boundary element is cross-functional [ANDREASSEN]; at least two"
              + " functions is the library's formalisation");
    }

    story.section("The customer's choice");
    story.say(
        "The co-developing customer chooses to share the tailored coating: it moves from"
            + " the collaboration-based to the market-based model.");
    DualBusinessModel after =
        before.withChoice(
            OfferingChoice.of("tailored-coating", KEY_CUSTOMER.id(), CustomerChoice.SHARED));
    story.say(
        "  collaboration-based v"
            + after.collaborative().version()
            + " offers "
            + offeringNames(after.collaborative()));
    story.say(
        "  market-based v" + after.market().version() + " offers " + offeringNames(after.market()));
    story.say(
        "  the market model's coherence now reports: "
            + Words.of(after.market().coherence().stream().map(f -> f.code()).distinct().toList())
            + " (no market exchange delivers the moved offering yet)");

    story.section("Reservation price versus market price " + Story.ILLUSTRATIVE);
    PriceComparison prices =
        PriceComparison.of(
            Money.of("40.00", "EUR"),
            new BigDecimal("10000"),
            Money.of("18.00", "EUR"),
            Money.of("28.00", "EUR"),
            new BigDecimal("50000"),
            Money.of("15.00", "EUR"));
    story.say(
        "  exclusive: R=40.00 EUR/kg, Ve=10000 kg, ce=18.00 EUR/kg -> margin "
            + prices.exclusiveMargin());
    story.say(
        "  shared:    M=28.00 EUR/kg, Vm=50000 kg, cm=15.00 EUR/kg -> margin "
            + prices.marketMargin());
    story.say(
        "  difference (market - exclusive) "
            + prices.difference()
            + "; break-even market volume "
            + prices.breakEvenMarketVolume().setScale(1, RoundingMode.HALF_EVEN)
            + " kg");
    story.say("  " + prices.summary());
    story.say(
        "  (the formulas are the library's formalisation of the source's qualitative rule;"
            + " the choice stays the customer's)");
    story.section("The two models after the choice (Mermaid)");
    List<String[]> edges = new ArrayList<>();
    for (BusinessModel model : List.of(after.collaborative(), after.market())) {
      for (Exchange e : model.exchange().exchanges()) {
        edges.add(
            new String[] {
              e.provider(), e.recipient(), model.name() + ", " + describeNamed(e.what(), model)
            });
      }
      edges.add(new String[] {"innovation-team", model.id(), "joins"});
    }
    story.flowchart(
        "dual business model of " + FIRM.name(),
        edges,
        id ->
            id.equals("innovation-team")
                ? after.boundary().name()
                : Story.names(after.collaborative(), after.market()).apply(id));
    return new Result(before, after, prices, requireNonNull(rejection, "no rejection provoked"));
  }

  private static void describe(Story story, String label, BusinessModel model) {
    Function<String, String> names = Story.names(model);
    story.say("  " + label + " model \"" + model.name() + "\":");
    story.say("    content:    " + model.activities().stream().map(Activity::name).toList());
    story.say(
        "    structure:  "
            + model.exchange().exchanges().stream()
                .map(
                    e ->
                        describeNamed(e.what(), model)
                            + " from "
                            + names.apply(e.provider())
                            + " to "
                            + names.apply(e.recipient()))
                .toList());
    story.say(
        "    governance: "
            + model.governance().stream()
                .map(g -> names.apply(g.activity()) + ": " + Words.of(g.mode()))
                .toList());
  }

  private static String describeNamed(Exchanged what, BusinessModel model) {
    return what instanceof Exchanged.OfferingRef ref
        ? Story.names(model).apply(ref.offering())
        : ((Exchanged.Item) what).name();
  }

  private static String offeringNames(BusinessModel model) {
    return Words.list(model.proposition().offerings().stream().map(Offering::name).toList());
  }

  private static BoundaryElement team() {
    return BoundaryElement.builder()
        .name("Innovation management team")
        .addMember(TeamMember.of("Key account manager", BusinessFunction.SALES))
        .addMember(TeamMember.of("Marketing manager", BusinessFunction.MARKETING))
        .addMember(TeamMember.of("Head of R&D", BusinessFunction.R_AND_D))
        .addMember(TeamMember.of("Production manager", BusinessFunction.OPERATIONS))
        .build();
  }

  static BusinessModel collaborative() {
    return BusinessModel.builder()
        .id("collaboration-based")
        .name("Co-development with customers")
        .addOwner(FIRM.id())
        .addActor(FIRM)
        .addActor(KEY_CUSTOMER)
        .addMission(ValueKind.ECONOMIC)
        .proposition(
            ValueProposition.builder()
                .addOffering(
                    Offering.builder()
                        .id("tailored-coating")
                        .name("Tailored coating")
                        .addValueKind(ValueKind.ECONOMIC)
                        .addBeneficiary(KEY_CUSTOMER.id())
                        .build())
                .addOffering(
                    Offering.builder()
                        .id("process-additive")
                        .name("Process additive")
                        .addValueKind(ValueKind.ECONOMIC)
                        .addBeneficiary(KEY_CUSTOMER.id())
                        .build())
                .build())
        .creation(
            ValueCreation.builder()
                .addResource(
                    Resource.of("lab", "Application laboratory", ResourceKind.PHYSICAL, FIRM.id()))
                .addResource(
                    Resource.of(
                        "customer-know-how",
                        "Customer process know-how",
                        ResourceKind.INTELLECTUAL,
                        KEY_CUSTOMER.id()))
                .build())
        .exchange(
            ValueExchange.builder()
                .addExchange(
                    Exchange.builder()
                        .id("deliver-coating")
                        .provider(FIRM.id())
                        .recipient(KEY_CUSTOMER.id())
                        .what(Exchanged.offering("tailored-coating"))
                        .channel(Channel.DIRECT)
                        .build())
                .addExchange(
                    Exchange.builder()
                        .id("deliver-additive")
                        .provider(FIRM.id())
                        .recipient(KEY_CUSTOMER.id())
                        .what(Exchanged.offering("process-additive"))
                        .channel(Channel.DIRECT)
                        .build())
                .addExchange(
                    Exchange.builder()
                        .id("requirements")
                        .provider(KEY_CUSTOMER.id())
                        .recipient(FIRM.id())
                        .what(Exchanged.item("requirements and trials"))
                        .channel(Channel.DIRECT)
                        .build())
                .build())
        .capture(
            ValueCapture.builder()
                .addRevenueStream(
                    RevenueStream.builder()
                        .id("exclusive-price")
                        .payer(KEY_CUSTOMER.id())
                        .mechanism(RevenueMechanism.SALE)
                        .build())
                .build())
        .addActivity(
            Activity.builder()
                .id("co-development")
                .name("Co-develop with the customer")
                .kind(ActivityKind.R_AND_D)
                .addResource("lab")
                .addResource("customer-know-how")
                .performer(FIRM.id())
                .addCoPerformer(KEY_CUSTOMER.id())
                .mode(GovernanceMode.PARTNER)
                .valueCreating(true)
                .build())
        .build();
  }

  static BusinessModel market() {
    return BusinessModel.builder()
        .id("market-based")
        .name("Products at market prices")
        .addOwner(FIRM.id())
        .addActor(FIRM)
        .addActor(MARKET)
        .addMission(ValueKind.ECONOMIC)
        .proposition(
            ValueProposition.builder()
                .addOffering(
                    Offering.builder()
                        .id("standard-resins")
                        .name("Standard resins")
                        .addValueKind(ValueKind.ECONOMIC)
                        .addBeneficiary(MARKET.id())
                        .build())
                .build())
        .creation(
            ValueCreation.builder()
                .addResource(
                    Resource.of("plant", "Production plant", ResourceKind.PHYSICAL, FIRM.id()))
                .build())
        .exchange(
            ValueExchange.builder()
                .addExchange(
                    Exchange.builder()
                        .id("sell-resins")
                        .provider(FIRM.id())
                        .recipient(MARKET.id())
                        .what(Exchanged.offering("standard-resins"))
                        .channel(Channel.THIRD_PARTY)
                        .build())
                .addExchange(
                    Exchange.builder()
                        .id("market-payments")
                        .provider(MARKET.id())
                        .recipient(FIRM.id())
                        .what(Exchanged.item("payment"))
                        .channel(Channel.THIRD_PARTY)
                        .build())
                .build())
        .capture(
            ValueCapture.builder()
                .addRevenueStream(
                    RevenueStream.builder()
                        .id("market-price")
                        .payer(MARKET.id())
                        .mechanism(RevenueMechanism.SALE)
                        .build())
                .build())
        .addActivity(
            Activity.builder()
                .id("production")
                .name("Produce at scale")
                .kind(ActivityKind.PRODUCTION)
                .addResource("plant")
                .performer(FIRM.id())
                .mode(GovernanceMode.IN_HOUSE)
                .valueCreating(true)
                .build())
        .addActivity(
            Activity.builder()
                .id("sales")
                .name("Sell through distributors")
                .kind(ActivityKind.SALES)
                .performer(FIRM.id())
                .mode(GovernanceMode.MARKET_CONTRACT)
                .valueCreating(true)
                .build())
        .build();
  }
}

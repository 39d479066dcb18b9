package org.bmi4j.examples;

import static org.bmi4j.core.model.ActivityKind.LOGISTICS;
import static org.bmi4j.core.model.ActivityKind.PLATFORM_OPERATION;
import static org.bmi4j.core.model.ActivityKind.PRODUCTION;
import static org.bmi4j.core.model.ActivityKind.SALES;
import static org.bmi4j.core.model.ActorRole.CUSTOMER_SEGMENT;
import static org.bmi4j.core.model.Channel.DIRECT;
import static org.bmi4j.core.model.Channel.OWN_OUTLET;
import static org.bmi4j.core.model.Channel.PLATFORM;
import static org.bmi4j.core.model.Exchanged.item;
import static org.bmi4j.core.model.Exchanged.offering;
import static org.bmi4j.core.model.GovernanceMode.IN_HOUSE;
import static org.bmi4j.core.model.ResourceKind.DATA;
import static org.bmi4j.core.model.ResourceKind.HUMAN;
import static org.bmi4j.core.model.ResourceKind.INTELLECTUAL;
import static org.bmi4j.core.model.ResourceKind.PHYSICAL;
import static org.bmi4j.core.model.RevenueMechanism.SALE;
import static org.bmi4j.core.model.Sector.PRIVATE;
import static org.bmi4j.core.model.ValueKind.ECONOMIC;
import static org.bmi4j.core.model.ValueKind.ENVIRONMENTAL;

import com.google.common.collect.Lists;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.bmi4j.core.analysis.BmiVerdict;
import org.bmi4j.core.analysis.BusinessModelDiff;
import org.bmi4j.core.analysis.ClassificationPolicy;
import org.bmi4j.core.analysis.ElementChange;
import org.bmi4j.core.analysis.ElementKey;
import org.bmi4j.core.analysis.ElementKind;
import org.bmi4j.core.analysis.Novelty;
import org.bmi4j.core.canvas.BusinessModelCanvas;
import org.bmi4j.core.model.Activity;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.CostItem;
import org.bmi4j.core.model.Exchange;
import org.bmi4j.core.model.Exchanged;
import org.bmi4j.core.model.GovernanceMode;
import org.bmi4j.core.model.IntegrityProblem;
import org.bmi4j.core.model.Link;
import org.bmi4j.core.model.ModelIntegrityException;
import org.bmi4j.core.model.Offering;
import org.bmi4j.core.model.ProblemCode;
import org.bmi4j.core.model.Resource;
import org.bmi4j.core.model.RevenueStream;
import org.bmi4j.core.model.ValueCapture;
import org.bmi4j.core.model.ValueCreation;
import org.bmi4j.core.model.ValueExchange;
import org.bmi4j.core.model.ValueKind;
import org.bmi4j.core.model.ValueProposition;
import org.bmi4j.core.model.ValueShare;

/**
 * Example 3: a Piedmont food and beverage SME before and after joining the regional digital retail
 * platform [BAGNATO]: Bagnato &amp; Giordino, "Business model innovation: how partnering with a
 * digital platform impacts SMEs" (initial findings).
 *
 * <p>The platform (founded 2016) provides an online platform, a logistics network, inventory
 * management, human resources and sales statistics; the SME gains an online channel and turns its
 * waste into fertiliser for local farmers and into energy. The diff of the two versions is
 * classified, and the new model is drawn as a Business Model Canvas.
 */
public final class PlatformSme {
  /** The title the tour prints. */
  public static final String TITLE = "3. A food SME joins a regional digital platform [BAGNATO]";

  /**
   * The SME's model before and after, their diff and its classification, and the rejected model.
   *
   * @param before the model before joining the platform
   * @param after the model after
   * @param diff the difference
   * @param verdict the classification of the difference
   * @param novelty the novelty of the change against a peer SME on the platform
   * @param rejected the integrity problem codes of the deliberately broken model
   */
  public record Result(
      BusinessModel before,
      BusinessModel after,
      BusinessModelDiff diff,
      BmiVerdict verdict,
      Novelty novelty,
      List<ProblemCode> rejected) {}

  private static final Actor SME =
      Actor.of("sme", "Piedmont food and beverage SME", ActorRole.FOCAL_FIRM, PRIVATE);
  private static final Actor LOCALS =
      Actor.of("local-customers", "Local customers", CUSTOMER_SEGMENT, PRIVATE);
  private static final Actor ONLINE =
      Actor.of("online-customers", "Online customers", CUSTOMER_SEGMENT, PRIVATE);
  private static final Actor REGIONAL_PLATFORM =
      Actor.of("platform", "Regional digital platform", ActorRole.PLATFORM, PRIVATE);
  private static final Actor FARMERS =
      Actor.of("farmers", "Local farmers", ActorRole.BENEFICIARY, PRIVATE);

  private PlatformSme() {}

  /** Runs the example, printing to standard output. */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Runs the example, printing its narrative to {@code out}, and returns its key objects. */
  public static Result run(PrintStream out) {
    Story story = new Story(out);
    story.title(
        TITLE,
        "Bagnato & Giordino, \"Business model innovation: how partnering with a digital platform"
            + " impacts SMEs\" (initial findings)");
    story.say(
        "A food and beverage SME in Piedmont sells in its own shop. It joins the regional digital"
            + " platform (founded 2016), which provides an online platform, a logistics network,"
            + " inventory management, human resources and sales statistics.");
    story.say(
        "After joining: \"online sales have completely overtaken everything\"; waste is turned"
            + " into fertiliser for local farmers and into energy.");

    BusinessModel before = before();
    BusinessModel after = after(before);
    story.section("Before and after");
    story.say("  before: " + sizes(before));
    story.say("  after:  " + sizes(after) + " (version " + after.version() + ")");
    story.illustrative("  The SME's products, shop, production site and ids are placeholders");
    story.illustrative(
        "  The platform fee among the costs is an assumption: the source reports no commission");

    story.section("A rejection on purpose");
    List<ProblemCode> rejected;
    try {
      var deliveries =
          Activity.of("deliveries", "Home deliveries", LOGISTICS).withResources("vans");
      BusinessModel.builder().from(after).addActivity(deliveries).build();
      throw new IllegalStateException("the broken model was expected to be rejected");
    } catch (ModelIntegrityException e) {
      rejected = e.problems().stream().map(IntegrityProblem::code).toList();
      story.say("  REJECTED a model whose deliveries use vans nobody provides and nobody governs:");
      e.problems().forEach(p -> story.say("    " + p));
      story.say(
          "    why: every activity uses resources of value creation and has a governance"
              + " assignment; an activity system with loose ends is no model (library integrity"
              + " rules after Zott & Amit's content, structure and governance)");
    }

    BusinessModelDiff diff = BusinessModelDiff.of(before, after);
    BmiVerdict verdict = ClassificationPolicy.defaults().classify(diff);
    story.section("Diff and classification");
    story.say(
        "  %d elements added, %d removed, %d changed; touching the value functions %s"
            .formatted(
                diff.added().size(),
                diff.removed().size(),
                diff.changed().size(),
                Words.of(diff.functions())));
    Map<ElementKind, Map<String, List<String>>> byKind = new TreeMap<>();
    Function<String, String> names = Story.names(before, after);
    for (ElementChange change : diff.changes()) {
      String name = element(change.key(), names, after, before);
      String how = change.isAdded() ? "added" : change.isRemoved() ? "removed" : "changed";
      byKind.computeIfAbsent(change.key().kind(), k -> new TreeMap<>());
      byKind.get(change.key().kind()).computeIfAbsent(how, k -> new ArrayList<>()).add(name);
    }
    byKind.forEach(
        (kind, changes) ->
            changes.forEach(
                (how, changed) ->
                    story.say("    " + Words.of(kind) + ", " + how + ": " + Words.list(changed))));
    story.say(
        String.format(
            "  similarity %.2f (the share of all elements of either model that both have),"
                + " retention %.2f (the share of the model before that the model after keeps)",
            diff.similarity(), diff.retention()));
    story.say(
        "  Khanagha et al. (2014) class an innovation as incremental (existing elements adjusted,"
            + " or a change within one value function), extension (elements added to a model that"
            + " keeps its offerings), replacement (the model given up for another) or parallel (a"
            + " new model beside the extant one).");
    String major = verdict.isMajor() ? " (major)" : "";
    story.say(
        "  verdict: %s%s, by the rule \"%s\""
            .formatted(Words.of(verdict.bmiClass()), major, Words.of(verdict.rule())));
    story.say(
        "  (classes after Khanagha et al. 2014; thresholds and rules are the library's"
            + " formalisation)");

    story.section("New to the firm or to the industry?");
    BusinessModel peer = peer(after);
    Novelty novelty = Novelty.of(diff, List.of(peer));
    story.say(
        "  compared by structure (element kinds, roles, value kinds), not by names, with a peer"
            + " SME that sells online through the same platform but does nothing with its waste:");
    Function<ElementChange, String> named =
        c -> Words.of(c.key().kind()) + " " + element(c.key(), names, after, before);
    story.say(
        String.format(
            "  %s: the peer's model has %d of the %d added elements (share %.2f, threshold %.2f)",
            Words.of(novelty.scope()),
            novelty.matched().size(),
            novelty.matched().size() + novelty.unmatched().size(),
            novelty.matchedShare(),
            novelty.threshold()));
    story.say(
        "    the peer has too: " + Words.list(Lists.transform(novelty.matched(), named::apply)));
    story.say(
        "    new even beside the peer: "
            + Words.list(Lists.transform(novelty.unmatched(), named::apply)));
    story.illustrative("  The peer SME and its model");
    story.say(
        "  (the scopes are the SPEC's; matching by structure and the threshold of %s are the"
                .formatted(Novelty.DEFAULT_THRESHOLD)
            + " library's formalisation)");

    story.section("Who exchanges what after joining (Mermaid)");
    List<String[]> edges = new ArrayList<>();
    for (Exchange e : after.exchange().exchanges()) {
      edges.add(new String[] {e.provider(), e.recipient(), what(e, Story.names(after))});
    }
    story.flowchart("value exchange of " + after.name(), edges, Story.names(after));

    story.section("The SME's model after joining, as a Business Model Canvas (Markdown)");
    story.block("markdown", BusinessModelCanvas.of(after).toMarkdown());
    return new Result(before, after, diff, verdict, novelty, rejected);
  }

  private static final Set<String> WASTE =
      Set.of(
          "farmers",
          "fertiliser",
          "waste-energy",
          "fertiliser-delivery",
          "fertiliser-share",
          "waste-recovery");

  /**
   * A peer SME on the same platform (illustrative): the SME's model after joining, under another id
   * and name, without the waste recovery and what it delivers.
   */
  static BusinessModel peer(BusinessModel after) {
    var offerings = after.proposition().offerings().stream().filter(o -> !WASTE.contains(o.id()));
    var exchanges = after.exchange().exchanges().stream().filter(e -> !WASTE.contains(e.id()));
    var shares = after.capture().valueShares().stream().filter(v -> !WASTE.contains(v.id()));
    var activities = after.activities().stream().filter(a -> !WASTE.contains(a.id()));
    Predicate<Link> kept = link -> !WASTE.contains(link.downstream());
    return BusinessModel.builder()
        .from(after)
        .id("peer-sme")
        .name("Another food SME on the platform")
        .version(1)
        .actors(after.actors().stream().filter(a -> !WASTE.contains(a.id())).toList())
        .missions(after.missions().stream().filter(m -> m != ENVIRONMENTAL).toList())
        .proposition(after.proposition().withOfferings(offerings.toList()))
        .exchange(after.exchange().withExchanges(exchanges.toList()))
        .capture(after.capture().withValueShares(shares.toList()))
        .activities(
            activities.map(a -> a.withLinks(a.links().stream().filter(kept).toList())).toList())
        .build();
  }

  /**
   * Returns how the tour names a changed element: by its name where it has one, otherwise by what
   * it is made of (an exchange by what goes from whom to whom, a revenue stream by its mechanism
   * and payer, a value share by its kind and receiver).
   */
  private static String element(
      ElementKey key, Function<String, String> names, BusinessModel... models) {
    String id = key.id();
    for (BusinessModel model : models) {
      switch (key.kind()) {
        case MISSION -> {
          return Words.of(ValueKind.valueOf(id));
        }
        case EXCHANGE -> {
          for (Exchange e : model.exchange().exchanges()) {
            if (e.id().equals(id)) {
              String from = names.apply(e.provider());
              return what(e, names) + " from " + from + " to " + names.apply(e.recipient());
            }
          }
        }
        case REVENUE_STREAM -> {
          for (RevenueStream r : model.capture().revenueStreams()) {
            if (r.id().equals(id)) {
              return Words.of(r.mechanism()) + " from " + names.apply(r.payer());
            }
          }
        }
        case COST_ITEM -> {
          for (CostItem c : model.capture().costs()) {
            if (c.id().equals(id)) {
              return c.name();
            }
          }
        }
        case VALUE_SHARE -> {
          for (ValueShare v : model.capture().valueShares()) {
            if (v.id().equals(id)) {
              return Words.of(v.kind()) + " value share to " + names.apply(v.actor());
            }
          }
        }
        default -> {
          return names.apply(id);
        }
      }
    }
    return id;
  }

  /** Returns what an exchange passes on: the offering's name, or the item. */
  private static String what(Exchange e, Function<String, String> names) {
    return e.what() instanceof Exchanged.OfferingRef ref
        ? names.apply(ref.offering())
        : ((Exchanged.Item) e.what()).name();
  }

  /** Returns the model's offerings, channels and resources, counted: "1 offering, channels ...". */
  private static String sizes(BusinessModel model) {
    var channels = model.exchange().exchanges().stream().map(e -> Words.of(e.channel())).distinct();
    return "%s, channels (%s), %s"
        .formatted(
            Words.count(model.proposition().offerings().size(), "offering"),
            channels.collect(Collectors.joining(", ")),
            Words.count(model.creation().resources().size(), "resource"));
  }

  static BusinessModel before() {
    var food =
        Offering.of("food", "Regional food and beverages", Set.of(ECONOMIC), Set.of(LOCALS.id()));
    var kitchen = Resource.of("kitchen", "Production site", PHYSICAL, "sme");
    var staff = Resource.of("staff", "Staff", HUMAN, "sme");
    var shopSales = Exchange.of("shop-sales", "sme", LOCALS.id(), offering("food"), OWN_OUTLET);
    var shopPayments =
        Exchange.of("shop-payments", LOCALS.id(), "sme", item("payment"), OWN_OUTLET);
    return BusinessModel.builder()
        .id("sme")
        .name("Piedmont food and beverage SME")
        .addOwner("sme")
        .addActors(SME, LOCALS)
        .addMission(ECONOMIC)
        .proposition(ValueProposition.of(List.of(food)))
        .creation(ValueCreation.of(List.of(kitchen, staff)))
        .exchange(ValueExchange.of(List.of(shopSales, shopPayments)))
        .capture(
            ValueCapture.builder()
                .addRevenueStream(RevenueStream.of("shop-revenue", LOCALS.id(), SALE))
                .addCost(CostItem.of("production-costs", "Production"))
                .build())
        .addActivity(
            Activity.of("production", "Produce food and beverages", PRODUCTION)
                .withResources("kitchen", "staff")
                .withPerformer("sme")
                .withMode(IN_HOUSE)
                .withValueCreating(true))
        .addActivity(
            Activity.of("shop", "Sell in the shop", SALES)
                .withResources("staff")
                .withPerformer("sme")
                .withMode(IN_HOUSE)
                .withValueCreating(true))
        .build();
  }

  static BusinessModel after(BusinessModel before) {
    String online = ONLINE.id();
    var economic = Set.of(ECONOMIC);
    var environmental = Set.of(ENVIRONMENTAL);
    var fee = CostItem.of("platform-fee", "Platform fee (assumption: no commission is reported)");
    var share = ValueShare.builder().id("fertiliser-share").actor("farmers").kind(ENVIRONMENTAL);
    return BusinessModel.builder()
        .from(before)
        .version(before.version() + 1)
        .addActors(ONLINE, REGIONAL_PLATFORM, FARMERS)
        .addMission(ENVIRONMENTAL)
        .proposition(
            ValueProposition.builder()
                .from(before.proposition())
                .addOfferings(
                    Offering.of(
                        "online-food", "Food and beverages online", economic, Set.of(online)),
                    Offering.of(
                        "fertiliser", "Fertiliser from waste", environmental, Set.of("farmers")),
                    Offering.of("waste-energy", "Energy from waste", environmental, Set.of("sme")))
                .build())
        .creation(
            ValueCreation.builder()
                .from(before.creation())
                .addResources(
                    Resource.of("online-platform", "Online platform", PHYSICAL, "platform"),
                    Resource.of("logistics-network", "Logistics network", PHYSICAL, "platform"),
                    Resource.of(
                        "inventory-management", "Inventory management", INTELLECTUAL, "platform"),
                    Resource.of("platform-staff", "Human resources", HUMAN, "platform"),
                    Resource.of("sales-statistics", "Sales statistics", DATA, "platform"))
                .build())
        .exchange(
            ValueExchange.builder()
                .from(before.exchange())
                .addExchanges(
                    Exchange.of("online-sales", "sme", online, offering("online-food"), PLATFORM),
                    Exchange.of("online-payments", online, "sme", item("payment"), PLATFORM),
                    Exchange.of(
                        "fertiliser-delivery", "sme", "farmers", offering("fertiliser"), DIRECT),
                    Exchange.of(
                        "statistics", "platform", "sme", item("sales statistics"), PLATFORM))
                .build())
        .capture(
            ValueCapture.builder()
                .from(before.capture())
                .addRevenueStream(RevenueStream.of("online-revenue", online, SALE))
                .addCost(fee)
                .addValueShare(share.build())
                .build())
        .addActivity(
            Activity.of("online-shop", "Sell online on the platform", SALES)
                .withResources("online-platform", "sales-statistics")
                .withPerformer("sme")
                .withMode(GovernanceMode.PLATFORM)
                .withValueCreating(true))
        .addActivity(
            Activity.of("logistics", "Deliver through the network", LOGISTICS)
                .withResources("logistics-network")
                .withPerformer("platform")
                .withMode(GovernanceMode.PLATFORM)
                .withValueCreating(true))
        .addActivity(
            Activity.of("inventory", "Manage inventory", PLATFORM_OPERATION)
                .withResources("inventory-management", "platform-staff")
                .withPerformer("platform")
                .withMode(GovernanceMode.PLATFORM)
                .withValueCreating(true))
        .addActivity(
            Activity.of("waste-recovery", "Turn waste into fertiliser and energy", PRODUCTION)
                .withResources("kitchen")
                .withPerformer("sme")
                .withMode(IN_HOUSE)
                .withValueCreating(true))
        .build();
  }
}

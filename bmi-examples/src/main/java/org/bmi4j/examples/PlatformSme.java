package org.bmi4j.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bmi4j.core.analysis.BmiVerdict;
import org.bmi4j.core.analysis.BusinessModelDiff;
import org.bmi4j.core.analysis.ClassificationPolicy;
import org.bmi4j.core.analysis.ElementChange;
import org.bmi4j.core.analysis.ElementKind;
import org.bmi4j.core.analysis.Novelty;
import org.bmi4j.core.canvas.BusinessModelCanvas;
import org.bmi4j.core.model.Activity;
import org.bmi4j.core.model.ActivityKind;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Channel;
import org.bmi4j.core.model.CostItem;
import org.bmi4j.core.model.Exchange;
import org.bmi4j.core.model.Exchanged;
import org.bmi4j.core.model.GovernanceMode;
import org.bmi4j.core.model.ModelIntegrityException;
import org.bmi4j.core.model.Offering;
import org.bmi4j.core.model.ProblemCode;
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
      Actor.of("sme", "Piedmont food and beverage SME", ActorRole.FOCAL_FIRM, Sector.PRIVATE);
  private static final Actor LOCALS =
      Actor.of("local-customers", "Local customers", ActorRole.CUSTOMER_SEGMENT, Sector.PRIVATE);
  private static final Actor ONLINE =
      Actor.of("online-customers", "Online customers", ActorRole.CUSTOMER_SEGMENT, Sector.PRIVATE);
  private static final Actor PLATFORM =
      Actor.of("platform", "Regional digital platform", ActorRole.PLATFORM, Sector.PRIVATE);
  private static final Actor FARMERS =
      Actor.of("farmers", "Local farmers", ActorRole.BENEFICIARY, Sector.PRIVATE);

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
        "Bagnato & Giordino, \"Business model innovation: how partnering with a"
            + " digital platform impacts SMEs\" (initial findings)");
    story.say(
        "A food and beverage SME in Piedmont sells in its own shop. It joins the regional"
            + " digital platform (founded 2016), which provides an online platform, a logistics"
            + " network, inventory management, human resources and sales statistics.");
    story.say(
        "After joining: \"online sales have completely overtaken everything\"; waste is"
            + " turned into fertiliser for local farmers and into energy.");

    BusinessModel before = before();
    BusinessModel after = after(before);
    story.section("Before and after");
    story.say(
        "  before: "
            + Words.count(before.proposition().offerings().size(), "offering")
            + ", channels "
            + channels(before)
            + ", "
            + Words.count(before.creation().resources().size(), "resource")
            + "");
    story.say(
        "  after:  "
            + Words.count(after.proposition().offerings().size(), "offering")
            + ", channels "
            + channels(after)
            + ", "
            + Words.count(after.creation().resources().size(), "resource")
            + " (version "
            + after.version()
            + ")");
    story.illustrative("  The SME's products, shop, production site and ids are placeholders");
    story.illustrative(
        "  The platform fee among the costs is an assumption: the source reports no"
            + " commission");

    story.section("A rejection on purpose");
    List<ProblemCode> rejected;
    try {
      BusinessModel.builder()
          .from(after)
          .addActivity(
              Activity.builder()
                  .id("deliveries")
                  .name("Home deliveries")
                  .kind(ActivityKind.LOGISTICS)
                  .addResource("vans")
                  .build())
          .build();
      throw new IllegalStateException("the broken model was expected to be rejected");
    } catch (ModelIntegrityException e) {
      rejected = e.problems().stream().map(p -> p.code()).toList();
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
        "  "
            + diff.added().size()
            + " elements added, "
            + diff.removed().size()
            + " removed, "
            + diff.changed().size()
            + " changed; touching the value functions "
            + Words.of(diff.functions()));
    Map<ElementKind, Map<String, List<String>>> byKind = new TreeMap<>();
    Function<String, String> names = Story.names(before, after);
    for (ElementChange change : diff.changes()) {
      String id = change.key().id();
      String name = element(change.key().kind(), id, names, after, before);
      byKind
          .computeIfAbsent(change.key().kind(), k -> new TreeMap<>())
          .computeIfAbsent(
              change.isAdded() ? "added" : change.isRemoved() ? "removed" : "changed",
              k -> new ArrayList<>())
          .add(name);
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
    story.say(
        "  verdict: "
            + Words.of(verdict.bmiClass())
            + (verdict.isMajor() ? " (major)" : "")
            + ", by the rule \""
            + Words.of(verdict.rule())
            + "\"");
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
        change ->
            Words.of(change.key().kind())
                + " "
                + element(change.key().kind(), change.key().id(), names, after, before);
    story.say(
        String.format(
            "  %s: the peer's model has %d of the %d added elements (share %.2f, threshold %.2f)",
            Words.of(novelty.scope()),
            novelty.matched().size(),
            novelty.matched().size() + novelty.unmatched().size(),
            novelty.matchedShare(),
            novelty.threshold()));
    story.say(
        "    the peer has too: " + Words.list(novelty.matched().stream().map(named).toList()));
    story.say(
        "    new even beside the peer: "
            + Words.list(novelty.unmatched().stream().map(named).toList()));
    story.illustrative("  The peer SME and its model");
    story.say(
        "  (the scopes are the SPEC's; matching by structure and the threshold of "
            + Novelty.DEFAULT_THRESHOLD
            + " are the library's formalisation)");

    story.section("Who exchanges what after joining (Mermaid)");
    List<String[]> edges = new ArrayList<>();
    for (Exchange e : after.exchange().exchanges()) {
      edges.add(
          new String[] {
            e.provider(),
            e.recipient(),
            e.what() instanceof Exchanged.OfferingRef ref
                ? Story.names(after).apply(ref.offering())
                : ((Exchanged.Item) e.what()).name()
          });
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
    return BusinessModel.builder()
        .from(after)
        .id("peer-sme")
        .name("Another food SME on the platform")
        .version(1)
        .actors(after.actors().stream().filter(a -> !WASTE.contains(a.id())).toList())
        .missions(after.missions().stream().filter(m -> m != ValueKind.ENVIRONMENTAL).toList())
        .proposition(
            after
                .proposition()
                .withOfferings(
                    after.proposition().offerings().stream()
                        .filter(o -> !WASTE.contains(o.id()))
                        .toList()))
        .exchange(
            after
                .exchange()
                .withExchanges(
                    after.exchange().exchanges().stream()
                        .filter(e -> !WASTE.contains(e.id()))
                        .toList()))
        .capture(
            after
                .capture()
                .withValueShares(
                    after.capture().valueShares().stream()
                        .filter(v -> !WASTE.contains(v.id()))
                        .toList()))
        .activities(
            after.activities().stream()
                .filter(a -> !WASTE.contains(a.id()))
                .map(
                    a ->
                        a.withLinks(
                            a.links().stream()
                                .filter(l -> !WASTE.contains(l.downstream()))
                                .toList()))
                .toList())
        .build();
  }

  /**
   * Returns how the tour names a changed element: by its name where it has one, otherwise by what
   * it is made of (an exchange by what goes from whom to whom, a revenue stream by its mechanism
   * and payer, a value share by its kind and receiver).
   */
  private static String element(
      ElementKind kind, String id, Function<String, String> names, BusinessModel... models) {
    for (BusinessModel model : models) {
      switch (kind) {
        case MISSION -> {
          return Words.of(ValueKind.valueOf(id));
        }
        case EXCHANGE -> {
          for (Exchange e : model.exchange().exchanges()) {
            if (e.id().equals(id)) {
              String what =
                  e.what() instanceof Exchanged.OfferingRef ref
                      ? names.apply(ref.offering())
                      : ((Exchanged.Item) e.what()).name();
              return what
                  + " from "
                  + names.apply(e.provider())
                  + " to "
                  + names.apply(e.recipient());
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

  private static String channels(BusinessModel model) {
    return model.exchange().exchanges().stream()
        .map(e -> e.channel())
        .distinct()
        .map(Words::of)
        .collect(Collectors.joining(", ", "(", ")"));
  }

  static BusinessModel before() {
    return BusinessModel.builder()
        .id("sme")
        .name("Piedmont food and beverage SME")
        .addOwner("sme")
        .addActor(SME)
        .addActor(LOCALS)
        .addMission(ValueKind.ECONOMIC)
        .proposition(
            ValueProposition.builder()
                .addOffering(
                    Offering.builder()
                        .id("food")
                        .name("Regional food and beverages")
                        .addValueKind(ValueKind.ECONOMIC)
                        .addBeneficiary("local-customers")
                        .build())
                .build())
        .creation(
            ValueCreation.builder()
                .addResource(
                    Resource.of("kitchen", "Production site", ResourceKind.PHYSICAL, "sme"))
                .addResource(Resource.of("staff", "Staff", ResourceKind.HUMAN, "sme"))
                .build())
        .exchange(
            ValueExchange.builder()
                .addExchange(
                    Exchange.builder()
                        .id("shop-sales")
                        .provider("sme")
                        .recipient("local-customers")
                        .what(Exchanged.offering("food"))
                        .channel(Channel.OWN_OUTLET)
                        .build())
                .addExchange(
                    Exchange.builder()
                        .id("shop-payments")
                        .provider("local-customers")
                        .recipient("sme")
                        .what(Exchanged.item("payment"))
                        .channel(Channel.OWN_OUTLET)
                        .build())
                .build())
        .capture(
            ValueCapture.builder()
                .addRevenueStream(
                    RevenueStream.builder()
                        .id("shop-revenue")
                        .payer("local-customers")
                        .mechanism(RevenueMechanism.SALE)
                        .build())
                .addCost(CostItem.builder().id("production-costs").name("Production").build())
                .build())
        .addActivity(
            Activity.builder()
                .id("production")
                .name("Produce food and beverages")
                .kind(ActivityKind.PRODUCTION)
                .addResource("kitchen")
                .addResource("staff")
                .performer("sme")
                .mode(GovernanceMode.IN_HOUSE)
                .valueCreating(true)
                .build())
        .addActivity(
            Activity.builder()
                .id("shop")
                .name("Sell in the shop")
                .kind(ActivityKind.SALES)
                .addResource("staff")
                .performer("sme")
                .mode(GovernanceMode.IN_HOUSE)
                .valueCreating(true)
                .build())
        .build();
  }

  static BusinessModel after(BusinessModel before) {
    return BusinessModel.builder()
        .from(before)
        .version(before.version() + 1)
        .addActor(ONLINE)
        .addActor(PLATFORM)
        .addActor(FARMERS)
        .addMission(ValueKind.ENVIRONMENTAL)
        .proposition(
            ValueProposition.builder()
                .from(before.proposition())
                .addOffering(
                    Offering.builder()
                        .id("online-food")
                        .name("Food and beverages online")
                        .addValueKind(ValueKind.ECONOMIC)
                        .addBeneficiary("online-customers")
                        .build())
                .addOffering(
                    Offering.builder()
                        .id("fertiliser")
                        .name("Fertiliser from waste")
                        .addValueKind(ValueKind.ENVIRONMENTAL)
                        .addBeneficiary("farmers")
                        .build())
                .addOffering(
                    Offering.builder()
                        .id("waste-energy")
                        .name("Energy from waste")
                        .addValueKind(ValueKind.ENVIRONMENTAL)
                        .addBeneficiary("sme")
                        .build())
                .build())
        .creation(
            ValueCreation.builder()
                .from(before.creation())
                .addResource(
                    Resource.of(
                        "online-platform", "Online platform", ResourceKind.PHYSICAL, "platform"))
                .addResource(
                    Resource.of(
                        "logistics-network",
                        "Logistics network",
                        ResourceKind.PHYSICAL,
                        "platform"))
                .addResource(
                    Resource.of(
                        "inventory-management",
                        "Inventory management",
                        ResourceKind.INTELLECTUAL,
                        "platform"))
                .addResource(
                    Resource.of(
                        "platform-staff", "Human resources", ResourceKind.HUMAN, "platform"))
                .addResource(
                    Resource.of(
                        "sales-statistics", "Sales statistics", ResourceKind.DATA, "platform"))
                .build())
        .exchange(
            ValueExchange.builder()
                .from(before.exchange())
                .addExchange(
                    Exchange.builder()
                        .id("online-sales")
                        .provider("sme")
                        .recipient("online-customers")
                        .what(Exchanged.offering("online-food"))
                        .channel(Channel.PLATFORM)
                        .build())
                .addExchange(
                    Exchange.builder()
                        .id("online-payments")
                        .provider("online-customers")
                        .recipient("sme")
                        .what(Exchanged.item("payment"))
                        .channel(Channel.PLATFORM)
                        .build())
                .addExchange(
                    Exchange.builder()
                        .id("fertiliser-delivery")
                        .provider("sme")
                        .recipient("farmers")
                        .what(Exchanged.offering("fertiliser"))
                        .channel(Channel.DIRECT)
                        .build())
                .addExchange(
                    Exchange.builder()
                        .id("statistics")
                        .provider("platform")
                        .recipient("sme")
                        .what(Exchanged.item("sales statistics"))
                        .channel(Channel.PLATFORM)
                        .build())
                .build())
        .capture(
            ValueCapture.builder()
                .from(before.capture())
                .addRevenueStream(
                    RevenueStream.builder()
                        .id("online-revenue")
                        .payer("online-customers")
                        .mechanism(RevenueMechanism.SALE)
                        .build())
                .addCost(
                    CostItem.builder()
                        .id("platform-fee")
                        .name("Platform fee (assumption: no commission is reported)")
                        .build())
                .addValueShare(
                    ValueShare.builder()
                        .id("fertiliser-share")
                        .actor("farmers")
                        .kind(ValueKind.ENVIRONMENTAL)
                        .build())
                .build())
        .addActivity(
            Activity.builder()
                .id("online-shop")
                .name("Sell online on the platform")
                .kind(ActivityKind.SALES)
                .addResource("online-platform")
                .addResource("sales-statistics")
                .performer("sme")
                .mode(GovernanceMode.PLATFORM)
                .valueCreating(true)
                .build())
        .addActivity(
            Activity.builder()
                .id("logistics")
                .name("Deliver through the network")
                .kind(ActivityKind.LOGISTICS)
                .addResource("logistics-network")
                .performer("platform")
                .mode(GovernanceMode.PLATFORM)
                .valueCreating(true)
                .build())
        .addActivity(
            Activity.builder()
                .id("inventory")
                .name("Manage inventory")
                .kind(ActivityKind.PLATFORM_OPERATION)
                .addResource("inventory-management")
                .addResource("platform-staff")
                .performer("platform")
                .mode(GovernanceMode.PLATFORM)
                .valueCreating(true)
                .build())
        .addActivity(
            Activity.builder()
                .id("waste-recovery")
                .name("Turn waste into fertiliser and energy")
                .kind(ActivityKind.PRODUCTION)
                .addResource("kitchen")
                .performer("sme")
                .mode(GovernanceMode.IN_HOUSE)
                .valueCreating(true)
                .build())
        .build();
  }
}

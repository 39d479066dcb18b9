package org.bmi4j.core.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.bmi4j.core.analysis.ImpactAnalysis;
import org.bmi4j.core.json.BmiJson;
import org.bmi4j.core.json.DocumentType;
import org.bmi4j.core.model.Activity;
import org.bmi4j.core.model.ActivityKind;
import org.bmi4j.core.model.ActivityLink;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Channel;
import org.bmi4j.core.model.CoherenceFinding;
import org.bmi4j.core.model.CostItem;
import org.bmi4j.core.model.Exchange;
import org.bmi4j.core.model.Exchanged;
import org.bmi4j.core.model.Flow;
import org.bmi4j.core.model.GovernanceAssignment;
import org.bmi4j.core.model.GovernanceMode;
import org.bmi4j.core.model.IntegrityProblem;
import org.bmi4j.core.model.ModelIntegrityException;
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
import org.bmi4j.core.model.ValueFunction;
import org.bmi4j.core.model.ValueKind;
import org.bmi4j.core.model.ValueProposition;

/**
 * A first look at bmi4j's core: builds a small business model, prints a canvas-like summary, its
 * completeness, coherence and impact analysis, writes and reads it as JSON, and provokes integrity
 * problems on purpose. Run it with no arguments.
 *
 * <p>The model is illustrative, not a case from the sources: a food and beverage SME selling
 * through a regional digital platform, in the spirit of Bagnato &amp; Giordino.
 */
public final class ModelDemo {
  private ModelDemo() {}

  /** Runs the demo; takes no arguments. */
  public static void main(String[] args) {
    BusinessModel model = sampleModel();
    System.out.println("bmi4j core demo: a business model in four value functions");
    System.out.println("(illustrative model, not a case reported in the sources)");
    System.out.println();
    printSummary(model);

    System.out.println();
    System.out.println("Completeness: " + (model.completeness().isComplete()
        ? "all four value functions hold something"
        : "empty functions " + model.completeness().empty()));
    System.out.println("Coherence findings:" + (model.coherence().isEmpty() ? " none" : ""));
    for (CoherenceFinding finding : model.coherence()) {
      System.out.println("  " + finding);
    }

    ImpactAnalysis impact = ImpactAnalysis.standard();
    System.out.println();
    System.out.println("Changing EXCHANGE (a new online channel) asks to review: "
        + impact.toReview(EnumSet.of(ValueFunction.EXCHANGE)));
    System.out.println("Changing PROPOSITION asks to review: "
        + impact.toReview(EnumSet.of(ValueFunction.PROPOSITION)));

    String json = BmiJson.write(DocumentType.BUSINESS_MODEL, model);
    BusinessModel read = BmiJson.read(DocumentType.BUSINESS_MODEL, json);
    System.out.println();
    System.out.println("JSON: " + json.length() + " characters; read back equal: "
        + read.equals(model));

    System.out.println();
    System.out.println("Rejected on purpose: a duplicate actor id, an activity using an unknown"
        + " resource and left ungoverned, and a link from an activity to itself:");
    try {
      BusinessModel.builder()
          .id("broken")
          .name("A model with every problem reported at once")
          .addActor(Actor.of("sme", "Hill wines SME", ActorRole.FOCAL_FIRM, Sector.PRIVATE))
          .addActor(Actor.of("sme", "Hill wines again", ActorRole.PARTNER, Sector.PRIVATE))
          .addActivity(Activity.builder().id("bottling").name("Bottling")
              .kind(ActivityKind.PRODUCTION).addResource("bottling-line").build())
          .addLink(ActivityLink.of("bottling", "bottling", Flow.GOODS))
          .build();
    } catch (ModelIntegrityException e) {
      for (IntegrityProblem problem : e.problems()) {
        System.out.println("  " + problem);
      }
    }
  }

  static BusinessModel sampleModel() {
    return BusinessModel.builder()
        .id("wine-sme")
        .name("Hill wines on the regional platform")
        .addOwner("sme")
        .addActor(Actor.of("sme", "Hill wines SME", ActorRole.FOCAL_FIRM, Sector.PRIVATE))
        .addActor(Actor.of("platform", "Regional retail platform", ActorRole.PLATFORM,
            Sector.PRIVATE))
        .addActor(Actor.of("shoppers", "Online shoppers", ActorRole.CUSTOMER_SEGMENT,
            Sector.PRIVATE))
        .addActor(Actor.of("farmers", "Local farmers", ActorRole.BENEFICIARY, Sector.PRIVATE))
        .addMission(ValueKind.ECONOMIC)
        .addMission(ValueKind.ENVIRONMENTAL)
        .proposition(ValueProposition.builder()
            .addOffering(Offering.builder().id("wine").name("Regional wine")
                .addValueKind(ValueKind.ECONOMIC).addBeneficiary("shoppers").build())
            .addOffering(Offering.builder().id("fertiliser").name("Fertiliser from pomace")
                .addValueKind(ValueKind.ENVIRONMENTAL).addBeneficiary("farmers").build())
            .build())
        .creation(ValueCreation.builder()
            .addActivity("winemaking")
            .addResource(Resource.of("vineyard", "Vineyard", ResourceKind.PHYSICAL, "sme"))
            .addResource(Resource.of("logistics", "Logistics network", ResourceKind.PHYSICAL,
                "platform"))
            .addResource(Resource.of("sales-stats", "Sales statistics", ResourceKind.DATA,
                "platform"))
            .build())
        .exchange(ValueExchange.builder()
            .addExchange(Exchange.builder().id("wine-online").from("sme").to("shoppers")
                .what(Exchanged.offering("wine")).channel(Channel.PLATFORM).build())
            .addExchange(Exchange.builder().id("fertiliser-to-farms").from("sme").to("farmers")
                .what(Exchanged.offering("fertiliser")).channel(Channel.DIRECT).build())
            .build())
        .capture(ValueCapture.builder()
            .addRevenueStream(RevenueStream.builder().id("wine-sales").payer("shoppers")
                .mechanism(RevenueMechanism.SALE).build())
            .addCost(CostItem.builder().id("production").name("Production")
                .amount(Money.of("120000", "EUR")).build())
            .build())
        .addActivity(Activity.builder().id("winemaking").name("Winemaking")
            .kind(ActivityKind.PRODUCTION).addResource("vineyard").build())
        .addActivity(Activity.builder().id("delivery").name("Home delivery")
            .kind(ActivityKind.LOGISTICS).addResource("logistics").build())
        .addLink(ActivityLink.of("winemaking", "delivery", Flow.GOODS))
        .addGovernance(GovernanceAssignment.builder().activity("winemaking").performer("sme")
            .mode(GovernanceMode.IN_HOUSE).build())
        .addGovernance(GovernanceAssignment.builder().activity("delivery").performer("platform")
            .mode(GovernanceMode.PLATFORM).supervisor("sme").build())
        .build();
  }

  private static void printSummary(BusinessModel model) {
    System.out.println(model.name() + " (" + model.id() + ", version " + model.version() + ")");
    System.out.println("  missions:     " + model.missions());
    block("actors", model.actors().stream()
        .map(a -> a.name() + " [" + a.role() + "]").collect(Collectors.toList()));
    block("proposition", model.proposition().offerings().stream()
        .map(o -> o.name() + " " + o.valueKinds() + " for " + o.beneficiaries())
        .collect(Collectors.toList()));
    block("creation", model.creation().resources().stream()
        .map(r -> r.name() + " (" + r.kind() + ", from " + r.provider() + ")")
        .collect(Collectors.toList()));
    block("exchange", model.exchange().exchanges().stream()
        .map(e -> e.from() + " -> " + e.to() + " via " + e.channel())
        .collect(Collectors.toList()));
    block("capture", model.capture().revenueStreams().stream()
        .map(r -> r.mechanism() + " paid by " + r.payer()).collect(Collectors.toList()));
    block("content", model.activities().stream()
        .map(a -> a.name() + " [" + a.kind() + "]").collect(Collectors.toList()));
    block("structure", model.links().stream()
        .map(l -> l.from() + " -" + l.flow() + "-> " + l.to()).collect(Collectors.toList()));
    block("governance", model.governance().stream()
        .map(g -> g.activity() + ": " + g.performer() + " (" + g.mode() + ")")
        .collect(Collectors.toList()));
  }

  private static void block(String title, List<String> lines) {
    System.out.printf("  %-13s %s%n", title + ":", lines.isEmpty() ? "(empty)" : lines.get(0));
    for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
      System.out.printf("  %-13s %s%n", "", line);
    }
  }
}

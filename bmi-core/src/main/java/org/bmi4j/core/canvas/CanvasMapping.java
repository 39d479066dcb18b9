package org.bmi4j.core.canvas;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bmi4j.core.model.Activity;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Channel;
import org.bmi4j.core.model.CostItem;
import org.bmi4j.core.model.Exchange;
import org.bmi4j.core.model.Exchanged;
import org.bmi4j.core.model.GovernanceAssignment;
import org.bmi4j.core.model.Money;
import org.bmi4j.core.model.Offering;
import org.bmi4j.core.model.Reciprocity;
import org.bmi4j.core.model.Resource;
import org.bmi4j.core.model.RevenueStream;
import org.bmi4j.core.model.ValueKind;
import org.bmi4j.core.model.ValueShare;
import org.jspecify.annotations.Nullable;

/**
 * Maps a business model onto the canvas blocks as {@link BusinessModelCanvas} documents.
 *
 * <p>What goes where (library formalisation of the canvas's blocks for this model):
 *
 * <ul>
 *   <li>Channels are outbound: how offerings and items reach customer segments and beneficiaries,
 *       never the supplies or payments coming in.
 *   <li>Customer relationships come from the model's relationship data: co-creation (governance),
 *       how the segment pays (revenue mechanisms), value shares it receives, and who funds what it
 *       is given free ({@link BusinessModel#reciprocity()}); they never repeat the channels.
 *   <li>A social or environmental mission is shown in the value propositions block as the value the
 *       model delivers for it, after the social and environmental layers of the Triple Layered
 *       Business Model Canvas [Joyce &amp; Paquin 2016, J. Cleaner Production 135], which the
 *       canvas folds into the nine blocks rather than drawing as separate layers.
 *   <li>Actors of the owners' group (their parents and units) are named in the header, not as key
 *       partners.
 * </ul>
 */
final class CanvasMapping {
  private final BusinessModel model;
  private final Map<String, Actor> actors = new LinkedHashMap<>();
  private final Map<String, String> offeringNames = new LinkedHashMap<>();
  private final Map<String, String> activityNames = new LinkedHashMap<>();
  private final Set<String> segments = new LinkedHashSet<>();
  private @Nullable Map<String, List<GovernanceAssignment>> performed;
  private final Set<String> group = new LinkedHashSet<>();

  private CanvasMapping(BusinessModel model) {
    this.model = model;
    model.actors().forEach(a -> actors.put(a.id(), a));
    model.proposition().offerings().forEach(o -> offeringNames.put(o.id(), o.name()));
    model.activities().forEach(a -> activityNames.put(a.id(), a.name()));
    for (Actor actor : model.actors()) {
      if (!model.owners().contains(actor.id())
          && (actor.parent().filter(model.owners()::contains).isPresent()
              || model.owners().stream()
                  .anyMatch(
                      o ->
                          requireNonNull(actors.get(o))
                              .parent()
                              .filter(actor.id()::equals)
                              .isPresent()))) {
        group.add(actor.id());
      }
    }
    Set<String> beneficiaries = new LinkedHashSet<>();
    model.proposition().offerings().forEach(o -> beneficiaries.addAll(o.beneficiaries()));
    for (Actor actor : model.actors()) {
      boolean segmentRole =
          actor.hasRole(ActorRole.CUSTOMER_SEGMENT) || actor.hasRole(ActorRole.BENEFICIARY);
      if (!model.owners().contains(actor.id())
          && (segmentRole || beneficiaries.contains(actor.id()))) {
        segments.add(actor.id());
      }
    }
  }

  /**
   * The governance assignments each actor performs or co-performs, in model order: one pass over
   * the governance, built on first use.
   */
  private Map<String, List<GovernanceAssignment>> performed() {
    Map<String, List<GovernanceAssignment>> byActor = performed;
    if (byActor == null) {
      byActor = new HashMap<>();
      for (GovernanceAssignment assignment : model.governance()) {
        Set<String> performers = new LinkedHashSet<>();
        performers.add(assignment.performer());
        performers.addAll(assignment.coPerformers());
        for (String actor : performers) {
          byActor.computeIfAbsent(actor, k -> new ArrayList<>()).add(assignment);
        }
      }
      performed = byActor;
    }
    return byActor;
  }

  static BusinessModelCanvas canvas(BusinessModel model) {
    return new CanvasMapping(model).build();
  }

  private BusinessModelCanvas build() {
    ImmutableList.Builder<String> header = ImmutableList.builder();
    header.add("Model " + model.id() + ", version " + model.version());
    if (!model.owners().isEmpty()) {
      header.add("Owners: " + names(model.owners()));
    }
    if (!model.missions().isEmpty()) {
      header.add(
          "Missions: "
              + model.missions().stream()
                  .map(CanvasMapping::words)
                  .collect(Collectors.joining(", ")));
    }
    if (!model.goals().isEmpty()) {
      header.add("Goals: " + String.join("; ", model.goals()));
    }
    if (!group.isEmpty()) {
      header.add("Group: " + names(group));
    }
    ImmutableListMultimap.Builder<CanvasBlock, String> blocks = ImmutableListMultimap.builder();
    for (String id : segments) {
      Actor actor = requireNonNull(actors.get(id)); // a valid model's segment is an actor
      blocks.put(CanvasBlock.CUSTOMER_SEGMENTS, actor.name() + " (" + roles(actor) + ")");
    }
    for (Offering offering : model.proposition().offerings()) {
      blocks.put(CanvasBlock.VALUE_PROPOSITIONS, offering(offering));
    }
    missions(blocks);
    channels(blocks);
    relationships(blocks);
    for (RevenueStream stream : model.capture().revenueStreams()) {
      blocks.put(
          CanvasBlock.REVENUE_STREAMS,
          capitalised(words(stream.mechanism()))
              + " from "
              + name(stream.payer())
              + stream.amount().map(m -> ": " + money(m) + " " + words(stream.basis())).orElse(""));
    }
    Map<String, GovernanceAssignment> governance = new LinkedHashMap<>();
    model.governance().forEach(g -> governance.put(g.activity(), g));
    for (Activity activity : model.activities()) {
      // a valid model governs every activity
      GovernanceAssignment assignment = requireNonNull(governance.get(activity.id()));
      blocks.put(
          CanvasBlock.KEY_ACTIVITIES,
          activity.name()
              + " ("
              + words(activity.kind())
              + ") by "
              + name(assignment.performer())
              + "; "
              + words(assignment.mode())
              + " governance");
    }
    for (Resource resource : model.creation().resources()) {
      blocks.put(
          CanvasBlock.KEY_RESOURCES,
          resource.name() + " (" + words(resource.kind()) + ") from " + name(resource.provider()));
    }
    partners(blocks);
    for (CostItem cost : model.capture().costs()) {
      blocks.put(
          CanvasBlock.COST_STRUCTURE,
          cost.name()
              + cost.amount().map(m -> ": " + money(m) + " " + words(cost.basis())).orElse("")
              + cost.payee().map(p -> ", paid to " + name(p)).orElse(""));
    }
    for (ValueShare share : model.capture().valueShares()) {
      blocks.put(
          CanvasBlock.COST_STRUCTURE,
          "Value share to "
              + name(share.actor())
              + " ("
              + words(share.kind())
              + share.share().map(s -> ", " + percent(s)).orElse("")
              + ")");
    }
    return new BusinessModelCanvas(model.name(), header.build(), blocks.build());
  }

  private String offering(Offering offering) {
    StringBuilder text = new StringBuilder(offering.name());
    if (!offering.valueKinds().isEmpty()) {
      text.append(": ")
          .append(
              offering.valueKinds().stream()
                  .map(CanvasMapping::words)
                  .collect(Collectors.joining(" and ")))
          .append(" value");
    }
    if (!offering.beneficiaries().isEmpty()) {
      text.append(" for ").append(names(offering.beneficiaries()));
    }
    return text.toString();
  }

  private void channels(ImmutableListMultimap.Builder<CanvasBlock, String> blocks) {
    Map<Channel, Set<String>> byChannel = new LinkedHashMap<>();
    for (Channel channel : Channel.values()) {
      Set<String> flows = new LinkedHashSet<>();
      for (Exchange exchange : model.exchange().exchanges()) {
        if (exchange.channel() == channel && segments.contains(exchange.recipient())) {
          flows.add(
              what(exchange.what())
                  + " to "
                  + name(exchange.recipient())
                  + exchange.intermediary().map(i -> " via " + name(i)).orElse(""));
        }
      }
      if (!flows.isEmpty()) {
        byChannel.put(channel, flows);
      }
    }
    byChannel.forEach(
        (channel, flows) ->
            blocks.put(
                CanvasBlock.CHANNELS,
                capitalised(words(channel)) + ": " + String.join("; ", flows)));
  }

  private void relationships(ImmutableListMultimap.Builder<CanvasBlock, String> blocks) {
    for (String segment : segments) {
      List<String> parts = new ArrayList<>();
      for (GovernanceAssignment assignment : performed().getOrDefault(segment, List.of())) {
        parts.add(
            "co-creates "
                + activityNames.get(assignment.activity())
                + " ("
                + words(assignment.mode())
                + assignment.contractTerm().map(t -> ", term " + t).orElse("")
                + ")");
      }
      Set<String> mechanisms = new LinkedHashSet<>();
      for (RevenueStream stream : model.capture().revenueStreams()) {
        if (stream.payer().equals(segment)) {
          mechanisms.add(words(stream.mechanism()));
        }
      }
      if (!mechanisms.isEmpty()) {
        parts.add("pays by " + String.join(", ", mechanisms));
      }
      for (ValueShare share : model.capture().valueShares()) {
        if (share.actor().equals(segment)) {
          String kind = words(share.kind());
          parts.add(
              "receives "
                  + ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ")
                  + kind
                  + " value share");
        }
      }
      Set<String> funders = new LinkedHashSet<>();
      for (Reciprocity verdict : model.reciprocity()) {
        if (verdict.recipient().equals(segment)
            && verdict.basis() == Reciprocity.Basis.FUNDED_BY_THIRD_PARTY) {
          funders.addAll(verdict.payers());
        }
      }
      if (!funders.isEmpty()) {
        parts.add("served free, funded by " + names(funders));
      }
      if (!parts.isEmpty()) {
        blocks.put(
            CanvasBlock.CUSTOMER_RELATIONSHIPS, name(segment) + ": " + String.join("; ", parts));
      }
    }
  }

  /** The social and environmental missions and what delivers them [Joyce &amp; Paquin 2016]. */
  private void missions(ImmutableListMultimap.Builder<CanvasBlock, String> blocks) {
    for (ValueKind kind : model.missions()) {
      if (kind == ValueKind.ECONOMIC) {
        continue;
      }
      List<String> by = new ArrayList<>();
      for (Offering offering : model.proposition().offerings()) {
        if (offering.valueKinds().contains(kind) && !offering.beneficiaries().isEmpty()) {
          by.add(offering.name());
        }
      }
      for (ValueShare share : model.capture().valueShares()) {
        if (share.kind() == kind && share.share().map(f -> f.signum() > 0).orElse(true)) {
          by.add("value share to " + name(share.actor()));
        }
      }
      blocks.put(
          CanvasBlock.VALUE_PROPOSITIONS,
          capitalised(words(kind))
              + " mission: "
              + (by.isEmpty()
                  ? "delivered by nothing yet"
                  : "delivered by " + String.join(", ", by)));
    }
  }

  private void partners(ImmutableListMultimap.Builder<CanvasBlock, String> blocks) {
    Map<String, List<String>> provided = new HashMap<>();
    for (Resource resource : model.creation().resources()) {
      provided.computeIfAbsent(resource.provider(), k -> new ArrayList<>()).add(resource.name());
    }
    for (Actor actor : model.actors()) {
      boolean alsoPartner =
          actor.otherRoles().stream()
              .anyMatch(r -> r != ActorRole.CUSTOMER_SEGMENT && r != ActorRole.BENEFICIARY);
      if (model.owners().contains(actor.id())
          || group.contains(actor.id())
          || segments.contains(actor.id()) && !alsoPartner) {
        continue;
      }
      List<String> parts = new ArrayList<>();
      List<String> provides = provided.getOrDefault(actor.id(), List.of());
      if (!provides.isEmpty()) {
        parts.add("provides " + String.join(", ", provides));
      }
      List<String> performs =
          performed().getOrDefault(actor.id(), List.of()).stream()
              .map(g -> activityNames.get(g.activity()))
              .toList();
      if (!performs.isEmpty()) {
        parts.add("performs " + String.join(", ", performs));
      }
      blocks.put(
          CanvasBlock.KEY_PARTNERS,
          actor.name()
              + " ("
              + roles(actor)
              + ")"
              + (parts.isEmpty() ? "" : ": " + String.join("; ", parts)));
    }
  }

  /** Returns an actor's roles in words, main role first: "beneficiary, supplier". */
  private static String roles(Actor actor) {
    return actor.roles().stream().map(CanvasMapping::words).collect(Collectors.joining(", "));
  }

  private String what(Exchanged what) {
    if (what instanceof Exchanged.OfferingRef ref) {
      return requireNonNull(offeringNames.get(ref.offering()));
    }
    return ((Exchanged.Item) what).name();
  }

  private String name(String actorId) {
    return requireNonNull(actors.get(actorId)).name();
  }

  private String names(Iterable<String> actorIds) {
    List<String> names = new ArrayList<>();
    actorIds.forEach(id -> names.add(name(id)));
    return String.join(", ", names);
  }

  /**
   * Returns a constant in words: {@code PUBLIC_BODY} as {@code "public body"}, with the usual
   * spellings of {@code R_AND_D} ("R&D"), {@code IN_HOUSE} ("in-house") and {@code TRUST_BASED}
   * ("trust-based").
   */
  static String words(Enum<?> constant) {
    return switch (constant.name()) {
      case "R_AND_D" -> "R&D";
      case "IN_HOUSE" -> "in-house";
      case "TRUST_BASED" -> "trust-based";
      default -> Ascii.toLowerCase(constant.name()).replace('_', ' ');
    };
  }

  private static String capitalised(String text) {
    return Ascii.toUpperCase(text.substring(0, 1)) + text.substring(1);
  }

  private static String money(Money money) {
    return money.toString();
  }

  private static String percent(BigDecimal share) {
    return share.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }
}

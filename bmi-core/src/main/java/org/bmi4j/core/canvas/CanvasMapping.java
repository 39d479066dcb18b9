package org.bmi4j.core.canvas;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
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
import org.bmi4j.core.model.Resource;
import org.bmi4j.core.model.RevenueStream;
import org.bmi4j.core.model.ValueShare;

/** Maps a business model onto the canvas blocks as {@link BusinessModelCanvas} documents. */
final class CanvasMapping {
  private final BusinessModel model;
  private final Map<String, Actor> actors = new LinkedHashMap<>();
  private final Map<String, String> offeringNames = new LinkedHashMap<>();
  private final Map<String, String> activityNames = new LinkedHashMap<>();
  private final Set<String> segments = new LinkedHashSet<>();
  private Map<String, List<GovernanceAssignment>> performed;

  private CanvasMapping(BusinessModel model) {
    this.model = model;
    model.actors().forEach(a -> actors.put(a.id(), a));
    model.proposition().offerings().forEach(o -> offeringNames.put(o.id(), o.name()));
    model.activities().forEach(a -> activityNames.put(a.id(), a.name()));
    Set<String> beneficiaries = new LinkedHashSet<>();
    model.proposition().offerings().forEach(o -> beneficiaries.addAll(o.beneficiaries()));
    for (Actor actor : model.actors()) {
      boolean segmentRole =
          actor.role() == ActorRole.CUSTOMER_SEGMENT || actor.role() == ActorRole.BENEFICIARY;
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
    if (performed == null) {
      performed = new HashMap<>();
      for (GovernanceAssignment assignment : model.governance()) {
        Set<String> performers = new LinkedHashSet<>();
        performers.add(assignment.performer());
        performers.addAll(assignment.coPerformers());
        for (String actor : performers) {
          performed.computeIfAbsent(actor, k -> new ArrayList<>()).add(assignment);
        }
      }
    }
    return performed;
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
    ImmutableListMultimap.Builder<CanvasBlock, String> blocks = ImmutableListMultimap.builder();
    for (String id : segments) {
      Actor actor = actors.get(id);
      blocks.put(CanvasBlock.CUSTOMER_SEGMENTS, actor.name() + " (" + words(actor.role()) + ")");
    }
    for (Offering offering : model.proposition().offerings()) {
      blocks.put(CanvasBlock.VALUE_PROPOSITIONS, offering(offering));
    }
    channels(blocks);
    relationships(blocks);
    for (RevenueStream stream : model.capture().revenueStreams()) {
      blocks.put(
          CanvasBlock.REVENUE_STREAMS,
          capitalised(words(stream.mechanism()))
              + " from "
              + name(stream.payer())
              + stream.amount().map(m -> ": " + money(m)).orElse(""));
    }
    Map<String, GovernanceAssignment> governance = new LinkedHashMap<>();
    model.governance().forEach(g -> governance.put(g.activity(), g));
    for (Activity activity : model.activities()) {
      GovernanceAssignment assignment = governance.get(activity.id());
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
          cost.name() + cost.amount().map(m -> ": " + money(m)).orElse(""));
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
        if (exchange.channel() == channel) {
          flows.add(what(exchange.what()) + " to " + name(exchange.to()));
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
    Map<String, Set<Channel>> channelsTo = new HashMap<>();
    for (Exchange exchange : model.exchange().exchanges()) {
      channelsTo
          .computeIfAbsent(exchange.to(), k -> EnumSet.noneOf(Channel.class))
          .add(exchange.channel());
    }
    for (String segment : segments) {
      List<String> parts = new ArrayList<>();
      for (GovernanceAssignment assignment : performed().getOrDefault(segment, List.of())) {
        parts.add(
            "co-creates "
                + activityNames.get(assignment.activity())
                + " ("
                + words(assignment.mode())
                + ")");
      }
      Set<Channel> channels = channelsTo.getOrDefault(segment, Set.of());
      if (!channels.isEmpty()) {
        parts.add(
            (channels.size() == 1 ? "channel " : "channels ")
                + channels.stream().map(CanvasMapping::words).collect(Collectors.joining(", ")));
      }
      if (!parts.isEmpty()) {
        blocks.put(
            CanvasBlock.CUSTOMER_RELATIONSHIPS, name(segment) + ": " + String.join("; ", parts));
      }
    }
  }

  private void partners(ImmutableListMultimap.Builder<CanvasBlock, String> blocks) {
    Map<String, List<String>> provided = new HashMap<>();
    for (Resource resource : model.creation().resources()) {
      provided.computeIfAbsent(resource.provider(), k -> new ArrayList<>()).add(resource.name());
    }
    for (Actor actor : model.actors()) {
      if (model.owners().contains(actor.id()) || segments.contains(actor.id())) {
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
              + words(actor.role())
              + ")"
              + (parts.isEmpty() ? "" : ": " + String.join("; ", parts)));
    }
  }

  private String what(Exchanged what) {
    if (what instanceof Exchanged.OfferingRef ref) {
      return offeringNames.get(ref.offering());
    }
    return ((Exchanged.Item) what).name();
  }

  private String name(String actorId) {
    return actors.get(actorId).name();
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

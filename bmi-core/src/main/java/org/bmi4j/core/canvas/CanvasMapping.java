package org.bmi4j.core.canvas;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Ascii;
import com.google.common.collect.LinkedHashMultimap;
import com.google.common.collect.ListMultimap;
import com.google.common.collect.Maps;
import com.google.common.collect.Multimaps;
import com.google.common.collect.SetMultimap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bmi4j.core.model.Activity;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Channel;
import org.bmi4j.core.model.CostItem;
import org.bmi4j.core.model.Exchange;
import org.bmi4j.core.model.Exchanged;
import org.bmi4j.core.model.Offering;
import org.bmi4j.core.model.Reciprocity;
import org.bmi4j.core.model.Resource;
import org.bmi4j.core.model.RevenueStream;
import org.bmi4j.core.model.ValueKind;
import org.bmi4j.core.model.ValueShare;

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
  // each actor by id, with the key activities it performs or co-performs: one lookup per actor
  // named, whether for the actor or for its activities
  private final Map<String, Placed> actors;
  private final Map<String, String> offeringNames;
  private final Set<String> segments = new LinkedHashSet<>();
  private final Set<String> group = new LinkedHashSet<>();

  private CanvasMapping(BusinessModel model) {
    this.model = model;
    // sized once, so that a large model's maps are not rehashed as they fill
    actors = Maps.newLinkedHashMapWithExpectedSize(model.actors().size());
    offeringNames = Maps.newLinkedHashMapWithExpectedSize(model.proposition().offerings().size());
    model.actors().forEach(a -> actors.put(a.id(), new Placed(a)));
    model.proposition().offerings().forEach(o -> offeringNames.put(o.id(), o.name()));
    for (Actor actor : model.actors()) {
      if (!model.owners().contains(actor.id())
          && (actor.parent().filter(model.owners()::contains).isPresent()
              || model.owners().stream()
                  .anyMatch(o -> actor(o).parent().filter(actor.id()::equals).isPresent()))) {
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

  static BusinessModelCanvas canvas(BusinessModel model) {
    return new CanvasMapping(model).build();
  }

  private BusinessModelCanvas build() {
    CanvasHeader header =
        new CanvasHeader(
            model.id(),
            model.version(),
            actors(model.owners()),
            model.missions(),
            model.goals(),
            actors(group));
    // sized for every item the canvas can hold, so that the list is not copied as it grows
    List<CanvasItem> items =
        new ArrayList<>(
            2 * model.actors().size()
                + model.proposition().offerings().size()
                + model.capture().valueShares().size()
                + model.missions().size()
                + Channel.values().length
                + model.activities().size()
                + model.capture().revenueStreams().size()
                + model.creation().resources().size()
                + model.capture().costs().size());
    for (String id : segments) {
      items.add(new CanvasItem.Segment(actor(id)));
    }
    Map<String, CanvasItem.Proposition> propositions = new LinkedHashMap<>();
    for (Offering offering : model.proposition().offerings()) {
      CanvasItem.Proposition proposition =
          new CanvasItem.Proposition(
              offering.id(),
              offering.name(),
              offering.valueKinds(),
              actors(offering.beneficiaries()));
      propositions.put(offering.id(), proposition);
      items.add(proposition);
    }
    List<CanvasItem.ValueShareGiven> shares = new ArrayList<>();
    for (ValueShare share : model.capture().valueShares()) {
      shares.add(
          new CanvasItem.ValueShareGiven(
              share.id(), actor(share.actor()), share.kind(), share.share()));
    }
    missions(items, propositions.values(), shares);
    channels(items);
    List<CanvasItem.KeyActivity> activities = keyActivities();
    List<CanvasItem.Revenue> revenues = new ArrayList<>();
    for (RevenueStream stream : model.capture().revenueStreams()) {
      revenues.add(
          new CanvasItem.Revenue(
              stream.id(),
              stream.mechanism(),
              actor(stream.payer()),
              stream.amount(),
              stream.basis()));
    }
    relationships(items, revenues, shares);
    items.addAll(revenues);
    items.addAll(activities);
    List<CanvasItem.KeyResource> resources = new ArrayList<>();
    for (Resource resource : model.creation().resources()) {
      resources.add(
          new CanvasItem.KeyResource(
              resource.id(), resource.name(), resource.kind(), actor(resource.provider())));
    }
    items.addAll(resources);
    partners(items, resources);
    for (CostItem cost : model.capture().costs()) {
      items.add(
          new CanvasItem.Cost(
              cost.id(), cost.name(), cost.amount(), cost.basis(), cost.payee().map(this::actor)));
    }
    items.addAll(shares);
    return new BusinessModelCanvas(model.name(), header, items);
  }

  /**
   * The key activities in model order, each with its governance, read from the activity itself (its
   * governance assignment is a view of the same declaration); records, in one pass, which actors
   * perform or co-perform each one.
   */
  private List<CanvasItem.KeyActivity> keyActivities() {
    List<Activity> declared = model.activities();
    List<CanvasItem.KeyActivity> activities = new ArrayList<>(declared.size());
    for (Activity activity : declared) {
      // a valid model governs every activity: it names a performer and a mode
      String performer = activity.performer().orElseThrow();
      Placed performing = placed(performer);
      CanvasItem.KeyActivity item =
          new CanvasItem.KeyActivity(
              activity.id(),
              activity.name(),
              activity.kind(),
              performing.actor,
              activity.mode().orElseThrow(),
              activity.contractTerm());
      activities.add(item);
      performing.add(item);
      for (String coPerformer : activity.coPerformers()) {
        if (!coPerformer.equals(performer)) {
          placed(coPerformer).add(item);
        }
      }
    }
    return activities;
  }

  /** The channels in {@code Channel} order, each with its deliveries in exchange order. */
  private void channels(List<CanvasItem> items) {
    // one pass over the exchanges, so each is read once whatever the number of channels
    Map<Channel, Set<CanvasItem.Delivery>> byChannel = new EnumMap<>(Channel.class);
    for (Exchange exchange : model.exchange().exchanges()) {
      if (segments.contains(exchange.recipient())) {
        byChannel
            .computeIfAbsent(exchange.channel(), c -> new LinkedHashSet<>())
            .add(
                new CanvasItem.Delivery(
                    exchange.what(),
                    what(exchange.what()),
                    actor(exchange.recipient()),
                    exchange.intermediary().map(this::actor)));
      }
    }
    byChannel.forEach(
        (channel, deliveries) -> items.add(new CanvasItem.ChannelUse(channel, deliveries)));
  }

  private void relationships(
      List<CanvasItem> items,
      List<CanvasItem.Revenue> revenues,
      List<CanvasItem.ValueShareGiven> shares) {
    // each indexed once by actor, so the canvas stays linear in the model's size
    ListMultimap<String, CanvasItem.Revenue> paidBy =
        Multimaps.index(revenues, revenue -> revenue.payer().id());
    ListMultimap<String, CanvasItem.ValueShareGiven> receivedBy =
        Multimaps.index(shares, share -> share.recipient().id());
    SetMultimap<String, String> fundersOf = LinkedHashMultimap.create();
    for (Reciprocity verdict : model.reciprocity()) {
      if (verdict.basis() == Reciprocity.Basis.FUNDED_BY_THIRD_PARTY) {
        fundersOf.putAll(verdict.recipient(), verdict.payers());
      }
    }
    for (String segment : segments) {
      List<CanvasItem.KeyActivity> coCreates = placed(segment).performs;
      List<CanvasItem.Revenue> pays = paidBy.get(segment);
      List<CanvasItem.ValueShareGiven> receives = receivedBy.get(segment);
      Set<String> funders = fundersOf.get(segment);
      if (!coCreates.isEmpty() || !pays.isEmpty() || !receives.isEmpty() || !funders.isEmpty()) {
        items.add(
            new CanvasItem.Relationship(
                actor(segment), coCreates, pays, receives, actors(funders)));
      }
    }
  }

  /** The social and environmental missions and what delivers them [Joyce &amp; Paquin 2016]. */
  private void missions(
      List<CanvasItem> items,
      Collection<CanvasItem.Proposition> propositions,
      List<CanvasItem.ValueShareGiven> shares) {
    for (ValueKind kind : model.missions()) {
      if (kind == ValueKind.ECONOMIC) {
        continue;
      }
      items.add(
          new CanvasItem.Mission(
              kind,
              propositions.stream()
                  .filter(p -> p.valueKinds().contains(kind) && !p.beneficiaries().isEmpty())
                  .toList(),
              shares.stream()
                  .filter(
                      s -> s.kind() == kind && s.fraction().map(f -> f.signum() > 0).orElse(true))
                  .toList()));
    }
  }

  private void partners(List<CanvasItem> items, List<CanvasItem.KeyResource> resources) {
    Map<String, List<CanvasItem.KeyResource>> provided = new HashMap<>();
    for (CanvasItem.KeyResource resource : resources) {
      provided.computeIfAbsent(resource.provider().id(), k -> new ArrayList<>()).add(resource);
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
      items.add(
          new CanvasItem.Partner(
              actor, provided.getOrDefault(actor.id(), List.of()), placed(actor.id()).performs));
    }
  }

  private String what(Exchanged what) {
    if (what instanceof Exchanged.OfferingRef ref) {
      return requireNonNull(offeringNames.get(ref.offering()));
    }
    return ((Exchanged.Item) what).name();
  }

  private Actor actor(String actorId) {
    return placed(actorId).actor;
  }

  private Placed placed(String actorId) {
    return requireNonNull(actors.get(actorId)); // a valid model names only its actors
  }

  /** An actor of the model with the key activities it performs or co-performs, in model order. */
  private static final class Placed {
    final Actor actor;
    List<CanvasItem.KeyActivity> performs = List.of();

    Placed(Actor actor) {
      this.actor = actor;
    }

    void add(CanvasItem.KeyActivity activity) {
      if (performs.isEmpty()) {
        performs = new ArrayList<>();
      }
      performs.add(activity);
    }
  }

  private List<Actor> actors(Iterable<String> actorIds) {
    List<Actor> named = new ArrayList<>();
    actorIds.forEach(id -> named.add(actor(id)));
    return named;
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

  /** Returns a text with its first character in upper case: "direct" as "Direct". */
  static String capitalised(String text) {
    return Ascii.toUpperCase(text.substring(0, 1)) + text.substring(1);
  }
}

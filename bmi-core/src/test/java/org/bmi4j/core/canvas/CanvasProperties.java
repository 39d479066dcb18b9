package org.bmi4j.core.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bmi4j.core.canvas.SvgLayout.Placed;
import org.bmi4j.core.model.Activity;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Channel;
import org.bmi4j.core.model.CostItem;
import org.bmi4j.core.model.Exchange;
import org.bmi4j.core.model.Offering;
import org.bmi4j.core.model.Resource;
import org.bmi4j.core.model.RevenueStream;
import org.bmi4j.core.model.ValueKind;
import org.bmi4j.core.model.ValueShare;
import org.bmi4j.core.testing.ModelArbitraries;

/** Properties of the canvas view of any business model. */
class CanvasProperties {
  @Provide
  Arbitrary<BusinessModel> models() {
    return ModelArbitraries.businessModels();
  }

  /**
   * Every item of every block appears in both views, in its block and in order: in the HTML, the
   * block's i-th entry holds the item's text (wrapped, so without its spaces); in the Markdown, the
   * block's section lists exactly the items' escaped texts.
   */
  @Property(tries = 200)
  void everyItemOfEveryBlockAppearsInBothViewsInItsBlock(@ForAll("models") BusinessModel model)
      throws Exception {
    BusinessModelCanvas canvas = BusinessModelCanvas.of(model);
    SvgLayout layout = SvgLayout.of(canvas.toHtml());
    String[] sections = canvas.toMarkdown().split("\n## ", -1);
    assertEquals(CanvasBlock.values().length + 1, sections.length);
    for (CanvasBlock block : CanvasBlock.values()) {
      List<CanvasItem> items = canvas.items(block);
      List<List<Placed>> entries = layout.block(block).entries();
      assertEquals(items.size(), entries.size(), block::name);
      List<String> listed = new ArrayList<>();
      for (String line : sections[block.ordinal() + 1].split("\n")) {
        if (line.startsWith("- ")) {
          listed.add(line.substring(2));
        }
      }
      assertEquals(
          items.stream().map(i -> CanvasMarkdown.escape(i.text())).toList(), listed, block::name);
      for (int i = 0; i < items.size(); i++) {
        String drawn = entries.get(i).stream().map(Placed::text).collect(Collectors.joining());
        assertEquals(
            CanvasHtml.valid(items.get(i).text()).replaceAll("\\s", ""),
            drawn.replaceAll("\\s", ""),
            block + ": " + items.get(i));
      }
    }
  }

  /** Every item stands in its block, and {@code items(kind)} is the items of that kind in order. */
  @Property
  void everyItemStandsInItsBlockAndTheKindsPartitionTheItems(
      @ForAll("models") BusinessModel model) {
    BusinessModelCanvas canvas = BusinessModelCanvas.of(model);
    List<CanvasItem> byBlock = new ArrayList<>();
    for (CanvasBlock block : CanvasBlock.values()) {
      for (CanvasItem item : canvas.items(block)) {
        assertEquals(block, item.block(), item::toString);
        byBlock.add(item);
      }
    }
    assertEquals(canvas.items(), byBlock, "the items come block by block");
    Set<Class<?>> kinds = new LinkedHashSet<>();
    canvas.items().forEach(i -> kinds.add(i.getClass()));
    int counted = 0;
    for (Class<?> kind : kinds) {
      List<? extends CanvasItem> ofKind = canvas.items(kind.asSubclass(CanvasItem.class));
      assertEquals(canvas.items().stream().filter(kind::isInstance).toList(), ofKind);
      counted += ofKind.size();
    }
    assertEquals(canvas.items().size(), counted);
  }

  /**
   * An item's typed parts agree with the model: each element's item carries its id, name, kind,
   * amount (the model's own {@code Money}) and basis, and every actor an item names is the model's
   * actor of that id, with its name and roles.
   */
  @Property
  void everyItemsTypedPartsAgreeWithTheModel(@ForAll("models") BusinessModel model) {
    BusinessModelCanvas canvas = BusinessModelCanvas.of(model);
    Map<String, Actor> actors =
        model.actors().stream().collect(Collectors.toMap(Actor::id, Function.identity()));
    Function<Actor, Actor> same =
        actor -> {
          assertEquals(actors.get(actor.id()), actor, "the model's actor " + actor.id());
          return actor;
        };

    List<CanvasItem.Proposition> propositions = canvas.items(CanvasItem.Proposition.class);
    assertEquals(model.proposition().offerings().size(), propositions.size());
    for (int i = 0; i < propositions.size(); i++) {
      Offering offering = model.proposition().offerings().get(i);
      CanvasItem.Proposition item = propositions.get(i);
      assertEquals(offering.id(), item.offering());
      assertEquals(offering.name(), item.name());
      assertEquals(offering.valueKinds(), item.valueKinds());
      assertEquals(List.copyOf(offering.beneficiaries()), ids(item.beneficiaries(), same));
    }

    List<CanvasItem.Revenue> revenues = canvas.items(CanvasItem.Revenue.class);
    assertEquals(model.capture().revenueStreams().size(), revenues.size());
    for (int i = 0; i < revenues.size(); i++) {
      RevenueStream stream = model.capture().revenueStreams().get(i);
      CanvasItem.Revenue item = revenues.get(i);
      assertEquals(stream.id(), item.stream());
      assertEquals(stream.mechanism(), item.mechanism());
      assertEquals(stream.payer(), same.apply(item.payer()).id());
      assertEquals(stream.amount(), item.amount());
      assertEquals(stream.basis(), item.basis());
    }

    List<CanvasItem.KeyActivity> activities = canvas.items(CanvasItem.KeyActivity.class);
    assertEquals(model.activities().size(), activities.size());
    for (int i = 0; i < activities.size(); i++) {
      Activity activity = model.activities().get(i);
      CanvasItem.KeyActivity item = activities.get(i);
      assertEquals(activity.id(), item.activity());
      assertEquals(activity.name(), item.name());
      assertEquals(activity.kind(), item.kind());
      assertEquals(activity.performer(), Optional.of(same.apply(item.performer()).id()));
      assertEquals(activity.mode(), Optional.of(item.mode()));
      assertEquals(activity.contractTerm(), item.contractTerm());
    }

    List<CanvasItem.KeyResource> resources = canvas.items(CanvasItem.KeyResource.class);
    assertEquals(model.creation().resources().size(), resources.size());
    for (int i = 0; i < resources.size(); i++) {
      Resource resource = model.creation().resources().get(i);
      CanvasItem.KeyResource item = resources.get(i);
      assertEquals(resource.id(), item.resource());
      assertEquals(resource.name(), item.name());
      assertEquals(resource.kind(), item.kind());
      assertEquals(resource.provider(), same.apply(item.provider()).id());
    }

    List<CanvasItem.Cost> costs = canvas.items(CanvasItem.Cost.class);
    assertEquals(model.capture().costs().size(), costs.size());
    for (int i = 0; i < costs.size(); i++) {
      CostItem cost = model.capture().costs().get(i);
      CanvasItem.Cost item = costs.get(i);
      assertEquals(cost.id(), item.cost());
      assertEquals(cost.name(), item.name());
      assertEquals(cost.amount(), item.amount());
      assertEquals(cost.basis(), item.basis());
      assertEquals(cost.payee(), item.payee().map(same).map(Actor::id));
    }

    List<CanvasItem.ValueShareGiven> shares = canvas.items(CanvasItem.ValueShareGiven.class);
    assertEquals(model.capture().valueShares().size(), shares.size());
    for (int i = 0; i < shares.size(); i++) {
      ValueShare share = model.capture().valueShares().get(i);
      CanvasItem.ValueShareGiven item = shares.get(i);
      assertEquals(share.id(), item.share());
      assertEquals(share.actor(), same.apply(item.recipient()).id());
      assertEquals(share.kind(), item.kind());
      assertEquals(share.share(), item.fraction());
    }

    List<ValueKind> missions =
        model.missions().stream().filter(k -> k != ValueKind.ECONOMIC).toList();
    assertEquals(
        missions,
        canvas.items(CanvasItem.Mission.class).stream().map(CanvasItem.Mission::kind).toList());
    for (CanvasItem.Mission mission : canvas.items(CanvasItem.Mission.class)) {
      assertTrue(mission.offerings().stream().allMatch(propositions::contains));
      assertTrue(
          mission.offerings().stream().allMatch(p -> p.valueKinds().contains(mission.kind())));
      assertTrue(mission.valueShares().stream().allMatch(shares::contains));
      assertTrue(mission.valueShares().stream().allMatch(s -> s.kind() == mission.kind()));
    }

    List<String> segments =
        canvas.items(CanvasItem.Segment.class).stream()
            .map(s -> same.apply(s.actor()).id())
            .toList();
    for (CanvasItem.ChannelUse use : canvas.items(CanvasItem.ChannelUse.class)) {
      for (CanvasItem.Delivery delivery : use.deliveries()) {
        assertTrue(segments.contains(same.apply(delivery.recipient()).id()));
        delivery.intermediary().ifPresent(same::apply);
        assertTrue(
            model.exchange().exchanges().stream()
                .anyMatch(
                    e ->
                        e.channel() == use.channel()
                            && e.what().equals(delivery.what())
                            && e.recipient().equals(delivery.recipient().id())
                            && e.intermediary().equals(delivery.intermediary().map(Actor::id))),
            delivery::toString);
      }
    }
    for (Exchange exchange : model.exchange().exchanges()) {
      if (segments.contains(exchange.recipient())) {
        assertTrue(
            canvas.items(CanvasItem.ChannelUse.class).stream()
                .anyMatch(
                    u ->
                        u.channel() == exchange.channel()
                            && u.deliveries().stream()
                                .anyMatch(
                                    d ->
                                        d.what().equals(exchange.what())
                                            && d.recipient().id().equals(exchange.recipient()))),
            exchange::toString);
      }
    }

    for (CanvasItem.Relationship relationship : canvas.items(CanvasItem.Relationship.class)) {
      String segment = same.apply(relationship.segment()).id();
      assertTrue(segments.contains(segment));
      for (CanvasItem.KeyActivity activity : relationship.coCreates()) {
        assertTrue(activities.contains(activity));
        Activity performed =
            model.activities().stream()
                .filter(a -> a.id().equals(activity.activity()))
                .findFirst()
                .orElseThrow();
        assertTrue(
            performed.performer().orElseThrow().equals(segment)
                || performed.coPerformers().contains(segment));
      }
      assertEquals(
          revenues.stream().filter(r -> r.payer().id().equals(segment)).toList(),
          relationship.pays());
      assertEquals(
          shares.stream().filter(s -> s.recipient().id().equals(segment)).toList(),
          relationship.receives());
      relationship.fundedBy().forEach(same::apply);
    }

    for (CanvasItem.Partner partner : canvas.items(CanvasItem.Partner.class)) {
      String id = same.apply(partner.actor()).id();
      assertEquals(
          resources.stream().filter(r -> r.provider().id().equals(id)).toList(),
          partner.provides());
      assertTrue(activities.containsAll(partner.performs()));
    }
    canvas.header().owners().forEach(same::apply);
    canvas.header().group().forEach(same::apply);
    assertEquals(List.copyOf(model.owners()), ids(canvas.header().owners(), same));
    assertEquals(model.id(), canvas.header().model());
    assertEquals(model.version(), canvas.header().version());
    assertEquals(model.missions(), canvas.header().missions());
    assertEquals(model.goals(), canvas.header().goals());
  }

  private static List<String> ids(List<Actor> actors, Function<Actor, Actor> same) {
    return actors.stream().map(same).map(Actor::id).toList();
  }

  /**
   * Every actor has its place: an owner among the owners, a unit or parent of an owner in the
   * group, any other actor once among the segments or the partners, and among both only when it
   * plays a partner's role besides a segment's. Read by the items' actors, so actors that share a
   * name are told apart by id.
   */
  @Property
  void everyActorHasItsPlaceAmongOwnersGroupSegmentsAndPartners(
      @ForAll("models") BusinessModel model) {
    BusinessModelCanvas canvas = BusinessModelCanvas.of(model);
    for (Actor actor : model.actors()) {
      List<String> places = new ArrayList<>();
      if (canvas.header().owners().contains(actor)) {
        places.add("owners");
      }
      if (canvas.items(CanvasItem.Segment.class).stream().anyMatch(s -> s.actor().equals(actor))) {
        places.add("segments");
      }
      if (canvas.items(CanvasItem.Partner.class).stream().anyMatch(p -> p.actor().equals(actor))) {
        places.add("partners");
      }
      assertEquals(model.owners().contains(actor.id()), places.contains("owners"));
      if (places.isEmpty()) {
        assertTrue(
            canvas.header().group().contains(actor), () -> actor + " has no place: " + canvas);
      } else if (places.size() == 2) {
        assertEquals(List.of("segments", "partners"), places, actor::toString);
        assertTrue(
            actor.otherRoles().stream()
                .anyMatch(r -> r != ActorRole.CUSTOMER_SEGMENT && r != ActorRole.BENEFICIARY),
            actor::toString);
      } else {
        assertEquals(1, places.size(), () -> actor + " " + places);
      }
    }
  }

  /**
   * A segment's relationship lists exactly the key activities the segment performs or co-performs,
   * and a partner exactly those it performs or co-performs, each once and in model order; a segment
   * that co-creates none and has no other tie has no relationship.
   */
  @Property
  void relationshipsAndPartnersListEveryActivityTheActorPerformsOnceInModelOrder(
      @ForAll("models") BusinessModel model) {
    BusinessModelCanvas canvas = BusinessModelCanvas.of(model);
    Map<String, CanvasItem.KeyActivity> byId =
        canvas.items(CanvasItem.KeyActivity.class).stream()
            .collect(Collectors.toMap(CanvasItem.KeyActivity::activity, Function.identity()));
    Function<String, List<CanvasItem.KeyActivity>> performedBy =
        actor ->
            model.activities().stream()
                .filter(
                    a ->
                        a.performer().orElseThrow().equals(actor)
                            || a.coPerformers().contains(actor))
                .map(a -> byId.get(a.id()))
                .toList();
    for (CanvasItem.Relationship relationship : canvas.items(CanvasItem.Relationship.class)) {
      assertEquals(
          performedBy.apply(relationship.segment().id()),
          relationship.coCreates(),
          relationship::toString);
    }
    Set<String> related =
        canvas.items(CanvasItem.Relationship.class).stream()
            .map(r -> r.segment().id())
            .collect(Collectors.toSet());
    for (CanvasItem.Segment segment : canvas.items(CanvasItem.Segment.class)) {
      if (!related.contains(segment.actor().id())) {
        assertEquals(List.of(), performedBy.apply(segment.actor().id()), segment::toString);
      }
    }
    for (CanvasItem.Partner partner : canvas.items(CanvasItem.Partner.class)) {
      assertEquals(performedBy.apply(partner.actor().id()), partner.performs(), partner::toString);
    }
  }

  /**
   * The channels block lists each channel used towards a segment once, in {@code Channel} order,
   * with its distinct deliveries in exchange order.
   */
  @Property
  void eachChannelIsListedOnceInChannelOrderWithItsDeliveriesInExchangeOrder(
      @ForAll("models") BusinessModel model) {
    BusinessModelCanvas canvas = BusinessModelCanvas.of(model);
    Set<String> segments =
        canvas.items(CanvasItem.Segment.class).stream()
            .map(s -> s.actor().id())
            .collect(Collectors.toSet());
    List<CanvasItem.ChannelUse> uses = canvas.items(CanvasItem.ChannelUse.class);
    List<Channel> expected = new ArrayList<>();
    for (Channel channel : Channel.values()) {
      List<List<Object>> deliveries =
          model.exchange().exchanges().stream()
              .filter(e -> e.channel() == channel && segments.contains(e.recipient()))
              .map(e -> List.<Object>of(e.what(), e.recipient(), e.intermediary()))
              .distinct()
              .toList();
      if (!deliveries.isEmpty()) {
        expected.add(channel);
        CanvasItem.ChannelUse use = uses.get(expected.size() - 1);
        assertEquals(channel, use.channel());
        assertEquals(
            deliveries,
            use.deliveries().stream()
                .map(
                    d ->
                        List.<Object>of(
                            d.what(), d.recipient().id(), d.intermediary().map(Actor::id)))
                .toList());
      }
    }
    assertEquals(expected, uses.stream().map(CanvasItem.ChannelUse::channel).toList());
  }

  @Property
  void theMarkdownHasEveryBlockOnceInCanvasOrder(@ForAll("models") BusinessModel model) {
    String markdown = BusinessModelCanvas.of(model).toMarkdown();
    int at = 0;
    for (CanvasBlock block : CanvasBlock.values()) {
      int next = markdown.indexOf("\n## " + block.title() + "\n", at);
      assertTrue(next >= at, block::name);
      at = next + 1;
    }
    assertEquals(CanvasBlock.values().length, markdown.split("\n## ", -1).length - 1);
  }
}

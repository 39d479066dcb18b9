package org.bmi4j.core.analysis;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bmi4j.core.model.Activity;
import org.bmi4j.core.model.ActivityLink;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.CostItem;
import org.bmi4j.core.model.DesignElement;
import org.bmi4j.core.model.Exchange;
import org.bmi4j.core.model.GovernanceAssignment;
import org.bmi4j.core.model.Offering;
import org.bmi4j.core.model.Resource;
import org.bmi4j.core.model.RevenueStream;
import org.bmi4j.core.model.ValueFunction;
import org.bmi4j.core.model.ValueKind;
import org.bmi4j.core.model.ValueShare;

/**
 * What {@link BusinessModelDiff} must give, computed the plainest way, as the diff did before it
 * matched elements by walking both models in order (issue 14): each model's elements in a keyed map
 * in {@link ElementKind} then model order, every element looked up in the other map, what an
 * element touches found by scanning the model. Slow and obviously right; the oracle of {@link
 * DiffOracleProperties}.
 */
final class DiffOracle {
  private DiffOracle() {}

  /** Everything a diff reports, in its order. */
  record Expected(
      List<ElementChange> removed,
      List<ElementChange> changed,
      List<ElementChange> added,
      List<ElementChange> changes,
      List<ChangeGroup> changeGroups,
      List<ElementKey> beforeKeys,
      List<ElementKey> afterKeys,
      List<ElementKey> beforeUnits,
      List<ElementKey> afterUnits,
      double similarity,
      double retention) {}

  /** What the diff as a whole reports, in the form of {@link Expected}. */
  static Expected of(BusinessModelDiff diff) {
    return new Expected(
        diff.removed(),
        diff.changed(),
        diff.added(),
        diff.changes(),
        diff.changeGroups(),
        diff.beforeKeys().asList(),
        diff.afterKeys().asList(),
        diff.beforeUnits().asList(),
        diff.afterUnits().asList(),
        diff.similarity(),
        diff.retention());
  }

  /** The diff from {@code before} to {@code after}, by maps and lookups. */
  static Expected expected(BusinessModel before, BusinessModel after) {
    Map<ElementKey, Object> was = elements(before);
    Map<ElementKey, Object> is = elements(after);
    List<ElementChange> removed = new ArrayList<>();
    List<ElementChange> changed = new ArrayList<>();
    List<ElementChange> added = new ArrayList<>();
    List<ElementChange> changes = new ArrayList<>();
    for (Map.Entry<ElementKey, Object> element : was.entrySet()) {
      Object now = is.get(element.getKey());
      if (now == null) {
        ElementChange change = change(element.getKey(), element.getValue(), null, before, after);
        removed.add(change);
        changes.add(change);
      } else if (!now.equals(element.getValue())) {
        ElementChange change = change(element.getKey(), element.getValue(), now, before, after);
        changed.add(change);
        changes.add(change);
      }
    }
    for (Map.Entry<ElementKey, Object> element : is.entrySet()) {
      if (!was.containsKey(element.getKey())) {
        ElementChange change = change(element.getKey(), null, element.getValue(), before, after);
        added.add(change);
        changes.add(change);
      }
    }
    List<ElementKey> beforeUnits = units(was.keySet());
    List<ElementKey> afterUnits = units(is.keySet());
    Map<ElementKey, List<ElementChange>> groups = new LinkedHashMap<>();
    for (ElementChange change : changes) {
      groups.computeIfAbsent(unit(change), unit -> new ArrayList<>()).add(change);
    }
    List<ChangeGroup> changeGroups = new ArrayList<>();
    groups.forEach(
        (unit, parts) ->
            changeGroups.add(
                new ChangeGroup(
                    unit, !beforeUnits.contains(unit), !afterUnits.contains(unit), parts)));
    long shared = beforeUnits.stream().filter(afterUnits::contains).count();
    long union = beforeUnits.size() + afterUnits.size() - shared;
    return new Expected(
        removed,
        changed,
        added,
        changes,
        changeGroups,
        List.copyOf(was.keySet()),
        List.copyOf(is.keySet()),
        beforeUnits,
        afterUnits,
        union == 0 ? 1.0 : (double) shared / union,
        beforeUnits.isEmpty() ? 1.0 : (double) shared / beforeUnits.size());
  }

  /** A model's elements by key, in {@link ElementKind} then model order (the table of the diff). */
  static Map<ElementKey, Object> elements(BusinessModel model) {
    Map<ElementKey, Object> elements = new LinkedHashMap<>();
    for (Actor actor : model.actors()) {
      put(elements, ElementKind.ACTOR, actor.id(), actor);
    }
    for (String owner : model.owners()) {
      put(elements, ElementKind.OWNER, owner, owner);
    }
    for (ValueKind mission : model.missions()) {
      put(elements, ElementKind.MISSION, mission.name(), mission);
    }
    for (Offering offering : model.proposition().offerings()) {
      put(elements, ElementKind.OFFERING, offering.id(), offering);
    }
    for (Resource resource : model.creation().resources()) {
      put(elements, ElementKind.RESOURCE, resource.id(), resource);
    }
    for (Activity activity : model.activities()) {
      if (activity.valueCreating()) {
        put(elements, ElementKind.VALUE_CREATING_ACTIVITY, activity.id(), activity.id());
      }
    }
    for (Exchange exchange : model.exchange().exchanges()) {
      put(elements, ElementKind.EXCHANGE, exchange.id(), exchange);
    }
    for (RevenueStream stream : model.capture().revenueStreams()) {
      put(elements, ElementKind.REVENUE_STREAM, stream.id(), stream);
    }
    for (CostItem cost : model.capture().costs()) {
      put(elements, ElementKind.COST_ITEM, cost.id(), cost);
    }
    for (ValueShare share : model.capture().valueShares()) {
      put(elements, ElementKind.VALUE_SHARE, share.id(), share);
    }
    for (Activity activity : model.activities()) {
      Activity content =
          Activity.builder()
              .id(activity.id())
              .name(activity.name())
              .kind(activity.kind())
              .addAllResources(activity.resources())
              .build();
      put(elements, ElementKind.ACTIVITY, activity.id(), content);
    }
    for (Activity activity : model.activities()) {
      activity.links().stream()
          .map(link -> ActivityLink.of(activity.id(), link.downstream(), link.flow()))
          .forEach(
              link ->
                  put(
                      elements,
                      ElementKind.LINK,
                      link.upstream() + "->" + link.downstream() + ":" + link.flow(),
                      link));
    }
    for (GovernanceAssignment assignment : model.governance()) {
      put(elements, ElementKind.GOVERNANCE, assignment.activity(), assignment);
    }
    return elements;
  }

  private static void put(
      Map<ElementKey, Object> elements, ElementKind kind, String id, Object value) {
    if (elements.put(new ElementKey(kind, id), value) != null) {
      throw new IllegalStateException("two elements " + kind + ":" + id);
    }
  }

  private static List<ElementKey> units(Set<ElementKey> keys) {
    return keys.stream()
        .filter(
            key ->
                key.kind() != ElementKind.VALUE_CREATING_ACTIVITY
                    && key.kind() != ElementKind.GOVERNANCE
                    && key.kind() != ElementKind.LINK)
        .toList();
  }

  private static ElementKey unit(ElementChange change) {
    ElementKey key = change.key();
    return switch (key.kind()) {
      case VALUE_CREATING_ACTIVITY, GOVERNANCE -> new ElementKey(ElementKind.ACTIVITY, key.id());
      case LINK -> new ElementKey(ElementKind.ACTIVITY, key.id().split("->")[0]);
      default -> key;
    };
  }

  private static ElementChange change(
      ElementKey key, Object then, Object now, BusinessModel before, BusinessModel after) {
    Set<ValueFunction> functions = EnumSet.noneOf(ValueFunction.class);
    Set<DesignElement> designElements = EnumSet.noneOf(DesignElement.class);
    if (then != null) {
      touched(key, before, functions, designElements);
    }
    if (now != null) {
      touched(key, after, functions, designElements);
    }
    return new ElementChange(
        key, Optional.ofNullable(then), Optional.ofNullable(now), functions, designElements);
  }

  /** What the element with this key touches in this model, by scanning the model. */
  private static void touched(
      ElementKey key,
      BusinessModel model,
      Set<ValueFunction> functions,
      Set<DesignElement> designElements) {
    String id = key.id();
    switch (key.kind()) {
      case ACTOR -> {
        if (model.proposition().offerings().stream()
            .anyMatch(o -> o.beneficiaries().contains(id))) {
          functions.add(ValueFunction.PROPOSITION);
        }
        if (model.creation().resources().stream().anyMatch(r -> r.provider().equals(id))) {
          functions.add(ValueFunction.CREATION);
        }
        if (model.exchange().exchanges().stream()
            .anyMatch(e -> e.provider().equals(id) || e.recipient().equals(id))) {
          functions.add(ValueFunction.EXCHANGE);
        }
        if (model.capture().revenueStreams().stream().anyMatch(s -> s.payer().equals(id))
            || model.capture().valueShares().stream().anyMatch(s -> s.actor().equals(id))) {
          functions.add(ValueFunction.CAPTURE);
        }
        if (model.governance().stream()
            .anyMatch(
                g ->
                    g.performer().equals(id)
                        || g.coPerformers().contains(id)
                        || g.supervisor().equals(Optional.of(id)))) {
          designElements.add(DesignElement.STRUCTURE);
        }
      }
      case OWNER -> {}
      case MISSION, OFFERING -> functions.add(ValueFunction.PROPOSITION);
      case RESOURCE, VALUE_CREATING_ACTIVITY -> functions.add(ValueFunction.CREATION);
      case EXCHANGE -> functions.add(ValueFunction.EXCHANGE);
      case REVENUE_STREAM, COST_ITEM, VALUE_SHARE -> functions.add(ValueFunction.CAPTURE);
      case ACTIVITY -> {
        if (model.activities().stream().anyMatch(a -> a.id().equals(id) && a.valueCreating())) {
          functions.add(ValueFunction.CREATION);
        }
        designElements.add(DesignElement.CONTENT);
      }
      case LINK -> designElements.add(DesignElement.STRUCTURE);
      case GOVERNANCE -> designElements.add(DesignElement.GOVERNANCE);
    }
  }
}

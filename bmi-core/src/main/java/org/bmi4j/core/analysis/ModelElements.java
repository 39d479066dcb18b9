package org.bmi4j.core.analysis;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bmi4j.core.model.Activity;
import org.bmi4j.core.model.ActivityKind;
import org.bmi4j.core.model.ActivityLink;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.CostItem;
import org.bmi4j.core.model.DesignElement;
import org.bmi4j.core.model.Exchange;
import org.bmi4j.core.model.Exchanged;
import org.bmi4j.core.model.GovernanceAssignment;
import org.bmi4j.core.model.Offering;
import org.bmi4j.core.model.Resource;
import org.bmi4j.core.model.RevenueStream;
import org.bmi4j.core.model.ValueFunction;
import org.bmi4j.core.model.ValueKind;
import org.bmi4j.core.model.ValueShare;

/**
 * The elements of one business model keyed as {@link ElementKind} describes, with the value
 * functions and design elements each touches and the signature {@link Novelty} compares.
 */
final class ModelElements {
  private final BusinessModel model;
  private final ImmutableMap<ElementKey, Object> elements;

  ModelElements(BusinessModel model) {
    this.model = model;
    this.elements = extract(model);
  }

  /** The model's elements by key, in {@link ElementKind} order, then in model order. */
  ImmutableMap<ElementKey, Object> elements() {
    return elements;
  }

  private static ImmutableMap<ElementKey, Object> extract(BusinessModel model) {
    ImmutableMap.Builder<ElementKey, Object> elements = ImmutableMap.builder();
    for (Actor actor : model.actors()) {
      elements.put(new ElementKey(ElementKind.ACTOR, actor.id()), actor);
    }
    for (String owner : model.owners()) {
      elements.put(new ElementKey(ElementKind.OWNER, owner), owner);
    }
    for (ValueKind mission : model.missions()) {
      elements.put(new ElementKey(ElementKind.MISSION, mission.name()), mission);
    }
    for (Offering offering : model.proposition().offerings()) {
      elements.put(new ElementKey(ElementKind.OFFERING, offering.id()), offering);
    }
    for (Resource resource : model.creation().resources()) {
      elements.put(new ElementKey(ElementKind.RESOURCE, resource.id()), resource);
    }
    for (String activity : model.creation().activities()) {
      elements.put(new ElementKey(ElementKind.VALUE_CREATING_ACTIVITY, activity), activity);
    }
    for (Exchange exchange : model.exchange().exchanges()) {
      elements.put(new ElementKey(ElementKind.EXCHANGE, exchange.id()), exchange);
    }
    for (RevenueStream stream : model.capture().revenueStreams()) {
      elements.put(new ElementKey(ElementKind.REVENUE_STREAM, stream.id()), stream);
    }
    for (CostItem cost : model.capture().costs()) {
      elements.put(new ElementKey(ElementKind.COST_ITEM, cost.id()), cost);
    }
    for (ValueShare share : model.capture().valueShares()) {
      elements.put(new ElementKey(ElementKind.VALUE_SHARE, share.id()), share);
    }
    for (Activity activity : model.activities()) {
      elements.put(new ElementKey(ElementKind.ACTIVITY, activity.id()), activity);
    }
    for (ActivityLink link : model.links()) {
      elements.put(ElementKey.of(link), link);
    }
    for (GovernanceAssignment assignment : model.governance()) {
      elements.put(new ElementKey(ElementKind.GOVERNANCE, assignment.activity()), assignment);
    }
    return elements.buildOrThrow();
  }

  /** The value functions the element with this key touches in this model. */
  Set<ValueFunction> functions(ElementKey key) {
    Set<ValueFunction> functions = EnumSet.noneOf(ValueFunction.class);
    switch (key.kind()) {
      case ACTOR -> {
        String actor = key.id();
        for (Offering offering : model.proposition().offerings()) {
          if (offering.beneficiaries().contains(actor)) {
            functions.add(ValueFunction.PROPOSITION);
          }
        }
        for (Resource resource : model.creation().resources()) {
          if (resource.provider().equals(actor)) {
            functions.add(ValueFunction.CREATION);
          }
        }
        for (Exchange exchange : model.exchange().exchanges()) {
          if (exchange.from().equals(actor) || exchange.to().equals(actor)) {
            functions.add(ValueFunction.EXCHANGE);
          }
        }
        for (RevenueStream stream : model.capture().revenueStreams()) {
          if (stream.payer().equals(actor)) {
            functions.add(ValueFunction.CAPTURE);
          }
        }
        for (ValueShare share : model.capture().valueShares()) {
          if (share.actor().equals(actor)) {
            functions.add(ValueFunction.CAPTURE);
          }
        }
      }
      case OWNER, LINK, GOVERNANCE -> {}
      case MISSION, OFFERING -> functions.add(ValueFunction.PROPOSITION);
      case RESOURCE, VALUE_CREATING_ACTIVITY -> functions.add(ValueFunction.CREATION);
      case EXCHANGE -> functions.add(ValueFunction.EXCHANGE);
      case REVENUE_STREAM, COST_ITEM, VALUE_SHARE -> functions.add(ValueFunction.CAPTURE);
      case ACTIVITY -> {
        if (model.creation().activities().contains(key.id())) {
          functions.add(ValueFunction.CREATION);
        }
      }
    }
    return functions;
  }

  /** The design elements the element with this key touches in this model. */
  Set<DesignElement> designElements(ElementKey key) {
    Set<DesignElement> designElements = EnumSet.noneOf(DesignElement.class);
    switch (key.kind()) {
      case ACTOR -> {
        String actor = key.id();
        for (GovernanceAssignment assignment : model.governance()) {
          if (assignment.performer().equals(actor)
              || assignment.coPerformers().contains(actor)
              || assignment.supervisor().equals(Optional.of(actor))) {
            designElements.add(DesignElement.STRUCTURE);
          }
        }
      }
      case ACTIVITY -> designElements.add(DesignElement.CONTENT);
      case LINK -> designElements.add(DesignElement.STRUCTURE);
      case GOVERNANCE -> designElements.add(DesignElement.GOVERNANCE);
      default -> {}
    }
    return designElements;
  }

  /** The signatures of this model's elements, for {@link Novelty}. */
  ImmutableSet<List<Object>> signatures() {
    ImmutableSet.Builder<List<Object>> signatures = ImmutableSet.builder();
    for (Map.Entry<ElementKey, Object> element : elements.entrySet()) {
      signatures.add(signature(element.getKey().kind(), element.getValue()));
    }
    return signatures.build();
  }

  /**
   * The signature of an element of this model: its kind and what it is, with actors replaced by
   * their roles and activities by their kinds, so that elements of different firms compare.
   */
  List<Object> signature(ElementKind kind, Object value) {
    return switch (kind) {
      case ACTOR -> {
        Actor actor = (Actor) value;
        yield List.of(kind, actor.roles(), actor.sector());
      }
      case OWNER -> List.of(kind, role((String) value));
      case MISSION -> List.of(kind, value);
      case OFFERING -> {
        Offering offering = (Offering) value;
        yield List.of(kind, offering.valueKinds(), roles(offering.beneficiaries()));
      }
      case RESOURCE -> {
        Resource resource = (Resource) value;
        yield List.of(kind, resource.kind(), role(resource.provider()));
      }
      case VALUE_CREATING_ACTIVITY -> List.of(kind, activityKind((String) value));
      case EXCHANGE -> {
        Exchange exchange = (Exchange) value;
        Object what =
            exchange.what() instanceof Exchanged.Item item
                ? item.name().toLowerCase(Locale.ROOT)
                : ElementKind.OFFERING;
        yield List.of(kind, role(exchange.from()), role(exchange.to()), what, exchange.channel());
      }
      case REVENUE_STREAM -> {
        RevenueStream stream = (RevenueStream) value;
        yield List.of(kind, role(stream.payer()), stream.mechanism());
      }
      case COST_ITEM -> List.of(kind, ((CostItem) value).name().strip().toLowerCase(Locale.ROOT));
      case VALUE_SHARE -> {
        ValueShare share = (ValueShare) value;
        yield List.of(kind, role(share.actor()), share.kind());
      }
      case ACTIVITY -> List.of(kind, ((Activity) value).kind());
      case LINK -> {
        ActivityLink link = (ActivityLink) value;
        yield List.of(kind, activityKind(link.from()), activityKind(link.to()), link.flow());
      }
      case GOVERNANCE -> {
        GovernanceAssignment assignment = (GovernanceAssignment) value;
        yield List.of(
            kind,
            activityKind(assignment.activity()),
            assignment.mode(),
            role(assignment.performer()));
      }
    };
  }

  private ActorRole role(String actorId) {
    for (Actor actor : model.actors()) {
      if (actor.id().equals(actorId)) {
        return actor.role();
      }
    }
    throw new IllegalStateException("an integral model has actor " + actorId);
  }

  private ImmutableSet<ActorRole> roles(Set<String> actorIds) {
    Set<ActorRole> roles = EnumSet.noneOf(ActorRole.class);
    for (String id : actorIds) {
      roles.add(role(id));
    }
    return Sets.immutableEnumSet(roles);
  }

  private ActivityKind activityKind(String activityId) {
    for (Activity activity : model.activities()) {
      if (activity.id().equals(activityId)) {
        return activity.kind();
      }
    }
    throw new IllegalStateException("an integral model has activity " + activityId);
  }
}

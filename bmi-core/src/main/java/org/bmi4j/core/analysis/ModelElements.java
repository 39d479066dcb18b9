package org.bmi4j.core.analysis;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
import org.bmi4j.core.model.Flow;
import org.bmi4j.core.model.GovernanceAssignment;
import org.bmi4j.core.model.GovernanceMode;
import org.bmi4j.core.model.Link;
import org.bmi4j.core.model.Offering;
import org.bmi4j.core.model.Resource;
import org.bmi4j.core.model.ResourceKind;
import org.bmi4j.core.model.RevenueStream;
import org.bmi4j.core.model.ValueFunction;
import org.bmi4j.core.model.ValueKind;
import org.bmi4j.core.model.ValueShare;
import org.jspecify.annotations.Nullable;

/**
 * The elements of one business model keyed as {@link ElementKind} describes, with the value
 * functions and design elements each touches and the signature {@link Novelty} compares.
 */
final class ModelElements {
  private final BusinessModel model;
  // built on first use: Novelty needs only the signatures of a reference model and a diff only
  // its models' lists, not their keyed maps
  private volatile @Nullable ImmutableMap<ElementKey, Object> elements;
  // indexes built on first use (one pass each), so that asking about every element is linear;
  // volatile: a diff keeps its ModelElements and may be shared between threads
  private volatile @Nullable Map<String, Integer> actorFunctions;
  private volatile @Nullable Set<String> governingActors;
  private volatile @Nullable OrdinalTable roles;
  private volatile @Nullable OrdinalTable activityKinds;

  ModelElements(BusinessModel model) {
    this.model = model;
  }

  /**
   * The model's elements by key, in {@link ElementKind} order, then in model order. Built on first
   * use: a diff matches elements without it ({@link #ofKind}), and makes it only for its key sets.
   */
  ImmutableMap<ElementKey, Object> elements() {
    ImmutableMap<ElementKey, Object> keyed = elements;
    if (keyed == null) {
      ImmutableMap.Builder<ElementKey, Object> builder = ImmutableMap.builder();
      forEach(model, (kind, value) -> builder.put(key(kind, value), value(kind, value)));
      keyed = builder.buildOrThrow();
      elements = keyed;
    }
    return keyed;
  }

  /** What {@link #forEach} is given each element. */
  @FunctionalInterface
  private interface ElementSink {
    void accept(ElementKind kind, Object value);
  }

  /** The id within its kind of an element {@link #forEach} gives. */
  static String id(ElementKind kind, Object value) {
    return switch (kind) {
      case ACTOR -> ((Actor) value).id();
      case OWNER, VALUE_CREATING_ACTIVITY -> (String) value;
      case MISSION -> ((ValueKind) value).name();
      case OFFERING -> ((Offering) value).id();
      case RESOURCE -> ((Resource) value).id();
      case EXCHANGE -> ((Exchange) value).id();
      case REVENUE_STREAM -> ((RevenueStream) value).id();
      case COST_ITEM -> ((CostItem) value).id();
      case VALUE_SHARE -> ((ValueShare) value).id();
      case ACTIVITY -> ((Activity) value).id();
      case LINK -> ElementKey.of((ActivityLink) value).id();
      case GOVERNANCE -> ((GovernanceAssignment) value).activity();
    };
  }

  /** An activity's content: its id, name, kind and resources, without its governance. */
  private static Activity content(Activity activity) {
    return Activity.of(activity.id(), activity.name(), activity.kind())
        .withResources(activity.resources());
  }

  /**
   * Gives every element of the model to {@code sink}: its kind and the model's value (an activity
   * with its governance; {@link #elements()} keeps its content only, and {@link #id} names it), in
   * {@link ElementKind} order, then in model order, each kind from {@link #ofKind}, which {@link
   * #signatures()} walks too (reading an activity's parts from the activity), so both see the same
   * elements in the same order ({@code ModelElementsProperties}).
   */
  private static void forEach(BusinessModel model, ElementSink sink) {
    for (ElementKind kind : KINDS) {
      for (Object value : ofKind(model, kind)) {
        sink.accept(kind, value);
      }
    }
  }

  private static final ElementKind[] KINDS = ElementKind.values();

  /**
   * The model's elements of one kind, in model order, as {@link #forEach} gives them: lists the
   * model holds already, so nothing is copied.
   */
  static List<?> ofKind(BusinessModel model, ElementKind kind) {
    return switch (kind) {
      case ACTOR -> model.actors();
      case OWNER -> model.owners().asList();
      case MISSION -> model.missions().asList();
      case OFFERING -> model.proposition().offerings();
      case RESOURCE -> model.creation().resources();
      case VALUE_CREATING_ACTIVITY -> model.valueCreatingActivities().asList();
      case EXCHANGE -> model.exchange().exchanges();
      case REVENUE_STREAM -> model.capture().revenueStreams();
      case COST_ITEM -> model.capture().costs();
      case VALUE_SHARE -> model.capture().valueShares();
      case ACTIVITY -> model.activities();
      case LINK -> model.links();
      case GOVERNANCE -> model.governance();
    };
  }

  /** The key of an element {@link #ofKind} gives. */
  static ElementKey key(ElementKind kind, Object value) {
    return new ElementKey(kind, id(kind, value));
  }

  /**
   * The value {@link #elements()} keeps for an element {@link #ofKind} gives: an activity's content
   * only, its governance, links and place in value creation being elements of their own.
   */
  static Object value(ElementKind kind, Object value) {
    return kind == ElementKind.ACTIVITY ? content((Activity) value) : value;
  }

  /**
   * Whether two activities have equal {@linkplain #content content}, compared without making it.
   */
  static boolean sameContent(Activity a, Activity b) {
    return a.id().equals(b.id())
        && a.name().equals(b.name())
        && a.kind() == b.kind()
        && a.resources().equals(b.resources());
  }

  /**
   * The value functions an element of this model touches, given as {@link #ofKind} gives it: the
   * bits of their ordinals ({@link EnumSubsets#ofMask}).
   */
  int functions(ElementKind kind, Object value) {
    return switch (kind) {
      case ACTOR -> {
        Integer touched = actorFunctions().get(((Actor) value).id());
        yield touched == null ? 0 : touched;
      }
      case OWNER, LINK, GOVERNANCE -> 0;
      case MISSION, OFFERING -> PROPOSITION;
      case RESOURCE, VALUE_CREATING_ACTIVITY -> CREATION;
      case EXCHANGE -> EnumSubsets.bit(ValueFunction.EXCHANGE);
      case REVENUE_STREAM, COST_ITEM, VALUE_SHARE -> EnumSubsets.bit(ValueFunction.CAPTURE);
      // the model's own activity: value-creating in this model exactly when it says so
      case ACTIVITY -> ((Activity) value).valueCreating() ? CREATION : 0;
    };
  }

  private static final int PROPOSITION = EnumSubsets.bit(ValueFunction.PROPOSITION);
  private static final int CREATION = EnumSubsets.bit(ValueFunction.CREATION);

  /**
   * The design elements an element of this model touches, given as {@link #ofKind} gives it: the
   * bits of their ordinals ({@link EnumSubsets#ofMask}).
   */
  int designElements(ElementKind kind, Object value) {
    return switch (kind) {
      case ACTOR ->
          governingActors().contains(((Actor) value).id())
              ? EnumSubsets.bit(DesignElement.STRUCTURE)
              : 0;
      case ACTIVITY -> EnumSubsets.bit(DesignElement.CONTENT);
      case LINK -> EnumSubsets.bit(DesignElement.STRUCTURE);
      case GOVERNANCE -> EnumSubsets.bit(DesignElement.GOVERNANCE);
      default -> 0;
    };
  }

  /**
   * The value functions each actor touches (a mask of {@link EnumSubsets#ofMask}): one pass over
   * the model, built on first use, so that asking for every actor costs time linear in the model.
   */
  private Map<String, Integer> actorFunctions() {
    Map<String, Integer> touched = actorFunctions;
    if (touched == null) {
      touched = new HashMap<>();
      for (Offering offering : model.proposition().offerings()) {
        for (String actor : offering.beneficiaries()) {
          touch(touched, actor, ValueFunction.PROPOSITION);
        }
      }
      for (Resource resource : model.creation().resources()) {
        touch(touched, resource.provider(), ValueFunction.CREATION);
      }
      for (Exchange exchange : model.exchange().exchanges()) {
        touch(touched, exchange.provider(), ValueFunction.EXCHANGE);
        touch(touched, exchange.recipient(), ValueFunction.EXCHANGE);
      }
      for (RevenueStream stream : model.capture().revenueStreams()) {
        touch(touched, stream.payer(), ValueFunction.CAPTURE);
      }
      for (ValueShare share : model.capture().valueShares()) {
        touch(touched, share.actor(), ValueFunction.CAPTURE);
      }
      actorFunctions = touched;
    }
    return touched;
  }

  private static void touch(Map<String, Integer> touched, String actor, ValueFunction function) {
    touched.merge(actor, EnumSubsets.bit(function), (a, b) -> a | b);
  }

  /** The actors that perform, co-perform or supervise an activity; built on first use. */
  private Set<String> governingActors() {
    Set<String> governing = governingActors;
    if (governing == null) {
      governing = new HashSet<>();
      for (GovernanceAssignment assignment : model.governance()) {
        governing.add(assignment.performer());
        governing.addAll(assignment.coPerformers());
        assignment.supervisor().ifPresent(governing::add);
      }
      governingActors = governing;
    }
    return governing;
  }

  /**
   * The structural signature of an element (see {@link Novelty}): its kind and up to four parts,
   * compared part by part (a record, so that comparing two allocates nothing).
   */
  record Signature(
      ElementKind kind, Object a, @Nullable Object b, @Nullable Object c, @Nullable Object d) {
    Signature(ElementKind kind, Object a) {
      this(kind, a, null, null, null);
    }

    Signature(ElementKind kind, Object a, Object b) {
      this(kind, a, b, null, null);
    }

    Signature(ElementKind kind, Object a, Object b, Object c) {
      this(kind, a, b, c, null);
    }
  }

  /**
   * The signatures of this model's elements, for {@link Novelty}: walked from the model, without
   * building the keyed map, in the order of {@link #elements()}.
   *
   * <p>A model has few distinct signatures: where a signature is made of constants only (an actor's
   * roles, an activity's kind, its links', governance's and value-creating mark's, a resource's),
   * the walk marks the constants seen and makes a signature only the first time (a set keeps the
   * first of equal elements, so the set is the same), not one per element (issue 14).
   */
  ImmutableSet<Signature> signatures() {
    ImmutableSet.Builder<Signature> signatures = ImmutableSet.builder();
    List<Activity> activities = model.activities();
    List<GovernanceAssignment> governance = model.governance();
    int activityKinds = ACTIVITY_KINDS.length;
    for (ElementKind kind : KINDS) {
      // an activity's parts are read from the activity, whose kind is then at hand: no lookup of
      // the kind by id but a link's target's (a lookup per part outgrows the caches, issue 14)
      switch (kind) {
        case VALUE_CREATING_ACTIVITY, ACTIVITY -> {
          boolean[] seen = new boolean[activityKinds];
          for (int i = 0; i < activities.size(); i++) {
            Activity activity = activities.get(i);
            if (kind == ElementKind.ACTIVITY || activity.valueCreating()) {
              ActivityKind of = activity.kind();
              if (!seen[of.ordinal()]) {
                seen[of.ordinal()] = true;
                signatures.add(new Signature(kind, of));
              }
            }
          }
        }
        case LINK -> {
          boolean[] seen = new boolean[activityKinds * activityKinds * FLOWS];
          for (int i = 0; i < activities.size(); i++) {
            Activity activity = activities.get(i);
            List<Link> links = activity.links();
            for (int k = 0; k < links.size(); k++) {
              Link link = links.get(k);
              ActivityKind target = activityKind(link.downstream());
              int code =
                  (activity.kind().ordinal() * activityKinds + target.ordinal()) * FLOWS
                      + link.flow().ordinal();
              if (!seen[code]) {
                seen[code] = true;
                signatures.add(new Signature(kind, activity.kind(), target, link.flow()));
              }
            }
          }
        }
        case GOVERNANCE -> {
          boolean[] seen = new boolean[activityKinds * MODES * ROLES];
          // the governance lists the governed activities' assignments in activity order
          int g = 0;
          for (int i = 0; i < activities.size(); i++) {
            Activity activity = activities.get(i);
            if (g < governance.size() && governance.get(g).activity().equals(activity.id())) {
              GovernanceAssignment assignment = governance.get(g++);
              ActorRole role = role(assignment.performer());
              int code =
                  (activity.kind().ordinal() * MODES + assignment.mode().ordinal()) * ROLES
                      + role.ordinal();
              if (!seen[code]) {
                seen[code] = true;
                signatures.add(new Signature(kind, activity.kind(), assignment.mode(), role));
              }
            }
          }
        }
        case ACTOR -> {
          // an actor's signature is the set of its roles: marked by the set's bits
          boolean[] seen = new boolean[1 << ROLES];
          List<Actor> actors = model.actors();
          for (int i = 0; i < actors.size(); i++) {
            Actor actor = actors.get(i);
            int code = EnumSubsets.bit(actor.role());
            for (ActorRole other : actor.otherRoles()) {
              code |= EnumSubsets.bit(other);
            }
            if (!seen[code]) {
              seen[code] = true;
              signatures.add(signature(kind, actor));
            }
          }
        }
        case RESOURCE -> {
          boolean[] seen = new boolean[RESOURCE_KINDS * ROLES];
          List<Resource> resources = model.creation().resources();
          for (int i = 0; i < resources.size(); i++) {
            Resource resource = resources.get(i);
            ActorRole role = role(resource.provider());
            int code = resource.kind().ordinal() * ROLES + role.ordinal();
            if (!seen[code]) {
              seen[code] = true;
              signatures.add(new Signature(kind, resource.kind(), role));
            }
          }
        }
        default -> {
          List<?> values = ofKind(model, kind);
          for (int i = 0; i < values.size(); i++) {
            signatures.add(signature(kind, values.get(i)));
          }
        }
      }
    }
    return signatures.build();
  }

  private static final ActivityKind[] ACTIVITY_KINDS = ActivityKind.values();
  private static final ActorRole[] ROLE_VALUES = ActorRole.values();
  private static final int FLOWS = Flow.values().length;
  private static final int MODES = GovernanceMode.values().length;
  private static final int ROLES = ActorRole.values().length;
  private static final int RESOURCE_KINDS = ResourceKind.values().length;

  /**
   * The structural signature of an element of this model (see {@link Novelty}): its kind and what
   * it is, with actors replaced by their roles and activities by their kinds, and no name or id, so
   * that elements of different firms compare.
   */
  Signature signature(ElementKind kind, Object value) {
    return switch (kind) {
      case ACTOR -> {
        Actor actor = (Actor) value;
        yield new Signature(kind, actor.roles());
      }
      case OWNER -> new Signature(kind, role((String) value));
      case MISSION -> new Signature(kind, value);
      case OFFERING -> {
        Offering offering = (Offering) value;
        yield new Signature(kind, offering.valueKinds(), roles(offering.beneficiaries()));
      }
      case RESOURCE -> {
        Resource resource = (Resource) value;
        yield new Signature(kind, resource.kind(), role(resource.provider()));
      }
      case VALUE_CREATING_ACTIVITY -> new Signature(kind, activityKind((String) value));
      case EXCHANGE -> {
        Exchange exchange = (Exchange) value;
        String what = exchange.what() instanceof Exchanged.Item ? "item" : "offering";
        yield new Signature(
            kind, role(exchange.provider()), role(exchange.recipient()), what, exchange.channel());
      }
      case REVENUE_STREAM -> {
        RevenueStream stream = (RevenueStream) value;
        yield new Signature(kind, role(stream.payer()), stream.mechanism());
      }
      case COST_ITEM -> new Signature(kind, ((CostItem) value).payee().map(this::role));
      case VALUE_SHARE -> {
        ValueShare share = (ValueShare) value;
        yield new Signature(kind, role(share.actor()), share.kind());
      }
      case ACTIVITY -> new Signature(kind, ((Activity) value).kind());
      case LINK -> {
        ActivityLink link = (ActivityLink) value;
        yield new Signature(
            kind, activityKind(link.upstream()), activityKind(link.downstream()), link.flow());
      }
      case GOVERNANCE -> {
        GovernanceAssignment assignment = (GovernanceAssignment) value;
        yield new Signature(
            kind,
            activityKind(assignment.activity()),
            assignment.mode(),
            role(assignment.performer()));
      }
    };
  }

  private ActorRole role(String actorId) {
    OrdinalTable byId = roles;
    if (byId == null) {
      List<Actor> actors = model.actors();
      byId = new OrdinalTable(actors.size());
      for (int i = 0; i < actors.size(); i++) {
        byId.putIfAbsent(actors.get(i).id(), actors.get(i).role());
      }
      roles = byId;
    }
    int role = byId.get(actorId);
    if (role < 0) {
      throw new IllegalStateException("an integral model has actor " + actorId);
    }
    return ROLE_VALUES[role];
  }

  private ImmutableSet<ActorRole> roles(Set<String> actorIds) {
    Set<ActorRole> roles = EnumSet.noneOf(ActorRole.class);
    for (String id : actorIds) {
      roles.add(role(id));
    }
    return Sets.immutableEnumSet(roles);
  }

  private ActivityKind activityKind(String activityId) {
    OrdinalTable byId = activityKinds;
    if (byId == null) {
      List<Activity> activities = model.activities();
      byId = new OrdinalTable(activities.size());
      for (int i = 0; i < activities.size(); i++) {
        byId.putIfAbsent(activities.get(i).id(), activities.get(i).kind());
      }
      activityKinds = byId;
    }
    int kind = byId.get(activityId);
    if (kind < 0) {
      throw new IllegalStateException("an integral model has activity " + activityId);
    }
    return ACTIVITY_KINDS[kind];
  }

  /**
   * A constant of a small enum by id (an activity's kind, an actor's role), in two arrays with open
   * addressing (a key and an ordinal per slot, at most half the slots taken): less than half a hash
   * map's bytes and no object per entry, so that looking up a link's target or an actor's role at
   * every element stays in the caches longer (issue 14). The first constant put for an id is kept,
   * as a model's integrity makes ids unique.
   *
   * <p>Ids chosen to share a hash code would make every probe walk one long run of slots, a cost
   * quadratic in the model; so once a put probes more than {@value #LONGEST_PROBE} slots, the table
   * moves its ids into a {@link HashMap}, which keeps colliding strings in a tree (library
   * formalisation of the bound).
   */
  static final class OrdinalTable {
    static final int LONGEST_PROBE = 64;

    private final String[] ids;
    private final byte[] ordinals;
    private @Nullable Map<String, Integer> colliding;

    OrdinalTable(int size) {
      int slots = Integer.highestOneBit(Math.max(2, size) * 2 - 1) << 1;
      ids = new String[slots];
      ordinals = new byte[slots];
    }

    void putIfAbsent(String id, Enum<?> constant) {
      Map<String, Integer> map = colliding;
      if (map != null) {
        map.putIfAbsent(id, constant.ordinal());
        return;
      }
      int mask = ids.length - 1;
      int at = start(id, mask);
      for (int probes = 0; ids[at] != null; probes++) {
        if (ids[at].equals(id)) {
          return;
        }
        if (probes == LONGEST_PROBE) {
          map = new HashMap<>();
          for (int i = 0; i < ids.length; i++) {
            if (ids[i] != null) {
              map.put(ids[i], (int) ordinals[i]);
            }
          }
          map.putIfAbsent(id, constant.ordinal());
          colliding = map;
          return;
        }
        at = (at + 1) & mask;
      }
      ids[at] = id;
      ordinals[at] = (byte) constant.ordinal();
    }

    /** Whether the ids moved into a hash map (see above). */
    boolean collided() {
      return colliding != null;
    }

    private static int start(String id, int mask) {
      return (id.hashCode() * 0x9E3779B9) >>> 7 & mask;
    }

    /** The ordinal put for {@code id}, or -1. */
    int get(String id) {
      Map<String, Integer> map = colliding;
      if (map != null) {
        return map.getOrDefault(id, -1);
      }
      int mask = ids.length - 1;
      int at = start(id, mask);
      while (ids[at] != null) {
        if (ids[at].equals(id)) {
          return ordinals[at];
        }
        at = (at + 1) & mask;
      }
      return -1;
    }
  }
}

package org.bmi4j.core.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.bmi4j.core.model.Activity;
import org.bmi4j.core.model.ActivityLink;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.DesignElement;
import org.bmi4j.core.model.GovernanceAssignment;
import org.bmi4j.core.model.Link;
import org.bmi4j.core.model.ValueFunction;
import org.jspecify.annotations.Nullable;

/**
 * The difference between two versions of a business model: the elements added, removed and changed,
 * each with the value functions [De Silva et al. 2019] and activity-system design elements [Zott
 * &amp; Amit 2010] it touches, and a similarity figure.
 *
 * <p>Elements and their keys (library formalisation; {@link ElementKind} has the details):
 *
 * <table>
 *   <caption>Element kinds, keys and what they touch</caption>
 *   <tr><th>kind</th><th>key</th><th>value functions</th><th>design elements</th></tr>
 *   <tr><td>ACTOR</td><td>actor id</td><td>those of the elements referring to it</td>
 *       <td>STRUCTURE if it performs, co-performs or supervises an activity</td></tr>
 *   <tr><td>OWNER</td><td>actor id</td><td>none</td><td>none</td></tr>
 *   <tr><td>MISSION</td><td>value kind</td><td>PROPOSITION</td><td>none</td></tr>
 *   <tr><td>OFFERING</td><td>offering id</td><td>PROPOSITION</td><td>none</td></tr>
 *   <tr><td>RESOURCE</td><td>resource id</td><td>CREATION</td><td>none</td></tr>
 *   <tr><td>VALUE_CREATING_ACTIVITY</td><td>activity id</td><td>CREATION</td><td>none</td></tr>
 *   <tr><td>EXCHANGE</td><td>exchange id</td><td>EXCHANGE</td><td>none</td></tr>
 *   <tr><td>REVENUE_STREAM, COST_ITEM, VALUE_SHARE</td><td>their id</td><td>CAPTURE</td>
 *       <td>none</td></tr>
 *   <tr><td>ACTIVITY</td><td>activity id</td><td>CREATION if value-creating</td>
 *       <td>CONTENT</td></tr>
 *   <tr><td>LINK</td><td>{@code from->to:FLOW}</td><td>none</td><td>STRUCTURE</td></tr>
 *   <tr><td>GOVERNANCE</td><td>activity id</td><td>none</td><td>GOVERNANCE</td></tr>
 * </table>
 *
 * <p>Where what an element touches depends on the model (actors, activities), an added element is
 * read in the later model, a removed one in the earlier, and a changed one in both (the union). The
 * model's own id, name and version are not elements: two models differing only in them have an
 * empty diff.
 *
 * <p>Changes a reader can count (library formalisation): an activity is declared with its
 * value-creating mark, its governance and the links leaving it (SPEC 3.3), so these elements form
 * one <em>unit</em> headed by the activity, and every other element is a unit of its own. An
 * activity added with its governance and links is one change with parts ({@link #changeGroups()}),
 * not three unrelated changes; {@link #retention()} and {@link #similarity()}, and so the
 * classification's shares, count units ({@link #beforeUnits()}, {@link #afterUnits()}), not element
 * keys. A unit is kept when its head is in both models; a unit whose parts changed is kept and
 * changed, as changed elements count as retained.
 *
 * <p>Two versions or two models: a diff is usually between two versions of one model (the same id).
 * Diffing two models with different ids is allowed, for example to compare two firms, but then the
 * diff is not a history: {@link #comparesTwoModels()} is true, and {@link #subject()}, {@link
 * #toString()} and the {@linkplain BmiVerdict#comparesTwoModels() verdict} say that two models are
 * compared, not two versions (library formalisation).
 *
 * <p>Guarantees:
 *
 * <ul>
 *   <li>An element is changed when its key is in both models and its values differ; otherwise it is
 *       added (only in {@link #after()}) or removed (only in {@link #before()}).
 *   <li>Order is defined: elements are listed by {@link ElementKind} order, then in model order;
 *       {@link #removed()} and {@link #changed()} follow the earlier model, {@link #added()} the
 *       later, and {@link #changes()} lists the earlier model's removed and changed elements
 *       followed by the later model's new ones.
 *   <li>{@code of(b, a)} mirrors {@code of(a, b)}: added and removed swap, changed elements are
 *       {@linkplain ElementChange#reversed() reversed}, the similarity is the same.
 *   <li>Immutable and thread-safe; equal when the two models are equal.
 * </ul>
 */
public final class BusinessModelDiff {
  private final BusinessModel before;
  private final BusinessModel after;
  private final ImmutableList<ElementChange> added;
  private final ImmutableList<ElementChange> removed;
  private final ImmutableList<ElementChange> changed;
  private final ImmutableList<ElementChange> changes;
  private final ModelElements beforeElements;
  private final ModelElements afterElements;
  // the unit of each change (see Walk), kept so that the groups are made on first use only
  private final int[] units;
  private volatile @Nullable ImmutableList<ChangeGroup> changeGroups;
  // the units both models have, counted while the elements are matched, and how many each has
  // (keys are unique, so the counts are the sizes of the unit sets): retention and similarity need
  // no set of their own
  private final int sharedUnits;
  private final int beforeUnitCount;
  private final int afterUnitCount;
  // the key and unit sets, made on first use only: matching needs none of them
  private volatile @Nullable ImmutableSet<ElementKey> beforeUnits;
  private volatile @Nullable ImmutableSet<ElementKey> afterUnits;

  private BusinessModelDiff(BusinessModel before, BusinessModel after) {
    this.before = before;
    this.after = after;
    this.beforeElements = new ModelElements(before);
    this.afterElements = new ModelElements(after);
    Walk walk = new Walk(before, after);
    this.sharedUnits = walk.shared;
    this.beforeUnitCount = walk.beforeUnits;
    this.afterUnitCount = walk.afterUnits;
    this.changes = walk.changes();
    this.removed = walk.removed();
    this.changed = walk.changed();
    this.added = walk.added();
    this.units = walk.units;
  }

  private static final ElementKind[] KINDS = ElementKind.values();

  /**
   * One walk of both models that finds the differing elements in the diff's order, each with the
   * unit it belongs to.
   *
   * <p>An activity's value-creating mark, governance and links are declared in the activity (SPEC
   * 3.3), and the model lists them in activity order: they are read from the activities matched
   * with each other, so they need no matching of their own, and a part's unit is the position of
   * its activity, so grouping needs no lookup either. Every other kind is matched by {@link
   * Partners} in one walk of its two lists.
   *
   * <p>Each activity is read once in one walk of the earlier model (with its partner, for
   * everything the two differ in and for what the partner gains), and the later model's activities
   * are read again only where they are new or gained a part: a model larger than the processor's
   * caches is then fetched from memory once, not once per kind of part (issue 14). The parts found
   * are kept by kind and given out in {@link ElementKind} order.
   */
  private final class Walk {
    // the changes in the order found, and how many of them are added and removed
    private ElementChange[] all = new ElementChange[16];
    private int addedCount;
    private int removedCount;
    // the unit of each change, in the order of changes: the earlier model's position of its
    // activity, or the number of its activities plus the later model's position for an activity
    // only the later model has; -1 for a change that is a unit of its own
    int[] units = new int[16];
    int count;
    int shared;
    int beforeUnits;
    int afterUnits;

    private final List<Activity> was;
    private final List<Activity> is;
    // for each later activity, its partner in the earlier model, or -1, set by walkEarlier
    private final int[] origin;
    private final List<ActivityLink> wasLinks;
    private final List<ActivityLink> isLinks;
    private final List<GovernanceAssignment> wasGovernance;
    private final List<GovernanceAssignment> isGovernance;
    // each activity's position in its model's governance, or null where every activity has its
    // assignment at its own position (a built model: integrity requires governance)
    private final int @Nullable [] wasAssignments;
    private final int @Nullable [] isAssignments;
    // what each later activity with a partner gains (GAINS_...), and how many links it has
    private final byte[] gains;
    private final int[] isLinkCounts;
    // the parts found in the walks, by kind, until they are given out in kind order
    private final Parts[] earlier = new Parts[KINDS.length];
    private final Parts[] later = new Parts[KINDS.length];

    Walk(BusinessModel before, BusinessModel after) {
      this.was = before.activities();
      this.is = after.activities();
      this.origin = new int[is.size()];
      Arrays.fill(origin, -1);
      this.wasLinks = before.links();
      this.isLinks = after.links();
      this.wasGovernance = before.governance();
      this.isGovernance = after.governance();
      this.wasAssignments =
          wasGovernance.size() == was.size() ? null : governancePositions(was, wasGovernance);
      this.isAssignments =
          isGovernance.size() == is.size() ? null : governancePositions(is, isGovernance);
      this.gains = new byte[is.size()];
      this.isLinkCounts = new int[is.size()];
      for (ElementKind kind : PART_KINDS) {
        earlier[kind.ordinal()] = new Parts();
        later[kind.ordinal()] = new Parts();
      }
      walkEarlier();
      boolean[][] found = new boolean[KINDS.length][];
      for (ElementKind kind : KINDS) {
        if (earlier[kind.ordinal()] != null) {
          give(earlier[kind.ordinal()]);
        } else {
          found[kind.ordinal()] = elementsOf(kind, before, after);
        }
      }
      beforeUnits += was.size();
      afterUnits += is.size();
      walkLater();
      for (ElementKind kind : KINDS) {
        if (later[kind.ordinal()] != null) {
          give(later[kind.ordinal()]);
        } else {
          List<?> now = ModelElements.ofKind(after, kind);
          boolean[] kept = found[kind.ordinal()];
          for (int j = 0; j < now.size(); j++) {
            if (!kept[j]) {
              added(kind, now.get(j), -1);
            }
          }
        }
      }
    }

    /**
     * Reads each earlier activity with its partner once: what the earlier model's activity lost or
     * changed, in its parts' kinds, and what its partner gained, for {@link #walkLater}.
     */
    private void walkEarlier() {
      Parts valueCreating = earlier[ElementKind.VALUE_CREATING_ACTIVITY.ordinal()];
      Parts activities = earlier[ElementKind.ACTIVITY.ordinal()];
      Parts links = earlier[ElementKind.LINK.ordinal()];
      Parts governance = earlier[ElementKind.GOVERNANCE.ordinal()];
      int firstLink = 0;
      Partners partners = new Partners(was, is, activity -> ((Activity) activity).id());
      for (int i = 0; i < was.size(); i++) {
        Activity then = was.get(i);
        int j = partners.of(i);
        Activity now = j < 0 ? null : is.get(j);
        if (j >= 0) {
          origin[j] = i;
        }
        if (then.valueCreating()) {
          if (now == null || !now.valueCreating()) {
            valueCreating.add(change(ElementKind.VALUE_CREATING_ACTIVITY, then.id(), null), i);
          }
        } else if (now != null && now.valueCreating()) {
          gains[j] |= GAINS_VALUE_CREATING;
        }
        if (now == null) {
          activities.add(change(ElementKind.ACTIVITY, then, null), i);
        } else {
          shared++;
          if (!ModelElements.sameContent(then, now)) {
            activities.add(change(ElementKind.ACTIVITY, then, now), i);
          }
        }
        List<Link> thenLinks = then.links();
        if (now == null) {
          for (int k = 0; k < thenLinks.size(); k++) {
            links.add(change(ElementKind.LINK, wasLinks.get(firstLink + k), null), i);
          }
        } else {
          List<Link> nowLinks = now.links();
          isLinkCounts[j] = nowLinks.size();
          int same = 0;
          while (same < thenLinks.size()
              && same < nowLinks.size()
              && thenLinks.get(same).equals(nowLinks.get(same))) {
            same++;
          }
          if (same < thenLinks.size() || same < nowLinks.size()) {
            int[] found = match(thenLinks, nowLinks, link -> link);
            int kept = same;
            for (int k = same; k < thenLinks.size(); k++) {
              if (found[k] < 0) {
                links.add(change(ElementKind.LINK, wasLinks.get(firstLink + k), null), i);
              } else {
                kept++;
              }
            }
            if (kept < nowLinks.size()) {
              gains[j] |= GAINS_LINKS;
            }
          }
        }
        firstLink += thenLinks.size();
        GovernanceAssignment thenGoverned = assignment(wasGovernance, wasAssignments, i);
        GovernanceAssignment nowGoverned =
            now == null ? null : assignment(isGovernance, isAssignments, j);
        if (thenGoverned != null) {
          if (nowGoverned == null) {
            governance.add(change(ElementKind.GOVERNANCE, thenGoverned, null), i);
          } else if (!thenGoverned.equals(nowGoverned)) {
            governance.add(change(ElementKind.GOVERNANCE, thenGoverned, nowGoverned), i);
          }
        } else if (nowGoverned != null) {
          gains[j] |= GAINS_GOVERNANCE;
        }
      }
    }

    /**
     * The later model's activities in its order: a new one with all its parts, one with a partner
     * only where {@link #walkEarlier} found it gained a part.
     */
    private void walkLater() {
      Parts valueCreating = later[ElementKind.VALUE_CREATING_ACTIVITY.ordinal()];
      Parts activities = later[ElementKind.ACTIVITY.ordinal()];
      Parts links = later[ElementKind.LINK.ordinal()];
      Parts governance = later[ElementKind.GOVERNANCE.ordinal()];
      int firstLink = 0;
      for (int j = 0; j < is.size(); j++) {
        int i = origin[j];
        if (i < 0) {
          Activity now = is.get(j);
          int unit = was.size() + j;
          if (now.valueCreating()) {
            valueCreating.add(change(ElementKind.VALUE_CREATING_ACTIVITY, null, now.id()), unit);
          }
          activities.add(change(ElementKind.ACTIVITY, null, now), unit);
          int linkCount = now.links().size();
          for (int k = 0; k < linkCount; k++) {
            links.add(change(ElementKind.LINK, null, isLinks.get(firstLink + k)), unit);
          }
          GovernanceAssignment nowGoverned = assignment(isGovernance, isAssignments, j);
          if (nowGoverned != null) {
            governance.add(change(ElementKind.GOVERNANCE, null, nowGoverned), unit);
          }
          firstLink += linkCount;
          continue;
        }
        int gained = gains[j];
        if (gained != 0) {
          Activity now = is.get(j);
          if ((gained & GAINS_VALUE_CREATING) != 0) {
            valueCreating.add(change(ElementKind.VALUE_CREATING_ACTIVITY, null, now.id()), i);
          }
          if ((gained & GAINS_LINKS) != 0) {
            // the partner's links it has too, found again: rare, so not kept from the first walk
            int[] found = match(now.links(), was.get(i).links(), link -> link);
            for (int k = 0; k < found.length; k++) {
              if (found[k] < 0) {
                links.add(change(ElementKind.LINK, null, isLinks.get(firstLink + k)), i);
              }
            }
          }
          if ((gained & GAINS_GOVERNANCE) != 0) {
            governance.add(
                change(ElementKind.GOVERNANCE, null, assignment(isGovernance, isAssignments, j)),
                i);
          }
        }
        firstLink += isLinkCounts[j];
      }
    }

    /** Gives out the parts of one kind in the order found. */
    private void give(Parts parts) {
      for (int k = 0; k < parts.size; k++) {
        add(parts.changes[k], parts.units[k]);
      }
    }

    /** Matches one kind that is no part of an activity; returns which of the later's it found. */
    private boolean[] elementsOf(ElementKind kind, BusinessModel before, BusinessModel after) {
      List<?> then = ModelElements.ofKind(before, kind);
      List<?> now = ModelElements.ofKind(after, kind);
      Partners partners = new Partners(then, now, value -> ModelElements.id(kind, value));
      boolean[] kept = new boolean[now.size()];
      for (int i = 0; i < then.size(); i++) {
        int j = partners.of(i);
        if (j < 0) {
          removed(kind, then.get(i), -1);
        } else {
          kept[j] = true;
          shared++;
          if (!then.get(i).equals(now.get(j))) {
            changed(kind, then.get(i), now.get(j), -1);
          }
        }
      }
      beforeUnits += then.size();
      afterUnits += now.size();
      return kept;
    }

    private void removed(ElementKind kind, Object then, int unit) {
      add(change(kind, then, null), unit);
    }

    private void changed(ElementKind kind, Object then, Object now, int unit) {
      add(change(kind, then, now), unit);
    }

    private void added(ElementKind kind, Object now, int unit) {
      add(change(kind, null, now), unit);
    }

    private void add(ElementChange change, int unit) {
      if (count == units.length) {
        units = Arrays.copyOf(units, 2 * count);
        all = Arrays.copyOf(all, 2 * count);
      }
      if (change.isAdded()) {
        addedCount++;
      } else if (change.isRemoved()) {
        removedCount++;
      }
      all[count] = change;
      units[count++] = unit;
    }

    /** Every change, in the order found. */
    ImmutableList<ElementChange> changes() {
      return ImmutableList.copyOf(Arrays.asList(all).subList(0, count));
    }

    ImmutableList<ElementChange> added() {
      ImmutableList.Builder<ElementChange> added =
          ImmutableList.builderWithExpectedSize(addedCount);
      for (int c = 0; c < count; c++) {
        if (all[c].isAdded()) {
          added.add(all[c]);
        }
      }
      return added.build();
    }

    ImmutableList<ElementChange> removed() {
      ImmutableList.Builder<ElementChange> removed =
          ImmutableList.builderWithExpectedSize(removedCount);
      for (int c = 0; c < count; c++) {
        if (all[c].isRemoved()) {
          removed.add(all[c]);
        }
      }
      return removed.build();
    }

    ImmutableList<ElementChange> changed() {
      ImmutableList.Builder<ElementChange> changed =
          ImmutableList.builderWithExpectedSize(count - addedCount - removedCount);
      for (int c = 0; c < count; c++) {
        if (all[c].isChanged()) {
          changed.add(all[c]);
        }
      }
      return changed.build();
    }
  }

  /**
   * The changes grouped by unit, in the order of {@code all} (the changes in the order they were
   * found). A group's unit is added (removed) exactly when its head is an added (removed) change of
   * the group: a part is declared by its activity, so a model with a part has its head, and a head
   * that is no change is in both models.
   */
  private static ImmutableList<ChangeGroup> groups(
      ImmutableList<ElementChange> all, int[] units, List<Activity> was, List<Activity> is) {
    List<Group> groups = new ArrayList<>();
    Group[] byActivity = new Group[was.size() + is.size()];
    for (int c = 0; c < all.size(); c++) {
      ElementChange change = all.get(c);
      int unit = units[c];
      Group group;
      if (unit < 0) {
        group = new Group(change.key());
        groups.add(group);
      } else {
        group = byActivity[unit];
        if (group == null) {
          String id = unit < was.size() ? was.get(unit).id() : is.get(unit - was.size()).id();
          group = new Group(new ElementKey(ElementKind.ACTIVITY, id));
          byActivity[unit] = group;
          groups.add(group);
        }
      }
      group.add(change);
      if (unit < 0 || change.key().kind() == ElementKind.ACTIVITY) {
        group.added = change.isAdded();
        group.removed = change.isRemoved();
      }
    }
    ImmutableList.Builder<ChangeGroup> grouped =
        ImmutableList.builderWithExpectedSize(groups.size());
    for (Group group : groups) {
      grouped.add(new ChangeGroup(group.unit, group.added, group.removed, group.parts()));
    }
    return grouped.build();
  }

  private static final byte GAINS_VALUE_CREATING = 1;
  private static final byte GAINS_LINKS = 2;
  private static final byte GAINS_GOVERNANCE = 4;

  /** The kinds of an activity's parts and the activity itself, walked from the activities. */
  private static final ElementKind[] PART_KINDS = {
    ElementKind.VALUE_CREATING_ACTIVITY,
    ElementKind.ACTIVITY,
    ElementKind.LINK,
    ElementKind.GOVERNANCE
  };

  /** The changes of one kind found by a walk, with their units, in the order found. */
  private static final class Parts {
    ElementChange[] changes = new ElementChange[8];
    int[] units = new int[8];
    int size;

    void add(ElementChange change, int unit) {
      if (size == changes.length) {
        changes = Arrays.copyOf(changes, 2 * size);
        units = Arrays.copyOf(units, 2 * size);
      }
      changes[size] = change;
      units[size++] = unit;
    }
  }

  /**
   * The governance assignment of activity {@code index}, or null when it has none: at its own
   * position when {@code positions} is null, else at the position it gives.
   */
  private static @Nullable GovernanceAssignment assignment(
      List<GovernanceAssignment> governance, int @Nullable [] positions, int index) {
    if (positions == null) {
      return governance.get(index);
    }
    int at = positions[index];
    return at < 0 ? null : governance.get(at);
  }

  /**
   * Each activity's position in its model's governance, or -1 when it has none: the governance
   * lists the governed activities' assignments in activity order.
   */
  private static int[] governancePositions(
      List<Activity> activities, List<GovernanceAssignment> governance) {
    int[] positions = new int[activities.size()];
    int g = 0;
    for (int i = 0; i < activities.size(); i++) {
      if (g < governance.size() && governance.get(g).activity().equals(activities.get(i).id())) {
        positions[i] = g++;
      } else {
        positions[i] = -1;
      }
    }
    return positions;
  }

  /**
   * The partners of a list's elements in another list, found as a walk of the first list asks for
   * them, in its order: in place while the two lists agree, so that a walk reads each pair once for
   * both matching and comparing (issue 14), and by {@link #match} from the first place where they
   * part. The same partners as {@link #match} of the whole lists: up to that place both lists hold
   * the same identities in the same places, and match has set nothing aside when it gets there.
   */
  private static final class Partners {
    private final List<?> was;
    private final List<?> is;
    private final Function<Object, Object> identity;
    // where the lists part, and the partners of was from there (offset by it in both lists)
    private int parted = -1;
    private int @Nullable [] rest;

    Partners(List<?> was, List<?> is, Function<Object, Object> identity) {
      this.was = was;
      this.is = is;
      this.identity = identity;
    }

    /**
     * The index of the partner of {@code was}'s element {@code i} in {@code is}, or -1; asked for
     * every {@code i} in ascending order.
     */
    int of(int i) {
      int[] partners = rest;
      if (partners == null) {
        if (i < is.size() && identity.apply(was.get(i)).equals(identity.apply(is.get(i)))) {
          return i;
        }
        parted = i;
        partners =
            match(
                was.subList(i, was.size()),
                is.subList(Math.min(i, is.size()), is.size()),
                identity);
        rest = partners;
      }
      int found = partners[i - parted];
      return found < 0 ? -1 : found + parted;
    }
  }

  /**
   * Matches the elements of two lists: for each element of {@code was}, the index of the element of
   * {@code is} with the same identity, or -1. Identities are unique within each list.
   *
   * <p>Both lists are in model order, and a later version mostly keeps the order of the earlier
   * one, so the two are walked side by side and compared place by place, without a hash table of
   * either. Where they part (an element inserted, removed or moved), the two elements are set
   * aside, each in a map of its side's elements set aside, until its partner comes up on the other
   * side or the walk ends; an element that comes up is first looked for among the other side's set
   * aside. Identities are unique (model integrity), so an element's partner is found once, wherever
   * it is, and the maps hold only elements where the orders part. Linear: each element is compared
   * once in place and at most once set aside and looked up.
   */
  private static int[] match(List<?> was, List<?> is, Function<Object, Object> identity) {
    int[] partner = new int[was.size()];
    Arrays.fill(partner, -1);
    Map<Object, Integer> wasAside = new HashMap<>();
    Map<Object, Integer> isAside = new HashMap<>();
    int i = 0;
    int j = 0;
    while (i < was.size() && j < is.size()) {
      Object then = identity.apply(was.get(i));
      Object now = identity.apply(is.get(j));
      if (then.equals(now)) {
        partner[i++] = j++;
        continue;
      }
      Integer later = isAside.isEmpty() ? null : isAside.remove(then);
      if (later != null) {
        partner[i++] = later;
        continue;
      }
      Integer earlier = wasAside.isEmpty() ? null : wasAside.remove(now);
      if (earlier != null) {
        partner[earlier] = j++;
        continue;
      }
      wasAside.put(then, i++);
      isAside.put(now, j++);
    }
    for (; i < was.size() && !isAside.isEmpty(); i++) {
      Integer later = isAside.remove(identity.apply(was.get(i)));
      if (later != null) {
        partner[i] = later;
      }
    }
    for (; j < is.size() && !wasAside.isEmpty(); j++) {
      Integer earlier = wasAside.remove(identity.apply(is.get(j)));
      if (earlier != null) {
        partner[earlier] = j;
      }
    }
    return partner;
  }

  /** A change group while it is gathered. */
  private static final class Group {
    final ElementKey unit;
    // most groups have one part: a list is built only for a second
    private @Nullable ElementChange first;
    private ImmutableList.@Nullable Builder<ElementChange> more;
    boolean added;
    boolean removed;

    Group(ElementKey unit) {
      this.unit = unit;
    }

    void add(ElementChange change) {
      if (first == null) {
        first = change;
        return;
      }
      if (more == null) {
        more = ImmutableList.builder();
        more.add(first);
      }
      more.add(change);
    }

    ImmutableList<ElementChange> parts() {
      return more != null ? more.build() : ImmutableList.of(checkNotNull(first));
    }
  }

  /** The heads of a model's units: in an integral model, every part's activity is there too. */
  private static ImmutableSet<ElementKey> units(ImmutableSet<ElementKey> keys) {
    ImmutableSet.Builder<ElementKey> units = ImmutableSet.builder();
    for (ElementKey key : keys) {
      if (!PARTS.contains(key.kind())) {
        units.add(key);
      }
    }
    return units.build();
  }

  private static final Set<ElementKind> PARTS =
      Sets.immutableEnumSet(
          ElementKind.VALUE_CREATING_ACTIVITY, ElementKind.GOVERNANCE, ElementKind.LINK);

  /**
   * The change of an element of a kind, given as {@link ModelElements#ofKind} gives it in the
   * earlier model ({@code then}) and the later ({@code now}), either absent.
   */
  private ElementChange change(ElementKind kind, @Nullable Object then, @Nullable Object now) {
    int functions = 0;
    int designElements = 0;
    if (then != null) {
      functions |= beforeElements.functions(kind, then);
      designElements |= beforeElements.designElements(kind, then);
    }
    if (now != null) {
      functions |= afterElements.functions(kind, now);
      designElements |= afterElements.designElements(kind, now);
    }
    return new ElementChange(
        ModelElements.key(kind, then != null ? then : checkNotNull(now)),
        Optional.ofNullable(then == null ? null : ModelElements.value(kind, then)),
        Optional.ofNullable(now == null ? null : ModelElements.value(kind, now)),
        ElementChange.FUNCTIONS.ofMask(functions),
        ElementChange.DESIGN_ELEMENTS.ofMask(designElements));
  }

  /**
   * Returns the difference from {@code before} to {@code after}.
   *
   * @param before the earlier model
   * @param after the later model
   * @return the difference from {@code before} to {@code after}
   * @throws NullPointerException if either model is null
   */
  public static BusinessModelDiff of(BusinessModel before, BusinessModel after) {
    return new BusinessModelDiff(checkNotNull(before, "before"), checkNotNull(after, "after"));
  }

  /**
   * Returns whether the diff compares two different models (their ids differ) rather than two
   * versions of one model.
   *
   * @return whether the diff compares two different models (their ids differ) rather than two
   *     versions of one model
   */
  public boolean comparesTwoModels() {
    return !before.id().equals(after.id());
  }

  /**
   * Returns what the diff compares, in words: {@code versions 1 and 2 of model 'shop'}, or {@code
   * two models, 'shop' v1 and 'rival' v1, not two versions of one model}.
   *
   * @return what the diff compares, in words
   */
  public String subject() {
    return comparesTwoModels()
        ? "two models, '"
            + before.id()
            + "' v"
            + before.version()
            + " and '"
            + after.id()
            + "' v"
            + after.version()
            + ", not two versions of one model"
        : "versions "
            + before.version()
            + " and "
            + after.version()
            + " of model '"
            + before.id()
            + "'";
  }

  /**
   * Returns the earlier model.
   *
   * @return the earlier model
   */
  public BusinessModel before() {
    return before;
  }

  /**
   * Returns the later model.
   *
   * @return the later model
   */
  public BusinessModel after() {
    return after;
  }

  /**
   * Returns the keys of the earlier model's elements, in {@link ElementKind} then model order.
   *
   * @return the keys of the earlier model's elements, in {@link ElementKind} then model order
   */
  public ImmutableSet<ElementKey> beforeKeys() {
    return beforeElements.elements().keySet();
  }

  /**
   * Returns the keys of the later model's elements, in {@link ElementKind} then model order.
   *
   * @return the keys of the later model's elements, in {@link ElementKind} then model order
   */
  public ImmutableSet<ElementKey> afterKeys() {
    return afterElements.elements().keySet();
  }

  /**
   * Returns the elements only the later model has, in its order.
   *
   * @return the elements only the later model has, in its order
   */
  public ImmutableList<ElementChange> added() {
    return added;
  }

  /**
   * Returns the elements only the earlier model has, in its order.
   *
   * @return the elements only the earlier model has, in its order
   */
  public ImmutableList<ElementChange> removed() {
    return removed;
  }

  /**
   * Returns the elements both models have with different values, in the earlier model's order.
   *
   * @return the elements both models have with different values, in the earlier model's order
   */
  public ImmutableList<ElementChange> changed() {
    return changed;
  }

  /**
   * Returns every differing element: the earlier model's removed and changed elements in its order,
   * then the later model's added elements in its order.
   *
   * @return every differing element
   */
  public ImmutableList<ElementChange> changes() {
    return changes;
  }

  /**
   * Returns the earlier model's units, each by its head's key (see the class Javadoc), in {@link
   * ElementKind} then model order.
   *
   * @return the earlier model's units, each by its head's key (see the class Javadoc), in {@link
   *     ElementKind} then model order
   */
  public ImmutableSet<ElementKey> beforeUnits() {
    ImmutableSet<ElementKey> units = beforeUnits;
    if (units == null) {
      units = units(beforeKeys());
      beforeUnits = units;
    }
    return units;
  }

  /**
   * Returns the later model's units, each by its head's key, in {@link ElementKind} order.
   *
   * @return the later model's units, each by its head's key, in {@link ElementKind} order
   */
  public ImmutableSet<ElementKey> afterUnits() {
    ImmutableSet<ElementKey> units = afterUnits;
    if (units == null) {
      units = units(afterKeys());
      afterUnits = units;
    }
    return units;
  }

  /**
   * Returns the differing elements grouped into the changes a reader counts: one group per unit
   * with a differing element, in the order of {@link #changes()} (a group where its first part
   * comes), each group's parts in that order too.
   *
   * @return the differing elements grouped into the changes a reader counts
   */
  public ImmutableList<ChangeGroup> changeGroups() {
    ImmutableList<ChangeGroup> groups = changeGroups;
    if (groups == null) {
      groups = groups(changes, units, before.activities(), after.activities());
      changeGroups = groups;
    }
    return groups;
  }

  /**
   * Returns whether the two models have the same elements with the same values.
   *
   * @return whether the two models have the same elements with the same values
   */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /**
   * Returns the value functions touched by any differing element, in declaration order.
   *
   * @return the value functions touched by any differing element, in declaration order
   */
  public ImmutableSet<ValueFunction> functions() {
    Set<ValueFunction> functions = EnumSet.noneOf(ValueFunction.class);
    for (ElementChange change : changes) {
      functions.addAll(change.functions());
    }
    return Sets.immutableEnumSet(functions);
  }

  /**
   * Returns the design elements touched by any differing element, in declaration order.
   *
   * @return the design elements touched by any differing element, in declaration order
   */
  public ImmutableSet<DesignElement> designElements() {
    Set<DesignElement> designElements = EnumSet.noneOf(DesignElement.class);
    for (ElementChange change : changes) {
      designElements.addAll(change.designElements());
    }
    return Sets.immutableEnumSet(designElements);
  }

  /**
   * Returns the Jaccard similarity of the two models' units: the number of units both have over the
   * number either has, 1 when both have none; always in [0, 1]. Changed units count as shared,
   * since their heads' keys are.
   *
   * @return the Jaccard similarity of the two models' units
   */
  public double similarity() {
    int union = beforeUnitCount + afterUnitCount - sharedUnits;
    return union == 0 ? 1.0 : (double) sharedUnits / union;
  }

  /**
   * Returns the share of the earlier model's units the later model retains, changed or not: the
   * number of units both have over the number the earlier model has, 1 when it has none; always in
   * [0, 1]. An activity counts once with its value-creating mark, governance and outgoing links.
   *
   * @return the share of the earlier model's units the later model retains, changed or not
   */
  public double retention() {
    return beforeUnitCount == 0 ? 1.0 : (double) sharedUnits / beforeUnitCount;
  }

  /** The later model's elements, for {@link Novelty}. */
  ModelElements afterElements() {
    return afterElements;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BusinessModelDiff other
        && before.equals(other.before)
        && after.equals(other.after);
  }

  @Override
  public int hashCode() {
    return 31 * before.hashCode() + after.hashCode();
  }

  @Override
  public String toString() {
    String subject =
        comparesTwoModels()
            ? subject()
            : before.id() + " v" + before.version() + " -> " + after.id() + " v" + after.version();
    // the keys while they are short; past that, only how many (a diff can be as large as a model)
    String listed =
        "added=" + keys(added) + ", removed=" + keys(removed) + ", changed=" + keys(changed);
    return "BusinessModelDiff["
        + subject
        + ": "
        + (subject.length() + listed.length() <= 200
            ? listed
            : added.size()
                + " added, "
                + removed.size()
                + " removed, "
                + changed.size()
                + " changed")
        + "]";
  }

  private static ImmutableList<ElementKey> keys(ImmutableList<ElementChange> changes) {
    ImmutableList.Builder<ElementKey> keys = ImmutableList.builder();
    for (ElementChange change : changes) {
      keys.add(change.key());
    }
    return keys.build();
  }
}

package org.bmi4j.process.sst;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import org.bmi4j.core.internal.AppendLog;

/**
 * The opportunities of a cycle, in the order identified, each as last identified, revised, selected
 * or unselected: an immutable list that shares its storage with the list it grew from, so that
 * identifying, revising and selecting an opportunity cost O(1) amortised however many opportunities
 * there are, and starting a new cycle costs O(1) amortised per selection it undoes (library
 * formalisation). Each change appends a new version of the opportunity; the list shows the last
 * one. Opportunity ids are unique.
 */
final class OpportunityLog extends AbstractList<Opportunity> implements RandomAccess {
  static final OpportunityLog EMPTY =
      new OpportunityLog(
          AppendLog.keyed(Opportunity::id), AppendLog.<String>keyed(id -> id), AppendLog.empty());

  private final AppendLog<Opportunity> versions; // keyed by id; the last version of an id counts
  private final AppendLog<String> order; // the ids in the order identified, keyed by id
  private final AppendLog<String> selections; // ids selected since the last unselection

  private OpportunityLog(
      AppendLog<Opportunity> versions, AppendLog<String> order, AppendLog<String> selections) {
    this.versions = versions;
    this.order = order;
    this.selections = selections;
  }

  /** Returns the opportunity with id {@code id}, if identified. */
  Optional<Opportunity> find(String id) {
    return versions.last(id);
  }

  /**
   * Returns this log with {@code opportunity} identified after the others.
   *
   * @throws IllegalArgumentException if an opportunity of the same id is identified
   */
  OpportunityLog identify(Opportunity opportunity) {
    checkArgument(
        order.lastIndex(opportunity.id()) < 0,
        "opportunities use opportunity id '%s' twice; give each opportunity its own id",
        opportunity.id());
    return new OpportunityLog(
        versions.append(opportunity),
        order.append(opportunity.id()),
        opportunity.selected() ? selections.append(opportunity.id()) : selections);
  }

  /**
   * Returns this log with the identified opportunity of {@code opportunity}'s id replaced by {@code
   * opportunity}, in its place.
   */
  OpportunityLog replace(Opportunity opportunity) {
    checkArgument(
        order.lastIndex(opportunity.id()) >= 0,
        "no opportunity '%s' is identified",
        opportunity.id());
    return new OpportunityLog(
        versions.append(opportunity),
        order,
        opportunity.selected() ? selections.append(opportunity.id()) : selections);
  }

  /** Returns this log with every opportunity unselected. */
  OpportunityLog unselectAll() {
    AppendLog<Opportunity> after = versions;
    for (String id : new LinkedHashSet<>(selections)) {
      Opportunity current = versions.last(id).orElseThrow();
      if (current.selected()) {
        after = after.append(current.withSelected(false));
      }
    }
    return new OpportunityLog(after, order, AppendLog.empty());
  }

  /** Returns the selected opportunities, in the order identified. */
  List<Opportunity> selected() {
    Set<String> ids = new LinkedHashSet<>(selections);
    List<String> sorted = new ArrayList<>(ids);
    sorted.sort(Comparator.comparingInt(order::lastIndex));
    List<Opportunity> selected = new ArrayList<>(sorted.size());
    for (String id : sorted) {
      Opportunity current = versions.last(id).orElseThrow();
      if (current.selected()) {
        selected.add(current);
      }
    }
    return selected;
  }

  @Override
  public Opportunity get(int index) {
    return versions.last(order.get(index)).orElseThrow();
  }

  @Override
  public int size() {
    return order.size();
  }
}

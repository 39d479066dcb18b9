package org.bmi4j.process.sst;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ForwardingList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.Predicate;
import org.bmi4j.core.internal.AppendLog;
import org.bmi4j.core.internal.KeyedList;

/**
 * The opportunities of a cycle, in the order identified, each as last identified, revised, selected
 * or unselected: an immutable list that shares its storage with the list it grew from, so that
 * identifying, revising and selecting an opportunity cost O(1) amortised however many opportunities
 * there are, and starting a new cycle costs O(1) amortised per selection it undoes (library
 * formalisation). Held as a {@link KeyedList} keyed by opportunity id, so opportunity ids are
 * unique, beside a log of the ids selected since the last unselection.
 */
final class OpportunityLog extends ForwardingList<Opportunity> implements RandomAccess {
  static final OpportunityLog EMPTY =
      new OpportunityLog(KeyedList.empty(Opportunity::id), AppendLog.empty());

  private final KeyedList<Opportunity> opportunities; // in the order identified
  private final AppendLog<String> selections; // ids selected since the last unselection

  private OpportunityLog(KeyedList<Opportunity> opportunities, AppendLog<String> selections) {
    this.opportunities = opportunities;
    this.selections = selections;
  }

  /** Returns the opportunity with id {@code id}, if identified. */
  Optional<Opportunity> find(String id) {
    return opportunities.find(id);
  }

  /**
   * Returns this log with {@code opportunity} identified after the others.
   *
   * @throws IllegalArgumentException if an opportunity of the same id is identified
   */
  OpportunityLog identify(Opportunity opportunity) {
    checkArgument(
        !opportunities.containsKey(opportunity.id()),
        "opportunities use opportunity id '%s' twice; give each opportunity its own id",
        opportunity.id());
    return put(opportunity);
  }

  /**
   * Returns this log with the identified opportunity of {@code opportunity}'s id replaced by {@code
   * opportunity}, in its place.
   */
  OpportunityLog replace(Opportunity opportunity) {
    checkArgument(
        opportunities.containsKey(opportunity.id()),
        "no opportunity '%s' is identified",
        opportunity.id());
    return put(opportunity);
  }

  private OpportunityLog put(Opportunity opportunity) {
    // an opportunity selected again, or revised while selected, is not logged again, so the log
    // holds each selection once however often it is repeated
    boolean newlySelected =
        opportunity.selected()
            && !opportunities.find(opportunity.id()).map(Opportunity::selected).orElse(false);
    return new OpportunityLog(
        opportunities.put(opportunity),
        newlySelected ? selections.append(opportunity.id()) : selections);
  }

  /**
   * Returns whether a selected opportunity satisfies {@code test}, asking the last selected first:
   * O(1) when it does, as on every exit from SENSING that passes, however many are selected.
   */
  boolean anySelected(Predicate<Opportunity> test) {
    for (int i = selections.size() - 1; i >= 0; i--) {
      Opportunity current = opportunities.find(selections.get(i)).orElseThrow();
      if (current.selected() && test.test(current)) {
        return true;
      }
    }
    return false;
  }

  /** Returns this log with every opportunity unselected. */
  OpportunityLog unselectAll() {
    KeyedList<Opportunity> after = opportunities;
    for (String id : new LinkedHashSet<>(selections)) {
      Opportunity current = opportunities.find(id).orElseThrow();
      if (current.selected()) {
        after = after.put(current.withSelected(false));
      }
    }
    return new OpportunityLog(after, AppendLog.empty());
  }

  /** Returns the selected opportunities, in the order identified. */
  List<Opportunity> selected() {
    Set<String> ids = new LinkedHashSet<>(selections);
    List<String> sorted = new ArrayList<>(ids);
    sorted.sort(Comparator.comparingInt(opportunities::placeOf));
    List<Opportunity> selected = new ArrayList<>(sorted.size());
    for (String id : sorted) {
      Opportunity current = opportunities.find(id).orElseThrow();
      if (current.selected()) {
        selected.add(current);
      }
    }
    return selected;
  }

  @Override
  protected List<Opportunity> delegate() {
    return opportunities;
  }
}

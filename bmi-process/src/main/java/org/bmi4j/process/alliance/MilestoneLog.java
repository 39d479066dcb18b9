package org.bmi4j.process.alliance;

import java.util.AbstractList;
import java.util.RandomAccess;
import org.bmi4j.core.internal.AppendLog;

/**
 * The milestones of a plan, in the order planned, each as last planned or completed: an immutable
 * list that shares its storage with the list it grew from, so that planning and completing a
 * milestone cost O(1) amortised however many milestones there are (library formalisation). Each
 * change appends a new version of the milestone at its place; the list shows the last one. A
 * document may hold two milestones of one id (the process refuses planning the second); completing
 * that id completes both, as it always did. Completing an id writes only the milestones of that id
 * planned since it was last completed (the earlier ones are done already), so each milestone is
 * written at most twice, and completing costs O(1) amortised however often an id is completed and
 * however many milestones share it.
 */
final class MilestoneLog extends AbstractList<Milestone> implements RandomAccess {
  /** A milestone at its place in the plan. */
  private record Placed(int place, Milestone milestone) {}

  /** The completion of an id: every milestone of the id up to {@code place} is done. */
  private record Completed(String id, int place) {}

  static final MilestoneLog EMPTY =
      new MilestoneLog(
          AppendLog.keyed(Placed::place),
          AppendLog.<String>keyed(id -> id),
          AppendLog.keyed(Completed::id),
          0);

  private final AppendLog<Placed> versions; // keyed by place; the last version of a place counts
  private final AppendLog<String> ids; // the ids in the order planned, keyed by id
  private final AppendLog<Completed> completions; // keyed by id; its last completion counts
  private final int open; // milestones not done

  private MilestoneLog(
      AppendLog<Placed> versions,
      AppendLog<String> ids,
      AppendLog<Completed> completions,
      int open) {
    this.versions = versions;
    this.ids = ids;
    this.completions = completions;
    this.open = open;
  }

  /**
   * Returns how many milestones are not done; O(1), so that a guard needing every milestone done
   * walks them only to name the open ones.
   *
   * @return how many milestones are not done
   */
  int open() {
    return open;
  }

  /**
   * Returns the log of {@code milestones}, in order; O(1) if it is a log already.
   *
   * @param milestones the milestones
   * @return the log of {@code milestones}
   */
  static MilestoneLog copyOf(Iterable<Milestone> milestones) {
    if (milestones instanceof MilestoneLog log) {
      return log;
    }
    MilestoneLog log = EMPTY;
    for (Milestone milestone : milestones) {
      log = log.plan(milestone);
    }
    return log;
  }

  /**
   * Returns whether a milestone of id {@code id} is planned; O(1).
   *
   * @param id the milestone's id
   * @return whether a milestone of that id is planned
   */
  boolean contains(String id) {
    return ids.lastIndex(id) >= 0;
  }

  /**
   * Returns this log with {@code milestone} planned after the others.
   *
   * @param milestone the milestone
   * @return this log with {@code milestone} after the others
   */
  MilestoneLog plan(Milestone milestone) {
    return new MilestoneLog(
        versions.append(new Placed(ids.size(), milestone)),
        ids.append(milestone.id()),
        completions,
        milestone.done() ? open : open + 1);
  }

  /**
   * Returns this log with every milestone of id {@code id} done, in its place; writes only those
   * planned since the id was last completed, so O(1) amortised.
   *
   * @param id the milestone's id
   * @return this log with every milestone of that id done
   */
  MilestoneLog complete(String id) {
    int last = ids.lastIndex(id);
    int completed = completions.lastIndex(id);
    int done = completed < 0 ? -1 : completions.get(completed).place();
    if (last == done) {
      return this; // no milestone of the id, or every one done already
    }
    AppendLog<Placed> after = versions;
    int stillOpen = open;
    for (int place = last; place > done; place = ids.previousIndex(place)) {
      Milestone m = get(place);
      stillOpen -= m.done() ? 0 : 1;
      after =
          after.append(
              new Placed(place, new Milestone(m.id(), m.description(), m.responsible(), true)));
    }
    return new MilestoneLog(after, ids, completions.append(new Completed(id, last)), stillOpen);
  }

  /** Returns how many milestone versions this log holds; for its properties. */
  int versionCount() {
    return versions.size();
  }

  @Override
  public Milestone get(int index) {
    return versions.last(Integer.valueOf(index)).orElseThrow().milestone();
  }

  @Override
  public int size() {
    return ids.size();
  }
}

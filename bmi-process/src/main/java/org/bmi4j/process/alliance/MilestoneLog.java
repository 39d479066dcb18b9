package org.bmi4j.process.alliance;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;
import org.bmi4j.core.internal.AppendLog;
import org.jspecify.annotations.Nullable;

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
 *
 * <p>A plan of at most {@value #FEW} milestones, the usual one, is held in an array of its own,
 * copied on each change (a scan of at most {@value #FEW} milestones), without the three keyed logs:
 * planning and completing cost a small copy instead of appends to logs that each walk starts anew.
 * The plan moves into the logs when its {@value #FEW}th milestone is followed by another.
 */
final class MilestoneLog extends AbstractList<Milestone> implements RandomAccess {
  /** A milestone at its place in the plan. */
  private record Placed(int place, Milestone milestone) {}

  /** The completion of an id: every milestone of the id up to {@code place} is done. */
  private record Completed(String id, int place) {}

  /** The most milestones a plan holds in an array of its own rather than in logs. */
  static final int FEW = 8;

  private static final Milestone[] NONE = new Milestone[0];

  /** The empty plan of logs, where a plan of more than {@link #FEW} milestones starts. */
  private static final MilestoneLog NO_LOGS =
      new MilestoneLog(
          AppendLog.keyed(Placed::place),
          AppendLog.<String>keyed(id -> id),
          AppendLog.keyed(Completed::id),
          0);

  static final MilestoneLog EMPTY = new MilestoneLog(NONE, 0);

  // a plan of at most FEW milestones: the milestones, else null and the plan is in the logs
  private final Milestone @Nullable [] few;
  private final AppendLog<Placed> versions; // keyed by place; the last version of a place counts
  private final AppendLog<String> ids; // the ids in the order planned, keyed by id
  private final AppendLog<Completed> completions; // keyed by id; its last completion counts
  private final int open; // milestones not done

  private MilestoneLog(
      AppendLog<Placed> versions,
      AppendLog<String> ids,
      AppendLog<Completed> completions,
      int open) {
    this.few = null;
    this.versions = versions;
    this.ids = ids;
    this.completions = completions;
    this.open = open;
  }

  private MilestoneLog(Milestone[] few, int open) {
    this.few = few;
    this.versions = NO_LOGS.versions;
    this.ids = NO_LOGS.ids;
    this.completions = NO_LOGS.completions;
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
   * Returns whether a milestone of id {@code id} is planned; O(1) (a scan of at most {@value #FEW}
   * while the plan is short).
   *
   * @param id the milestone's id
   * @return whether a milestone of that id is planned
   */
  boolean contains(String id) {
    Milestone[] plan = few;
    if (plan != null) {
      for (Milestone m : plan) {
        if (m.id().equals(id)) {
          return true;
        }
      }
      return false;
    }
    return ids.lastIndex(id) >= 0;
  }

  /**
   * Returns this log with {@code milestone} planned after the others.
   *
   * @param milestone the milestone
   * @return this log with {@code milestone} after the others
   */
  MilestoneLog plan(Milestone milestone) {
    int opened = milestone.done() ? open : open + 1;
    Milestone[] plan = few;
    if (plan != null) {
      if (plan.length < FEW) {
        Milestone[] planned = Arrays.copyOf(plan, plan.length + 1);
        planned[plan.length] = checkNotNull(milestone, "milestone");
        return new MilestoneLog(planned, opened);
      }
      return inLogs(plan).plan(milestone);
    }
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
    Milestone[] plan = few;
    if (plan != null) {
      Milestone[] completed = null;
      int stillOpen = open;
      for (int place = 0; place < plan.length; place++) {
        Milestone m = plan[place];
        if (!m.done() && m.id().equals(id)) {
          if (completed == null) {
            completed = plan.clone();
          }
          completed[place] = new Milestone(m.id(), m.description(), m.responsible(), true);
          stillOpen--;
        }
      }
      return completed == null ? this : new MilestoneLog(completed, stillOpen);
    }
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
    Milestone[] plan = few;
    return plan != null ? plan.length : versions.size();
  }

  /**
   * Returns the plan {@code plan} held in logs, each milestone planned as it is (so those done are
   * written once more if their id is completed again).
   */
  private static MilestoneLog inLogs(Milestone[] plan) {
    MilestoneLog log = NO_LOGS;
    for (Milestone m : plan) {
      log = log.plan(m);
    }
    return log;
  }

  @Override
  public Milestone get(int index) {
    Milestone[] plan = few;
    if (plan != null) {
      return plan[index];
    }
    return versions.last(Integer.valueOf(index)).orElseThrow().milestone();
  }

  @Override
  public int size() {
    Milestone[] plan = few;
    return plan != null ? plan.length : ids.size();
  }
}

package org.bmi4j.process.alliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A plan of at most {@link MilestoneLog#FEW} milestones is held in an array of its own, copied on
 * each change; a longer one in the logs. Across the bound the plan behaves like a plain list, and
 * every earlier version keeps what it showed.
 */
class MilestoneLogTests {
  private static Milestone milestone(int i, boolean done) {
    return new Milestone("m" + i % 5, "milestone " + i, "oem", done);
  }

  private static List<Milestone> completed(List<Milestone> plan, String id) {
    List<Milestone> after = new ArrayList<>(plan);
    for (int i = 0; i < after.size(); i++) {
      Milestone m = after.get(i);
      if (m.id().equals(id)) {
        after.set(i, new Milestone(m.id(), m.description(), m.responsible(), true));
      }
    }
    return after;
  }

  @Test
  void aShortPlanWritesEachMilestoneOnceHoweverOftenItIsCompleted() {
    MilestoneLog log = MilestoneLog.EMPTY.plan(milestone(0, false)).plan(milestone(1, false));
    MilestoneLog done = log.complete("m0").complete("m0").complete("m1");
    assertEquals(2, done.versionCount(), "the array, not a version per change");
    assertTrue(done.stream().allMatch(Milestone::done));
    assertEquals(0, done.open());
    assertSame(done, done.complete("m0"), "completing what is done changes nothing");
    assertEquals(2, log.open(), "the earlier version keeps its open milestones");
  }

  @Test
  void aPlanCrossingTheBoundBehavesLikeAPlainList() {
    MilestoneLog log = MilestoneLog.EMPTY;
    List<Milestone> plain = new ArrayList<>();
    List<MilestoneLog> versions = new ArrayList<>();
    List<List<Milestone>> plains = new ArrayList<>();
    for (int i = 0; i < 3 * MilestoneLog.FEW; i++) {
      Milestone m = milestone(i, i % 3 == 0);
      log = log.plan(m);
      plain.add(m);
      if (i % 4 == 3) {
        String id = "m" + i % 5;
        log = log.complete(id);
        plain = completed(plain, id);
      }
      versions.add(log);
      plains.add(List.copyOf(plain));
      for (int v = 0; v < versions.size(); v++) {
        MilestoneLog version = versions.get(v);
        List<Milestone> expected = plains.get(v);
        assertEquals(expected, version, "version " + v);
        assertEquals(expected.stream().filter(x -> !x.done()).count(), version.open());
        for (int k = 0; k < 6; k++) {
          String id = "m" + k;
          assertEquals(expected.stream().anyMatch(x -> x.id().equals(id)), version.contains(id));
        }
        assertTrue(version.versionCount() <= 2 * version.size(), "each written at most twice");
      }
    }
    // a branch from a short version after the plan moved into the logs
    MilestoneLog branch = versions.get(MilestoneLog.FEW - 2).plan(milestone(99, false));
    List<Milestone> expected = new ArrayList<>(plains.get(MilestoneLog.FEW - 2));
    expected.add(milestone(99, false));
    assertEquals(expected, branch);
    assertEquals(plains.get(MilestoneLog.FEW - 1), versions.get(MilestoneLog.FEW - 1));
  }
}

package org.bmi4j.process.alliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.Sector;

/**
 * Issue 13: the alliance context's revisions, former partners and milestones, held as logs shared
 * from context to context, behave like the plain lists they replace: same contents and order, and
 * every earlier context keeps what it showed, however the contexts branch; completing a milestone
 * writes each milestone of its id once at most, so it costs O(1) amortised however often it is
 * completed and however many milestones share the id.
 */
class AllianceLogProperties {
  @Property(tries = 200)
  void revisionsAndFormerPartnersBehaveLikePlainLists(
      @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 1000) Integer> steps) {
    AllianceContext start = Alliances.concept().context();
    List<AllianceContext> versions = new ArrayList<>(List.of(start));
    List<ImmutableList<ModelRevision>> revisions = new ArrayList<>(List.of(ImmutableList.of()));
    List<ImmutableList<Partner>> former = new ArrayList<>(List.of(ImmutableList.of()));
    int n = 0;
    for (int step : steps) {
      int from = step % versions.size(); // a branch from any earlier context
      AllianceContext c = versions.get(from);
      n++;
      if (step % 2 == 0) {
        ModelRevision revision =
            new ModelRevision(1, "revision " + n, Instant.EPOCH.plusSeconds(n));
        versions.add(c.withRevision(revision));
        revisions.add(
            ImmutableList.<ModelRevision>builder()
                .addAll(revisions.get(from))
                .add(revision)
                .build());
        former.add(former.get(from));
      } else {
        Partner partner =
            new Partner(
                Actor.of("p" + n, "Partner " + n, ActorRole.PARTNER, Sector.PRIVATE),
                true,
                Optional.empty(),
                Optional.empty());
        versions.add(c.withFormerPartner(partner));
        revisions.add(revisions.get(from));
        former.add(ImmutableList.<Partner>builder().addAll(former.get(from)).add(partner).build());
      }
      for (int i = 0; i < versions.size(); i++) {
        assertEquals(revisions.get(i), versions.get(i).revisions(), "revisions of version " + i);
        assertEquals(former.get(i), versions.get(i).formerPartners(), "former of version " + i);
        assertEquals(
            versions.get(i),
            AllianceContext.builder().from(versions.get(i)).build(),
            "a copy equals its original");
      }
    }
  }

  @Property(tries = 200)
  void milestonesBehaveLikeAPlainListUnderPlanningAndCompletion(
      @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 1000) Integer> steps) {
    AllianceContext start = Alliances.concept().context();
    List<AllianceContext> versions = new ArrayList<>(List.of(start));
    List<List<Milestone>> plain = new ArrayList<>(List.of(List.of()));
    for (int step : steps) {
      int from = step % versions.size(); // a branch from any earlier context
      AllianceContext c = versions.get(from);
      List<Milestone> before = plain.get(from);
      String id = "m" + step % 7; // ids repeat, as a document may hold them
      List<Milestone> after = new ArrayList<>(before);
      if (step % 3 == 0) {
        for (int i = 0; i < after.size(); i++) {
          Milestone m = after.get(i);
          if (m.id().equals(id)) {
            after.set(i, new Milestone(m.id(), m.description(), m.responsible(), true));
          }
        }
        versions.add(c.withMilestoneList(c.milestoneLog().complete(id)));
      } else {
        Milestone m = new Milestone(id, "milestone " + step, "oem", step % 2 == 0);
        after.add(m);
        versions.add(c.withMilestoneList(c.milestoneLog().plan(m)));
      }
      plain.add(List.copyOf(after));
      for (int i = 0; i < versions.size(); i++) {
        AllianceContext v = versions.get(i);
        assertEquals(plain.get(i), v.milestones(), "milestones of version " + i);
        for (int k = 0; k < 7; k++) {
          String key = "m" + k;
          assertEquals(
              plain.get(i).stream().anyMatch(m -> m.id().equals(key)),
              v.milestoneLog().contains(key),
              "whether version " + i + " holds " + key);
        }
        assertEquals(
            plain.get(i).stream().filter(m -> !m.done()).count(),
            v.milestoneLog().open(),
            "the open milestones of version " + i);
        assertTrue(
            v.milestoneLog().versionCount() <= 2 * v.milestones().size(),
            "each milestone written at most twice (planned, completed), however often completed");
        assertEquals(v, AllianceContext.builder().from(v).build(), "a copy equals its original");
        assertEquals(
            v,
            AllianceContext.builder()
                .from(v)
                .build()
                .withMilestoneList(List.copyOf(v.milestones())),
            "built from a plain list, the same context");
      }
    }
  }

  @Property(tries = 200)
  void completingMilestonesOfOneIdAgainWritesNothing(
      @ForAll @IntRange(min = 1, max = 30) int held,
      @ForAll @IntRange(min = 1, max = 30) int completions) {
    // a document may hold several milestones of one id; completing the id completes each of them
    List<Milestone> plan = new ArrayList<>();
    for (int i = 0; i < held; i++) {
      plan.add(new Milestone("pilot", "pilot " + i, "oem", i % 2 == 0));
    }
    MilestoneLog log = MilestoneLog.copyOf(plan);
    for (int i = 0; i < completions; i++) {
      log = log.complete("pilot");
    }
    assertEquals(held, log.size());
    assertTrue(log.stream().allMatch(Milestone::done), "every milestone of the id is done");
    assertEquals(0, log.open());
    assertTrue(
        log.versionCount() <= 2 * held,
        "each milestone written at most twice, was " + log.versionCount() + " for " + held);
  }
}

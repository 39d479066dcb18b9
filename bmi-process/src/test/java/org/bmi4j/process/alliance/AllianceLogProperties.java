package org.bmi4j.process.alliance;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * Issue 13: the alliance context's revisions and former partners, held as logs shared from context
 * to context, behave like the plain lists they replace: same contents and order, and every earlier
 * context keeps what it showed, however the contexts branch.
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
}

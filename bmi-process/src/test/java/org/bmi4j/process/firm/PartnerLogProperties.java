package org.bmi4j.process.firm;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * Issue 13: the shared partner log shows the same list as rewriting a plain list on every proposal
 * and withdrawal (as {@code withPartner} and {@code withoutPartner} did), finds each partner as the
 * list does, and versions it grew from keep what they showed.
 */
class PartnerLogProperties {
  @Property
  void showsWhatRewritingAPlainListShows(
      @ForAll @Size(max = 120) List<@IntRange(min = 0, max = 79) Integer> steps) {
    PartnerLog log = PartnerLog.EMPTY;
    List<ProposedPartner> plain = new ArrayList<>();
    List<PartnerLog> versions = new ArrayList<>();
    List<List<ProposedPartner>> shown = new ArrayList<>();
    for (int step : steps) {
      String id = "p-" + step % 20; // few ids, so proposals meet earlier ones
      if (step < 40) {
        ProposedPartner proposed = partner(id, step);
        log = log.propose(proposed);
        int at = indexOf(plain, id);
        if (at < 0) {
          plain.add(proposed);
        } else {
          plain.set(at, proposed);
        }
      } else {
        log = log.withdraw(id);
        plain.removeIf(p -> p.partner().id().equals(id));
      }
      versions.add(log);
      shown.add(List.copyOf(plain));
      assertEquals(plain, log);
      assertEquals(plain.size(), log.size());
      assertEquals(plain.hashCode(), log.hashCode());
      for (int i = 0; i < 20; i++) {
        String any = "p-" + i;
        int at = indexOf(plain, any);
        assertEquals(at < 0 ? Optional.empty() : Optional.of(plain.get(at)), log.find(any));
      }
    }
    for (int i = 0; i < versions.size(); i++) {
      assertEquals(shown.get(i), versions.get(i), "an earlier version keeps what it showed");
    }
  }

  @Property(tries = 100)
  void manyWithdrawalsRebuildTheLogAndKeepTheOrder(
      @ForAll @IntRange(min = 1, max = 300) int partners,
      @ForAll @IntRange(max = 7) int keepEvery) {
    PartnerLog log = PartnerLog.EMPTY;
    List<ProposedPartner> plain = new ArrayList<>();
    for (int i = 0; i < partners; i++) {
      log = log.propose(partner("p-" + i, i));
      plain.add(partner("p-" + i, i));
    }
    for (int i = 0; i < partners; i++) {
      if (keepEvery == 0 || i % (keepEvery + 1) != 0) {
        log = log.withdraw("p-" + i);
        int n = i;
        plain.removeIf(p -> p.partner().id().equals("p-" + n));
      }
    }
    assertEquals(plain, log);
    ProposedPartner again = partner("p-0", -1);
    log = log.propose(again);
    int at = indexOf(plain, "p-0");
    if (at < 0) {
      plain.add(again);
    } else {
      plain.set(at, again);
    }
    assertEquals(plain, log);
  }

  private static int indexOf(List<ProposedPartner> plain, String id) {
    for (int i = 0; i < plain.size(); i++) {
      if (plain.get(i).partner().id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  private static ProposedPartner partner(String id, int version) {
    return new ProposedPartner(
        Actor.of(id, "Partner " + id, ActorRole.PARTNER, Sector.PRIVATE),
        version % 2 == 0 ? FirmFixtures.RENTALS : FirmFixtures.RIVAL_SALES);
  }
}

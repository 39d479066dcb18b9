package org.bmi4j.process.firm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.bmi4j.core.analysis.BusinessModelIntersection;
import org.bmi4j.core.json.BmiJson;
import org.bmi4j.core.json.DocumentType;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Sector;
import org.bmi4j.process.Outcome;
import org.bmi4j.process.Violation;
import org.bmi4j.process.Violations;
import org.bmi4j.process.ViolationsAccess;

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

  /**
   * Issue 13: the count of proposed partners without synergy with an extant model, which the log
   * keeps through proposals and withdrawals once it has counted them for that model, equals what
   * walking the partners' intersections answers (the oracle, kept here), from any earlier version,
   * for logs rebuilt from plain lists (as a document read gives them) and for two extant models
   * asked about in turn.
   */
  @Property(tries = 200)
  void partnersWithoutSynergyEqualAWalkOfTheIntersections(
      @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 10_000) Integer> steps) {
    List<PartnerLog> versions = new ArrayList<>(List.of(PartnerLog.EMPTY));
    List<BusinessModel> models =
        List.of(FirmFixtures.RENTALS, FirmFixtures.RIVAL_SALES, FirmFixtures.PARKING_BM);
    List<BusinessModel> extant = List.of(FirmFixtures.FLEET, FirmFixtures.FLEET_V2);
    for (int step : steps) {
      PartnerLog log = versions.get(step % versions.size()); // a branch from any version
      String id = "p-" + (step / 3) % 8;
      PartnerLog next =
          switch (step % 4) {
            case 0, 1 ->
                log.propose(
                    new ProposedPartner(
                        Actor.of(id, "Partner " + id, ActorRole.PARTNER, Sector.PRIVATE),
                        models.get((step / 5) % 3)));
            case 2 -> log.withdraw(id);
            default -> rebuilt(log); // as a document read gives it
          };
      versions.add(next);
      for (int i = 0; i < versions.size(); i++) {
        for (BusinessModel model : List.of(extant.get((step + i) % 2), extant.get(0))) {
          int without = 0;
          for (ProposedPartner p : List.copyOf(versions.get(i))) {
            without += Intersections.of(model, p.model()).hasSynergy() ? 0 : 1;
          }
          assertEquals(
              without,
              versions.get(i).withoutSynergy(model),
              "partners without synergy with " + model.id() + " v" + model.version() + ", " + i);
        }
      }
    }
  }

  /**
   * Issue 13: leaving CONSOLIDATION reports exactly what walking every proposed partner's
   * intersection reported (the oracle), in order and with the values, for firms grown by random
   * proposals and withdrawals with rounds to CREATION and back, and for the firm read back from
   * JSON.
   */
  @Property(tries = 100)
  void leavingConsolidationReportsWhatWalkingTheIntersectionsReports(
      @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 10_000) Integer> steps) {
    DocumentType<FirmInstance> type = FirmProcess.documentType(FirmFixtures.CLOCK);
    List<BusinessModel> models =
        List.of(FirmFixtures.RENTALS, FirmFixtures.RIVAL_SALES, FirmFixtures.PARKING_BM);
    FirmInstance firm = FirmFixtures.consolidation();
    for (int step : steps) {
      String id = "p-" + (step / 3) % 5;
      FirmEvent event =
          switch (step % 3) {
            case 0, 1 ->
                new FirmEvent.ProposePartnerModel(
                    Actor.of(id, "Partner " + id, ActorRole.PARTNER, Sector.PRIVATE),
                    models.get((step / 5) % 3));
            default -> new FirmEvent.WithdrawPartner(id, "leaves");
          };
      firm = firm.apply(event).instance();
      Outcome<FirmInstance> advanced = firm.apply(new FirmEvent.Advance());
      assertEquals(walkingExit(firm.context()), advanced.violations());
      if (advanced.isAccepted()) {
        firm = advanced.instance().applyOrThrow(new FirmEvent.FallBack("once more"));
        assertEquals(List.of(), firm.apply(new FirmEvent.Advance()).violations());
      }
    }
    FirmInstance read = BmiJson.read(type, BmiJson.write(type, firm));
    assertEquals(walkingExit(read.context()), read.apply(new FirmEvent.Advance()).violations());
  }

  private static PartnerLog rebuilt(List<ProposedPartner> partners) {
    PartnerLog log = PartnerLog.EMPTY;
    for (ProposedPartner p : List.copyOf(partners)) {
      log = log.propose(p);
    }
    return log;
  }

  private static List<Violation> walkingExit(FirmContext c) {
    Violations v = ViolationsAccess.create();
    if (c.partners().isEmpty()) {
      v.report(FirmViolation.NO_PROPOSED_PARTNER, "");
    }
    for (ProposedPartner p : List.copyOf(c.partners())) {
      String id = p.partner().id();
      BusinessModelIntersection intersection = Intersections.of(c.extantModel(), p.model());
      if (!intersection.hasSynergy()) {
        v.report(
            FirmViolation.NO_SYNERGY,
            id,
            intersection.first(),
            intersection.second(),
            intersection.compared(),
            id);
      }
    }
    return ViolationsAccess.list(v);
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

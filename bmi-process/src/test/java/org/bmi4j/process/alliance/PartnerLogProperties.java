package org.bmi4j.process.alliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.bmi4j.core.alliance.ContributionLedger;
import org.bmi4j.core.alliance.Direction;
import org.bmi4j.core.alliance.LedgerEntry;
import org.bmi4j.core.alliance.Tangibility;
import org.bmi4j.core.alliance.WinWinVerdict;
import org.bmi4j.core.internal.AppendLog;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.GovernanceAssignment;
import org.bmi4j.core.model.Sector;
import org.bmi4j.core.model.ValueKind;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: the alliance's current partners, held as a log shared from context to context, behave
 * like the plain list they replace under proposals, commitments, stakes and removals from any
 * place: same contents and order, the same partner found by id, and every earlier context keeps
 * what it showed, however the contexts branch.
 */
class PartnerLogProperties {
  private static Partner partner(String id, boolean committed) {
    return new Partner(
        Actor.of(id, "Partner " + id, ActorRole.PARTNER, Sector.PRIVATE),
        committed,
        Optional.empty(),
        Optional.empty());
  }

  @Property(tries = 300)
  void currentPartnersBehaveLikeAPlainList(
      @ForAll @Size(max = 80) List<@IntRange(min = 0, max = 10_000) Integer> steps) {
    List<PartnerLog> versions = new ArrayList<>(List.of(PartnerLog.EMPTY));
    List<List<Partner>> plain = new ArrayList<>(List.of(List.of()));
    for (int step : steps) {
      int from = step % versions.size(); // a branch from any earlier version
      PartnerLog log = versions.get(from);
      List<Partner> after = new ArrayList<>(plain.get(from));
      String id = "p" + (step / 7) % 12; // ids repeat: a removed partner may be proposed again
      int index = indexOf(after, id);
      PartnerLog next;
      if (index < 0) {
        Partner p = partner(id, false);
        next = log.propose(p);
        after.add(p);
      } else if (step % 3 == 0) {
        next = log.remove(id);
        after.remove(index);
      } else {
        Partner p = partner(id, step % 2 == 0);
        next = log.replace(p);
        after.set(index, p);
      }
      versions.add(next);
      plain.add(List.copyOf(after));
      for (int i = 0; i < versions.size(); i++) {
        PartnerLog v = versions.get(i);
        List<Partner> expected = plain.get(i);
        assertEquals(expected, v, "partners of version " + i);
        assertEquals(expected.size(), v.size());
        assertEquals(expected.hashCode(), v.hashCode());
        for (int k = 0; k < 12; k++) {
          String key = "p" + k;
          int at = indexOf(expected, key);
          assertEquals(at < 0 ? null : expected.get(at), v.partner(key), key + " in version " + i);
          assertEquals(at >= 0, v.contains(key));
        }
        assertEquals(v, PartnerLog.copyOf(List.copyOf(v)), "rebuilt from a plain list");
      }
    }
  }

  /**
   * Issue 13: the count of committed partners and whether a contract's partner set names exactly
   * the current partners, which the log answers without walking its partners once it has compared a
   * set, equal what walking the partners answers (the oracle, kept here), for proposals,
   * commitments, stakes, removals and signings from any earlier version, logs rebuilt from plain
   * lists (as a document read or a start context gives), and sets asked about that are not the
   * signed one.
   */
  @Property(tries = 300)
  void committedCountAndContractNamingEqualAWalkOfThePartners(
      @ForAll @Size(max = 80) List<@IntRange(min = 0, max = 10_000) Integer> steps) {
    List<PartnerLog> versions = new ArrayList<>(List.of(PartnerLog.EMPTY));
    List<ImmutableSet<String>> signed = new ArrayList<>();
    signed.add(ImmutableSet.of());
    List<ImmutableSet<String>> asked = new ArrayList<>(List.of(ImmutableSet.of()));
    for (int step : steps) {
      int from = step % versions.size(); // a branch from any earlier version
      PartnerLog log = versions.get(from);
      ImmutableSet<String> contract = signed.get(from);
      String id = "p" + (step / 7) % 12; // ids repeat: a removed partner may be proposed again
      PartnerLog next;
      switch (step % 6) {
        case 0, 1 ->
            next =
                log.contains(id)
                    ? log.replace(partner(id, step % 4 < 2))
                    : log.propose(partner(id, false));
        case 2 -> next = log.contains(id) ? log.remove(id) : log.propose(partner(id, true));
        case 3 -> {
          // signing: a set naming the current partners, sometimes one more or one less, asked
          // about before the stakes are recorded partner by partner, as the guard and update do
          Set<String> ids = new LinkedHashSet<>(walkIds(log));
          if (step % 5 == 0) {
            ids.add(id);
          } else if (step % 5 == 1) {
            ids.remove(id);
          }
          contract = ImmutableSet.copyOf(ids);
          asked.add(contract);
          assertEquals(walkIds(log).equals(contract), log.isNamedBy(contract), "signing");
          next = log;
          for (Partner p : List.copyOf(log)) {
            next = next.replace(p);
          }
        }
        case 4 -> next = PartnerLog.copyOf(List.copyOf(log)); // as a document read gives it
        default -> next = log;
      }
      versions.add(next);
      signed.add(contract);
      for (int i = 0; i < versions.size(); i++) {
        PartnerLog v = versions.get(i);
        Set<String> ids = walkIds(v);
        int committed = 0;
        for (Partner p : List.copyOf(v)) {
          committed += p.committed() ? 1 : 0;
        }
        assertEquals(committed, v.committed(), "committed partners of version " + i);
        ImmutableSet<String> own = signed.get(i);
        assertEquals(ids.equals(own), v.isNamedBy(own), "the signed set, version " + i);
        ImmutableSet<String> other = asked.get((step + i) % asked.size());
        assertEquals(ids.equals(other), v.isNamedBy(other), "set " + other + ", version " + i);
        assertEquals(
            ids.equals(ImmutableSet.copyOf(other)),
            v.isNamedBy(ImmutableSet.copyOf(List.copyOf(other))),
            "an equal set, version " + i);
        assertEquals(ids.equals(own), v.isNamedBy(own), "the signed set again, version " + i);
      }
    }
  }

  /**
   * Issue 13: how many current partners are below the win-win ratio, which the log carries through
   * each change of partners and each recorded entry, equals what the ledger's verdict on every
   * entry names for the partners (the oracle), for proposals, removals and entries (valued or not,
   * of current, former and unknown partners) from any earlier version, logs rebuilt from plain
   * lists, ratios changing and ledgers the log was not judged on.
   */
  @Property(tries = 300)
  void partnersBelowTheRatioEqualTheLedgersVerdict(
      @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 10_000) Integer> steps) {
    List<BigDecimal> ratios = List.of(BigDecimal.ONE, new BigDecimal("1.0"), new BigDecimal("2"));
    List<PartnerLog> logs = new ArrayList<>(List.of(PartnerLog.EMPTY));
    List<ContributionLedger> ledgers =
        new ArrayList<>(List.of(ContributionLedger.of(Alliances.EUR)));
    for (int step : steps) {
      int from = step % logs.size(); // a branch from any earlier version
      PartnerLog log = logs.get(from);
      ContributionLedger ledger = ledgers.get(from);
      String id = "p" + (step / 7) % 6;
      BigDecimal ratio = ratios.get((step / 3) % ratios.size());
      log.below(ledger, ratio); // judged, as the exit from DEVELOPMENT judges it
      switch (step % 5) {
        case 0 -> log = log.contains(id) ? log.remove(id) : log.propose(partner(id, false));
        case 1, 2 -> {
          Direction direction = step % 2 == 0 ? Direction.CONTRIBUTION : Direction.RETURN;
          LedgerEntry entry =
              step % 11 == 0
                  ? LedgerEntry.builder()
                      .from(Alliances.entry(id, direction, "1"))
                      .valuation(Optional.empty())
                      .valueKind(ValueKind.SOCIAL)
                      .tangibility(Tangibility.INTANGIBLE)
                      .build()
                  : Alliances.entry(id, direction, String.valueOf(step % 13));
          ContributionLedger next = ledger.withEntry(entry);
          log = log.recorded(ledger, next, id);
          ledger = next;
        }
        case 3 -> log = PartnerLog.copyOf(List.copyOf(log)); // as a document read gives it
        default -> ledger = ledgers.get((step / 5) % ledgers.size()); // a ledger not judged on
      }
      logs.add(log);
      ledgers.add(ledger);
      for (int i = 0; i < logs.size(); i++) {
        PartnerLog v = logs.get(i);
        for (BigDecimal r : List.of(ratio, ratios.get(i % ratios.size()))) {
          assertEquals(walkBelow(v, ledgers.get(i), r), v.below(ledgers.get(i), r), "version " + i);
        }
      }
    }
  }

  /**
   * Issue 13: whether a removed partner performs in the alliance BM, which the log carries through
   * each proposal and removal told of the former partners, equals a walk of the BM's performers
   * against the former and current partners (the oracle), for proposals, commitments, removals
   * (told or not), partners proposed again, branches from any earlier version, logs rebuilt from
   * lists and BMs changing.
   */
  @Property(tries = 300)
  void aRemovedPartnerPerformingEqualsAWalkOfThePerformers(
      @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 10_000) Integer> steps) {
    List<BusinessModel> models = new ArrayList<>();
    for (int k = 0; k < 4; k++) {
      models.add(Alliances.allianceModelPerformedBy("p" + k));
    }
    List<PartnerLog> logs = new ArrayList<>(List.of(PartnerLog.EMPTY));
    List<AppendLog<Partner>> formers =
        new ArrayList<>(List.of(AbstractAllianceLogs.NO_FORMER_PARTNERS));
    for (int step : steps) {
      int from = step % logs.size(); // a branch from any earlier version
      PartnerLog log = logs.get(from);
      AppendLog<Partner> former = formers.get(from);
      String id = "p" + (step / 7) % 6;
      BusinessModel model = models.get((step / 3) % models.size());
      log.removedPerform(model, former); // judged, as an exit from FOUNDATION or OPERATION is
      switch (step % 6) {
        case 0, 1 -> {
          if (log.contains(id)) {
            Partner removed = log.partner(id);
            AppendLog<Partner> after = former.append(removed);
            log = step % 2 == 0 ? log.remove(id, former, after) : log.remove(id);
            former = after;
          } else {
            log = log.propose(partner(id, false), former);
          }
        }
        case 2 -> log = log.contains(id) ? log.replace(partner(id, true)) : log;
        case 3 -> log = PartnerLog.copyOf(List.copyOf(log)); // as a document read gives it
        default -> log = log.contains(id) ? log : log.propose(partner(id, true));
      }
      logs.add(log);
      formers.add(former);
      for (int i = 0; i < logs.size(); i++) {
        PartnerLog v = logs.get(i);
        for (BusinessModel m : List.of(model, models.get(i % models.size()))) {
          assertEquals(
              walkRemovedPerform(v, formers.get(i), m),
              v.removedPerform(m, formers.get(i)),
              "version " + i);
        }
      }
    }
  }

  private static boolean walkRemovedPerform(
      List<Partner> partners, List<Partner> former, BusinessModel model) {
    Set<String> current = walkIds(partners);
    Set<String> removed = walkIds(former);
    for (GovernanceAssignment assignment : model.governance()) {
      Set<String> performers = new HashSet<>(assignment.coPerformers());
      performers.add(assignment.performer());
      for (String performer : performers) {
        if (removed.contains(performer) && !current.contains(performer)) {
          return true;
        }
      }
    }
    return false;
  }

  private static int walkBelow(
      List<Partner> partners, ContributionLedger ledger, BigDecimal ratio) {
    if (partners.isEmpty()) {
      return 0;
    }
    List<String> ids = new ArrayList<>();
    for (Partner p : partners) {
      ids.add(p.id());
    }
    return ledger.winWin(ids, ratio, WinWinVerdict.EVERY_ENTRY).partnersBelow().size();
  }

  private static Set<String> walkIds(List<Partner> partners) {
    Set<String> ids = new HashSet<>();
    for (Partner p : partners) {
      ids.add(p.id());
    }
    return ids;
  }

  @Property(tries = 100)
  void aContextBuiltFromAPlainListEqualsOneGrownStepByStep(
      @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 10_000) Integer> steps) {
    AllianceContext c = Alliances.concept().context();
    for (int step : steps) {
      String id = "p" + step % 11;
      c =
          c.partner(id).isEmpty()
              ? c.withPartnerList(c.partnerLog().propose(partner(id, false)))
              : c.withPartnerList(c.partnerLog().remove(id));
    }
    AllianceContext rebuilt =
        AllianceContext.builder().from(c).build().withPartnerList(List.copyOf(c.partners()));
    assertEquals(c, rebuilt);
    assertEquals(c.hashCode(), rebuilt.hashCode());
  }

  @Test
  void twentyFourPartnersAreProposedRemovedFromAnyPlaceAndReplacedInPlace() {
    PartnerLog log = PartnerLog.EMPTY;
    List<Partner> plain = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      Partner p = partner("p" + i, false);
      log = log.propose(p);
      plain.add(p);
    }
    for (int i = 1; i < 24; i += 3) {
      log = log.remove("p" + i);
      plain.remove(indexOf(plain, "p" + i));
    }
    log = log.replace(partner("p0", true));
    plain.set(0, partner("p0", true));
    assertEquals(plain, log);
    assertEquals(partner("p0", true), log.partner("p0"));
    assertEquals(null, log.partner("p1"));
  }

  @Test
  void twoPartnersOfOneIdAreRefused() {
    AllianceContext c = Alliances.concept().context();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> c.withPartnerList(List.of(partner("oem", false), partner("oem", true))));
    assertEquals(
        "partner 'oem' is named twice among the current partners; name each partner once",
        e.getMessage());
  }

  private static int indexOf(List<Partner> partners, String id) {
    for (int i = 0; i < partners.size(); i++) {
      if (partners.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }
}

package org.bmi4j.process.multilevel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bmi4j.process.firm.FirmInstance;

/**
 * The firms of a multi-level alliance, a persistent collection whose versions share storage, behave
 * like the insertion-ordered map they replace: the same entries in the same order after any
 * sequence of puts, the same lookups, and every older version unchanged, its lookups too.
 */
class FirmsProperties {
  private static final FirmInstance OEM_FIRM = MultiLevel.firm(MultiLevel.OEM, MultiLevel.FLEET);
  private static final FirmInstance RENTAL_FIRM =
      MultiLevel.firm(MultiLevel.RENTAL, MultiLevel.RENTALS);
  private static final FirmInstance CONSOLIDATING_FIRM =
      MultiLevel.foundation().firm("oem").orElseThrow().process();

  /** Pools of partner ids: a few (scanned), one trie level, two levels. */
  private static final int[] POOLS = {6, 40, 300, 2_500};

  @Provide
  Arbitrary<List<PartnerFirm>> puts() {
    return Combinators.combine(
            Arbitraries.of("oem", "rental", "lessor", "city", "bank", "insurer"),
            Arbitraries.of(Attachment.class),
            Arbitraries.of(OEM_FIRM, RENTAL_FIRM))
        .as(PartnerFirm::new)
        .list()
        .ofMaxSize(30);
  }

  @Property
  void firmsBehaveLikeAnInsertionOrderedMap(@ForAll("puts") List<PartnerFirm> puts) {
    Firms firms = Firms.NONE;
    Map<String, PartnerFirm> plain = new LinkedHashMap<>();
    List<Firms> versions = new ArrayList<>();
    List<Map<String, PartnerFirm>> plainVersions = new ArrayList<>();
    for (PartnerFirm put : puts) {
      firms =
          put.partner().length() % 2 == 0 && firms.get(put.partner()) != null
              ? firms.withAt(indexOf(firms, put.partner()), put)
              : firms.with(put);
      plain.put(put.partner(), put);
      versions.add(firms);
      plainVersions.add(new LinkedHashMap<>(plain));
      assertEquals(plain.size(), firms.size());
      for (String partner : List.of("oem", "rental", "lessor", "city", "bank", "insurer", "x")) {
        assertSame(plain.get(partner), firms.get(partner));
      }
    }
    for (int v = 0; v < versions.size(); v++) {
      Firms version = versions.get(v);
      assertEquals(
          new ArrayList<>(plainVersions.get(v).entrySet()),
          new ArrayList<>(version.asMap().entrySet()),
          "version " + v + ", in order");
      List<PartnerFirm> byIndex = new ArrayList<>();
      for (int i = 0; i < version.size(); i++) {
        byIndex.add(version.at(i));
      }
      assertEquals(new ArrayList<>(plainVersions.get(v).values()), byIndex);
      // every version finds its own firms by id, as does one made from a copy of its array
      Firms wrapped =
          version.edited(version.size() == 0 ? null : version.edit(null, 0, version.at(0)));
      for (String partner : List.of("oem", "rental", "lessor", "city", "bank", "insurer", "x")) {
        assertSame(plainVersions.get(v).get(partner), version.get(partner), partner);
        assertSame(plainVersions.get(v).get(partner), wrapped.get(partner), partner);
      }
      assertEquals(version, Firms.of(byIndex));
      assertEquals(plainVersions.get(v).hashCode(), version.hashCode());
    }
  }

  /**
   * Firms of any number (a few, one trie level, two) behave like a plain insertion-ordered map in
   * every version, each version checked again after every later change (sharing storage never leaks
   * a change into an older version): lookups by id and index, order, equality, the attached firms
   * and those in CONSOLIDATION, the firms changed since an earlier version, and several firms
   * replaced in one draft.
   */
  @Property
  void manyFirmsBehaveLikeAnInsertionOrderedMapInEveryVersion(@ForAll long seed) {
    Random random = new Random(seed);
    int pool = POOLS[random.nextInt(POOLS.length)];
    int operations = random.nextInt(pool + 60);
    Map<String, PartnerFirm> plain = new LinkedHashMap<>();
    // first some firms, put one by one or made at once
    for (int i = random.nextInt(pool + 1); i > 0; i--) {
      PartnerFirm put = randomFirm(random, "p" + random.nextInt(pool));
      plain.put(put.partner(), put);
    }
    Firms firms = Firms.NONE;
    if (random.nextBoolean()) {
      firms = Firms.of(plain.values());
    } else {
      for (PartnerFirm firm : plain.values()) {
        firms = firms.with(firm);
      }
    }
    List<Firms> versions = new ArrayList<>();
    List<Map<String, PartnerFirm>> plainVersions = new ArrayList<>();
    for (int op = 0; op < operations; op++) {
      Firms earlier = firms;
      Map<String, PartnerFirm> plainEarlier = new LinkedHashMap<>(plain);
      int kind = random.nextInt(10);
      if (kind < 6 || plain.isEmpty()) { // a firm put, new or known
        PartnerFirm put = randomFirm(random, "p" + random.nextInt(pool));
        firms = firms.with(put);
        plain.put(put.partner(), put);
      } else if (kind < 8) { // a known firm replaced at its index
        int index = random.nextInt(plain.size());
        String partner = new ArrayList<>(plain.keySet()).get(index);
        PartnerFirm put = randomFirm(random, partner);
        firms = firms.withAt(firms.indexOf(partner), put);
        plain.put(partner, put);
      } else { // several known firms replaced in one draft
        List<String> partners = new ArrayList<>(plain.keySet());
        Object draft = null;
        for (int n = random.nextInt(5); n > 0; n--) {
          String partner = partners.get(random.nextInt(partners.size()));
          PartnerFirm put = randomFirm(random, partner);
          draft = firms.edit(draft, firms.indexOf(partner), put);
          plain.put(partner, put);
        }
        firms = firms.edited(draft);
      }
      assertEquals(plain.size(), firms.size());
      for (int probe = 0; probe < 3; probe++) {
        String partner = "p" + random.nextInt(pool + 1);
        assertSame(plain.get(partner), firms.get(partner), partner);
      }
      if (plain.size() <= 40 || random.nextInt(operations) < 12) {
        checkVersion(firms, plain);
        assertEquals(changed(plainEarlier, plain), changed(firms, earlier), "changed firms");
        versions.add(firms);
        plainVersions.add(new LinkedHashMap<>(plain));
      }
    }
    for (int v = 0; v < versions.size(); v++) {
      checkVersion(versions.get(v), plainVersions.get(v));
    }
  }

  private static PartnerFirm randomFirm(Random random, String partner) {
    FirmInstance process =
        switch (random.nextInt(3)) {
          case 0 -> OEM_FIRM;
          case 1 -> RENTAL_FIRM;
          default -> CONSOLIDATING_FIRM;
        };
    Attachment[] attachments = Attachment.values();
    return new PartnerFirm(partner, attachments[random.nextInt(attachments.length)], process);
  }

  /** Checks every read of {@code firms} against {@code plain}. */
  private static void checkVersion(Firms firms, Map<String, PartnerFirm> plain) {
    List<PartnerFirm> values = new ArrayList<>(plain.values());
    assertEquals(values.size(), firms.size());
    List<Integer> attached = new ArrayList<>();
    List<Integer> consolidating = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      PartnerFirm firm = values.get(i);
      assertSame(firm, firms.at(i), "at " + i);
      assertSame(firm, firms.get(firm.partner()), firm.partner());
      assertEquals(i, firms.indexOf(firm.partner()), firm.partner());
      if (firm.attachment() == Attachment.ATTACHED) {
        attached.add(i);
        if (firm.process() == CONSOLIDATING_FIRM) {
          consolidating.add(i);
        }
      }
    }
    assertEquals(-1, firms.indexOf("none"));
    List<Integer> attachedRead = new ArrayList<>();
    for (int i = firms.nextAttached(0); i >= 0; i = firms.nextAttached(i + 1)) {
      attachedRead.add(i);
    }
    assertEquals(attached, attachedRead, "attached");
    List<Integer> consolidatingRead = new ArrayList<>();
    for (int i = firms.nextConsolidating(0); i >= 0; i = firms.nextConsolidating(i + 1)) {
      consolidatingRead.add(i);
    }
    assertEquals(consolidating, consolidatingRead, "in CONSOLIDATION");
    assertEquals(new ArrayList<>(plain.entrySet()), new ArrayList<>(firms.asMap().entrySet()));
    assertEquals(Firms.of(values), firms);
    assertEquals(plain.hashCode(), firms.hashCode());
  }

  /** The indexes whose firm is not the same in {@code after} as in {@code before}. */
  private static List<Integer> changed(
      Map<String, PartnerFirm> before, Map<String, PartnerFirm> after) {
    List<Integer> changed = new ArrayList<>();
    int i = 0;
    for (Map.Entry<String, PartnerFirm> entry : after.entrySet()) {
      if (before.get(entry.getKey()) != entry.getValue()) {
        changed.add(i);
      }
      i++;
    }
    return changed;
  }

  /** The indexes {@link Firms#nextChanged} reads. */
  private static List<Integer> changed(Firms firms, Firms earlier) {
    List<Integer> changed = new ArrayList<>();
    for (int i = firms.nextChanged(earlier, 0); i >= 0; i = firms.nextChanged(earlier, i + 1)) {
      changed.add(i);
    }
    return changed;
  }

  private static int indexOf(Firms firms, String partner) {
    for (int i = 0; i < firms.size(); i++) {
      if (firms.at(i).partner().equals(partner)) {
        return i;
      }
    }
    throw new AssertionError(partner);
  }
}

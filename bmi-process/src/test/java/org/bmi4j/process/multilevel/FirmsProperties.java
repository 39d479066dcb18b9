package org.bmi4j.process.multilevel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bmi4j.process.firm.FirmInstance;

/**
 * The firms of a multi-level alliance, an array copied per change, behave like the
 * insertion-ordered map they replace: the same entries in the same order after any sequence of
 * puts, the same lookups, and every older version unchanged, its lookups too (the partner ids are a
 * log shared between versions).
 */
class FirmsProperties {
  private static final FirmInstance OEM_FIRM = MultiLevel.firm(MultiLevel.OEM, MultiLevel.FLEET);
  private static final FirmInstance RENTAL_FIRM =
      MultiLevel.firm(MultiLevel.RENTAL, MultiLevel.RENTALS);

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
      Firms wrapped = version.replacedBy(version.toArray());
      for (String partner : List.of("oem", "rental", "lessor", "city", "bank", "insurer", "x")) {
        assertSame(plainVersions.get(v).get(partner), version.get(partner), partner);
        assertSame(plainVersions.get(v).get(partner), wrapped.get(partner), partner);
      }
      assertEquals(version, Firms.of(byIndex));
      assertEquals(plainVersions.get(v).hashCode(), version.hashCode());
    }
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

package org.bmi4j.process.sst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Issue 13: the bases held as a shared log behave like the {@code ImmutableMap} copied on every
 * adoption they replace: the same entries in the same order, the same lookups, equality, hash code
 * and text, whatever sequence of adoptions (each from any earlier version) made them, and versions
 * they grew from keep what they showed.
 */
class BasisLogProperties {
  private static final int IDS = 8;
  private static final ModelBasis[] BASES = ModelBasis.values();

  /**
   * One adoption: from which earlier version (an index into the versions so far, modulo their
   * number), of which BM id, with which basis (none for {@code basis == BASES.length}), in place of
   * which BM id (none for {@code replacing == IDS}).
   */
  record Adoption(int from, int designed, int basis, int replacing) {}

  @Provide
  Arbitrary<Adoption> adoptions() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 1000),
            Arbitraries.integers().between(0, IDS - 1),
            Arbitraries.integers().between(0, BASES.length),
            Arbitraries.integers().between(0, IDS))
        .as(Adoption::new);
  }

  /** The bases after an adoption, computed as the copied {@code ImmutableMap} was. */
  private static ImmutableMap<String, ModelBasis> copied(
      ImmutableMap<String, ModelBasis> bases,
      String designed,
      Optional<ModelBasis> basis,
      Optional<String> replacing) {
    Map<String, ModelBasis> after = new LinkedHashMap<>(bases);
    replacing.ifPresent(after::remove);
    after.remove(designed);
    basis.ifPresent(b -> after.put(designed, b));
    return ImmutableMap.copyOf(after);
  }

  @Property
  void behavesLikeTheCopiedImmutableMap(
      @ForAll @Size(max = 60) List<@From("adoptions") Adoption> adoptions) {
    List<BasisLog> versions = new ArrayList<>(List.of(BasisLog.EMPTY));
    List<ImmutableMap<String, ModelBasis>> models = new ArrayList<>(List.of(ImmutableMap.of()));
    for (Adoption adoption : adoptions) {
      int from = adoption.from() % versions.size();
      String designed = "bm-" + adoption.designed();
      Optional<ModelBasis> basis =
          adoption.basis() == BASES.length
              ? Optional.empty()
              : Optional.of(BASES[adoption.basis()]);
      Optional<String> replacing =
          adoption.replacing() == IDS
              ? Optional.empty()
              : Optional.of("bm-" + adoption.replacing());
      BasisLog log = versions.get(from).adopted(designed, basis, replacing);
      ImmutableMap<String, ModelBasis> model = copied(models.get(from), designed, basis, replacing);
      assertSame(model, log);
      versions.add(log);
      models.add(model);
    }
    for (int i = 0; i < versions.size(); i++) {
      assertSame(models.get(i), versions.get(i));
    }
  }

  @Property
  void readsTheEntriesItIsGivenInTheirOrder(
      @ForAll @Size(max = 20) List<@From("adoptions") Adoption> entries) {
    Map<String, ModelBasis> given = new LinkedHashMap<>();
    for (Adoption entry : entries) {
      given.putIfAbsent("bm-" + entry.designed(), BASES[entry.basis() % BASES.length]);
    }
    assertSame(ImmutableMap.copyOf(given), BasisLog.copyOf(given.entrySet()));
  }

  @Property
  void refusesTwoBasesOfOneBm(@ForAll("adoptions") Adoption entry) {
    String id = "bm-" + entry.designed();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                BasisLog.copyOf(
                    List.of(
                        Map.entry(id, ModelBasis.MARKET_BASED),
                        Map.entry(id, ModelBasis.COLLABORATION_BASED))));
    assertEquals("the bases name BM '" + id + "' twice; name each BM's basis once", e.getMessage());
  }

  /** Asserts that {@code log} shows what {@code model} shows, in every way a user can ask. */
  private static void assertSame(ImmutableMap<String, ModelBasis> model, BasisLog log) {
    Map<String, ModelBasis> map = log.asMap();
    assertEquals(model, map);
    assertEquals(map, model);
    assertEquals(model.hashCode(), map.hashCode());
    assertEquals(model.toString(), map.toString());
    assertEquals(List.copyOf(model.entrySet()), List.copyOf(map.entrySet()));
    assertEquals(List.copyOf(model.keySet()), List.copyOf(map.keySet()));
    assertEquals(List.copyOf(model.values()), List.copyOf(map.values()));
    assertEquals(model.size(), map.size());
    assertEquals(model.isEmpty(), map.isEmpty());
    for (int i = 0; i <= IDS; i++) {
      String id = "bm-" + i;
      assertEquals(model.get(id), map.get(id));
      assertEquals(model.containsKey(id), map.containsKey(id));
    }
    assertNull(map.get(null));
    assertFalse(map.containsKey(null));
    assertFalse(map.containsKey(1));
    assertEquals(ImmutableMap.copyOf(model), ImmutableMap.copyOf(log.asMap()));
    assertEquals(BasisLog.copyOf(model.entrySet()), log, "equal as maps are");
    assertEquals(BasisLog.copyOf(model.entrySet()).hashCode(), log.hashCode());
    assertThrows(
        UnsupportedOperationException.class, () -> map.put("bm-0", ModelBasis.MARKET_BASED));
    if (!map.isEmpty()) {
      assertThrows(UnsupportedOperationException.class, map::clear);
      assertThrows(
          UnsupportedOperationException.class, () -> map.remove(model.keySet().iterator().next()));
    }
  }
}

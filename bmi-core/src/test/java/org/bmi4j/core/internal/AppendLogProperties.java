package org.bmi4j.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Properties of the append-only log that shares its storage. */
class AppendLogProperties {
  /** One append: to which earlier version (by index among those made so far), and what. */
  record Append(int from, int element) {}

  @Provide
  Arbitrary<List<Append>> appends() {
    return Arbitraries.integers()
        .between(0, 1_000)
        .flatMap(from -> Arbitraries.integers().between(0, 20).map(e -> new Append(from, e)))
        .list()
        .ofMaxSize(200);
  }

  /**
   * Whatever sequence of appends from shared prefixes (to the newest version or to any older one),
   * every version holds exactly what an immutable copy made at that append holds, and finds by key
   * what a scan of that copy finds.
   */
  @Property
  void everyVersionBehavesLikeAnImmutableCopyOfItsElements(
      @ForAll("appends") List<Append> appends, @ForAll boolean keyed) {
    List<AppendLog<Integer>> versions = new ArrayList<>();
    List<List<Integer>> copies = new ArrayList<>();
    versions.add(keyed ? AppendLog.keyed(i -> i % 5) : AppendLog.empty());
    copies.add(List.of());
    for (Append append : appends) {
      int from = append.from() % versions.size();
      versions.add(versions.get(from).append(append.element()));
      List<Integer> copy = new ArrayList<>(copies.get(from));
      copy.add(append.element());
      copies.add(List.copyOf(copy));
    }
    for (int v = 0; v < versions.size(); v++) {
      AppendLog<Integer> version = versions.get(v);
      List<Integer> copy = copies.get(v);
      assertEquals(copy, version);
      assertEquals(copy, version.toList());
      assertEquals(copy.hashCode(), version.hashCode());
      if (keyed) {
        for (int k = 0; k < 5; k++) {
          int expected = -1;
          for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i) % 5 == k) {
              expected = i;
            }
          }
          assertEquals(expected, version.lastIndex(k));
          assertEquals(
              expected < 0 ? Optional.empty() : Optional.of(copy.get(expected)), version.last(k));
        }
        for (int i = 0; i < copy.size(); i++) {
          int expected = -1;
          for (int j = 0; j < i; j++) {
            if (copy.get(j) % 5 == copy.get(i) % 5) {
              expected = j;
            }
          }
          assertEquals(expected, version.previousIndex(i));
        }
      }
    }
  }

  /** A log copied from any list equals that list. */
  @Property
  void aLogCopiedFromAListEqualsIt(@ForAll @Size(max = 100) List<Integer> elements) {
    assertEquals(elements, AppendLog.copyOf(elements));
  }
}

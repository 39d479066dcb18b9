package org.bmi4j.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bmi4j.core.model.Phrased;

/**
 * The known ids an integrity problem's sentence lists: the first eight in sorted order and a count
 * of the rest, whatever order and repetitions the ids come in (issue 14 selects the eight without
 * sorting every id).
 */
class IntegrityKnownIdsProperties {
  @Provide
  Arbitrary<List<String>> ids() {
    return Arbitraries.strings()
        .withChars("abc-019")
        .ofMinLength(1)
        .ofMaxLength(4)
        .list()
        .ofMaxSize(40);
  }

  /** The sentence's list is what sorting every distinct id and taking the first eight gives. */
  @Property
  void theKnownIdsAreTheFirstEightSortedDistinctIdsAndACountOfTheRest(
      @ForAll("ids") List<String> ids) {
    assertEquals(bySorting(ids), Integrity.known(ids).phrase());
    assertEquals(List.copyOf(new LinkedHashSet<>(ids)), Integrity.known(ids).value());
  }

  /**
   * Ids already distinct (an index's key set) are listed alike, in their own order, without being
   * hashed again.
   */
  @Property
  void distinctIdsAreListedAsTheSameIdsInAnyOtherCollection(@ForAll("ids") List<String> ids) {
    Set<String> distinct = new HashSet<>(ids);
    Phrased<ImmutableList<String>> known = Integrity.known(distinct);
    assertEquals(Integrity.known(List.copyOf(distinct)).phrase(), known.phrase());
    assertEquals(List.copyOf(distinct), known.value());
    assertEquals(bySorting(ids), known.phrase());
  }

  /** The old formulation: every id sorted into a tree set. */
  private static String bySorting(List<String> ids) {
    TreeSet<String> sorted = new TreeSet<>(ids);
    if (sorted.isEmpty()) {
      return "none yet";
    }
    StringBuilder text = new StringBuilder();
    int shown = 0;
    for (String id : sorted) {
      if (shown == 8) {
        text.append(", and ").append(sorted.size() - shown).append(" more");
        break;
      }
      text.append(shown++ == 0 ? "" : ", ").append('\'').append(id).append('\'');
    }
    return text.toString();
  }
}

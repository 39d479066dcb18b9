package org.bmi4j.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An element change is exactly one of added, removed and changed. */
class ElementChangeKindTests {
  private static List<Boolean> kinds(Optional<Object> before, Optional<Object> after) {
    ElementChange change =
        new ElementChange(
            new ElementKey(ElementKind.values()[0], "x"),
            before,
            after,
            ImmutableSet.of(),
            ImmutableSet.of());
    return List.of(change.isAdded(), change.isRemoved(), change.isChanged());
  }

  @Test
  void addedRemovedAndChangedExcludeEachOther() {
    assertEquals(List.of(true, false, false), kinds(Optional.empty(), Optional.of("a")));
    assertEquals(List.of(false, true, false), kinds(Optional.of("a"), Optional.empty()));
    assertEquals(List.of(false, false, true), kinds(Optional.of("a"), Optional.of("b")));
  }
}

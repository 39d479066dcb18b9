package org.bmi4j.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.NoSuchElementException;
import org.bmi4j.process.internal.History;
import org.junit.jupiter.api.Test;

class HistoryTests {
  @Test
  void appendingSharesTheOlderHistoryAndLeavesItUnchanged() {
    History<String> one = History.<String>empty().append("a");
    History<String> two = one.append("b");
    History<String> branch = one.append("c");
    assertEquals(List.of("a"), one.toList());
    assertEquals(List.of("a", "b"), two.toList());
    assertEquals(List.of("a", "c"), branch.toList());
    assertEquals("b", two.last());
  }

  @Test
  void equalityIsByElementsInOrder() {
    assertEquals(History.of(List.of("a", "b")), History.<String>empty().append("a").append("b"));
    assertEquals(History.of(List.of("a", "b")).hashCode(), List.of("a", "b").hashCode());
    assertNotEquals(History.of(List.of("a", "b")), History.of(List.of("b", "a")));
    assertNotEquals(History.of(List.of("a")), History.of(List.of("a", "b")));
  }

  @Test
  void aLongHistoryComparesWithoutRecursion() {
    History<Integer> a = History.empty();
    History<Integer> b = History.empty();
    for (int i = 0; i < 200_000; i++) {
      a = a.append(i);
      b = b.append(i);
    }
    assertEquals(a, b);
    assertEquals(200_000, a.toList().size());
  }

  @Test
  void theEmptyHistoryHasNoLastElement() {
    assertTrue(History.empty().isEmpty());
    assertThrows(NoSuchElementException.class, () -> History.empty().last());
    assertThrows(NullPointerException.class, () -> History.empty().append(null));
  }
}

package org.bmi4j.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.bmi4j.core.model.ActivityKind;
import org.junit.jupiter.api.Test;

/** The id table of novelty's lookups: right answers, and bounded probing for colliding ids. */
class OrdinalTableTests {
  private static final ActivityKind[] KINDS = ActivityKind.values();

  /** 2^n ids of 2n characters that share one hash code ("Aa" and "BB" hash alike). */
  private static List<String> collidingIds(int n) {
    List<String> ids = new ArrayList<>(List.of(""));
    for (int i = 0; i < n; i++) {
      List<String> longer = new ArrayList<>();
      for (String id : ids) {
        longer.add(id + "Aa");
        longer.add(id + "BB");
      }
      ids = longer;
    }
    return ids;
  }

  @Test
  void idsSharingAHashCodeMoveIntoAHashMapAndAreAllFound() {
    List<String> ids = collidingIds(12);
    assertEquals(1, ids.stream().map(String::hashCode).distinct().count());
    ModelElements.OrdinalTable table = new ModelElements.OrdinalTable(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      table.putIfAbsent(ids.get(i), KINDS[i % KINDS.length]);
    }
    assertTrue(table.collided(), "4,096 ids of one hash code stayed in one run of slots");
    for (int i = 0; i < ids.size(); i++) {
      assertEquals(i % KINDS.length, table.get(ids.get(i)), ids.get(i));
    }
    assertEquals(-1, table.get("AaAa"));
  }

  @Test
  void ordinaryIdsStayInTheArraysAndTheFirstConstantPutIsKept() {
    ModelElements.OrdinalTable table = new ModelElements.OrdinalTable(20_000);
    for (int i = 0; i < 20_000; i++) {
      table.putIfAbsent("activity-" + i, KINDS[i % KINDS.length]);
    }
    table.putIfAbsent("activity-1", KINDS[0]);
    assertFalse(table.collided());
    for (int i = 0; i < 20_000; i++) {
      assertEquals(i % KINDS.length, table.get("activity-" + i));
    }
    assertEquals(1 % KINDS.length, table.get("activity-1"));
    assertEquals(-1, table.get("activity-20000"));
  }

  @Test
  void aTableThatCollidedKeepsTheFirstConstantPutForAnId() {
    List<String> ids = collidingIds(8);
    ModelElements.OrdinalTable table = new ModelElements.OrdinalTable(ids.size());
    for (String id : ids) {
      table.putIfAbsent(id, KINDS[1]);
    }
    table.putIfAbsent(ids.get(0), KINDS[0]);
    table.putIfAbsent(ids.get(ids.size() - 1), KINDS[0]);
    assertTrue(table.collided());
    assertEquals(1, table.get(ids.get(0)));
    assertEquals(1, table.get(ids.get(ids.size() - 1)));
  }
}

package org.bmi4j.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Properties of the keyed list that shares its storage: under any sequence of puts, puts in the
 * place of another key and removals, from the newest version or any earlier one, every version
 * shows what a list made from a {@link LinkedHashMap} model shows, and finds by key what the model
 * finds.
 */
class KeyedListProperties {
  /** A value: its key and a version, so that a replacement is seen. */
  record Value(int key, int version) {}

  /** One change: from which earlier version, which operation, which keys. */
  record Change(int from, int operation, int key, int other) {}

  private static final int KEYS = 9;

  @Provide
  Arbitrary<List<Change>> changes() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 1_000),
            Arbitraries.integers().between(0, 9),
            Arbitraries.integers().between(0, KEYS - 1),
            Arbitraries.integers().between(0, KEYS - 1))
        .as(Change::new)
        .list()
        .ofMaxSize(150);
  }

  @Property(tries = 300)
  void everyVersionBehavesLikeALinkedHashMapModel(
      @ForAll("changes") List<Change> changes, @ForAll boolean newestOnly) {
    List<KeyedList<Value>> versions = new ArrayList<>();
    List<LinkedHashMap<Integer, Value>> models = new ArrayList<>();
    versions.add(KeyedList.empty(Value::key));
    models.add(new LinkedHashMap<>());
    int n = 0;
    for (Change change : changes) {
      int from = newestOnly ? versions.size() - 1 : change.from() % versions.size();
      KeyedList<Value> list = versions.get(from);
      LinkedHashMap<Integer, Value> model = new LinkedHashMap<>(models.get(from));
      Value value = new Value(change.key(), n++);
      if (change.operation() < 5) {
        list = list.put(value);
        model.put(value.key(), value);
      } else if (change.operation() < 7) {
        if (model.containsKey(change.other())
            && change.other() != value.key()
            && model.containsKey(value.key())) {
          KeyedList<Value> refusing = list;
          assertThrows(
              IllegalArgumentException.class, () -> refusing.putInPlaceOf(change.other(), value));
          continue;
        }
        list = list.putInPlaceOf(change.other(), value);
        model = inPlaceOf(model, change.other(), value);
      } else {
        list = list.without(change.key());
        model.remove(change.key());
      }
      versions.add(list);
      models.add(model);
      assertMatches(model, list);
    }
    for (int v = 0; v < versions.size(); v++) {
      assertMatches(models.get(v), versions.get(v));
    }
  }

  @Property(tries = 50)
  void manyRemovalsRebuildAndKeepTheOrder(@ForAll("changes") List<Change> changes) {
    KeyedList<Value> list = KeyedList.empty(Value::key);
    LinkedHashMap<Integer, Value> model = new LinkedHashMap<>();
    for (int i = 0; i < 200; i++) {
      list = list.put(new Value(i, 0));
      model.put(i, new Value(i, 0));
    }
    for (Change change : changes) {
      int k = change.from() % 200;
      if (change.operation() < 7) {
        list = list.without(k);
        model.remove(k);
      } else {
        list = list.put(new Value(k, change.other()));
        model.put(k, new Value(k, change.other()));
      }
      assertMatches(model, list);
    }
  }

  /**
   * A list that never held more than 8 values since it was empty holds them without a log (its own
   * array per version), and still behaves like the model.
   */
  @Property(tries = 200)
  void aShortListKeepsNoLog(@ForAll("changes") List<Change> changes) {
    KeyedList<Value> list = KeyedList.empty(Value::key);
    LinkedHashMap<Integer, Value> model = new LinkedHashMap<>();
    int n = 0;
    for (Change change : changes) {
      Value value = new Value(change.key() % 8, n++); // at most 8 keys
      if (change.operation() < 5) {
        list = list.put(value);
        model.put(value.key(), value);
      } else if (change.operation() < 7) {
        int other = change.other() % 8;
        if (model.containsKey(other) && other != value.key() && model.containsKey(value.key())) {
          continue;
        }
        list = list.putInPlaceOf(other, value);
        model = inPlaceOf(model, other, value);
      } else {
        list = list.without(value.key());
        model.remove(value.key());
      }
      assertEquals(0, list.logSize(), "no log for at most 8 values");
      assertMatches(model, list);
    }
  }

  @Test
  void nullsAreRefused() {
    KeyedList<Value> empty = KeyedList.empty(Value::key);
    assertThrows(NullPointerException.class, () -> empty.put(null));
    KeyedList<String> nullKeys = KeyedList.empty(s -> null);
    assertThrows(NullPointerException.class, () -> nullKeys.put("a"));
  }

  private static LinkedHashMap<Integer, Value> inPlaceOf(
      LinkedHashMap<Integer, Value> model, int replaced, Value value) {
    if (!model.containsKey(replaced) || replaced == value.key()) {
      model.put(value.key(), value);
      return model;
    }
    LinkedHashMap<Integer, Value> after = new LinkedHashMap<>();
    for (Map.Entry<Integer, Value> e : model.entrySet()) {
      if (e.getKey() == replaced) {
        after.put(value.key(), value);
      } else {
        after.put(e.getKey(), e.getValue());
      }
    }
    return after;
  }

  private static void assertMatches(Map<Integer, Value> model, KeyedList<Value> list) {
    List<Value> expected = List.copyOf(model.values());
    assertTrue(
        list.logSize() <= 4 * (list.size() + 16),
        "the log is rebuilt once it outgrows the values, so the list view is O(size): "
            + list.logSize()
            + " entries for "
            + list.size()
            + " values");
    assertEquals(expected, list);
    assertEquals(expected.size(), list.size());
    assertEquals(expected.hashCode(), list.hashCode());
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i), list.get(i));
    }
    int place = -1;
    for (Value value : expected) {
      assertTrue(list.placeOf(value.key()) > place, "places order the keys as the list does");
      place = list.placeOf(value.key());
    }
    for (int k = 0; k < KEYS + 200; k++) {
      assertEquals(Optional.ofNullable(model.get(k)), list.find(k));
      assertEquals(model.get(k), list.valueOf(k));
      assertEquals(model.containsKey(k), list.containsKey(k));
      if (!model.containsKey(k)) {
        assertEquals(-1, list.placeOf(k));
      }
    }
  }
}

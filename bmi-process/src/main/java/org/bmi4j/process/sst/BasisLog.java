package org.bmi4j.process.sst;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bmi4j.core.internal.KeyedList;
import org.jspecify.annotations.Nullable;

/**
 * Which model of a dual business model each current BM of a cycle is, by BM id, in the order named:
 * an immutable map that shares its storage with the map it grew from, so that an adoption changing
 * the bases costs O(1) amortised however many BMs have one (library formalisation). It shows what
 * the {@code ImmutableMap} copied by every such adoption showed: the same entries in the same order
 * (a BM given a basis again moves last), the same lookups, and map equality. Held as a {@link
 * KeyedList} of entries keyed by BM id.
 */
final class BasisLog implements Iterable<Map.Entry<String, ModelBasis>> {
  static final BasisLog EMPTY = new BasisLog(KeyedList.empty(Map.Entry::getKey));

  private final KeyedList<Map.Entry<String, ModelBasis>> entries;
  private final Map<String, ModelBasis> map = new View();

  private BasisLog(KeyedList<Map.Entry<String, ModelBasis>> entries) {
    this.entries = entries;
  }

  /**
   * Returns the log of {@code entries}, in order; O(1) if it is a log already.
   *
   * @throws IllegalArgumentException if two entries name one BM
   */
  static BasisLog copyOf(Iterable<? extends Map.Entry<String, ModelBasis>> entries) {
    if (entries instanceof BasisLog log) {
      return log;
    }
    KeyedList<Map.Entry<String, ModelBasis>> log = EMPTY.entries;
    for (Map.Entry<String, ModelBasis> entry : entries) {
      checkArgument(
          !log.containsKey(entry.getKey()),
          "the bases name BM '%s' twice; name each BM's basis once",
          entry.getKey());
      log = log.put(Map.entry(entry.getKey(), entry.getValue()));
    }
    return new BasisLog(log);
  }

  /**
   * Returns the bases after adopting the BM of id {@code designed}: the basis of the BM of id
   * {@code replacing}, if given, goes, and so does {@code designed}'s own; {@code basis}, if given,
   * comes last. This log if nothing changes; O(1) amortised.
   */
  BasisLog adopted(String designed, Optional<ModelBasis> basis, Optional<String> replacing) {
    if (basis.isEmpty()
        && !entries.containsKey(designed)
        && (replacing.isEmpty() || !entries.containsKey(replacing.get()))) {
      return this;
    }
    KeyedList<Map.Entry<String, ModelBasis>> after = entries;
    if (replacing.isPresent()) {
      after = after.without(replacing.get());
    }
    after = after.without(designed);
    if (basis.isPresent()) {
      after = after.put(Map.entry(designed, basis.get()));
    }
    return new BasisLog(after);
  }

  /** Returns the bases as a read-only map, in the order named; lookups O(1). */
  Map<String, ModelBasis> asMap() {
    return map;
  }

  @Override
  public Iterator<Map.Entry<String, ModelBasis>> iterator() {
    return entries.iterator();
  }

  /** Equal to another log of the same bases, in any order, as maps are. */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof BasisLog log && map.equals(log.map);
  }

  @Override
  public int hashCode() {
    return map.hashCode();
  }

  @Override
  public String toString() {
    return map.toString();
  }

  /** The read-only map view: lookups by key in the log, entries in its order. */
  private final class View extends AbstractMap<String, ModelBasis> {
    private final Set<Map.Entry<String, ModelBasis>> entrySet =
        new AbstractSet<>() {
          @Override
          public Iterator<Map.Entry<String, ModelBasis>> iterator() {
            return entries.iterator();
          }

          @Override
          public int size() {
            return entries.size();
          }

          @Override
          public boolean contains(@Nullable Object o) {
            return o instanceof Map.Entry<?, ?> entry
                && entry.getValue() != null
                && entry.getValue().equals(get(entry.getKey()));
          }
        };

    @Override
    public Set<Map.Entry<String, ModelBasis>> entrySet() {
      return entrySet;
    }

    @Override
    public @Nullable ModelBasis get(@Nullable Object key) {
      if (key == null) {
        return null;
      }
      Optional<Map.Entry<String, ModelBasis>> entry = entries.find(key);
      return entry.isPresent() ? entry.get().getValue() : null;
    }

    @Override
    public boolean containsKey(@Nullable Object key) {
      return key != null && entries.containsKey(key);
    }

    @Override
    public int size() {
      return entries.size();
    }
  }
}

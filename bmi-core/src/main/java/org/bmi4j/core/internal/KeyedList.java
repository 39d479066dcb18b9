package org.bmi4j.core.internal;

import static com.google.common.base.Preconditions.checkArgument;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * An immutable list of values with unique keys, in the order their keys were first put, each value
 * as last put, that shares its storage with the list it grew from (library formalisation of a
 * persistent insertion-ordered map shown as a list).
 *
 * <p>{@link #put} (add after the others, or replace in place), {@link #putInPlaceOf}, {@link
 * #without}, {@link #find} and {@link #containsKey} cost O(1) amortised on the newest version
 * however long the history. Each change appends a version of the key to an {@link AppendLog}; once
 * the log holds more than twice the current values (plus a small slack) the list is rebuilt from
 * its current values, paid for by the changes since the last rebuild; so memory and the list view
 * ({@link #get}, iteration), made once per version on first need, are O(current size). Every
 * earlier version keeps what it showed. Nulls are rejected. {@code equals} and {@code hashCode} are
 * those of {@link java.util.List}.
 *
 * <p>A list that has never held more than 8 values since it was empty or rebuilt holds them in an
 * array of its own instead, copied by each change (library formalisation: a change then costs one
 * array of at most 8 references, where a log costs a version, a log version and its buffer; the few
 * partners of an alliance or a firm are such lists). It moves to the log when a put makes it
 * longer.
 *
 * @param <V> the value type
 */
public final class KeyedList<V> extends AbstractList<V> implements RandomAccess {
  /** A key's place and its value there, or none once removed. */
  private record Version<V>(Object key, int place, @Nullable V value) {}

  /** The key holding a place. */
  private record Slot(int place, Object key) {}

  /** Log entries tolerated beyond twice the current values before a rebuild. */
  private static final int SLACK = 16;

  /**
   * Up to this many values a version makes its list of values on first read (library
   * formalisation).
   */
  private static final int SHORT = 8;

  private final Function<? super V, ?> key;
  private final AppendLog<Version<V>> versions; // keyed by key; a key's last version holds
  private final AppendLog<Slot> slots; // keyed by place; a place's last slot names its key
  private final int places; // places ever given since the last rebuild
  private final int size; // current values
  private volatile @Nullable Object @Nullable [] current; // the values in order, on first need

  private static final VarHandle CURRENT;

  static {
    try {
      CURRENT = MethodHandles.lookup().findVarHandle(KeyedList.class, "current", Object[].class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private KeyedList(
      Function<? super V, ?> key,
      AppendLog<Version<V>> versions,
      AppendLog<Slot> slots,
      int places,
      int size) {
    this.key = key;
    this.versions = versions;
    this.slots = slots;
    this.places = places;
    this.size = size;
  }

  /**
   * A short list: {@code values} in order (owned by it, never changed), the versions empty and the
   * slots {@link #NO_SLOTS}, which marks a short list.
   */
  private KeyedList(KeyedList<V> empty, Object[] values) {
    this.key = empty.key;
    this.versions = empty.versions;
    this.slots = NO_SLOTS;
    this.places = values.length;
    this.size = values.length;
    // a release store, not a volatile one: no fence in the constructor of every short list; a
    // reader's volatile read that sees the array sees its values, written before
    CURRENT.setRelease(this, values);
  }

  /**
   * Returns the empty list whose values are keyed by {@code key}.
   *
   * @param <V> the value type
   * @param key the key of a value, never null
   * @return the empty list whose values are keyed by {@code key}
   */
  public static <V> KeyedList<V> empty(Function<? super V, ?> key) {
    Objects.requireNonNull(key, "key");
    return new KeyedList<>(
        new KeyedList<>(key, AppendLog.keyed(Version::key), NO_SLOTS, 0, 0), new Object[0]);
  }

  /** The slots of every short list; never appended to by a list in the log. */
  private static final AppendLog<Slot> NO_SLOTS = AppendLog.keyed(Slot::place);

  /** Returns whether this list holds its values in an array of its own, without a log. */
  private boolean isShort() {
    return slots == NO_SLOTS;
  }

  /** Returns the index of the value of key {@code k} in a short list's array, or -1. */
  private int indexOfKey(Object k) {
    Object[] values = Objects.requireNonNull(current);
    for (int i = 0; i < values.length; i++) {
      @SuppressWarnings("unchecked")
      V value = (V) values[i];
      if (k.equals(key.apply(value))) {
        return i;
      }
    }
    return -1;
  }

  /** Returns a short list of {@code values}, sharing this one's key and empty logs. */
  private KeyedList<V> shortList(Object[] values) {
    return new KeyedList<>(this, values);
  }

  /** Returns this short list's values held in a log, as a list that never held them. */
  private KeyedList<V> inLog() {
    KeyedList<V> log = new KeyedList<>(key, versions, AppendLog.keyed(Slot::place), 0, 0);
    Object[] values = Objects.requireNonNull(current);
    for (Object value : values) {
      @SuppressWarnings("unchecked")
      V v = (V) value;
      log = log.put(v);
    }
    return log;
  }

  /**
   * Returns the current value of key {@code k}, if any; O(1) on the newest version.
   *
   * @param k the key
   * @return the current value of key {@code k}, if any
   */
  public Optional<V> find(Object k) {
    return Optional.ofNullable(value(k));
  }

  /**
   * Returns the current value of key {@code k}, or null if it has none; O(1) on the newest version.
   * What {@link #find} answers, for callers that would unwrap it at once.
   *
   * @param k the key
   * @return the current value of key {@code k}, or null
   */
  public @Nullable V valueOf(Object k) {
    return value(k);
  }

  /**
   * Returns whether a current value has key {@code k}; O(1) on the newest version.
   *
   * @param k the key
   * @return whether a current value has key {@code k}
   */
  public boolean containsKey(Object k) {
    return value(k) != null;
  }

  /**
   * Returns a number ordering the current keys as the list does (smaller for a key earlier in the
   * list), or -1 if {@code k} has no current value; O(1) on the newest version. It equals the key's
   * index while no key has been removed.
   *
   * @param k the key
   * @return a number ordering the current keys as the list does, or -1
   */
  public int placeOf(Object k) {
    if (isShort()) {
      return indexOfKey(k);
    }
    int at = versions.lastIndex(k);
    return at < 0 || versions.get(at).value() == null ? -1 : versions.get(at).place();
  }

  private @Nullable V value(Object k) {
    if (isShort()) {
      int at = indexOfKey(k);
      @SuppressWarnings("unchecked")
      V value = at < 0 ? null : (V) Objects.requireNonNull(current)[at];
      return value;
    }
    int at = versions.lastIndex(k);
    return at < 0 ? null : versions.get(at).value();
  }

  /**
   * Returns this list with {@code value} in place of the current value of its key, else after the
   * others; O(1) amortised.
   *
   * @param value the value
   * @return this list with {@code value} as the current value of its key
   * @throws NullPointerException if {@code value} or its key is null
   */
  public KeyedList<V> put(V value) {
    Object k = keyOf(value);
    if (isShort()) {
      Object[] values = Objects.requireNonNull(current);
      int at = indexOfKey(k);
      if (at >= 0) {
        Object[] changed = values.clone();
        changed[at] = value;
        return shortList(changed);
      }
      if (values.length < SHORT) {
        Object[] changed = Arrays.copyOf(values, values.length + 1);
        changed[values.length] = value;
        return shortList(changed);
      }
      return inLog().put(value);
    }
    int at = versions.lastIndex(k);
    if (at >= 0 && versions.get(at).value() != null) {
      return grown(
          versions.append(new Version<>(k, versions.get(at).place(), value)), slots, places, size);
    }
    return grown(
        versions.append(new Version<>(k, places, value)),
        slots.append(new Slot(places, k)),
        places + 1,
        size + 1);
  }

  /**
   * Returns this list with {@code value} in the place of the current value of key {@code replaced},
   * which no longer has a value; {@link #put} if {@code replaced} has no current value or is {@code
   * value}'s key. O(1) amortised.
   *
   * @param replaced the key whose place {@code value} takes
   * @param value the value
   * @return this list with {@code value} in the place of key {@code replaced}
   * @throws IllegalArgumentException if another current value has {@code value}'s key
   */
  public KeyedList<V> putInPlaceOf(Object replaced, V value) {
    Object k = keyOf(value);
    if (isShort()) {
      int at = indexOfKey(replaced);
      if (at < 0 || replaced.equals(k)) {
        return put(value);
      }
      checkArgument(!containsKey(k), "key '%s' has a current value already", k);
      Object[] changed = Objects.requireNonNull(current).clone();
      changed[at] = value;
      return shortList(changed);
    }
    int at = versions.lastIndex(replaced);
    if (at < 0 || versions.get(at).value() == null || replaced.equals(k)) {
      return put(value);
    }
    checkArgument(!containsKey(k), "key '%s' has a current value already", k);
    int place = versions.get(at).place();
    return grown(
        versions
            .append(new Version<>(replaced, place, null))
            .append(new Version<>(k, place, value)),
        slots.append(new Slot(place, k)),
        places,
        size);
  }

  /**
   * Returns this list without the current value of key {@code k}; this list if it has none. O(1)
   * amortised.
   *
   * @param k the key
   * @return this list without the current value of key {@code k}
   */
  public KeyedList<V> without(Object k) {
    if (isShort()) {
      int at = indexOfKey(k);
      if (at < 0) {
        return this;
      }
      Object[] values = Objects.requireNonNull(current);
      Object[] changed = new Object[values.length - 1];
      System.arraycopy(values, 0, changed, 0, at);
      System.arraycopy(values, at + 1, changed, at, values.length - at - 1);
      return shortList(changed);
    }
    int at = versions.lastIndex(k);
    if (at < 0 || versions.get(at).value() == null) {
      return this;
    }
    return grown(
        versions.append(new Version<>(k, versions.get(at).place(), null)), slots, places, size - 1);
  }

  private Object keyOf(V value) {
    Objects.requireNonNull(value, "value");
    return Objects.requireNonNull(key.apply(value), "key");
  }

  /** Returns the list after a change, rebuilt from its values once its log outgrows them. */
  private KeyedList<V> grown(
      AppendLog<Version<V>> after, AppendLog<Slot> afterSlots, int afterPlaces, int afterSize) {
    KeyedList<V> changed = new KeyedList<>(key, after, afterSlots, afterPlaces, afterSize);
    if (after.size() <= 2 * afterSize + SLACK) {
      return changed;
    }
    KeyedList<V> rebuilt = empty(key);
    for (V value : changed) {
      rebuilt = rebuilt.put(value);
    }
    return rebuilt;
  }

  /** Returns how many versions and places this list's log holds; for its properties. */
  int logSize() {
    return versions.size() + slots.size();
  }

  @Override
  public V get(int index) {
    Objects.checkIndex(index, size);
    // a short list makes its values in order once per version, so that iterating it costs an
    // array read per value; a long one without empty places finds the value at its place by key,
    // so that reading a few values (the first, the last) does not cost the whole list
    if (current == null && places == size && size > SHORT) {
      return Objects.requireNonNull(value(keyAt(index)));
    }
    @SuppressWarnings("unchecked")
    V value = (V) Objects.requireNonNull(current()[index]);
    return value;
  }

  /** Returns the key of the last slot of {@code place}, which every place below places has. */
  private Object keyAt(int place) {
    return slots.get(slots.lastIndex(place)).key();
  }

  /** Returns the current values in order, made once per version; O(places). */
  private @Nullable Object[] current() {
    @Nullable Object[] made = current;
    if (made == null) {
      made = new Object[size];
      int n = 0;
      for (int place = 0; place < places; place++) {
        Object k = keyAt(place);
        Version<V> last = versions.get(versions.lastIndex(k));
        if (last.place() == place && last.value() != null) {
          made[n++] = last.value();
        }
      }
      current = made;
    }
    return made;
  }

  @Override
  public int size() {
    return size;
  }
}

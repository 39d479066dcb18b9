package org.bmi4j.core.internal;

import com.google.common.collect.ImmutableList;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * An immutable list that grows by appending and shares its storage with the list it was appended
 * to, so that a context holding one costs O(1) amortised per appended element however long the list
 * is (library formalisation of a persistent append-only list).
 *
 * <p>Two variants: an unkeyed log ({@link #empty()}), and a keyed log ({@link #keyed}) that also
 * finds the last element of a key in O(1) and the element before it of the same key ({@link
 * #previousIndex}), scanning its few keys while it is short and through a hash map once it is
 * longer; keys may repeat, and a caller wanting unique keys checks {@link #lastIndex} before
 * appending.
 *
 * <p>Successive versions share one buffer: appending to the longest version writes in place;
 * appending to an older version (a branch) copies that version first, once. Each version sees only
 * its own first {@link #size()} elements. Immutable and thread-safe: the shared buffer is written
 * under its lock, and a version reads only elements written before it was made. Nulls are rejected.
 * {@code equals} and {@code hashCode} are those of {@link List}.
 *
 * @param <T> the element type
 */
public final class AppendLog<T> extends AbstractList<T> implements RandomAccess {
  /**
   * Up to this many elements a keyed log finds a key by scanning its keys backwards, which costs
   * less than a hash map's upkeep; beyond, the map (library formalisation).
   */
  static final int SCANNED = 8;

  /** What versions of one log share. */
  private static final class Buffer {
    Object[] elements;
    int[] previous = NO_INTS; // keyed logs: index of the earlier element of the same key, or -1
    Object @Nullable [] keys; // keyed logs: the key of each element
    int[] hashes = NO_INTS; // keyed logs: the hash code of each key, compared before equals
    int size;
    // keyed logs: the key's last index; made once the log holds more than SCANNED elements
    @Nullable Map<Object, Integer> last;

    Buffer(int capacity) {
      elements = new Object[Math.max(4, capacity)];
    }
  }

  private static final AppendLog<Object> EMPTY = new AppendLog<>(null, null, new Object[0], 0);

  /** The index arrays of a buffer before its first key: an unkeyed log never needs them. */
  private static final int[] NO_INTS = new int[0];

  private final @Nullable Function<? super T, ?> key; // null for an unkeyed log
  private final @Nullable Buffer buffer; // null when empty
  private final Object[] elements; // the buffer's array when this version was made
  private final int size;

  private AppendLog(
      @Nullable Function<? super T, ?> key, @Nullable Buffer buffer, Object[] elements, int size) {
    this.key = key;
    this.buffer = buffer;
    this.elements = elements;
    this.size = size;
  }

  /**
   * Returns the empty unkeyed log.
   *
   * @param <T> the element type
   * @return the empty unkeyed log
   */
  @SuppressWarnings("unchecked")
  public static <T> AppendLog<T> empty() {
    return (AppendLog<T>) EMPTY;
  }

  /**
   * Returns the empty log whose elements are keyed by {@code key}.
   *
   * @param <T> the element type
   * @param key the key of an element, never null
   * @return the empty log whose elements are keyed by {@code key}
   */
  public static <T> AppendLog<T> keyed(Function<? super T, ?> key) {
    return new AppendLog<>(Objects.requireNonNull(key, "key"), null, new Object[0], 0);
  }

  /**
   * Returns the unkeyed log of {@code elements}, in order; O(n), and O(1) if {@code elements} is an
   * unkeyed log already.
   *
   * @param <T> the element type
   * @param elements the elements
   * @return the unkeyed log of {@code elements}
   * @throws NullPointerException if an element is null
   */
  @SuppressWarnings("unchecked")
  public static <T> AppendLog<T> copyOf(Iterable<? extends T> elements) {
    if (elements instanceof AppendLog<?> log && log.key == null) {
      return (AppendLog<T>) log;
    }
    AppendLog<T> log = empty();
    for (T element : elements) {
      log = log.append(element);
    }
    return log;
  }

  /**
   * Returns whether this log is keyed.
   *
   * @return whether this log is keyed
   */
  public boolean isKeyed() {
    return key != null;
  }

  /**
   * Returns this log with {@code element} appended; O(1) amortised, and O(size) once when this
   * version is not the longest one of its buffer.
   *
   * @param element the element to append
   * @return this log with {@code element} appended
   * @throws NullPointerException if {@code element} or its key is null
   */
  public AppendLog<T> append(T element) {
    Objects.requireNonNull(element, "element");
    Object k = key == null ? null : Objects.requireNonNull(key.apply(element), "key");
    if (buffer != null) {
      synchronized (buffer) {
        if (buffer.size == size) {
          if (size == buffer.elements.length) {
            buffer.elements = Arrays.copyOf(buffer.elements, size * 2);
            if (buffer.keys != null) {
              buffer.previous = Arrays.copyOf(buffer.previous, size * 2);
              buffer.keys = Arrays.copyOf(buffer.keys, size * 2);
              buffer.hashes = Arrays.copyOf(buffer.hashes, size * 2);
            }
          }
          write(buffer, size, element, k);
          return new AppendLog<>(key, buffer, buffer.elements, size + 1);
        }
      }
    }
    // empty, or a branch from an older version: a buffer of its own
    Buffer own = new Buffer(size * 2);
    synchronized (own) {
      for (int i = 0; i < size; i++) {
        @SuppressWarnings("unchecked")
        T earlier = (T) elements[i];
        write(own, i, earlier, key == null ? null : key.apply(earlier));
      }
      write(own, size, element, k);
      return new AppendLog<>(key, own, own.elements, size + 1);
    }
  }

  private static void write(Buffer buffer, int at, Object element, @Nullable Object k) {
    buffer.elements[at] = element;
    if (k != null) {
      Object[] keys = buffer.keys;
      if (keys == null) {
        keys = new Object[buffer.elements.length];
        buffer.keys = keys;
        buffer.hashes = new int[keys.length];
        buffer.previous = new int[keys.length];
      }
      keys[at] = k;
      int hash = k.hashCode();
      buffer.hashes[at] = hash;
      Map<Object, Integer> last = buffer.last;
      if (last == null && at >= SCANNED) {
        last = new HashMap<>();
        for (int i = 0; i < at; i++) {
          last.put(keys[i], i);
        }
        buffer.last = last;
      }
      if (last == null) {
        buffer.previous[at] = scan(keys, buffer.hashes, at, k, hash);
      } else {
        Integer before = last.put(k, at);
        buffer.previous[at] = before == null ? -1 : before;
      }
    }
    buffer.size = at + 1;
  }

  /**
   * Returns the last index below {@code end} whose key equals {@code k} of hash code {@code hash},
   * or -1.
   */
  private static int scan(Object[] keys, int[] hashes, int end, Object k, int hash) {
    for (int i = end - 1; i >= 0; i--) {
      if (hashes[i] == hash && k.equals(keys[i])) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Returns the index of the last element of this log with key {@code k}, or -1; O(1) on the
   * longest version of a buffer.
   *
   * @param k the key
   * @return the index of the last element of this log with key {@code k}, or -1
   * @throws IllegalStateException if this log is not keyed
   */
  public int lastIndex(Object k) {
    if (key == null) {
      throw new IllegalStateException("an unkeyed log finds no element by key");
    }
    if (buffer == null) {
      return -1;
    }
    synchronized (buffer) {
      if (buffer.last == null) {
        return buffer.keys == null ? -1 : scan(buffer.keys, buffer.hashes, size, k, k.hashCode());
      }
      Integer at = buffer.last.get(k);
      int i = at == null ? -1 : at;
      while (i >= size) {
        i = buffer.previous[i];
      }
      return i;
    }
  }

  /**
   * Returns the index of the element before the one at {@code i} with the same key, or -1.
   *
   * @param i the index of an element of this log
   * @return the index of the element before the one at {@code i} with the same key, or -1
   * @throws IllegalStateException if this log is not keyed
   * @throws IndexOutOfBoundsException if {@code i} is not an index of this log
   */
  public int previousIndex(int i) {
    if (key == null) {
      throw new IllegalStateException("an unkeyed log finds no element by key");
    }
    Objects.checkIndex(i, size);
    Buffer shared = Objects.requireNonNull(buffer);
    synchronized (shared) {
      return shared.previous[i];
    }
  }

  /**
   * Returns the last element of this log with key {@code k}, if any.
   *
   * @param k the key
   * @return the last element of this log with key {@code k}, if any
   * @throws IllegalStateException if this log is not keyed
   */
  public Optional<T> last(Object k) {
    int at = lastIndex(k);
    return at < 0 ? Optional.empty() : Optional.of(get(at));
  }

  @Override
  public T get(int i) {
    Objects.checkIndex(i, size);
    @SuppressWarnings("unchecked")
    T element = (T) elements[i];
    return element;
  }

  @Override
  public int size() {
    return size;
  }

  /**
   * Returns the elements as an immutable list; O(size).
   *
   * @return the elements as an immutable list
   */
  public ImmutableList<T> toList() {
    return size == 0 ? ImmutableList.of() : ImmutableList.copyOf(this);
  }
}

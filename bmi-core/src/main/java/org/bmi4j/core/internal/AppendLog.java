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
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
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
 * its own first {@link #size()} elements. Nulls are rejected. {@code equals} and {@code hashCode}
 * are those of {@link List}.
 *
 * <p>Immutable and thread-safe, without a lock on the common path. The memory-model argument:
 *
 * <ul>
 *   <li>Appending to the longest version claims the next index of the shared arrays by one
 *       compare-and-set of the buffer's size, so exactly one append of that version writes in place
 *       (any other, in any thread, sees a larger size and branches into a buffer of its own). Every
 *       index is therefore written once, by the one thread that claimed it, and never again.
 *   <li>That thread writes the element (and its key, hash and earlier index) before it constructs
 *       the new version, whose fields are final. A version reads only indexes below its size, each
 *       written once before the version was made and never again, through its own final array
 *       references; writers meanwhile write only higher indexes, or a larger copy made by the
 *       claiming thread itself when the arrays grow. So no read races with a write of the same
 *       index.
 *   <li>Visibility: a version shared through any happens-before (a lock, a volatile, a concurrent
 *       collection, an executor, thread start) carries every write made before it by the
 *       happens-before chain of the threads that extended it. Shared through a data race, the final
 *       fields' freeze (JLS 17.5) guarantees the writes of the thread that made it; the lock-based
 *       log before it gave no more, since its reads never locked.
 *   <li>A keyed log longer than {@link #SCANNED} also keeps a hash map of each key's last index and
 *       the newest array of earlier indexes; both are written and read only under the buffer's lock
 *       (the rare path). A version that is short, or cannot find the map, scans its own keys.
 * </ul>
 *
 * @param <T> the element type
 */
public final class AppendLog<T> extends AbstractList<T> implements RandomAccess {
  /**
   * Up to this many elements a keyed log finds a key by scanning its keys backwards, which costs
   * less than a hash map's upkeep; beyond, the map (library formalisation).
   */
  static final int SCANNED = 8;

  /**
   * What versions of one log share: the size of its longest version, claimed one index at a time by
   * compare-and-set, and, once a keyed log is longer than {@link #SCANNED}, the index of each key's
   * last element.
   */
  private static final class Buffer {
    private static final AtomicIntegerFieldUpdater<Buffer> SIZE =
        AtomicIntegerFieldUpdater.newUpdater(Buffer.class, "size");

    volatile int size;

    // keyed logs longer than SCANNED, guarded by this buffer's lock: the key's last index, and the
    // newest array of hash codes and earlier indexes of the same key (Keys.ints)
    @Nullable Map<Object, Integer> last;
    int[] ints = NO_INTS;

    Buffer(int size) {
      // a release store, not a volatile one: no fence in the constructor of every new buffer; the
      // buffer reaches other threads through a version's final field, which publishes it whole
      SIZE.lazySet(this, size);
    }

    /**
     * Returns whether the caller, holding the version of {@code size} elements, is the one to write
     * index {@code size}: true for one caller only, false once a longer version exists.
     */
    boolean claim(int size) {
      return this.size == size && SIZE.compareAndSet(this, size, size + 1);
    }
  }

  /**
   * A keyed log's key function, the keys of its elements, and for each the key's hash code (at
   * {@code 2 * i} of {@code ints}) and the index of the element before it with the same key, or -1
   * (at {@code 2 * i + 1}); shared by versions like the elements, each index written once.
   */
  private static final class Keys {
    final Function<Object, ?> key;
    final Object[] keys;
    final int[] ints;

    Keys(Function<Object, ?> key, int capacity) {
      this.key = key;
      keys = capacity == 0 ? NO_ELEMENTS : new Object[capacity];
      ints = capacity == 0 ? NO_INTS : new int[2 * capacity];
    }

    /** The first {@code size} keys of {@code from}, in arrays of {@code capacity}. */
    Keys(Keys from, int size, int capacity) {
      this(from.key, capacity);
      System.arraycopy(from.keys, 0, keys, 0, size);
      System.arraycopy(from.ints, 0, ints, 0, 2 * size);
    }
  }

  /** The elements of every empty log, and the keys of every empty keyed log. */
  private static final Object[] NO_ELEMENTS = new Object[0];

  private static final AppendLog<Object> EMPTY = new AppendLog<>(null, NO_ELEMENTS, null, 0);

  /**
   * The hash codes and earlier indexes of an empty keyed log, and of a buffer without a key map.
   */
  private static final int[] NO_INTS = new int[0];

  // four fields: with AbstractList's modCount a version is 32 bytes (a fifth would make it 40)
  private final @Nullable Buffer buffer; // null when empty
  private final Object[] elements; // the shared array when this version was made
  private final @Nullable Keys keys; // null for an unkeyed log
  private final int size;

  private AppendLog(@Nullable Buffer buffer, Object[] elements, @Nullable Keys keys, int size) {
    this.buffer = buffer;
    this.elements = elements;
    this.keys = keys;
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
    @SuppressWarnings("unchecked")
    Function<Object, ?> any = (Function<Object, ?>) Objects.requireNonNull(key, "key");
    return new AppendLog<>(null, NO_ELEMENTS, new Keys(any, 0), 0);
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
    if (elements instanceof AppendLog<?> log && log.keys == null) {
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
    return keys != null;
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
    Keys earlier = keys;
    Object k = earlier == null ? null : Objects.requireNonNull(earlier.key.apply(element), "key");
    Buffer shared = buffer;
    if (shared != null && shared.claim(size)) {
      // this thread alone writes index size of the shared arrays; no version reads it yet
      if (k != null && size >= SCANNED) {
        synchronized (shared) { // the key map and the newest earlier indexes
          return extend(shared, element, k);
        }
      }
      return extend(shared, element, k);
    }
    // empty, or a branch from an older version: a buffer of its own
    int capacity = Math.max(4, size * 2);
    Object[] own = new Object[capacity];
    System.arraycopy(elements, 0, own, 0, size);
    own[size] = element;
    Buffer ownBuffer = new Buffer(size + 1);
    Keys ownKeys = null;
    if (earlier != null) {
      ownKeys = new Keys(earlier, size, capacity);
      Object ownKey = Objects.requireNonNull(k);
      if (size >= SCANNED) {
        synchronized (ownBuffer) {
          index(ownBuffer, ownKeys, size, ownKey);
        }
      } else {
        index(ownBuffer, ownKeys, size, ownKey);
      }
    }
    return new AppendLog<>(ownBuffer, own, ownKeys, size + 1);
  }

  /**
   * Writes {@code element} at index {@link #size} claimed in {@code shared}, growing the arrays.
   */
  private AppendLog<T> extend(Buffer shared, T element, @Nullable Object k) {
    Object[] grown = elements;
    Keys grownKeys = keys;
    if (size == grown.length) {
      grown = Arrays.copyOf(grown, size * 2);
      if (grownKeys != null) {
        grownKeys = new Keys(grownKeys, size, size * 2);
      }
    }
    grown[size] = element;
    if (k != null) {
      index(shared, Objects.requireNonNull(grownKeys), size, k);
    }
    return new AppendLog<>(shared, grown, grownKeys, size + 1);
  }

  /**
   * Writes key {@code k} at index {@code at} of {@code keys} and the index of the element before it
   * of that key; beyond {@link #SCANNED}, under {@code shared}'s lock, through its key map.
   */
  private static void index(Buffer shared, Keys keys, int at, Object k) {
    keys.keys[at] = k;
    int hash = k.hashCode();
    keys.ints[2 * at] = hash;
    if (at < SCANNED) {
      keys.ints[2 * at + 1] = scan(keys, at, k, hash);
      return;
    }
    Map<Object, Integer> last = shared.last;
    if (last == null) {
      last = new HashMap<>();
      for (int i = 0; i < at; i++) {
        last.put(keys.keys[i], i);
      }
      shared.last = last;
    }
    Integer before = last.put(k, at);
    keys.ints[2 * at + 1] = before == null ? -1 : before;
    shared.ints = keys.ints;
  }

  /**
   * Returns the last index below {@code end} whose key equals {@code k} of hash code {@code hash},
   * or -1.
   */
  private static int scan(Keys keys, int end, Object k, int hash) {
    int[] ints = keys.ints;
    for (int i = end - 1; i >= 0; i--) {
      if (ints[2 * i] == hash && k.equals(keys.keys[i])) {
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
    Keys own = keys;
    if (own == null) {
      throw new IllegalStateException("an unkeyed log finds no element by key");
    }
    if (size == 0) {
      return -1;
    }
    if (size > SCANNED) {
      Buffer shared = Objects.requireNonNull(buffer);
      synchronized (shared) {
        Map<Object, Integer> last = shared.last;
        if (last != null) {
          Integer at = last.get(k);
          int i = at == null ? -1 : at;
          int[] ints = shared.ints;
          while (i >= size) {
            i = ints[2 * i + 1];
          }
          return i;
        }
      }
    }
    return scan(own, size, k, k.hashCode());
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
    Keys own = keys;
    if (own == null) {
      throw new IllegalStateException("an unkeyed log finds no element by key");
    }
    Objects.checkIndex(i, size);
    return own.ints[2 * i + 1];
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

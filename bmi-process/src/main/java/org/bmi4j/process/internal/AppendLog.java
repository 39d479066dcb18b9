package org.bmi4j.process.internal;

import static com.google.common.base.Preconditions.checkArgument;

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
 * An immutable list of elements with unique keys that grows by appending and shares its storage
 * with the list it was appended to, so that a context holding one costs O(1) per appended element
 * however long the list is, and finding an element by key costs O(1).
 *
 * <p>Successive versions share one buffer: appending to the longest version writes in place;
 * appending to an older version (a branch) copies that version first. Each version sees only its
 * own first {@link #size()} elements. Immutable and thread-safe: the shared buffer is written under
 * its lock, and a version reads only elements written before it was made.
 *
 * @param <K> the key type
 * @param <T> the element type
 */
public final class AppendLog<K, T> extends AbstractList<T> implements RandomAccess {
  /** What versions of one log share. */
  private static final class Buffer<K> {
    Object[] elements;
    int size;
    final Map<K, Integer> index = new HashMap<>();

    Buffer(int capacity) {
      elements = new Object[Math.max(4, capacity)];
    }
  }

  private final Function<? super T, K> key;
  private final @Nullable Buffer<K> buffer; // null when empty
  private final Object[] elements; // the buffer's array when this version was made
  private final int size;

  private AppendLog(
      Function<? super T, K> key, @Nullable Buffer<K> buffer, Object[] elements, int size) {
    this.key = key;
    this.buffer = buffer;
    this.elements = elements;
    this.size = size;
  }

  /** Returns the empty log whose elements are keyed by {@code key}. */
  public static <K, T> AppendLog<K, T> empty(Function<? super T, K> key) {
    return new AppendLog<>(Objects.requireNonNull(key, "key"), null, new Object[0], 0);
  }

  /**
   * Returns the log of {@code elements}, in order.
   *
   * @throws IllegalArgumentException naming the key, if two elements share a key (the message is
   *     {@code what} formatted with the key)
   * @throws NullPointerException if an element is null
   */
  public static <K, T> AppendLog<K, T> of(
      Function<? super T, K> key, List<? extends T> elements, String duplicate) {
    AppendLog<K, T> log = empty(key);
    for (T element : elements) {
      log = log.append(element, duplicate);
    }
    return log;
  }

  /**
   * Returns this log with {@code element} appended; O(1) amortised, and O(size) once when this
   * version is not the longest one of its buffer.
   *
   * @throws IllegalArgumentException if an element of this log has the same key; the message is
   *     {@code duplicate} formatted with the key
   * @throws NullPointerException if {@code element} is null
   */
  public AppendLog<K, T> append(T element, String duplicate) {
    Objects.requireNonNull(element, "element");
    K k = key.apply(element);
    checkArgument(find(k).isEmpty(), duplicate, k);
    if (buffer != null) {
      synchronized (buffer) {
        if (buffer.size == size) {
          if (size == buffer.elements.length) {
            buffer.elements = Arrays.copyOf(buffer.elements, size * 2);
          }
          buffer.elements[size] = element;
          buffer.index.putIfAbsent(k, size);
          buffer.size = size + 1;
          return new AppendLog<>(key, buffer, buffer.elements, size + 1);
        }
      }
    }
    // empty, or a branch from an older version: a buffer of its own
    Buffer<K> own = new Buffer<>(size * 2);
    for (int i = 0; i < size; i++) {
      own.elements[i] = elements[i];
      @SuppressWarnings("unchecked")
      T earlier = (T) elements[i];
      own.index.putIfAbsent(key.apply(earlier), i);
    }
    own.elements[size] = element;
    own.index.putIfAbsent(k, size);
    own.size = size + 1;
    return new AppendLog<>(key, own, own.elements, size + 1);
  }

  /** Returns the element with key {@code k}, if any; O(1). */
  public Optional<T> find(K k) {
    if (buffer == null) {
      return Optional.empty();
    }
    Integer at;
    synchronized (buffer) {
      at = buffer.index.get(k);
    }
    if (at == null || at >= size) {
      return Optional.empty();
    }
    @SuppressWarnings("unchecked")
    T element = (T) elements[at];
    return Optional.of(element);
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

  /** Returns the elements as an immutable list; O(size). */
  public ImmutableList<T> toList() {
    return size == 0 ? ImmutableList.of() : ImmutableList.copyOf(this);
  }
}

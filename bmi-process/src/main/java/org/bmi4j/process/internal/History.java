package org.bmi4j.process.internal;

import com.google.common.collect.ImmutableList;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A persistent append-only list: appending shares the whole existing history, so an accepted
 * transition costs the same at 10 and at 100,000 steps. Immutable and thread-safe.
 *
 * @param <T> the element type
 */
public final class History<T> implements Iterable<T> {
  private static final History<Object> EMPTY = new History<>(null, null, 0);

  private final @Nullable T last;
  private final @Nullable History<T> before;
  private final int size;

  private History(@Nullable T last, @Nullable History<T> before, int size) {
    this.last = last;
    this.before = before;
    this.size = size;
  }

  /** Returns the empty history. */
  @SuppressWarnings("unchecked")
  public static <T> History<T> empty() {
    return (History<T>) EMPTY;
  }

  /** Returns the history of {@code elements}, in order. */
  public static <T> History<T> of(Iterable<? extends T> elements) {
    History<T> history = empty();
    for (T element : elements) {
      history = history.append(element);
    }
    return history;
  }

  /** Returns this history with {@code element} appended; O(1). */
  public History<T> append(T element) {
    return new History<>(Objects.requireNonNull(element, "element"), this, size + 1);
  }

  /** Returns the number of elements. */
  public int size() {
    return size;
  }

  /** Returns whether there is no element. */
  public boolean isEmpty() {
    return size == 0;
  }

  /**
   * Returns the last element.
   *
   * @throws NoSuchElementException if the history is empty
   */
  public T last() {
    if (size == 0) {
      throw new NoSuchElementException("the history is empty");
    }
    return present(last);
  }

  /**
   * The fields of a non-empty history are never null; only the empty history's are. Tells the
   * nullness checker so, at no cost.
   */
  @SuppressWarnings("NullAway")
  private static <V> V present(@Nullable V value) {
    return value;
  }

  /** Returns the elements in order, oldest first; O(n). */
  public ImmutableList<T> toList() {
    Object[] elements = new Object[size];
    History<T> node = this;
    for (int i = size - 1; i >= 0; i--) {
      elements[i] = node.last;
      node = present(node.before);
    }
    @SuppressWarnings("unchecked")
    ImmutableList<T> list = (ImmutableList<T>) ImmutableList.copyOf(elements);
    return list;
  }

  @Override
  public Iterator<T> iterator() {
    return toList().iterator();
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof History<?> other) || other.size != size) {
      return false;
    }
    History<?> a = this;
    History<?> b = other;
    while (a.size > 0) {
      if (a == b) {
        return true; // a shared tail is equal
      }
      if (!present(a.last).equals(b.last)) {
        return false;
      }
      a = present(a.before);
      b = present(b.before);
    }
    return true;
  }

  @Override
  public int hashCode() {
    return toList().hashCode();
  }

  @Override
  public String toString() {
    return toList().toString();
  }
}

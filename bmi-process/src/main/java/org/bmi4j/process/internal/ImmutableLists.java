package org.bmi4j.process.internal;

import com.google.common.collect.ImmutableList;
import java.util.List;

/** Helpers for the immutable lists of the process contexts. */
public final class ImmutableLists {
  private ImmutableLists() {}

  /** Returns {@code list} with {@code element} appended, built once at its final size. */
  public static <T> ImmutableList<T> append(List<T> list, T element) {
    return ImmutableList.<T>builderWithExpectedSize(list.size() + 1)
        .addAll(list)
        .add(element)
        .build();
  }
}

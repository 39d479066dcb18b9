package org.bmi4j.core.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.EnumSet;

/**
 * Every subset of a small enum's constants as one immutable set made once, so an element change
 * shares its value functions and design elements instead of copying them twice per change: a diff
 * makes one change per changed element (issue 14).
 *
 * @param <E> the enum, of at most {@value #MOST} constants
 */
final class EnumSubsets<E extends Enum<E>> {
  /** The most constants an enum may have here: 2^8 sets are made. */
  static final int MOST = 8;

  private final ImmutableSet<E>[] sets;

  @SuppressWarnings("unchecked") // an array of a generic type, filled below
  EnumSubsets(Class<E> type) {
    E[] constants = type.getEnumConstants();
    checkArgument(constants.length <= MOST, "%s has more than %s constants", type, MOST);
    sets = (ImmutableSet<E>[]) new ImmutableSet<?>[1 << constants.length];
    for (int mask = 0; mask < sets.length; mask++) {
      EnumSet<E> subset = EnumSet.noneOf(type);
      for (E constant : constants) {
        if ((mask & (1 << constant.ordinal())) != 0) {
          subset.add(constant);
        }
      }
      sets[mask] = Sets.immutableEnumSet(subset);
    }
  }

  /**
   * Returns the set of the given constants, once each, in declaration order.
   *
   * @param name what the constants are, for the message if one is null
   * @throws NullPointerException if {@code constants} is null or holds null
   */
  ImmutableSet<E> of(Iterable<? extends E> constants, String name) {
    // one of the sets made here (what a diff hands over) is returned as it is, without a walk
    for (ImmutableSet<E> set : sets) {
      if (set == constants) {
        return set;
      }
    }
    int mask = 0;
    for (E constant : checkNotNull(constants, name)) {
      if (constant == null) {
        throw new NullPointerException(
            name + " holds null; each must be one of " + sets[sets.length - 1]);
      }
      mask |= 1 << constant.ordinal();
    }
    return sets[mask];
  }

  /**
   * Returns the set of the constants whose ordinals are the bits of {@code mask}.
   *
   * @throws ArrayIndexOutOfBoundsException if {@code mask} has a bit beyond the enum's constants
   */
  ImmutableSet<E> ofMask(int mask) {
    return sets[mask];
  }

  /** The bit of {@code constant} in a mask of {@link #ofMask}. */
  static int bit(Enum<?> constant) {
    return 1 << constant.ordinal();
  }
}

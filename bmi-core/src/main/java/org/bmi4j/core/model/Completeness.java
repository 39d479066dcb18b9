package org.bmi4j.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which value functions of a business model are empty. Completeness is not integrity: a model under
 * design may have empty functions, and processes require completeness only where they say so.
 *
 * @param empty the empty functions, in declaration order
 */
public record Completeness(ImmutableSet<ValueFunction> empty) {
  /**
   * @param empty the empty functions, in declaration order
   * @throws NullPointerException if {@code empty} is null
   */
  public Completeness {
    empty = Sets.immutableEnumSet(empty);
  }

  /**
   * Copies the given collections, of any kind, into immutable ones.
   *
   * @param empty the empty functions, in declaration order
   * @throws NullPointerException if {@code empty} is null
   */
  public Completeness(Collection<? extends ValueFunction> empty) {
    this(ImmutableSet.copyOf(empty));
  }

  static Completeness of(AbstractBusinessModel model) {
    Set<ValueFunction> empty = EnumSet.noneOf(ValueFunction.class);
    if (model.proposition().isEmpty()) {
      empty.add(ValueFunction.PROPOSITION);
    }
    if (model.creation().isEmpty() && model.valueCreatingActivities().isEmpty()) {
      empty.add(ValueFunction.CREATION);
    }
    if (model.exchange().isEmpty()) {
      empty.add(ValueFunction.EXCHANGE);
    }
    if (model.capture().isEmpty()) {
      empty.add(ValueFunction.CAPTURE);
    }
    return new Completeness(Sets.immutableEnumSet(empty));
  }

  /**
   * Returns whether all four value functions are non-empty.
   *
   * @return whether all four value functions are non-empty
   */
  @JsonIgnore
  public boolean isComplete() {
    return empty.isEmpty();
  }

  /**
   * Returns whether the given function is empty.
   *
   * @param function the value function
   * @return whether the given function is empty
   */
  public boolean isEmpty(ValueFunction function) {
    return empty.contains(java.util.Objects.requireNonNull(function, "function"));
  }
}

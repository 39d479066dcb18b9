package org.bmi4j.core.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.Collection;
import org.bmi4j.core.model.ValueFunction;

/**
 * What {@link ImpactAnalysis#impact} finds for a set of changed value functions: the whole set to
 * review, the changed functions plus every function reachable from them over the dependency
 * relation, and the rest, which the change does not reach.
 *
 * <p>Every value function is in exactly one of {@link #review()} and {@link #rest()}; each set is
 * in {@link ValueFunction} declaration order. Immutable and thread-safe.
 *
 * @param changed the functions that changed
 * @param reached the functions reachable from a changed one, less the changed ones (what {@link
 *     ImpactAnalysis#toReview} returns)
 * @param review the whole set to review: the changed functions and the reached ones
 * @param rest the functions the change does not reach
 */
public record Impact(
    ImmutableSet<ValueFunction> changed,
    ImmutableSet<ValueFunction> reached,
    ImmutableSet<ValueFunction> review,
    ImmutableSet<ValueFunction> rest) {
  /**
   * Copies the sets into declaration order.
   *
   * @param changed the functions that changed
   * @param reached the functions reachable from a changed one, less the changed ones (what {@link
   *     ImpactAnalysis#toReview} returns)
   * @param review the whole set to review: the changed functions and the reached ones
   * @param rest the functions the change does not reach
   * @throws NullPointerException if a set or an element is null
   */
  public Impact {
    changed = Sets.immutableEnumSet(checkNotNull(changed, "changed"));
    reached = Sets.immutableEnumSet(checkNotNull(reached, "reached"));
    review = Sets.immutableEnumSet(checkNotNull(review, "review"));
    rest = Sets.immutableEnumSet(checkNotNull(rest, "rest"));
  }

  /**
   * Copies the given collections, of any kind, into immutable ones.
   *
   * @param changed the functions that changed
   * @param reached the functions reachable from a changed one, less the changed ones (what {@link
   *     ImpactAnalysis#toReview} returns)
   * @param review the whole set to review: the changed functions and the reached ones
   * @param rest the functions the change does not reach
   * @throws NullPointerException if a set or an element is null
   */
  public Impact(
      Collection<? extends ValueFunction> changed,
      Collection<? extends ValueFunction> reached,
      Collection<? extends ValueFunction> review,
      Collection<? extends ValueFunction> rest) {
    this(
        ImmutableSet.copyOf(changed),
        ImmutableSet.copyOf(reached),
        ImmutableSet.copyOf(review),
        ImmutableSet.copyOf(rest));
  }
}

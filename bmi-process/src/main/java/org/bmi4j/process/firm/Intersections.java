package org.bmi4j.process.firm;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.util.concurrent.UncheckedExecutionException;
import java.util.concurrent.ExecutionException;
import org.bmi4j.core.analysis.BusinessModelIntersection;
import org.bmi4j.core.model.BusinessModel;

/**
 * The intersections of a firm's extant business model with its proposed partners' models, each
 * computed once per pair of model instances however many contexts ask for it (issue 14): a context
 * copied for every step of a firm or multi-level process keeps asking for the intersection of the
 * same two models, and a model is immutable, so the first answer holds.
 *
 * <p>Keys are held weakly and by identity, values softly, so a model no longer used by any context
 * is collected with its intersections. Thread-safe.
 */
final class Intersections {
  private static final Cache<BusinessModel, Cache<BusinessModel, BusinessModelIntersection>>
      BY_FIRST = CacheBuilder.newBuilder().weakKeys().softValues().build();

  private Intersections() {}

  /** Returns the intersection of {@code first} with {@code second}, computed at most once. */
  static BusinessModelIntersection of(BusinessModel first, BusinessModel second) {
    // an intersection asked for before is found without the loaders get() would allocate
    Cache<BusinessModel, BusinessModelIntersection> known = BY_FIRST.getIfPresent(first);
    BusinessModelIntersection found = known == null ? null : known.getIfPresent(second);
    if (found != null) {
      return found;
    }
    try {
      return BY_FIRST
          .get(first, () -> CacheBuilder.newBuilder().weakKeys().softValues().build())
          .get(second, () -> BusinessModelIntersection.of(first, second));
    } catch (ExecutionException | UncheckedExecutionException e) {
      throw new IllegalStateException("intersecting " + first.id() + " with " + second.id(), e);
    }
  }
}

package org.bmi4j.process.firm;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.util.concurrent.UncheckedExecutionException;
import java.lang.ref.SoftReference;
import java.lang.ref.WeakReference;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReferenceArray;
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
 *
 * <p>In front of the cache, a slot per hash of the two models' identities keeps the pair last asked
 * for there, held as weakly and softly: a pair asked for again, as each firm's CONSOLIDATION exit
 * asks, is found by two identity checks instead of the cache's two lookups.
 */
final class Intersections {
  private static final Cache<BusinessModel, Cache<BusinessModel, BusinessModelIntersection>>
      BY_FIRST = CacheBuilder.newBuilder().weakKeys().softValues().build();

  /** The slots in front of the cache; a power of two. */
  static final int SLOTS = 64;

  private static final AtomicReferenceArray<Recent> RECENT = new AtomicReferenceArray<>(SLOTS);

  /** The pair last asked for in a slot: the models weakly, their intersection softly. */
  private static final class Recent {
    final WeakReference<BusinessModel> first;
    final WeakReference<BusinessModel> second;
    final SoftReference<BusinessModelIntersection> intersection;

    Recent(BusinessModel first, BusinessModel second, BusinessModelIntersection intersection) {
      this.first = new WeakReference<>(first);
      this.second = new WeakReference<>(second);
      this.intersection = new SoftReference<>(intersection);
    }
  }

  private Intersections() {}

  /** Returns the slot of the pair {@code first}, {@code second}. */
  static int slot(BusinessModel first, BusinessModel second) {
    return (System.identityHashCode(first) * 31 + System.identityHashCode(second)) & (SLOTS - 1);
  }

  /** Returns the intersection of {@code first} with {@code second}, computed at most once. */
  static BusinessModelIntersection of(BusinessModel first, BusinessModel second) {
    int slot = slot(first, second);
    Recent recent = RECENT.get(slot);
    if (recent != null && recent.first.get() == first && recent.second.get() == second) {
      BusinessModelIntersection found = recent.intersection.get();
      if (found != null) {
        return found;
      }
    }
    BusinessModelIntersection found = cached(first, second);
    RECENT.set(slot, new Recent(first, second, found));
    return found;
  }

  private static BusinessModelIntersection cached(BusinessModel first, BusinessModel second) {
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

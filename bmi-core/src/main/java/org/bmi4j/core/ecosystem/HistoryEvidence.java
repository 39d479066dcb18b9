package org.bmi4j.core.ecosystem;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * What one aspect of an ecosystem's history says about its classified pattern: whether the aspect
 * was stable, whether that corroborates or contradicts the pattern, and the fact behind it.
 *
 * @param aspect the aspect of the history
 * @param stable whether the aspect was stable by the {@link EcosystemPolicy}'s limits
 * @param bearing how it bears on the pattern
 * @param fact the counts behind it, as a sentence
 */
public record HistoryEvidence(
    HistoryAspect aspect, boolean stable, Corroboration bearing, String fact) {
  /**
   * @param stable whether the aspect was stable by the {@link EcosystemPolicy}'s limits
   * @param aspect the aspect of the history
   * @param bearing how it bears on the pattern
   * @param fact the counts behind it, as a sentence
   * @throws NullPointerException if a component is null
   */
  public HistoryEvidence {
    checkNotNull(aspect, "aspect");
    checkNotNull(bearing, "bearing");
    checkNotNull(fact, "fact");
  }
}

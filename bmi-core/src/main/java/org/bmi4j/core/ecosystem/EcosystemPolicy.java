package org.bmi4j.core.ecosystem;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The limits within which an ecosystem's history counts as stable; the library's formalisation,
 * since the source describes stability and churn qualitatively [Oskam et al. 2021].
 *
 * <p>Membership is stable when the number of membership events divided by the number of actors that
 * ever took part is at most {@code maxStableChurn}; value propositions are stable when the number
 * of redesigns divided by the number of actors is at most {@code maxStableRedesignRate}. An
 * ecosystem without actors has rates of 0.
 *
 * @param maxStableChurn the highest churn counted as stable, finite and not negative
 * @param maxStableRedesignRate the highest redesign rate counted as stable, finite and not negative
 */
public record EcosystemPolicy(double maxStableChurn, double maxStableRedesignRate) {
  /** The defaults: a quarter of the actors for both limits. */
  public static final EcosystemPolicy DEFAULTS = new EcosystemPolicy(0.25, 0.25);

  /**
   * Checks both limits.
   *
   * @param maxStableChurn the highest churn counted as stable, finite and not negative
   * @param maxStableRedesignRate the highest redesign rate counted as stable, finite and not
   *     negative
   * @throws IllegalArgumentException if a limit is negative, infinite or not a number
   */
  public EcosystemPolicy {
    checkArgument(
        Double.isFinite(maxStableChurn) && maxStableChurn >= 0,
        "maxStableChurn must be a finite number >= 0, was %s",
        maxStableChurn);
    checkArgument(
        Double.isFinite(maxStableRedesignRate) && maxStableRedesignRate >= 0,
        "maxStableRedesignRate must be a finite number >= 0, was %s",
        maxStableRedesignRate);
  }
}

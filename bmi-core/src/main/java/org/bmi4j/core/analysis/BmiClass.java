package org.bmi4j.core.analysis;

/**
 * The classes of business model innovation after Khanagha et al. (2014), as used by Spieth et al.
 *
 * <p>The classes are Khanagha's; the rules that assign them ({@link BmiRule}) and their thresholds
 * ({@link ClassificationPolicy}) are the library's formalisation. Precedence, from the strongest:
 * REPLACEMENT, EXTENSION, INCREMENTAL, NONE; PARALLEL is assigned to portfolios only.
 */
public enum BmiClass {
  /** Nothing differs. */
  NONE,
  /** Existing elements are adjusted, or the change stays within one value function. */
  INCREMENTAL,
  /** Elements are added to a business model that keeps its original offerings. */
  EXTENSION,
  /** The original business model is given up for another one. */
  REPLACEMENT,
  /** A firm's portfolio gains a new business model while an extant one stays. */
  PARALLEL
}

package org.bmi4j.core.ecosystem;

/** The time horizon over which an ecosystem actor expects its value [Oskam et al. 2021]. */
public enum TimeHorizon {
  /** The actor expects value soon, such as a partner looking for quick returns. */
  SHORT,
  /** The actor expects value over the long term, such as a partner committed for years. */
  LONG
}

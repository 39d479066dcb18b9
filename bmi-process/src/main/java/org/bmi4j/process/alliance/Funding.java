package org.bmi4j.process.alliance;

/** How the alliance is funded [SPIETH, concept phase]. */
public enum Funding {
  /** The initiating firm funds it alone. */
  ALONE,
  /** The partners share the funding. */
  SHARED
}

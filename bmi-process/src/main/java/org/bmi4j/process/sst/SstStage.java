package org.bmi4j.process.sst;

/**
 * A stage of the sense-seize-transform cycle of dynamic capabilities [DESILVA, Table 5].
 *
 * <p>SENSING and SEIZING are used iteratively; TRANSFORMING leads to the SENSING of the next cycle.
 */
public enum SstStage {
  /** Identify an opportunity [DESILVA, Table 5]. */
  SENSING,
  /** Develop a new BM to exploit the opportunity [DESILVA, Table 5]. */
  SEIZING,
  /**
   * Adapt the resource base, organisation design and culture to embrace, maintain and scale up the
   * new BM [DESILVA, Table 5].
   */
  TRANSFORMING
}

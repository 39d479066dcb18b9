package org.bmi4j.process.alliance;

/**
 * The vision for the alliance's future formed in OPERATION [SPIETH]; DIVEST is a library addition.
 */
public enum VisionKind {
  /** Take the alliance BM into a named partner. */
  REINTEGRATE,
  /** Run the alliance BM on its own. */
  INDEPENDENT,
  /** Each partner continues the BM on its own, for example in split markets. */
  SPLIT,
  /** Complete at the end the contract defines. */
  COMPLETE,
  /** Sell the alliance business to a named buyer (library addition). */
  DIVEST
}

package org.bmi4j.benchmarks;

/** The four phases of the benchmark machine, the same in every library; it cycles. */
public enum Phase {
  CONCEPT,
  FOUNDATION,
  DEVELOPMENT,
  OPERATION;

  /** Returns the phase an accepted advance leads to: the next one, OPERATION back to CONCEPT. */
  public Phase next() {
    return values()[(ordinal() + 1) % 4];
  }
}

package org.bmi4j.process.alliance;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;

/**
 * A revision of the operating alliance business model: a revenue stream added, a market left, an
 * activity handed to a new partner. Taking the BM to market and capturing value happen in OPERATION
 * [SPIETH]; recording a change there as a revision, rather than as a new cycle or a fall-back, is
 * the library's formalisation.
 *
 * @param cycle the cycle in which it was revised
 * @param reason why the model was revised
 * @param at when the revision was recorded
 */
public record ModelRevision(int cycle, String reason, Instant at) {
  /**
   * @param cycle the cycle in which it was revised
   * @param reason why the model was revised
   * @param at when the revision was recorded
   * @throws NullPointerException if a component is null
   */
  public ModelRevision {
    checkNotNull(reason, "reason");
    checkNotNull(at, "at");
  }
}

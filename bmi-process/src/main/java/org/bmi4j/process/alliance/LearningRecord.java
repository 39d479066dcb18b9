package org.bmi4j.process.alliance;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A learning mode used in a phase of a cycle [SPIETH after Berends].
 *
 * @param cycle the cycle number
 * @param phase the phase
 * @param mode the mode used
 */
public record LearningRecord(int cycle, AlliancePhase phase, LearningMode mode) {
  /**
   * @param cycle the cycle number
   * @param phase the phase
   * @param mode the mode used
   * @throws NullPointerException if a component is null
   */
  public LearningRecord {
    checkNotNull(phase, "phase");
    checkNotNull(mode, "mode");
  }
}

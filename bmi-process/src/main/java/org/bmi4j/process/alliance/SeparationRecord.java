package org.bmi4j.process.alliance;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The separation mode decided in a phase of a cycle [SPIETH]: reassessed at each transition.
 *
 * @param cycle the cycle number
 * @param phase the phase entered or in which the decision changed
 * @param mode the separation mode
 */
public record SeparationRecord(int cycle, AlliancePhase phase, SeparationMode mode) {
  /**
   * @param cycle the cycle number
   * @param phase the phase entered or in which the decision changed
   * @param mode the separation mode
   * @throws NullPointerException if a component is null
   */
  public SeparationRecord {
    checkNotNull(phase, "phase");
    checkNotNull(mode, "mode");
  }
}

package org.bmi4j.core.ecosystem;

/** The pattern by which an innovation ecosystem values value [Oskam et al. 2021]. */
public enum EcosystemPattern {
  /**
   * Collective orchestration: the actors share a clear common goal with integrated sustainability
   * objectives, and membership and value propositions stay stable [Oskam et al. 2021].
   */
  COLLECTIVE_ORCHESTRATION,
  /**
   * Continuous search: there is no clear common goal, the actors are primarily driven by ecological
   * and/or social value, and members come and go while value propositions are redesigned [Oskam et
   * al. 2021].
   */
  CONTINUOUS_SEARCH,
  /** Neither pattern's starting conditions hold (library formalisation: the remaining case). */
  UNDETERMINED
}

package org.bmi4j.process.alliance;

/** How partners learn in a phase [SPIETH after Berends]: these two modes only. */
public enum LearningMode {
  /** Learning by analysis and planning before acting. */
  COGNITIVE_SEARCH,
  /** Learning by doing and experimenting. */
  EXPERIENTIAL_LEARNING
}

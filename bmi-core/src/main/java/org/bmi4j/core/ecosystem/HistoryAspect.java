package org.bmi4j.core.ecosystem;

/** An aspect of an ecosystem's history whose stability bears on its pattern [Oskam et al. 2021]. */
public enum HistoryAspect {
  /** Who the members are: stable in orchestration, churning in continuous search. */
  MEMBERSHIP,
  /** The actors' value propositions: stable in orchestration, redesigned in continuous search. */
  VALUE_PROPOSITIONS
}

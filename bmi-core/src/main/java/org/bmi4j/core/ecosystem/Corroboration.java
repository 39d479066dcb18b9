package org.bmi4j.core.ecosystem;

/** How an observation of an ecosystem's history bears on its classified pattern. */
public enum Corroboration {
  /** The observation is what the pattern leads one to expect [Oskam et al. 2021]. */
  CORROBORATES,
  /** The observation is the opposite of what the pattern leads one to expect. */
  CONTRADICTS,
  /** The pattern is {@link EcosystemPattern#UNDETERMINED}, so there is nothing to bear on. */
  NOT_APPLICABLE
}

package org.bmi4j.core.analysis;

/**
 * How far what a business model innovation adds is new: to the firm, or to its industry. When
 * something counts as new to the industry is the library's formalisation; see {@link Novelty}.
 */
public enum NoveltyScope {
  /** New to the innovating firm only: a model of the reference set already has what it adds. */
  NEW_TO_FIRM,
  /** New to the industry: no model of the reference set has everything it adds. */
  NEW_TO_INDUSTRY
}

package org.bmi4j.core.model;

/** The sector an actor belongs to [Oskam et al. 2021]. */
public enum Sector {
  /** Private, for-profit organisations. */
  PRIVATE,
  /** Public bodies. */
  PUBLIC,
  /** Social-sector organisations: non-profits, social enterprises, communities. */
  SOCIAL
}

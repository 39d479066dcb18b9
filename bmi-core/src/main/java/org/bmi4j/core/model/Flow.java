package org.bmi4j.core.model;

/** What flows along a link between two activities. */
public enum Flow {
  /** Physical goods. */
  GOODS,
  /** Information. */
  INFORMATION,
  /** Money. */
  MONEY,
  /** Knowledge. */
  KNOWLEDGE,
  /** A service. */
  SERVICE
}

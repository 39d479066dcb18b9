package org.bmi4j.core.model;

/** The kind of a resource used to create value. */
public enum ResourceKind {
  /** Physical assets: plants, machines, material. */
  PHYSICAL,
  /** People and their skills. */
  HUMAN,
  /** Cash, credit and capital. */
  FINANCIAL,
  /** Patents, brands, know-how. */
  INTELLECTUAL,
  /** Data, such as sales statistics a platform provides [Bagnato and Giordino]. */
  DATA,
  /** Relationships and networks. */
  RELATIONAL
}

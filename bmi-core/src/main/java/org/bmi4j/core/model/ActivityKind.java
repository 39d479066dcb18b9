package org.bmi4j.core.model;

/** The kind of an activity in the activity system's content. */
public enum ActivityKind {
  /** Making the product. */
  PRODUCTION,
  /** Marketing. */
  MARKETING,
  /** Selling. */
  SALES,
  /** Research and development. */
  R_AND_D,
  /** Moving and storing goods. */
  LOGISTICS,
  /** Serving customers. */
  SERVICE,
  /** Operating a digital platform. */
  PLATFORM_OPERATION,
  /** Training people. */
  TRAINING,
  /** Financing. */
  FINANCE,
  /** Any other activity. */
  OTHER
}

package org.bmi4j.core.dual;

/**
 * A business function a member of the innovation management team comes from [Andreassen &amp;
 * Andersson: a cross-functional team of sales, marketing, R&amp;D and operations staff].
 */
public enum BusinessFunction {
  /** Sales staff, close to the co-developing customers. */
  SALES,
  /** Marketing staff. */
  MARKETING,
  /** Research and development staff. */
  R_AND_D,
  /** Operations staff: production and delivery. */
  OPERATIONS
}

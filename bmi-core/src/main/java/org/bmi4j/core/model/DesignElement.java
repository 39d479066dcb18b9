package org.bmi4j.core.model;

/**
 * The design elements of a business model's activity system [Zott &amp; Amit 2010, as used by
 * Bagnato &amp; Giordino and by Andreassen &amp; Andersson].
 */
public enum DesignElement {
  /** The activities performed. */
  CONTENT,
  /** How the activities are linked and which units perform them. */
  STRUCTURE,
  /** Who performs each activity, under which mode and terms. */
  GOVERNANCE
}

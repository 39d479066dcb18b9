package org.bmi4j.process.alliance;

/** The organisational form of the alliance [SPIETH, foundation phase]. */
public enum OrganisationalForm {
  /** A joint venture of the partners. */
  JOINT_VENTURE,
  /** Run in-house by the partners. */
  IN_HOUSE
}

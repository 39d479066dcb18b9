package org.bmi4j.core.ecosystem;

/** How an ecosystem's membership changes [Oskam et al. 2021]. */
public enum MembershipChange {
  /** An actor joins the ecosystem. */
  JOIN,
  /** An actor leaves the ecosystem. */
  LEAVE
}

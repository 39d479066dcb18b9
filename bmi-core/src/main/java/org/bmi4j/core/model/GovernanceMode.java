package org.bmi4j.core.model;

/** How an activity is governed [Zott &amp; Amit 2010; Andreassen &amp; Andersson]. */
public enum GovernanceMode {
  /** Performed by the firm itself. */
  IN_HOUSE,
  /** Performed by a partner under a partnership agreement. */
  PARTNER,
  /** Performed by a joint venture of partners. */
  JOINT_VENTURE,
  /** Bought on the market under a contract. */
  MARKET_CONTRACT,
  /** Performed by or through a digital platform. */
  PLATFORM,
  /** Performed by a cooperative its members own. */
  COOPERATIVE,
  /**
   * Performed under a trust-based relationship, such as co-development with a customer [Andreassen
   * and Andersson].
   */
  TRUST_BASED
}

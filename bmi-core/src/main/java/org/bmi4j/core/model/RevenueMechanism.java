package org.bmi4j.core.model;

/** How a revenue stream is earned. */
public enum RevenueMechanism {
  /** Sale of goods or services. */
  SALE,
  /** Recurring payment for continued access. */
  SUBSCRIPTION,
  /** A share of a transaction another actor makes. */
  COMMISSION,
  /** Payment for the right to use intellectual property. */
  LICENSING,
  /** A fee for a service or for use. */
  FEE,
  /** Interest on capital lent. */
  INTEREST,
  /** A grant from a public body or foundation. */
  GRANT,
  /** A donation. */
  DONATION,
  /** Capital invested in the organisation. */
  INVESTMENT
}

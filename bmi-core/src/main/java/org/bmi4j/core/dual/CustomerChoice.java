package org.bmi4j.core.dual;

/**
 * The co-developing customer's choice for an offering developed in the collaboration-based business
 * model [Andreassen &amp; Andersson]: keep it to itself, or let the firm sell it to others.
 */
public enum CustomerChoice {
  /**
   * The customer keeps exclusivity, paying up to its reservation price; the offering stays in the
   * collaboration-based model.
   */
  EXCLUSIVE,
  /**
   * The customer shares the offering, which the firm then sells at market price; the offering moves
   * to the market-based model.
   */
  SHARED
}

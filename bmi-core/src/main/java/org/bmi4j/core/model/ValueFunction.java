package org.bmi4j.core.model;

/**
 * The four value functions of a business model [De Silva et al. 2019, after Richardson 2008 and
 * Zott et al. 2011].
 */
public enum ValueFunction {
  /** What value, for whom: the offerings and their beneficiaries. */
  PROPOSITION,
  /** How the value is generated: value-creating activities and resources. */
  CREATION,
  /** How created value reaches stakeholders (delivery): the exchanges. */
  EXCHANGE,
  /** How part of the value is retained or distributed: revenue, costs and value shares. */
  CAPTURE
}

package org.bmi4j.process.sst;

/** Where a capability is deployed: the production site or the market site [DESILVA]. */
public enum Site {
  /** The production site, such as the waste pickers' filament production. */
  PRODUCTION,
  /** The market site, such as buyers in developed countries. */
  MARKET
}

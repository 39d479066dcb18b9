package org.bmi4j.process.sst;

/**
 * Which of the two models of a dual business model a BM of the cycle's portfolio is [ANDREASSEN]:
 * seizing goes through the collaboration-based BM, transforming through the market-based one.
 */
public enum ModelBasis {
  /**
   * Exploration: co-creation with selected customers, a dyadic user-producer relationship, trust
   * and long formal contracts [ANDREASSEN].
   */
  COLLABORATION_BASED,
  /**
   * Exploitation: standardised production, efficiency and short-term market prices [ANDREASSEN].
   */
  MARKET_BASED
}

package org.bmi4j.core.ecosystem;

/** A kind of tension between the actors of an innovation ecosystem [Oskam et al. 2021]. */
public enum TensionKind {
  /**
   * Creating joint value for the ecosystem versus capturing individual value; the tension the
   * source pairs with collective orchestration.
   */
  JOINT_VS_INDIVIDUAL_VALUE,
  /**
   * Between different sustainability goals, social against environmental; the tension the source
   * pairs with continuous search.
   */
  BETWEEN_SUSTAINABILITY_GOALS,
  /**
   * Between actors expecting value in the long term and actors expecting it in the short term, from
   * the source's example of a long-term and a short-term partner.
   */
  TIME_HORIZON,
  /**
   * Between actors primarily driven by economic value and actors primarily driven by social or
   * environmental value, from the same example.
   */
  ECONOMIC_VS_SUSTAINABILITY
}

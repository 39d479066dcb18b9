package org.bmi4j.core.model;

/**
 * A kind of value an organisation pursues as its mission or an offering delivers.
 *
 * <p>A dual-mission (hybrid) organisation has {@link #ECONOMIC} plus {@link #SOCIAL} and/or {@link
 * #ENVIRONMENTAL} among its missions [De Silva et al. 2019; Oskam et al. 2021].
 */
public enum ValueKind {
  /** Financial value: revenue, profit, economic sustainability of the organisation. */
  ECONOMIC,
  /**
   * Social value: benefits to beneficiaries and communities. De Silva et al. (2019) count
   * environmental benefits as part of social value within a dual mission.
   */
  SOCIAL,
  /**
   * Environmental value as a mission of its own; an encoder choosing it over {@link #SOCIAL} says
   * so, since De Silva et al. (2019) fold it into social value.
   */
  ENVIRONMENTAL
}

package org.bmi4j.process.alliance;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A requirement of the business case and who covers it [SPIETH, concept phase].
 *
 * @param description what is required
 * @param coverage whether the firm covers it or it needs a partner
 */
public record Requirement(String description, Coverage coverage) {
  /**
   * @param description what is required
   * @param coverage whether the firm covers it or it needs a partner
   * @throws NullPointerException if a component is null
   */
  public Requirement {
    checkNotNull(description, "description");
    checkNotNull(coverage, "coverage");
  }
}

package org.bmi4j.core.ecosystem;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A member of an ecosystem that receives no value: "consciously creating value for all actors is a
 * condition for survival" [Oskam et al. 2021].
 *
 * @param actor the id of the member receiving no value
 * @param message the finding as a sentence
 */
public record NoValueFinding(String actor, String message) {
  /**
   * @param actor the id of the member receiving no value
   * @param message the finding as a sentence
   * @throws NullPointerException if a component is null
   */
  public NoValueFinding {
    checkNotNull(actor, "actor");
    checkNotNull(message, "message");
  }
}

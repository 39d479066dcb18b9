package org.bmi4j.core.valueflow;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One problem of a market scenario checked against its business model.
 *
 * @param path where in the scenario, such as {@code needs[0].path.orSplits[1]}
 * @param code the stable code
 * @param message a sentence naming what is wrong, the values involved and what would be right
 */
public record ScenarioProblem(String path, ScenarioProblemCode code, String message) {
  /**
   * @param path where in the scenario, such as {@code needs[0].path.orSplits[1]}
   * @param code the stable code
   * @param message a sentence naming what is wrong, the values involved and what would be right
   * @throws NullPointerException if a component is null
   */
  public ScenarioProblem {
    checkNotNull(path, "path");
    checkNotNull(code, "code");
    checkNotNull(message, "message");
  }

  @Override
  public String toString() {
    return path + ": " + code + ": " + message;
  }
}

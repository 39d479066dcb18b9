package org.bmi4j.core.model;

import java.util.Objects;

/**
 * One integrity problem of a business model.
 *
 * @param path where in the model, such as {@code activities[3].resources[0]}
 * @param code the stable code
 * @param message a sentence naming what is wrong and what would be right
 */
public record IntegrityProblem(String path, ProblemCode code, String message) {
  /**
   * @param path where in the model, such as {@code activities[3].resources[0]}
   * @param code the stable code
   * @param message a sentence naming what is wrong and what would be right
   * @throws NullPointerException if any component is null
   */
  public IntegrityProblem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return path + ": " + code + ": " + message;
  }
}

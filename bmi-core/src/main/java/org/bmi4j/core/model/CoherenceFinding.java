package org.bmi4j.core.model;

import java.util.Objects;

/**
 * A coherence finding on a business model: reported, never thrown.
 *
 * @param path where in the model, such as {@code proposition.offerings[0]}
 * @param code the stable code
 * @param message a sentence naming what was found and what would resolve it
 */
public record CoherenceFinding(String path, FindingCode code, String message) {
  /**
   * @param path where in the model, such as {@code proposition.offerings[0]}
   * @param code the stable code
   * @param message a sentence naming what was found and what would resolve it
   * @throws NullPointerException if any component is null
   */
  public CoherenceFinding {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return path + ": " + code + ": " + message;
  }
}

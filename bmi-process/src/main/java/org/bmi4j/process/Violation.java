package org.bmi4j.process;

import java.util.Objects;

/**
 * One condition an event violated: why it was rejected.
 *
 * @param code the stable code
 * @param subject whom the violation concerns, such as a partner's actor id; empty when it concerns
 *     the process as a whole
 * @param message a sentence naming what is missing and what would satisfy the condition
 */
public record Violation(ViolationCode code, String subject, String message) {
  /**
   * @throws NullPointerException if any component is null
   */
  public Violation {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return code.name() + (subject.isEmpty() ? "" : " [" + subject + "]") + ": " + message;
  }
}

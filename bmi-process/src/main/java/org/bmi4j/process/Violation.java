package org.bmi4j.process;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Objects;
import org.bmi4j.core.internal.Sentences;
import org.bmi4j.core.model.CodedMessage;

/**
 * One condition an event violated: why it was rejected.
 *
 * @param code the stable code
 * @param subject whom the violation concerns, such as a partner's actor id; empty when it concerns
 *     the process as a whole
 * @param message a sentence naming what is missing and what would satisfy the condition
 * @param values the values the message names, by name, for callers who act on them rather than read
 *     the sentence (such as the lost mission value kinds of a mission drift); each code's Javadoc
 *     lists the names it fills; empty for most codes
 */
public record Violation(
    ViolationCode code, String subject, String message, Map<String, Object> values)
    implements CodedMessage {
  /**
   * @param code the stable code
   * @param subject whom the violation concerns, such as a partner's actor id; empty when it
   *     concerns the process as a whole
   * @param message a sentence naming what is missing and what would satisfy the condition
   * @param values the values the message names, by name, for callers who act on them rather than
   *     read the sentence (such as the lost mission value kinds of a mission drift); each code's
   *     Javadoc lists the names it fills; empty for most codes
   * @throws NullPointerException if any component, value name or value is null
   */
  public Violation {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(message, "message");
    values = ImmutableMap.copyOf(Objects.requireNonNull(values, "values"));
  }

  /**
   * A violation without named values.
   *
   * @param code the stable code
   * @param subject whom the violation concerns, such as a partner's actor id; empty when it
   *     concerns the process as a whole
   * @param message a sentence naming what is missing and what would satisfy the condition
   * @throws NullPointerException if any argument is null
   */
  public Violation(ViolationCode code, String subject, String message) {
    this(code, subject, message, ImmutableMap.of());
  }

  /**
   * A violation whose message is {@code code}'s {@linkplain ViolationCode#sentence() sentence}
   * filled with {@code arguments}, each carried as a value under its {@linkplain
   * ViolationCode#valueNames() name}.
   *
   * @param code the stable code
   * @param subject whom the violation concerns; empty when it concerns the process as a whole
   * @param arguments the sentence's arguments, in order
   * @return the violation
   * @throws IllegalArgumentException if the sentence has another number of {@code %s} than
   *     arguments are given
   * @throws NullPointerException if an argument is null
   */
  public static Violation of(ViolationCode code, String subject, Object... arguments) {
    return of(code, subject, ImmutableMap.of(), arguments);
  }

  /**
   * Like {@link #of(ViolationCode, String, Object...)}, carrying {@code values} as well; a value of
   * {@code values} wins over an argument of the same name.
   */
  static Violation of(
      ViolationCode code, String subject, Map<String, ?> values, Object... arguments) {
    return new Violation(
        code,
        subject,
        Sentences.format(code.sentence(), arguments),
        Sentences.values(code.valueNames(), values, arguments));
  }

  /** Returns {@code text}, cut to at most 40 characters with an ellipsis. */
  static String shortened(String text) {
    return text.length() <= 40 ? text : text.substring(0, 39) + "\u2026";
  }

  @Override
  public String toString() {
    return code.name() + (subject.isEmpty() ? "" : " [" + subject + "]") + ": " + message;
  }
}

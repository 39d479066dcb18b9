package org.bmi4j.core.model;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Objects;
import org.bmi4j.core.internal.Sentences;

/**
 * A coherence finding on a business model: reported, never thrown.
 *
 * @param path where in the model, such as {@code proposition.offerings[0]}
 * @param code the stable code
 * @param message a sentence naming what was found and what would resolve it
 * @param values the values the message uses, by the names of the code's {@linkplain
 *     FindingCode#valueNames() value names}
 */
public record CoherenceFinding(
    String path, FindingCode code, String message, Map<String, Object> values)
    implements CodedMessage {
  /**
   * @param path where in the model, such as {@code proposition.offerings[0]}
   * @param code the stable code
   * @param message a sentence naming what was found and what would resolve it
   * @param values the values the message uses, by the names of the code's {@linkplain
   *     FindingCode#valueNames() value names}
   * @throws NullPointerException if any component, value name or value is null
   */
  public CoherenceFinding {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    values = ImmutableMap.copyOf(Objects.requireNonNull(values, "values"));
  }

  /**
   * A finding without named values.
   *
   * @param path where in the model, such as {@code proposition.offerings[0]}
   * @param code the stable code
   * @param message a sentence naming what was found and what would resolve it
   * @throws NullPointerException if any argument is null
   */
  public CoherenceFinding(String path, FindingCode code, String message) {
    this(path, code, message, ImmutableMap.of());
  }

  /**
   * A finding whose message is {@code code}'s {@linkplain FindingCode#sentence() sentence} filled
   * with {@code arguments}, each carried as a value under its {@linkplain FindingCode#valueNames()
   * name}.
   *
   * @param path where in the model, such as {@code proposition.offerings[0]}
   * @param code the stable code
   * @param arguments the sentence's arguments, in order
   * @return the finding
   * @throws IllegalArgumentException if the sentence has another number of {@code %s} than
   *     arguments are given
   * @throws NullPointerException if an argument is null
   */
  public static CoherenceFinding of(String path, FindingCode code, Object... arguments) {
    return new CoherenceFinding(
        path,
        code,
        Sentences.format(code.sentence(), arguments),
        Sentences.values(code.valueNames(), ImmutableMap.of(), arguments));
  }

  @Override
  public String toString() {
    return path + ": " + code + ": " + message;
  }
}

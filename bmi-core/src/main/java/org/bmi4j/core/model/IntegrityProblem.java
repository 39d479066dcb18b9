package org.bmi4j.core.model;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Objects;
import org.bmi4j.core.internal.Sentences;

/**
 * One integrity problem of a business model.
 *
 * @param path where in the model, such as {@code activities[3].resources[0]}
 * @param code the stable code
 * @param message a sentence naming what is wrong and what would be right
 * @param values the values the message uses, by the names of the code's {@linkplain
 *     ProblemCode#valueNames() value names}
 */
public record IntegrityProblem(
    String path, ProblemCode code, String message, Map<String, Object> values)
    implements CodedMessage {
  /**
   * @param path where in the model, such as {@code activities[3].resources[0]}
   * @param code the stable code
   * @param message a sentence naming what is wrong and what would be right
   * @param values the values the message uses, by the names of the code's {@linkplain
   *     ProblemCode#valueNames() value names}
   * @throws NullPointerException if any component, value name or value is null
   */
  public IntegrityProblem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    values = ImmutableMap.copyOf(Objects.requireNonNull(values, "values"));
  }

  /**
   * A problem without named values.
   *
   * @param path where in the model, such as {@code activities[3].resources[0]}
   * @param code the stable code
   * @param message a sentence naming what is wrong and what would be right
   * @throws NullPointerException if any argument is null
   */
  public IntegrityProblem(String path, ProblemCode code, String message) {
    this(path, code, message, ImmutableMap.of());
  }

  /**
   * A problem whose message is {@code code}'s {@linkplain ProblemCode#sentence() sentence} filled
   * with {@code arguments}, each carried as a value under its {@linkplain ProblemCode#valueNames()
   * name}.
   *
   * @param path where in the model, such as {@code activities[3].resources[0]}
   * @param code the stable code
   * @param arguments the sentence's arguments, in order
   * @return the problem
   * @throws IllegalArgumentException if the sentence has another number of {@code %s} than
   *     arguments are given
   * @throws NullPointerException if an argument is null
   */
  public static IntegrityProblem of(String path, ProblemCode code, Object... arguments) {
    return new IntegrityProblem(
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

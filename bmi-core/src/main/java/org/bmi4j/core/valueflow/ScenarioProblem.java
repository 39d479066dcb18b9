package org.bmi4j.core.valueflow;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.bmi4j.core.internal.Sentences;
import org.bmi4j.core.model.CodedMessage;

/**
 * One problem of a market scenario checked against its business model.
 *
 * @param path where in the scenario, such as {@code needs[0].path.orSplits[1]}
 * @param code the stable code
 * @param message a sentence naming what is wrong, the values involved and what would be right
 * @param values the values the message uses, by the names of the code's {@linkplain
 *     ScenarioProblemCode#valueNames() value names}
 */
public record ScenarioProblem(
    String path, ScenarioProblemCode code, String message, Map<String, Object> values)
    implements CodedMessage {
  /**
   * @param path where in the scenario, such as {@code needs[0].path.orSplits[1]}
   * @param code the stable code
   * @param message a sentence naming what is wrong, the values involved and what would be right
   * @param values the values the message uses, by the names of the code's {@linkplain
   *     ScenarioProblemCode#valueNames() value names}
   * @throws NullPointerException if a component, value name or value is null
   */
  public ScenarioProblem {
    checkNotNull(path, "path");
    checkNotNull(code, "code");
    checkNotNull(message, "message");
    values = ImmutableMap.copyOf(checkNotNull(values, "values"));
  }

  /**
   * A problem without named values.
   *
   * @param path where in the scenario, such as {@code needs[0].path.orSplits[1]}
   * @param code the stable code
   * @param message a sentence naming what is wrong, the values involved and what would be right
   * @throws NullPointerException if an argument is null
   */
  public ScenarioProblem(String path, ScenarioProblemCode code, String message) {
    this(path, code, message, ImmutableMap.of());
  }

  /**
   * A problem whose message is {@code code}'s {@linkplain ScenarioProblemCode#sentence() sentence}
   * filled with {@code arguments}, each carried as a value under its {@linkplain
   * ScenarioProblemCode#valueNames() name}.
   *
   * @param path where in the scenario, such as {@code needs[0].path.orSplits[1]}
   * @param code the stable code
   * @param arguments the sentence's arguments, in order
   * @return the problem
   * @throws IllegalArgumentException if the sentence has another number of {@code %s} than
   *     arguments are given
   * @throws NullPointerException if an argument is null
   */
  public static ScenarioProblem of(String path, ScenarioProblemCode code, Object... arguments) {
    return new ScenarioProblem(
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

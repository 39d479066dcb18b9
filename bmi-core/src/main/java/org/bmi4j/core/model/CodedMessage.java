package org.bmi4j.core.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A message the library reports with a stable code: its sentence and, by name, the values the
 * sentence uses. The sentence is built from the values ({@link MessageCode#valueNames()}), never
 * the other way round, so a caller reads {@link #value(String, Class)} rather than parse {@link
 * #message()}.
 */
public interface CodedMessage {
  /**
   * Returns the stable code.
   *
   * @return the stable code
   */
  MessageCode code();

  /**
   * Returns the sentence: the code's {@linkplain MessageCode#sentence() template} filled with the
   * values, in the order of the code's {@linkplain MessageCode#valueNames() value names}.
   *
   * @return the sentence
   */
  String message();

  /**
   * Returns the values the sentence uses, by name: the names of {@link MessageCode#valueNames()},
   * and for some codes more (each code's Javadoc says which).
   *
   * @return the values the sentence uses, by name
   */
  Map<String, Object> values();

  /**
   * Returns the value named {@code name}, if this message carries one of the given type. A {@link
   * Phrased} value is read through: asked for the type of its {@linkplain Phrased#value() typed
   * value} it returns that (such as the {@code List} of known ids), asked for {@code String} the
   * phrase the sentence prints.
   *
   * @param <T> the value's type
   * @param name the value's name
   * @param type the class the value must be an instance of
   * @return the value named {@code name}, if this message carries one of the given type
   * @throws NullPointerException if an argument is null
   */
  default <T> Optional<T> value(String name, Class<T> type) {
    Objects.requireNonNull(type, "type");
    Object value = values().get(Objects.requireNonNull(name, "name"));
    if (type.isInstance(value)) {
      return Optional.of(type.cast(value));
    }
    if (value instanceof Phrased<?> phrased) {
      if (type.isInstance(phrased.value())) {
        return Optional.of(type.cast(phrased.value()));
      }
      if (type == String.class) {
        return Optional.of(type.cast(phrased.phrase()));
      }
    }
    return Optional.empty();
  }
}

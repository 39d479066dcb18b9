package org.bmi4j.core.model;

import java.util.Objects;

/**
 * A typed value of a {@linkplain CodedMessage coded message} together with the phrase its sentence
 * prints for it, such as the ids {@code [a, b, c, d]} printed as {@code "'a', 'b', and 2 more"}: a
 * caller reads {@link #value()} instead of parsing the sentence, and the sentence is unchanged
 * because {@link #toString()} is the phrase (library formalisation).
 *
 * @param value the typed value, such as a list of ids, an {@link ActorRole} or a count
 * @param phrase the text the sentence prints for the value
 * @param <T> the type of the value
 */
public record Phrased<T>(T value, String phrase) {
  /**
   * @param value the typed value, such as a list of ids, an {@link ActorRole} or a count
   * @param phrase the text the sentence prints for the value
   * @throws NullPointerException if an argument is null
   */
  public Phrased {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(phrase, "phrase");
  }

  /**
   * Returns the typed value printed as {@code phrase}.
   *
   * @param value the typed value
   * @param phrase the text the sentence prints for the value
   * @param <T> the type of the value
   * @return the typed value printed as {@code phrase}
   */
  public static <T> Phrased<T> of(T value, String phrase) {
    return new Phrased<>(value, phrase);
  }

  /**
   * Returns the phrase the sentence prints for the value.
   *
   * @return the phrase the sentence prints for the value
   */
  @Override
  public String toString() {
    return phrase;
  }
}

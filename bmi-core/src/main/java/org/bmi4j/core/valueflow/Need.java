package org.bmi4j.core.valueflow;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;

/**
 * A customer need, the start stimulus of a dependency path, with its occurrences per contract
 * period [e3value: Gordijn &amp; Akkermans 2003; user guide 4.1, 5.2]. When its actor is a market
 * segment with a size ({@link SegmentSize}), the occurrences are per member: the need occurs {@code
 * occurrences} &times; size times in the period (user guide 5.3).
 *
 * <p>A stimulus that is not a customer's need, such as an exchange the firm triggers itself each
 * period, is a need of the actor that triggers it whose path holds that one exchange (library
 * formalisation).
 *
 * <p>The scenario checks that the id is valid and unique, the actor is one of the model's and the
 * occurrences are 0 or more; this record only refuses nulls.
 *
 * @param id the need's id, unique among the scenario's needs
 * @param actor the id of the actor (or market segment) that has the need
 * @param occurrences how often the need occurs per period (per member of a sized segment)
 * @param path what each occurrence triggers
 */
public record Need(String id, String actor, BigDecimal occurrences, Path path) {
  /**
   * @param id the need's id, unique among the scenario's needs
   * @param actor the id of the actor (or market segment) that has the need
   * @param occurrences how often the need occurs per period (per member of a sized segment)
   * @param path what each occurrence triggers
   * @throws NullPointerException if a component is null
   */
  public Need {
    checkNotNull(id, "id");
    checkNotNull(actor, "actor");
    checkNotNull(occurrences, "occurrences");
    checkNotNull(path, "path");
  }

  /**
   * Returns the need with occurrences given as a decimal string, such as {@code "10"}.
   *
   * @param id the need's id, unique among the scenario's needs
   * @param actor the id of the actor (or market segment) that has the need
   * @param occurrences how often the need occurs per period, as a decimal string
   * @param path what each occurrence triggers
   * @return the need with occurrences given as a decimal string, such as {@code "10"}
   */
  public static Need of(String id, String actor, String occurrences, Path path) {
    return new Need(id, actor, new BigDecimal(occurrences), path);
  }

  /**
   * Returns this need with other occurrences.
   *
   * @param occurrences how often the need occurs per period (per member of a sized segment)
   * @return this need with other occurrences
   */
  public Need withOccurrences(BigDecimal occurrences) {
    return new Need(id, actor, occurrences, path);
  }

  /**
   * Returns a copy with the given id, every other part unchanged.
   *
   * @param id the id
   * @return a copy with the given id
   */
  public Need withId(String id) {
    return new Need(id, actor, occurrences, path);
  }

  /**
   * Returns a copy with the given id of the actor with the need, every other part unchanged.
   *
   * @param actor the id of the actor with the need
   * @return a copy with the given id of the actor with the need
   */
  public Need withActor(String actor) {
    return new Need(id, actor, occurrences, path);
  }

  /**
   * Returns a copy with the given path, every other part unchanged.
   *
   * @param path the path
   * @return a copy with the given path
   */
  public Need withPath(Path path) {
    return new Need(id, actor, occurrences, path);
  }
}

package org.bmi4j.process.firm;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.bmi4j.core.model.Ids;

/**
 * A lesson a firm can build on: from its own former alliances, from alliances its partner
 * conducted, or learned in this process [Spieth, Laudien &amp; Meissner].
 *
 * @param id the lesson's id, following {@link Ids#PATTERN}, unique within a process's lessons
 * @param description what was learned, not blank
 * @param source whose alliance it comes from
 */
public record Lesson(String id, String description, LessonSource source) {
  /**
   * Checks the parts.
   *
   * @param id the lesson's id, following {@link Ids#PATTERN}, unique within a process's lessons
   * @param description what was learned, not blank
   * @param source whose alliance it comes from
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if the id does not follow {@link Ids#PATTERN} or the
   *     description is blank
   */
  public Lesson {
    checkArgument(Ids.isValid(id), "lesson id must match %s, was '%s'", Ids.PATTERN.pattern(), id);
    checkNotNull(description, "description");
    checkArgument(!description.isBlank(), "lesson '%s' needs a non-blank description", id);
    checkNotNull(source, "source");
  }
}

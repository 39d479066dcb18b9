package org.bmi4j.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;
import org.bmi4j.core.internal.Sentences;
import org.bmi4j.core.model.CodedMessage;

/**
 * The template check of every coded message the library produces (integrity problems, coherence
 * findings, scenario problems, and in the process module definition problems, violations and
 * alliance findings): the message is its code's sentence template filled in, the message carries a
 * named value per placeholder, and the template filled with those values, in order, is the message.
 */
public final class Messages {
  private Messages() {}

  /**
   * Checks each message: it follows its code's template, carries the values its sentence uses, and
   * is rebuilt exactly from them; each further value it carries appears in it (a collection's
   * elements each, so an empty collection is exempt). A free-text code (template {@code %s}, no
   * value names) is checked against its template only.
   *
   * @param messages the messages to check
   */
  public static void check(Collection<? extends CodedMessage> messages) {
    for (CodedMessage message : messages) {
      check(message);
    }
  }

  /**
   * Checks one message as {@link #check(Collection)} does.
   *
   * @param message the message to check
   */
  public static void check(CodedMessage message) {
    String template = message.code().sentence();
    assertTrue(
        Sentences.pattern(template).matcher(message.message()).matches(),
        () -> message + " does not follow its code's template \"" + template + "\"");
    List<String> names = message.code().valueNames();
    if (names.isEmpty() && template.equals(Sentences.PLACEHOLDER)) {
      return; // a free-text code of a process of one's own
    }
    assertEquals(
        placeholders(template),
        names.size(),
        () -> message.code() + " names a value per placeholder");
    Object[] arguments = new Object[names.size()];
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      assertTrue(
          message.values().containsKey(name), () -> message + " carries no value '" + name + "'");
      arguments[i] = message.values().get(name);
    }
    assertEquals(
        message.message(),
        Sentences.format(template, arguments),
        () -> message.code() + "'s sentence is built from its values");
    message
        .values()
        .forEach(
            (name, value) ->
                assertTrue(
                    value instanceof Collection<?> c
                        ? c.stream().allMatch(e -> message.message().contains(String.valueOf(e)))
                        : message.message().contains(String.valueOf(value)),
                    () -> message + ": value '" + name + "' (" + value + ") is not in it"));
  }

  /**
   * Returns the number of {@code %s} placeholders of a sentence template.
   *
   * @param template the sentence template
   * @return the number of {@code %s} placeholders of a sentence template
   */
  public static int placeholders(String template) {
    return template.split(Sentences.PLACEHOLDER, -1).length - 1;
  }
}

package org.bmi4j.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.bmi4j.core.model.CodedMessage;

/**
 * The template check of every coded message the library produces (integrity problems, coherence
 * findings, scenario problems, and in the process module definition problems, violations and
 * alliance findings): the message is its code's sentence template filled in, the message carries a
 * named value per placeholder, and the template filled with those values, in order, is the message.
 */
public final class Messages {
  private static final String PLACEHOLDER = "%s";

  private Messages() {}

  /**
   * Checks each message: it carries the values its sentence uses, one per placeholder of its code's
   * template, and is that template filled with them, in order; each further value it carries
   * appears in it (a collection's elements each, so an empty collection is exempt). A free-text
   * code (template {@code %s}, no value names) has nothing to check.
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
    List<String> names = message.code().valueNames();
    if (names.isEmpty() && template.equals(PLACEHOLDER)) {
      return; // a free-text code of a process of one's own: any message follows its template
    }
    assertEquals(
        placeholders(template),
        names.size(),
        () -> message.code() + " names a value per placeholder");
    List<Object> arguments = new ArrayList<>();
    for (String name : names) {
      assertTrue(
          message.values().containsKey(name), () -> message + " carries no value '" + name + "'");
      arguments.add(message.values().get(name));
    }
    assertEquals(
        filled(template, arguments),
        message.message(),
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
   * Returns {@code template} with each {@code %s} replaced by the argument of its position: the
   * test's own reading of a template, apart from the library's formatting.
   */
  private static String filled(String template, List<Object> arguments) {
    String[] literals = template.split(PLACEHOLDER, -1);
    StringBuilder text = new StringBuilder(literals[0]);
    for (int i = 1; i < literals.length; i++) {
      text.append(arguments.get(i - 1)).append(literals[i]);
    }
    return text.toString();
  }

  /**
   * Returns the number of {@code %s} placeholders of a sentence template.
   *
   * @param template the sentence template
   * @return the number of {@code %s} placeholders of a sentence template
   */
  public static int placeholders(String template) {
    return template.split(PLACEHOLDER, -1).length - 1;
  }
}

package org.bmi4j.core.internal;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Fills sentence templates: the one formatting path of every integrity problem, coherence finding,
 * definition problem, alliance finding and violation message the library produces.
 *
 * <p>A template is literal text with {@value #PLACEHOLDER} marking each argument in order, such as
 * {@code "activity '%s' has no governance assignment; add one naming its performer and mode"}. It
 * holds no other {@code %}. Formatting happens only when a check fails, never on the path where
 * every check passes.
 */
public final class Sentences {
  /** The mark of one argument in a template. */
  public static final String PLACEHOLDER = "%s";

  private Sentences() {}

  /**
   * Returns {@code template} with its placeholders replaced, in order, by {@code arguments}.
   *
   * @param template the text with a {@code %s} placeholder for each argument
   * @param arguments the values of the placeholders, in order
   * @return {@code template} with its placeholders replaced, in order, by {@code arguments}
   * @throws IllegalArgumentException if the template has another number of placeholders than
   *     arguments are given
   */
  public static String format(String template, Object... arguments) {
    StringBuilder text = new StringBuilder(template.length() + 16 * arguments.length);
    int from = 0;
    int used = 0;
    for (int at = template.indexOf(PLACEHOLDER);
        at >= 0;
        at = template.indexOf(PLACEHOLDER, from)) {
      checkArgument(
          used < arguments.length,
          "the sentence template \"%s\" has more placeholders" + " than the %s arguments given",
          template,
          arguments.length);
      text.append(template, from, at).append(arguments[used++]);
      from = at + PLACEHOLDER.length();
    }
    checkArgument(
        used == arguments.length,
        "the sentence template \"%s\" has %s placeholders" + " but %s arguments are given",
        template,
        used,
        arguments.length);
    return text.append(template, from, template.length()).toString();
  }

  /**
   * Returns the values of a message by name: each argument under the name of the same position in
   * {@code names}, the first of a repeated name kept; a value of {@code given} wins over an
   * argument of the same name. The arguments are named only if there is a name for each.
   *
   * @param names the names of the sentence's values, one per placeholder, in order
   * @param given values the message carries besides its arguments, by name
   * @param arguments the sentence's arguments, in order
   * @return the values of a message by name, in the order of {@code given}, then of {@code names}
   * @throws NullPointerException if a name or value is null
   */
  public static ImmutableMap<String, Object> values(
      List<String> names, Map<String, ?> given, Object... arguments) {
    Map<String, Object> all = new LinkedHashMap<>(given);
    if (names.size() == arguments.length) {
      for (int i = 0; i < arguments.length; i++) {
        all.putIfAbsent(names.get(i), arguments[i]);
      }
    }
    return ImmutableMap.copyOf(all);
  }

  /**
   * Returns the pattern matching exactly the messages {@code template} produces: its literal text
   * as is and any text, possibly empty, in place of each placeholder.
   *
   * @param template the text with {@code %s} placeholders
   * @return the pattern matching exactly the messages {@code template} produces
   */
  public static Pattern pattern(String template) {
    StringBuilder regex = new StringBuilder();
    int from = 0;
    for (int at = template.indexOf(PLACEHOLDER);
        at >= 0;
        at = template.indexOf(PLACEHOLDER, from)) {
      regex.append(Pattern.quote(template.substring(from, at))).append(".*");
      from = at + PLACEHOLDER.length();
    }
    regex.append(Pattern.quote(template.substring(from)));
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }

  /**
   * Returns a count with its noun in the number the count needs: {@code "0 partners"}, {@code "1
   * partner"}, {@code "2 partners"}.
   *
   * @param n the count
   * @param singular the noun for one thing
   * @param plural the noun for any other number of things
   * @return a count with its noun in the number the count needs
   */
  public static String count(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }

  /**
   * Returns {@link #count(long, String, String)} with the plural formed by adding "s".
   *
   * @param n the count
   * @param singular the noun for one thing, whose plural adds "s"
   * @return {@link #count(long, String, String)} with the plural formed by adding "s"
   */
  public static String count(long n, String singular) {
    return count(n, singular, singular + "s");
  }

  /**
   * Returns the verb form agreeing with a subject of {@code n} things: one for 1, else many.
   *
   * @param n the number of things the subject names
   * @param one the verb form for one thing, such as {@code "deploys"}
   * @param many the verb form for any other number, such as {@code "deploy"}
   * @return the verb form agreeing with a subject of {@code n} things
   */
  public static String agree(long n, String one, String many) {
    return n == 1 ? one : many;
  }
}

package org.bmi4j.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SentencesTests {
  @Nested
  class Format {
    @Test
    void fillsThePlaceholdersInOrder() {
      assertEquals(
          "activity 'selling' is governed already, by governance[1]",
          Sentences.format("activity '%s' is governed already, by %s", "selling", "governance[1]"));
    }

    @Test
    void fillsAPlaceholderAtEitherEndAndLeavesOtherPercentSignsOfArgumentsAlone() {
      assertEquals(
          "50% of [a, b] is 0.5%",
          Sentences.format("%s of %s is %s", "50%", java.util.List.of("a", "b"), "0.5%"));
    }

    @Test
    void returnsATemplateWithoutPlaceholdersAsIs() {
      assertEquals("no vision is recorded", Sentences.format("no vision is recorded"));
    }

    @Test
    void rejectsTooFewArguments() {
      IllegalArgumentException thrown =
          assertThrows(
              IllegalArgumentException.class, () -> Sentences.format("'%s' and '%s'", "a"));

      assertEquals(
          "the sentence template \"'%s' and '%s'\" has more placeholders than the 1"
              + " arguments given",
          thrown.getMessage());
    }

    @Test
    void rejectsTooManyArguments() {
      IllegalArgumentException thrown =
          assertThrows(IllegalArgumentException.class, () -> Sentences.format("'%s'", "a", "b"));

      assertEquals(
          "the sentence template \"'%s'\" has 1 placeholders but 2 arguments are given",
          thrown.getMessage());
    }
  }

  @Nested
  class PatternOfATemplate {
    private final Pattern pattern =
        Sentences.pattern("id '%s' does not match [a-z]{0,63} (see %s)");

    @Test
    void matchesWhatTheTemplateProduces() {
      assertTrue(
          pattern
              .matcher(
                  Sentences.format(
                      "id '%s' does not match [a-z]{0,63} (see %s)", "A.b", "line\nbreak"))
              .matches());
    }

    @Test
    void matchesAnEmptyArgument() {
      assertTrue(pattern.matcher("id '' does not match [a-z]{0,63} (see )").matches());
    }

    @Test
    void takesTheTemplatesTextLiterallyNotAsARegex() {
      assertFalse(pattern.matcher("id 'x' does not match a (see y)").matches());
    }

    @Test
    void rejectsOtherLiteralText() {
      assertFalse(pattern.matcher("id 'x' does not fit [a-z]{0,63} (see y)").matches());
      assertFalse(pattern.matcher("the id 'x' does not match [a-z]{0,63} (see y)").matches());
      assertFalse(pattern.matcher("id 'x' does not match [a-z]{0,63} (see y).").matches());
    }
  }
}

package org.bmi4j.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bmi4j.core.internal.Sentences;
import org.bmi4j.process.alliance.AllianceViolation;
import org.junit.jupiter.api.Test;

/**
 * Sentences with counts read right for 0, 1 and many: no template puts a noun or verb whose number
 * depends on a count right after a placeholder; a count is filled in with its noun ({@code
 * Sentences.count}), so the template never says "1 committed partners".
 */
class SentenceNumberTests {
  /**
   * The words a placeholder may be followed by: verbs agreeing with one named thing (the
   * placeholders before them are names, paths or ids), prepositions and words without number. A
   * word not listed here fails the test, so whoever adds one decides whether it needs a count.
   */
  private static final Set<String> NUMBERLESS =
      ImmutableSet.of(
          "is",
          "has",
          "in",
          "id",
          "but",
          "vision",
          "plus",
          "passes",
          "of",
          "needs",
          "loses",
          "its",
          "for",
          "every",
          "cannot",
          "goes",
          "comes",
          "was",
          "and",
          "to",
          "first",
          "on",
          // a fixed limit (30), never one
          "digits",
          // after the kinds of ledger entries counted ("expected and realised"), never a count
          "entries");

  private static final Pattern AFTER_PLACEHOLDER = Pattern.compile("%s ([A-Za-z-]+)");

  @Test
  void noTemplateFollowsAPlaceholderWithAWordWhoseNumberDependsOnIt() {
    List<String> offending = new ArrayList<>();
    for (CodesTests.Codes codes : CodesTests.ALL) {
      for (Enum<?> code : codes.constants()) {
        String template = sentence(code);
        Matcher after = AFTER_PLACEHOLDER.matcher(template);
        while (after.find()) {
          if (!NUMBERLESS.contains(after.group(1))) {
            offending.add(codes.name() + "." + code.name() + ": \"%s " + after.group(1) + "\"");
          }
        }
      }
    }
    assertEquals(List.of(), offending);
  }

  @Test
  void tooFewCommittedPartnersReadsRightForNoneAndOne() {
    for (int n = 0; n < 2; n++) {
      assertEquals(
          "the alliance has "
              + (n == 0 ? "0 committed partners" : "1 committed partner")
              + "; it needs at least two committed partners, so propose and commit partners",
          Sentences.format(
              AllianceViolation.TOO_FEW_COMMITTED_PARTNERS.sentence(),
              Sentences.count(n, "committed partner")));
    }
  }

  private static String sentence(Enum<?> code) {
    try {
      return (String) code.getClass().getMethod("sentence").invoke(code);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(code + " has no sentence()", e);
    }
  }
}

package org.bmi4j.core.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The boundaries of {@link CanvasMarkdown#escape}'s leading-ordinal rule. */
class CanvasMarkdownEscapeTests {
  @Test
  void aTextOfDigitsOnlyIsNoOrdinal() {
    assertEquals("2024", CanvasMarkdown.escape("2024"));
  }

  @Test
  void aDotOrParenthesisWithoutLeadingDigitsIsNoOrdinal() {
    assertEquals(".5 litres", CanvasMarkdown.escape(".5 litres"));
    assertEquals("12\\) twelve", CanvasMarkdown.escape("12) twelve"));
  }
}

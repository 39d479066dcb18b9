package org.bmi4j.core.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The boundaries of {@link CanvasMarkdown#escape}: the leading-ordinal rule, any Java string. */
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

  @Test
  void controlCharactersAndLoneSurrogatesBecomeTheReplacementCharacter() {
    assertEquals(
        "a\uFFFDb c\uD800\uDC00\uFFFD\uD83D\uDE00 d",
        CanvasMarkdown.escape("a\u0000b\tc\uD800\uDC00\uDC00\uD83D\uDE00\nd"));
    assertEquals("x\uFFFD\uFFFDy", CanvasMarkdown.escape("x\u0007\uFFFFy"));
  }

  @Property
  void theMarkdownOfAnyTextsEncodesInUtf8AndHoldsNoNul(
      @ForAll String title, @ForAll String header, @ForAll String entry) throws Exception {
    String markdown =
        new BusinessModelCanvas(
                "T" + title,
                new CanvasHeader(header, 1, List.of(), Set.of(), List.of(header), List.of()),
                List.of(new CanvasItem.Note(CanvasBlock.KEY_PARTNERS, entry)))
            .toMarkdown();
    StandardCharsets.UTF_8
        .newEncoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .encode(CharBuffer.wrap(markdown));
    assertFalse(markdown.contains("\u0000"));
  }
}

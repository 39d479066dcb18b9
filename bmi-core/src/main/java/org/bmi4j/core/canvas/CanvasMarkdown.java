package org.bmi4j.core.canvas;

import com.google.common.base.CharMatcher;
import java.util.List;

/** Renders a canvas as Markdown; see {@link BusinessModelCanvas#toMarkdown()}. */
final class CanvasMarkdown {
  /** Characters with an inline meaning in CommonMark and GitHub Markdown, escaped everywhere. */
  private static final CharMatcher INLINE = CharMatcher.anyOf("\\`*_[]<>&|~#!");

  /** Characters that open a block (list, heading, quote, rule) at the start of a line. */
  private static final CharMatcher BLOCK_START = CharMatcher.anyOf("-+=>");

  private static final CharMatcher LINE_BREAKS = CharMatcher.anyOf("\r\n\u0085\u2028\u2029");

  private CanvasMarkdown() {}

  static String render(BusinessModelCanvas canvas) {
    StringBuilder md = new StringBuilder();
    md.append("# Business Model Canvas: ").append(escape(canvas.title())).append("\n\n");
    for (String line : canvas.header().lines()) {
      md.append(escape(line)).append("  \n");
    }
    for (CanvasBlock block : CanvasBlock.values()) {
      md.append("\n## ").append(block.title()).append("\n\n");
      List<CanvasItem> items = canvas.items(block);
      if (items.isEmpty()) {
        md.append("_(empty)_\n");
      }
      for (CanvasItem item : items) {
        md.append("- ").append(escape(item.text())).append('\n');
      }
    }
    return md.toString();
  }

  /**
   * Escapes a text for use inside one Markdown line: control characters other than tab and line
   * breaks, U+FFFE, U+FFFF and lone surrogates become U+FFFD (so the page always encodes in UTF-8),
   * line breaks and tabs become spaces, inline markup characters get a backslash, and so does a
   * character that would open a block at the line's start (including the dot or parenthesis of a
   * leading ordinal such as {@code 1.}).
   */
  static String escape(String text) {
    String line =
        LINE_BREAKS.or(CharMatcher.is('\t')).replaceFrom(CanvasHtml.valid(text), ' ').strip();
    StringBuilder out = new StringBuilder(line.length() + 8);
    int digits = 0;
    while (digits < line.length() && Character.isDigit(line.charAt(digits))) {
      digits++;
    }
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      boolean blockStart =
          i == 0 && BLOCK_START.matches(c) || digits > 0 && i == digits && (c == '.' || c == ')');
      if (INLINE.matches(c) || blockStart) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}

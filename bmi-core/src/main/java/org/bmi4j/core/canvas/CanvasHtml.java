package org.bmi4j.core.canvas;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a canvas as a standalone XHTML page with the canvas in inline SVG; see {@link
 * BusinessModelCanvas#toHtml()}.
 *
 * <p>Layout: the familiar canvas on a ten-column grid. The upper band holds key partners (two
 * columns), key activities over key resources, value propositions, customer relationships over
 * channels, and customer segments; the lower band holds the cost structure and the revenue streams,
 * five columns each. Entries wrap at word boundaries by an estimate of their width; each band grows
 * to fit its longest block, so no entry is cut.
 *
 * <p>Library layout (in SVG pixels): the canvas is 1360 wide, a column 136; a line of an entry is
 * 234 pixels wide in a two-column block and 642 in the cost structure and revenue streams. Text is
 * measured with DejaVu Sans's advance widths at 13 pixels (see {@link #advance(int)}), so capitals
 * and wide characters take their room; a word longer than a line breaks inside. The SVG has a
 * {@code viewBox} and no fixed size: the page scales it to the window, up to its natural width. A
 * block with n entries of L wrapped lines in all needs {@code 34 + 18 L + 6 n + 12} (title, lines,
 * gaps between entries, bottom padding); an empty block shows "(empty)" and needs what one one-line
 * entry needs. The upper band is at least 480 tall, the lower at least 170; key activities and
 * customer relationships share a height of at least half the upper band, and key resources and
 * channels take the rest. The SVG is 2 pixels larger than the canvas on each axis for the border.
 */
final class CanvasHtml {
  private static final Escaper HTML = HtmlEscapers.htmlEscaper();
  private static final int WIDTH = 1360;
  private static final int COLUMN = WIDTH / 10;
  private static final int PAD = 12;
  private static final int TITLE_HEIGHT = 34;
  private static final int LINE = 18;
  private static final int ENTRY_GAP = 6;
  private static final int FONT_SIZE = 13;

  /** Font units per em of DejaVu Sans, the font the page asks for first. */
  private static final int UNITS_PER_EM = 2048;

  /**
   * Advance widths of DejaVu Sans, in font units, of U+0020 to U+017F (Basic Latin, Latin-1 and
   * Latin Extended-A; 0 for the C1 controls), as Chromium measures them.
   */
  private static final int[] ADVANCES = {
    651, 821, 942, 1716, 1303, 1946, 1597, 563, 799, 799, 1024, 1716, 651, 739, 651, 690,
    1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 690, 690, 1716, 1716, 1716, 1087,
    2048, 1401, 1405, 1430, 1577, 1294, 1178, 1587, 1540, 604, 604, 1343, 1141, 1767, 1532, 1612,
    1235, 1612, 1423, 1300, 1251, 1499, 1401, 2025, 1403, 1251, 1403, 799, 690, 799, 1716, 1024,
    1024, 1255, 1300, 1126, 1300, 1260, 721, 1300, 1298, 569, 569, 1186, 569, 1995, 1298, 1253,
    1300, 1300, 842, 1067, 803, 1298, 1212, 1675, 1212, 1212, 1075, 1303, 690, 1303, 1716, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    651, 821, 1303, 1303, 1303, 1303, 690, 1024, 1024, 2048, 965, 1253, 1716, 0, 2048, 1024,
    1024, 1716, 821, 821, 1024, 1303, 1303, 651, 1024, 821, 965, 1253, 1985, 1985, 1985, 1087,
    1401, 1401, 1401, 1401, 1401, 1401, 1995, 1430, 1294, 1294, 1294, 1294, 604, 604, 604, 604,
    1587, 1532, 1612, 1612, 1612, 1612, 1612, 1716, 1612, 1499, 1499, 1499, 1499, 1251, 1239, 1290,
    1255, 1255, 1255, 1255, 1255, 1255, 2011, 1126, 1260, 1260, 1260, 1260, 569, 569, 569, 569,
    1253, 1298, 1253, 1253, 1253, 1253, 1253, 1716, 1253, 1298, 1298, 1298, 1298, 1212, 1300, 1212,
    1401, 1255, 1401, 1255, 1401, 1255, 1430, 1126, 1430, 1126, 1430, 1126, 1430, 1126, 1577, 1300,
    1587, 1300, 1294, 1260, 1294, 1260, 1294, 1260, 1294, 1260, 1294, 1260, 1587, 1300, 1587, 1300,
    1587, 1300, 1587, 1300, 1540, 1298, 1876, 1423, 604, 569, 604, 569, 604, 569, 604, 569,
    604, 569, 1208, 1138, 604, 569, 1343, 1186, 1186, 1141, 569, 1141, 569, 1141, 768, 1141,
    700, 1151, 582, 1532, 1298, 1532, 1298, 1532, 1298, 1666, 1532, 1298, 1612, 1253, 1612, 1253,
    1612, 1253, 2191, 2095, 1423, 842, 1423, 842, 1423, 842, 1300, 1067, 1300, 1067, 1300, 1067,
    1300, 1067, 1251, 803, 1251, 803, 1251, 803, 1499, 1298, 1499, 1298, 1499, 1298, 1499, 1298,
    1499, 1298, 1499, 1298, 2025, 1675, 1251, 1212, 1251, 1403, 1075, 1403, 1075, 1403, 1075, 721,
  };

  private static final int FIRST_MEASURED = 0x20;

  /** The advance assumed for a narrow character outside the table: wider than most capitals. */
  private static final int UNMEASURED = 1700;

  private static final int MIN_UPPER = 480;
  private static final int MIN_LOWER = 170;

  private static final Map<CanvasBlock, String> COLOURS =
      new EnumMap<>(
          Map.of(
              CanvasBlock.KEY_PARTNERS, "#e8f0fb",
              CanvasBlock.KEY_ACTIVITIES, "#e8f0fb",
              CanvasBlock.KEY_RESOURCES, "#e8f0fb",
              CanvasBlock.VALUE_PROPOSITIONS, "#fdf3d8",
              CanvasBlock.CUSTOMER_RELATIONSHIPS, "#e6f5ea",
              CanvasBlock.CHANNELS, "#e6f5ea",
              CanvasBlock.CUSTOMER_SEGMENTS, "#e6f5ea",
              CanvasBlock.COST_STRUCTURE, "#fbe9e7",
              CanvasBlock.REVENUE_STREAMS, "#fbe9e7"));

  private CanvasHtml() {}

  /** A block's place on the canvas. */
  private record Box(CanvasBlock block, int x, int y, int width, int height) {}

  static String render(BusinessModelCanvas canvas) {
    Map<CanvasBlock, List<List<String>>> wrapped = new EnumMap<>(CanvasBlock.class);
    for (CanvasBlock block : CanvasBlock.values()) {
      int columns =
          block == CanvasBlock.COST_STRUCTURE || block == CanvasBlock.REVENUE_STREAMS ? 5 : 2;
      List<List<String>> entries = new ArrayList<>();
      for (CanvasItem item : canvas.items(block)) {
        entries.add(wrap(item.text(), lineWidth(columns)));
      }
      wrapped.put(block, entries);
    }
    int partners = needed(wrapped, CanvasBlock.KEY_PARTNERS);
    int propositions = needed(wrapped, CanvasBlock.VALUE_PROPOSITIONS);
    int segments = needed(wrapped, CanvasBlock.CUSTOMER_SEGMENTS);
    int activities = needed(wrapped, CanvasBlock.KEY_ACTIVITIES);
    int resources = needed(wrapped, CanvasBlock.KEY_RESOURCES);
    int relationships = needed(wrapped, CanvasBlock.CUSTOMER_RELATIONSHIPS);
    int channels = needed(wrapped, CanvasBlock.CHANNELS);
    int upper = Math.max(MIN_UPPER, Math.max(partners, Math.max(propositions, segments)));
    int split = Math.max(upper / 2, Math.max(activities, relationships));
    upper = Math.max(upper, split + Math.max(resources, channels));
    int lower =
        Math.max(
            MIN_LOWER,
            Math.max(
                needed(wrapped, CanvasBlock.COST_STRUCTURE),
                needed(wrapped, CanvasBlock.REVENUE_STREAMS)));

    List<Box> boxes =
        ImmutableList.of(
            new Box(CanvasBlock.KEY_PARTNERS, 0, 0, 2 * COLUMN, upper),
            new Box(CanvasBlock.KEY_ACTIVITIES, 2 * COLUMN, 0, 2 * COLUMN, split),
            new Box(CanvasBlock.KEY_RESOURCES, 2 * COLUMN, split, 2 * COLUMN, upper - split),
            new Box(CanvasBlock.VALUE_PROPOSITIONS, 4 * COLUMN, 0, 2 * COLUMN, upper),
            new Box(CanvasBlock.CUSTOMER_RELATIONSHIPS, 6 * COLUMN, 0, 2 * COLUMN, split),
            new Box(CanvasBlock.CHANNELS, 6 * COLUMN, split, 2 * COLUMN, upper - split),
            new Box(CanvasBlock.CUSTOMER_SEGMENTS, 8 * COLUMN, 0, 2 * COLUMN, upper),
            new Box(CanvasBlock.COST_STRUCTURE, 0, upper, 5 * COLUMN, lower),
            new Box(CanvasBlock.REVENUE_STREAMS, 5 * COLUMN, upper, 5 * COLUMN, lower));

    int height = upper + lower;
    String title = text(canvas.title());
    StringBuilder html = new StringBuilder(16_384);
    html.append("<!DOCTYPE html>\n")
        .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n")
        .append("<head>\n<meta charset=\"UTF-8\"/>\n")
        .append("<title>Business Model Canvas: ")
        .append(title)
        .append("</title>\n")
        .append("<style>\n")
        .append(
            "body { margin: 20px; font-family: 'DejaVu Sans', Arial, sans-serif;"
                + " color: #1d2733; background: #ffffff; }\n")
        .append("h1 { font-size: 22px; margin: 0 0 4px 0; }\n")
        .append("p.header { font-size: 13px; color: #4a5868; margin: 0 0 12px 0; }\n")
        .append("svg { display: block; width: 100%; max-width: ")
        .append(WIDTH + 2)
        .append("px; height: auto; }\n")
        .append("</style>\n</head>\n<body>\n")
        .append("<h1>")
        .append(title)
        .append("</h1>\n")
        .append("<p class=\"header\">");
    List<String> header = canvas.header().lines();
    for (int i = 0; i < header.size(); i++) {
      html.append(i == 0 ? "" : " &#183; ").append(text(header.get(i)));
    }
    html.append("</p>\n")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"-1 -1 ")
        .append(WIDTH + 2)
        .append(' ')
        .append(height + 2)
        .append(
            "\" role=\"img\" aria-labelledby=\"canvas-title\""
                + " font-family=\"'DejaVu Sans', Arial, sans-serif\">\n")
        .append("<title id=\"canvas-title\">Business Model Canvas: ")
        .append(title)
        .append("</title>\n");
    for (Box box : boxes) {
      box(html, box, requireNonNull(wrapped.get(box.block())));
    }
    html.append("</svg>\n</body>\n</html>\n");
    return html.toString();
  }

  private static void box(StringBuilder svg, Box box, List<List<String>> entries) {
    svg.append("<g id=\"")
        .append(box.block().name().toLowerCase(Locale.ROOT).replace('_', '-'))
        .append("\">\n")
        .append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\""
                    + " fill=\"%s\" stroke=\"#5b6b7c\" stroke-width=\"1.5\"/>%n",
                box.x(),
                box.y(),
                box.width(),
                box.height(),
                COLOURS.get(box.block())))
        .append(
            String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" font-size=\"15\""
                    + " font-weight=\"bold\" fill=\"#1d2733\">",
                box.x() + PAD,
                box.y() + 24))
        .append(text(box.block().title()))
        .append("</text>\n");
    int y = box.y() + TITLE_HEIGHT + LINE - 4;
    if (entries.isEmpty()) {
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\" font-size=\"13\""
                  + " font-style=\"italic\" fill=\"#8593a3\">(empty)</text>%n",
              box.x() + PAD,
              y));
    }
    for (List<String> lines : entries) {
      svg.append(
          String.format(
              Locale.ROOT,
              "<circle cx=\"%d\" cy=\"%d\" r=\"2.5\"" + " fill=\"#5b6b7c\"/>%n",
              box.x() + PAD + 3,
              y - 4));
      svg.append("<text font-size=\"13\" fill=\"#1d2733\">");
      for (String line : lines) {
        svg.append(String.format(Locale.ROOT, "<tspan x=\"%d\" y=\"%d\">", box.x() + PAD + 12, y))
            .append(text(line))
            .append("</tspan>");
        y += LINE;
      }
      svg.append("</text>\n");
      y += ENTRY_GAP;
    }
    svg.append("</g>\n");
  }

  private static int needed(Map<CanvasBlock, List<List<String>>> wrapped, CanvasBlock block) {
    List<List<String>> blockEntries = requireNonNull(wrapped.get(block)); // every block is there
    int lines = 0;
    for (List<String> entry : blockEntries) {
      lines += entry.size();
    }
    int entries = blockEntries.size();
    if (entries == 0) { // the "(empty)" mark takes a line like a one-line entry
      lines = 1;
      entries = 1;
    }
    return TITLE_HEIGHT + lines * LINE + entries * ENTRY_GAP + PAD;
  }

  /** The width, in font units, of a line of an entry in a block that spans so many columns. */
  static int lineWidth(int columns) {
    return (columns * COLUMN - 2 * PAD - 14) * UNITS_PER_EM / FONT_SIZE;
  }

  /**
   * Wraps a text into lines at most {@code width} font units wide (see {@link #advance(int)}),
   * breaking at spaces and, for a word longer than a line, inside it.
   */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int lineWidth = 0;
    int space = advance(' ');
    for (String word : text.strip().split("\\s+")) {
      int wordWidth = advance(word);
      if (lineWidth > 0 && lineWidth + space + wordWidth > width) {
        lines.add(line.toString());
        line.setLength(0);
        lineWidth = 0;
      }
      if (lineWidth > 0) {
        line.append(' ');
        lineWidth += space;
      }
      for (int i = 0; i < word.length(); ) {
        int codePoint = word.codePointAt(i);
        int w = advance(codePoint);
        if (lineWidth > 0 && lineWidth + w > width) {
          lines.add(line.toString());
          line.setLength(0);
          lineWidth = 0;
        }
        line.appendCodePoint(codePoint);
        lineWidth += w;
        i += Character.charCount(codePoint);
      }
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** The width of a text in font units, the sum of its code points' advances. */
  static int advance(String text) {
    return text.codePoints().map(CanvasHtml::advance).sum();
  }

  /**
   * The advance of a code point in font units of {@value #UNITS_PER_EM} to the em: DejaVu Sans's
   * own from U+0020 to U+017F; a full em for wide characters (CJK ideographs, Hangul, fullwidth
   * forms); none for combining marks; and {@value #UNMEASURED}, more than most capitals, for any
   * other, so that a text in another script or another font still fits.
   */
  static int advance(int codePoint) {
    if (codePoint >= FIRST_MEASURED && codePoint < FIRST_MEASURED + ADVANCES.length) {
      int measured = ADVANCES[codePoint - FIRST_MEASURED];
      return measured > 0 ? measured : UNMEASURED;
    }
    int type = Character.getType(codePoint);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
      return 0;
    }
    return Character.isIdeographic(codePoint)
            || codePoint >= 0x1100 && codePoint <= 0x115F
            || codePoint >= 0x2E80 && codePoint <= 0x9FFF
            || codePoint >= 0xAC00 && codePoint <= 0xD7A3
            || codePoint >= 0xF900 && codePoint <= 0xFAFF
            || codePoint >= 0xFF00 && codePoint <= 0xFF60
        ? UNITS_PER_EM
        : UNMEASURED;
  }

  /**
   * Returns a text safe for XHTML and SVG: characters XML 1.0 does not allow (control characters
   * other than tab, line feed and carriage return; U+FFFE, U+FFFF; lone surrogates) become U+FFFD,
   * then Guava's HTML escaper escapes markup characters and quotes.
   */
  static String text(String raw) {
    return HTML.escape(valid(raw));
  }

  /**
   * Returns the text with every character XML 1.0 does not allow (control characters other than
   * tab, line feed and carriage return; U+FFFE, U+FFFF; lone surrogates) replaced by U+FFFD, so it
   * encodes in UTF-8 and parses in XML.
   */
  static String valid(String raw) {
    StringBuilder valid = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < raw.length()
          && Character.isLowSurrogate(raw.charAt(i + 1))) {
        valid.append(c).append(raw.charAt(++i));
      } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r'
          || c == 0xFFFE
          || c == 0xFFFF
          || Character.isSurrogate(c)) {
        valid.append('\uFFFD');
      } else {
        valid.append(c);
      }
    }
    return valid.toString();
  }
}

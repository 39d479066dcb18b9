package org.bmi4j.core.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableListMultimap;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.bmi4j.core.canvas.SvgLayout.Block;
import org.bmi4j.core.canvas.SvgLayout.Placed;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.Sector;
import org.bmi4j.core.model.ValueKind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Exact geometry of small canvases, as {@link CanvasHtml}'s library layout documents it. */
class CanvasLayoutTests {
  /**
   * The height a block needs for its entries and lines: 34 + 18 lines + 6 entries + 12; an empty
   * block needs what one one-line entry needs.
   */
  static int needed(int entries, int lines) {
    if (entries == 0) {
      return needed(1, 1);
    }
    return 34 + 18 * lines + 6 * entries + 12;
  }

  private static BusinessModelCanvas canvas(ImmutableListMultimap<CanvasBlock, String> blocks) {
    return CanvasTests.notes("Tiny", CanvasTests.header("tiny", 1), blocks);
  }

  private static SvgLayout layout(ImmutableListMultimap<CanvasBlock, String> blocks)
      throws Exception {
    return SvgLayout.of(canvas(blocks).toHtml());
  }

  private static ImmutableListMultimap<CanvasBlock, String> repeated(
      CanvasBlock block, int count, String entry) {
    ImmutableListMultimap.Builder<CanvasBlock, String> map = ImmutableListMultimap.builder();
    map.putAll(block, Collections.nCopies(count, entry));
    return map.build();
  }

  @Test
  void anEmptyCanvasHasTheMinimumBandsOf480And170Pixels() throws Exception {
    SvgLayout layout = layout(ImmutableListMultimap.of());
    assertEquals(480, layout.block(CanvasBlock.KEY_PARTNERS).height());
    assertEquals(240, layout.block(CanvasBlock.KEY_ACTIVITIES).height());
    assertEquals(240, layout.block(CanvasBlock.CHANNELS).height());
    assertEquals(170, layout.block(CanvasBlock.REVENUE_STREAMS).height());
    assertEquals(1362, layout.width());
    assertEquals(652, layout.height());
    assertEquals("-1 -1 1362 652", layout.viewBox());
  }

  @Test
  void titlesAndTheEmptyMarkSitAtTheBlocksTopLeftCorner() throws Exception {
    SvgLayout layout = layout(ImmutableListMultimap.of());
    for (CanvasBlock block : CanvasBlock.values()) {
      Block box = layout.block(block);
      assertEquals(new Placed(box.x() + 12, box.y() + 24, block.title()), box.title());
      assertEquals(new Placed(box.x() + 12, box.y() + 48, "(empty)"), box.empty());
    }
  }

  @Test
  void entriesStackOneLineOf18PixelsPerLineWith6PixelsBetweenEntries() throws Exception {
    String wraps = "a long entry that does wrap onto a second line of text";
    SvgLayout layout =
        layout(
            ImmutableListMultimap.of(
                CanvasBlock.KEY_PARTNERS,
                "Alpha",
                CanvasBlock.KEY_PARTNERS,
                wraps,
                CanvasBlock.KEY_PARTNERS,
                "Omega",
                CanvasBlock.REVENUE_STREAMS,
                "Fees"));
    Block partners = layout.block(CanvasBlock.KEY_PARTNERS);
    assertEquals(
        List.of(new Placed(15, 44, ""), new Placed(15, 68, ""), new Placed(15, 110, "")),
        partners.bullets());
    assertEquals(
        List.of(
            List.of(new Placed(24, 48, "Alpha")),
            List.of(
                new Placed(24, 72, "a long entry that does wrap onto a"),
                new Placed(24, 90, "second line of text")),
            List.of(new Placed(24, 114, "Omega"))),
        partners.entries());
    assertNull(partners.empty());
    Block revenues = layout.block(CanvasBlock.REVENUE_STREAMS);
    assertEquals(List.of(new Placed(695, 524, "")), revenues.bullets());
    assertEquals(List.of(List.of(new Placed(704, 528, "Fees"))), revenues.entries());
  }

  @Nested
  class BlocksGrowToFitTheirEntries {
    @Test
    void aFullColumnIsExactlyAsTallAsItsEntriesNeed() throws Exception {
      // 12 entries of 2 lines each: 34 + 18 * 24 + 6 * 12 + 12 = 550
      SvgLayout layout = layout(repeated(CanvasBlock.VALUE_PROPOSITIONS, 12, "y".repeat(40)));
      assertEquals(550, needed(12, 24));
      assertEquals(550, layout.block(CanvasBlock.KEY_PARTNERS).height());
      assertEquals(550, layout.block(CanvasBlock.VALUE_PROPOSITIONS).height());
      assertEquals(275, layout.block(CanvasBlock.KEY_ACTIVITIES).height());
      assertEquals(550 + 170 + 2, layout.height());
    }

    @Test
    void fullResourcesPushTheUpperBandDownBelowHalfOfTheMinimum() throws Exception {
      // activities keep half of the 480 minimum; resources need 34 + 18 * 20 + 6 * 20 + 12 = 526
      SvgLayout layout = layout(repeated(CanvasBlock.KEY_RESOURCES, 20, "r"));
      assertEquals(240, layout.block(CanvasBlock.KEY_ACTIVITIES).height());
      assertEquals(526, layout.block(CanvasBlock.KEY_RESOURCES).height());
      assertEquals(526, layout.block(CanvasBlock.CHANNELS).height());
      assertEquals(766, layout.block(CanvasBlock.CUSTOMER_SEGMENTS).height());
    }

    @Test
    void fullChannelsPushTheUpperBandDownToo() throws Exception {
      SvgLayout layout = layout(repeated(CanvasBlock.CHANNELS, 20, "c"));
      assertEquals(526, layout.block(CanvasBlock.KEY_RESOURCES).height());
      assertEquals(766, layout.block(CanvasBlock.KEY_PARTNERS).height());
    }

    @Test
    void fullActivitiesMoveTheSplitAndLeaveTheLowerRowItsNeeds() throws Exception {
      // activities need 526; resources, empty, need what one one-line entry needs: 70
      SvgLayout layout = layout(repeated(CanvasBlock.KEY_ACTIVITIES, 20, "a"));
      assertEquals(526, layout.block(CanvasBlock.CUSTOMER_RELATIONSHIPS).height());
      assertEquals(70, layout.block(CanvasBlock.KEY_RESOURCES).height());
      assertEquals(596, layout.block(CanvasBlock.VALUE_PROPOSITIONS).height());
    }

    @Test
    void fullRelationshipsMoveTheSplitToo() throws Exception {
      SvgLayout layout = layout(repeated(CanvasBlock.CUSTOMER_RELATIONSHIPS, 20, "a"));
      assertEquals(526, layout.block(CanvasBlock.KEY_ACTIVITIES).height());
      assertEquals(596, layout.block(CanvasBlock.KEY_PARTNERS).height());
    }

    @Test
    void theLowerBandGrowsWithCostsOrRevenues() throws Exception {
      // 10 entries of 1 line: 34 + 180 + 60 + 12 = 286
      assertEquals(
          286,
          layout(repeated(CanvasBlock.COST_STRUCTURE, 10, "c"))
              .block(CanvasBlock.REVENUE_STREAMS)
              .height());
      SvgLayout layout = layout(repeated(CanvasBlock.REVENUE_STREAMS, 10, "r"));
      assertEquals(286, layout.block(CanvasBlock.COST_STRUCTURE).height());
      assertEquals(480 + 286 + 2, layout.height());
    }
  }

  @Test
  void aLineHoldsWhatFitsTheInnerWidthOfItsBlockByTheFontsOwnWidths() throws Exception {
    for (CanvasBlock block : CanvasBlock.values()) {
      boolean wide = block == CanvasBlock.COST_STRUCTURE || block == CanvasBlock.REVENUE_STREAMS;
      for (String c : List.of("x", "W", "i")) {
        int fit = CanvasHtml.lineWidth(wide ? 5 : 2) / CanvasHtml.advance(c);
        SvgLayout fits = layout(repeated(block, 1, c.repeat(fit)));
        assertEquals(1, fits.block(block).entries().get(0).size(), block::name);
        SvgLayout breaks = layout(repeated(block, 1, c.repeat(fit + 1)));
        assertEquals(
            List.of(c.repeat(fit), c),
            breaks.block(block).entries().get(0).stream().map(Placed::text).toList(),
            block::name);
      }
    }
    // 234 pixels of 13 pixel DejaVu Sans: 30 x, 18 W, 64 i (7 pixels a character gave 33 of each)
    assertEquals(30, CanvasHtml.lineWidth(2) / CanvasHtml.advance("x"));
    assertEquals(18, CanvasHtml.lineWidth(2) / CanvasHtml.advance("W"));
    assertEquals(64, CanvasHtml.lineWidth(2) / CanvasHtml.advance("i"));
  }

  @Test
  void theSvgHasAViewBoxAndNoFixedSizeSoThePageScalesItToTheWindow() throws Exception {
    String html = layoutHtml();
    Document document = CanvasTests.parse(html);
    Element svg =
        (Element) document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").item(0);
    assertEquals("", svg.getAttribute("width"));
    assertEquals("", svg.getAttribute("height"));
    assertEquals("-1 -1 1362 652", svg.getAttribute("viewBox"));
    assertTrue(
        html.contains("svg { display: block; width: 100%; max-width: 1362px; height: auto; }"));
  }

  private static String layoutHtml() {
    return CanvasTests.notes("T", CanvasTests.header("t", 1), ImmutableListMultimap.of()).toHtml();
  }

  @Test
  void headerLinesAreSeparatedByMiddleDots() throws Exception {
    assertEquals(
        "Model m, version 2 · Owners: O · Missions: social · Goals: g · Group: P",
        header(
            new CanvasHeader(
                "m",
                2,
                List.of(Actor.of("o", "O", ActorRole.FOCAL_FIRM, Sector.PRIVATE)),
                Set.of(ValueKind.SOCIAL),
                List.of("g"),
                List.of(Actor.of("p", "P", ActorRole.FOCAL_FIRM, Sector.PRIVATE)))));
    assertEquals("Model m, version 1", header(CanvasTests.header("m", 1)));
  }

  private static String header(CanvasHeader header) throws Exception {
    Document document = CanvasTests.parse(new BusinessModelCanvas("T", header, List.of()).toHtml());
    return document
        .getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "p")
        .item(0)
        .getTextContent();
  }

  @Nested
  class Wrapping {
    private final int a = CanvasHtml.advance('a');
    private final int space = CanvasHtml.advance(' ');

    @Test
    void aLineMayFillTheWidthExactly() {
      assertEquals(List.of("ab cd"), CanvasHtml.wrap("ab cd", CanvasHtml.advance("ab cd")));
      assertEquals(List.of("ab", "cd"), CanvasHtml.wrap("ab cd", CanvasHtml.advance("ab cd") - 1));
      assertEquals(List.of("abcde"), CanvasHtml.wrap("abcde", CanvasHtml.advance("abcde")));
      assertEquals(List.of("a a", "a"), CanvasHtml.wrap("a a a", 2 * a + space));
    }

    @Test
    void aCharacterWiderThanTheLineStillStartsNoEmptyLine() {
      assertEquals(List.of("中", "中"), CanvasHtml.wrap("中中", 1));
    }

    @Test
    void aBlankTextIsOneEmptyLine() {
      assertEquals(List.of(""), CanvasHtml.wrap("", 5 * a));
      assertEquals(List.of(""), CanvasHtml.wrap("  ", 5 * a));
    }

    @Test
    void capitalsAreMeasuredWiderThanSmallLetters() {
      assertTrue(CanvasHtml.advance('W') > CanvasHtml.advance('w'));
      assertTrue(CanvasHtml.advance('M') > 1.4 * CanvasHtml.advance('i') * 2);
      assertEquals(2025, CanvasHtml.advance('W'));
      assertEquals(569, CanvasHtml.advance('i'));
    }

    @Test
    void wideCharactersTakeAnEmAndCombiningMarksNothing() {
      for (int wide : new int[] {0x1100, 0x115F, 0xAC00, 0xD7A3, 0xFF00, 0xFF60, 0x4E2D, 0x3042}) {
        assertEquals(2048, CanvasHtml.advance(wide), Integer.toHexString(wide));
      }
      assertEquals(0, CanvasHtml.advance(0x0301));
      String c = "中";
      assertEquals(List.of(c + c, c), CanvasHtml.wrap(c + c + c, 2 * 2048 + 1));
    }

    @Test
    void unmeasuredCharactersCountWiderThanMostCapitals() {
      for (int other : new int[] {0x0436, 0x05D0, 0x0627, 0x0E01}) {
        assertTrue(CanvasHtml.advance(other) >= 1700, Integer.toHexString(other));
      }
    }
  }

  @Test
  void aLoneHighSurrogateAtTheEndBecomesTheReplacementCharacter() {
    assertEquals("a\uFFFD", CanvasHtml.text("a\uD83D"));
    assertEquals("\uD83D\uDE00\uFFFD", CanvasHtml.text("\uD83D\uDE00\uDE00"));
  }
}

package org.bmi4j.core.canvas;

import static org.bmi4j.core.canvas.CanvasBlock.CHANNELS;
import static org.bmi4j.core.canvas.CanvasBlock.COST_STRUCTURE;
import static org.bmi4j.core.canvas.CanvasBlock.CUSTOMER_RELATIONSHIPS;
import static org.bmi4j.core.canvas.CanvasBlock.CUSTOMER_SEGMENTS;
import static org.bmi4j.core.canvas.CanvasBlock.KEY_ACTIVITIES;
import static org.bmi4j.core.canvas.CanvasBlock.KEY_PARTNERS;
import static org.bmi4j.core.canvas.CanvasBlock.KEY_RESOURCES;
import static org.bmi4j.core.canvas.CanvasBlock.REVENUE_STREAMS;
import static org.bmi4j.core.canvas.CanvasBlock.VALUE_PROPOSITIONS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableListMultimap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bmi4j.core.canvas.SvgLayout.Block;
import org.bmi4j.core.canvas.SvgLayout.Placed;
import org.bmi4j.core.testing.ModelArbitraries;

/**
 * Properties of the HTML canvas's layout that a reader relies on, over canvases of generated models
 * and generated canvases with long, wide and many entries.
 */
class CanvasLayoutProperties {
  private static final int WIDTH = 1360;
  private static final int PAD = 12;

  @Provide
  Arbitrary<BusinessModelCanvas> canvases() {
    Arbitrary<String> word =
        Arbitraries.strings()
            .withChars("abcdefghijklmnopqrstuvwxyzWMQ@é中가ｗдж")
            .ofMinLength(1)
            .ofMaxLength(60)
            .edgeCases(config -> config.add("x".repeat(30)).add("W".repeat(82)));
    Arbitrary<String> entry =
        word.list().ofMinSize(1).ofMaxSize(12).map(words -> String.join(" ", words));
    Arbitrary<List<String>> entries = entry.list().ofMaxSize(24);
    Arbitrary<BusinessModelCanvas> generated =
        Combinators.combine(
                entries.list().ofSize(CanvasBlock.values().length),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20).list().ofMaxSize(3))
            .as(
                (blocks, header) -> {
                  ImmutableListMultimap.Builder<CanvasBlock, String> map =
                      ImmutableListMultimap.builder();
                  for (CanvasBlock block : CanvasBlock.values()) {
                    map.putAll(block, blocks.get(block.ordinal()));
                  }
                  return CanvasTests.notes(
                      "Generated",
                      new CanvasHeader("generated", 1, List.of(), Set.of(), header, List.of()),
                      map.build());
                });
    return Arbitraries.oneOf(
        generated, ModelArbitraries.businessModels().map(BusinessModelCanvas::of));
  }

  @Property(tries = 300)
  void theNineBlocksTileTheCanvasInTheOsterwalderLayoutWithoutOverlapping(
      @ForAll("canvases") BusinessModelCanvas canvas) throws Exception {
    SvgLayout layout = SvgLayout.of(canvas.toHtml());
    Block partners = layout.block(KEY_PARTNERS);
    Block activities = layout.block(KEY_ACTIVITIES);
    Block resources = layout.block(KEY_RESOURCES);
    Block propositions = layout.block(VALUE_PROPOSITIONS);
    Block relationships = layout.block(CUSTOMER_RELATIONSHIPS);
    Block channels = layout.block(CHANNELS);
    Block segments = layout.block(CUSTOMER_SEGMENTS);
    Block costs = layout.block(COST_STRUCTURE);
    Block revenues = layout.block(REVENUE_STREAMS);
    int upper = partners.bottom();
    int bottom = costs.bottom();
    // upper band, left to right, two columns of the ten each
    assertBox(partners, 0, 0, 272, upper);
    assertBox(activities, 272, 0, 272, activities.height());
    assertBox(resources, 272, activities.bottom(), 272, upper - activities.bottom());
    assertBox(propositions, 544, 0, 272, upper);
    assertBox(relationships, 816, 0, 272, activities.height());
    assertBox(channels, 816, activities.bottom(), 272, upper - activities.bottom());
    assertBox(segments, 1088, 0, 272, upper);
    // lower band, five columns each
    assertBox(costs, 0, upper, 680, bottom - upper);
    assertBox(revenues, 680, upper, 680, bottom - upper);
    long area = 0;
    for (Block block : layout.blocks().values()) {
      assertTrue(block.width() > 0 && block.height() > 0, block::toString);
      area += (long) block.width() * block.height();
      for (Block other : layout.blocks().values()) {
        if (other != block) {
          assertFalse(
              block.x() < other.right()
                  && other.x() < block.right()
                  && block.y() < other.bottom()
                  && other.y() < block.bottom(),
              block + " " + other);
        }
      }
    }
    assertEquals((long) WIDTH * bottom, area, "the blocks cover the canvas without a gap");
    assertEquals(WIDTH + 2, layout.width());
    assertEquals(bottom + 2, layout.height());
    assertEquals("-1 -1 " + (WIDTH + 2) + " " + (bottom + 2), layout.viewBox());
  }

  @Property(tries = 300)
  void everyLineOfEveryEntryLiesInsideItsBlockByTheWidthEstimate(
      @ForAll("canvases") BusinessModelCanvas canvas) throws Exception {
    SvgLayout layout = SvgLayout.of(canvas.toHtml());
    for (Map.Entry<CanvasBlock, Block> each : layout.blocks().entrySet()) {
      Block block = each.getValue();
      String where = each.getKey().name();
      assertTrue(
          block.title().x() >= block.x() + PAD && block.title().y() - 15 >= block.y(), where);
      assertEquals(canvas.items(each.getKey()).size(), block.entries().size(), where);
      assertEquals(block.entries().size(), block.bullets().size(), where);
      int previous = block.title().y();
      for (int i = 0; i < block.entries().size(); i++) {
        Placed bullet = block.bullets().get(i);
        assertTrue(bullet.x() > block.x() && bullet.y() > previous, where);
        for (Placed line : block.entries().get(i)) {
          String at = where + " line " + line;
          assertTrue(line.x() > bullet.x(), at);
          assertTrue(line.x() + SvgLayout.pixels(line.text()) <= block.right() - PAD, at);
          assertTrue(line.y() - 13 >= previous, "lines do not overlap: " + at);
          assertTrue(line.y() + 4 <= block.bottom() - PAD, "the block fits its lines: " + at);
          previous = line.y();
        }
      }
      if (block.entries().isEmpty()) {
        assertEquals("(empty)", block.empty().text(), where);
        assertTrue(
            block.empty().x() >= block.x() + PAD && block.empty().y() + 4 <= block.bottom() - PAD,
            where);
      }
    }
  }

  @Property(tries = 300)
  void everyBlockIsAtLeastAsTallAsItsLinesNeed(@ForAll("canvases") BusinessModelCanvas canvas)
      throws Exception {
    SvgLayout layout = SvgLayout.of(canvas.toHtml());
    for (Map.Entry<CanvasBlock, Block> each : layout.blocks().entrySet()) {
      Block block = each.getValue();
      int lines = block.entries().stream().mapToInt(List::size).sum();
      assertTrue(
          block.height() >= CanvasLayoutTests.needed(block.entries().size(), lines),
          each::toString);
    }
    assertTrue(layout.block(KEY_PARTNERS).height() >= 480);
    assertTrue(layout.block(COST_STRUCTURE).height() >= 170);
  }

  private static void assertBox(Block block, int x, int y, int width, int height) {
    assertEquals(
        List.of(x, y, width, height),
        List.of(block.x(), block.y(), block.width(), block.height()),
        block::toString);
  }
}

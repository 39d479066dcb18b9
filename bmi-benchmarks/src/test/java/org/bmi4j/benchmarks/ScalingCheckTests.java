package org.bmi4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.bmi4j.benchmarks.ScalingCheck.Figure;
import org.junit.jupiter.api.Test;

/**
 * The scaling check gives a verdict on a doubling only where the spread of the rounds' ratios lies
 * wholly on one side of the target.
 */
class ScalingCheckTests {
  @Test
  void aRatioSpreadWhollyBelowTheTargetHolds() {
    assertEquals("yes", ScalingCheck.verdict(new Figure(2.0, 1.9, 2.2)));
  }

  @Test
  void aRatioSpreadWhollyAboveTheTargetIsMissed() {
    assertEquals("**no**", ScalingCheck.verdict(new Figure(3.0, 2.4, 3.5)));
  }

  @Test
  void aRatioSpreadAcrossTheTargetGivesNoVerdict() {
    assertEquals(
        "no verdict (spread of the ratios overlaps 2.3x)",
        ScalingCheck.verdict(new Figure(2.2, 2.0, 2.4)));
  }

  @Test
  void theRatioIsTakenRoundByRound() {
    // the larger size is slower in the slow rounds too: each round's pair is 2x apart
    double[] small = {10, 20, 10, 20, 10, 20, 10, 20, 10, 20};
    double[] large = {20, 40, 20, 40, 20, 40, 20, 40, 20, 40};
    Figure ratio = ScalingCheck.ratio(small, large);
    assertEquals(new Figure(2.0, 2.0, 2.0), ratio);
    assertEquals("yes", ScalingCheck.verdict(ratio));
  }

  @Property
  void theRatioFigureIsOrderedAndIgnoresACommonFactor(
      @ForAll @Size(min = 1, max = 30) double[] seeds,
      @ForAll @DoubleRange(min = 0.5, max = 4) double growth,
      @ForAll @IntRange(min = 1, max = 1_000) int factor) {
    double[] small = Arrays.stream(seeds).map(s -> 1 + Math.abs(s % 1_000)).toArray();
    double[] large = Arrays.stream(small).map(s -> s * growth).toArray();
    Figure ratio = ScalingCheck.ratio(small, large);
    assertTrue(ratio.low() <= ratio.median() && ratio.median() <= ratio.high(), ratio.toString());
    assertEquals(growth, ratio.median(), 1e-9 * growth);
    // the same load on both sizes of a round (a factor on both) leaves the ratio alone
    Figure loaded =
        ScalingCheck.ratio(
            Arrays.stream(small).map(s -> s * factor).toArray(),
            Arrays.stream(large).map(s -> s * factor).toArray());
    assertEquals(ratio.median(), loaded.median(), 1e-9 * growth);
  }

  @Property
  void everyRoundBelowTheTargetHoldsAndEveryRoundAboveIsMissed(
      @ForAll @Size(min = 1, max = 30) double[] seeds,
      @ForAll @DoubleRange(min = 0.5, max = 2.29) double below,
      @ForAll @DoubleRange(min = 2.31, max = 8) double above) {
    double[] small = Arrays.stream(seeds).map(s -> 1 + Math.abs(s % 1_000)).toArray();
    assertEquals(
        "yes",
        ScalingCheck.verdict(
            ScalingCheck.ratio(small, Arrays.stream(small).map(s -> s * below).toArray())));
    assertEquals(
        "**no**",
        ScalingCheck.verdict(
            ScalingCheck.ratio(small, Arrays.stream(small).map(s -> s * above).toArray())));
  }

  @Property
  void theLinesOfAForkedCheckReadBackAsItsResult(
      @ForAll @Size(min = 1, max = 5) List<@DoubleRange(min = 0, max = 1e12) Double> values,
      @ForAll @IntRange(min = 0, max = 100) int collected) {
    Map<Integer, Figure> figures = new LinkedHashMap<>();
    Map<Integer, Figure> ratios = new LinkedHashMap<>();
    for (int i = 0; i < values.size(); i++) {
      double v = values.get(i);
      figures.put(1_000 << i, new Figure(v, v / 3, v * 7 / 3));
      if (i > 0) {
        ratios.put(1_000 << i, new Figure(v / 1e11, v / 1e12, v / 1e10));
      }
    }
    List<Integer> sizes = List.copyOf(figures.keySet());
    ScalingCheck.Result result =
        new ScalingCheck.Result(
            List.of(
                new ScalingCheck.Row("read record-lesson", "steps", sizes, figures, ratios),
                new ScalingCheck.Row("diff", "activities", sizes, figures, Map.of())),
            values.size() * 2,
            collected,
            List.of());
    assertEquals(result, ScalingCheck.parse(ScalingCheck.lines(result)));
  }

  @Test
  void aWorkOfMicrosecondsKeepsItsDigits() {
    Figure tiny = new Figure(2_500, 2_000, 3_000);
    ScalingCheck.Result result =
        new ScalingCheck.Result(
            List.of(
                new ScalingCheck.Row(
                    "classification",
                    "activities",
                    List.of(10_000, 20_000),
                    Map.of(10_000, tiny, 20_000, tiny),
                    Map.of(20_000, new Figure(1, 0.9, 1.1)))),
            2,
            0,
            List.of());
    String markdown = ScalingCheck.markdown(result, 1, "0", "0");
    assertTrue(markdown.contains("| 0.0025 ms (0.0020 – 0.0030) |"), markdown);
  }
}

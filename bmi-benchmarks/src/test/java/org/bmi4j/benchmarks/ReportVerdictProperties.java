package org.bmi4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.bmi4j.benchmarks.Report.Figure;
import org.bmi4j.benchmarks.Report.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The run's Targets table gives a verdict on a JMH figure only where the figures' ± errors lie
 * wholly on one side of the target (issue 14: no verdict decided inside the error bars).
 */
class ReportVerdictProperties {
  private static Figure figure(double score, double error) {
    return new Figure(score, error, "ns/op", Optional.empty());
  }

  @Property
  void aVerdictHoldsAtEveryCornerOfTheErrors(
      @ForAll @DoubleRange(min = 1, max = 100) double a,
      @ForAll @DoubleRange(min = 0, max = 50) double errorOfA,
      @ForAll @DoubleRange(min = 1, max = 100) double b,
      @ForAll @DoubleRange(min = 0, max = 50) double errorOfB,
      @ForAll @DoubleRange(min = 0.5, max = 3) double k) {
    Verdict atLeast = Report.ratioAtLeast(figure(a, errorOfA), figure(b, errorOfB), k);
    Verdict atMost = Report.ratioAtMost(figure(a, errorOfA), figure(b, errorOfB), k);
    double[] as = {a - errorOfA, a, a + errorOfA};
    double[] bs = {Math.max(1e-12, b - errorOfB), b, b + errorOfB};
    boolean everyAtLeast = true;
    boolean noneAtLeast = true;
    boolean everyAtMost = true;
    boolean noneAtMost = true;
    for (double x : as) {
      for (double y : bs) {
        everyAtLeast &= x / y >= k;
        noneAtLeast &= x / y < k;
        everyAtMost &= x / y <= k;
        noneAtMost &= x / y > k;
      }
    }
    assertEquals(expected(everyAtLeast, noneAtLeast), atLeast);
    assertEquals(expected(everyAtMost, noneAtMost), atMost);
  }

  private static Verdict expected(boolean every, boolean none) {
    return every ? Verdict.YES : none ? Verdict.NO : Verdict.NONE;
  }

  @Test
  void overlappingErrorsGiveNoVerdict() {
    // stateless4j with history 90.5 ± 54.6 ns against bmi4j 79.4 ± 4.4 ns: 1.14x at the medians,
    // anywhere from 0.43x to 1.93x within the errors
    assertEquals(Verdict.NONE, Report.ratioAtLeast(figure(90.5, 54.6), figure(79.4, 4.4), 1.5));
    // separated errors decide either way
    assertEquals(Verdict.YES, Report.ratioAtLeast(figure(60, 1), figure(20, 1), 2));
    assertEquals(Verdict.NO, Report.ratioAtLeast(figure(60, 1), figure(40, 1), 2));
  }

  @Test
  void anUnknownErrorGivesNoVerdict() {
    // one iteration (the smoke run) leaves JMH's error unknown
    assertEquals(
        Verdict.NONE, Report.ratioAtMost(figure(2, Double.NaN), figure(1, Double.NaN), 2.3));
    assertEquals(Verdict.NONE, Report.atMost(2.5, Double.NaN, 3));
    assertEquals(Verdict.YES, Report.atMost(2.5, 0.4, 3));
    assertEquals(Verdict.NONE, Report.atMost(2.8, 0.4, 3));
    assertTrue(Verdict.NONE.text.startsWith("no verdict"));
  }
}

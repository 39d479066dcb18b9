package org.bmi4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.bmi4j.benchmarks.ScalingCheck.Figure;
import org.junit.jupiter.api.Test;

/** The scaling check gives a verdict on a doubling only where the spreads are apart. */
class ScalingCheckTests {
  @Test
  void aLargerSpreadWhollyBelowTheTargetTimesTheSmallerHolds() {
    assertEquals("yes", ScalingCheck.verdict(new Figure(10, 9, 11), new Figure(20, 19, 20.6)));
  }

  @Test
  void aLargerSpreadWhollyAboveTheTargetTimesTheSmallerIsMissed() {
    assertEquals("**no**", ScalingCheck.verdict(new Figure(10, 9, 11), new Figure(40, 25.4, 45)));
  }

  @Test
  void spreadsThatOverlapTheTargetGiveNoVerdict() {
    assertEquals(
        "no verdict (spreads overlap)",
        ScalingCheck.verdict(new Figure(10, 9, 11), new Figure(22, 20, 24)));
  }
}

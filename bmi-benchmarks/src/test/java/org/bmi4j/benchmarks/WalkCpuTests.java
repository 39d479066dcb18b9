package org.bmi4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** 7c measures the walks and, beside them in the same batches, the machine's reference work. */
class WalkCpuTests {
  @Test
  void eachBatchMeasuresTheWalksAndTheReferenceAndCountsSlowBatches() {
    WalkCpu.Result result = WalkCpu.run(0, 3, 30);
    assertTrue(result.walks().median() > 0, "walk CPU time");
    assertTrue(result.reference().median() > 0, "reference CPU time");
    assertEquals(3, result.batches());
    assertTrue(result.slowBatches() >= 0 && result.slowBatches() <= 3, "slow batches");
  }

  @Test
  void theTableShowsTheReferenceBesideTheWalksAndKeepsTheVerdictOnEveryBatch() {
    WalkCpu.Result result =
        new WalkCpu.Result(
            new CrossCheck.Figure(3.6, 2.9, 5.7),
            new CrossCheck.Figure(0.30, 0.29, 0.44),
            10,
            3,
            new CrossCheck.Figure(3.55, 3.5, 3.7));
    String markdown = WalkCpu.markdown(result, 200_000, "1.0");
    assertTrue(markdown.contains("| 1,000,000 | 3.60 s | 2.90 – 5.70 s | no verdict"), markdown);
    assertTrue(
        markdown.contains("| 0.300 µs (0.290 – 0.440) | 3 of 10 | 3.55 s (3.50 – 3.70) |"),
        markdown);
  }
}

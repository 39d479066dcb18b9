package org.bmi4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs each benchmark method once, in this JVM, with small parameters, and checks the report names
 * every figure; {@code -DskipBenchmarks} leaves it out of the build (a profile in this module's
 * pom). The full run is {@link Main}.
 */
class BenchmarkSmokeTests {
  /**
   * JMH takes a lock file in {@code java.io.tmpdir} that every JMH run on the machine shares; the
   * build must not fail because another run holds it, nor leave files outside the clone.
   */
  @Test
  void theSmokeRunIgnoresJmhsMachineWideLockAndKeepsItsFilesInTheBuildDirectory() {
    assertEquals("true", System.getProperty("jmh.ignoreLock"));
    Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
    Path target = Path.of("target").toAbsolutePath().normalize();
    assertTrue(tmp.startsWith(target), tmp + " is outside " + target);
  }

  @Test
  void everyBenchmarkRunsOnceAndTheReportNamesEveryFigure(@TempDir Path dir) throws Exception {
    String markdown = Main.run(Main.Settings.smoke(dir.toFile()));
    String jmh =
        Files.readString(dir.resolve("timed.log"))
            + Files.readString(dir.resolve("walks.log"))
            + Files.readString(dir.resolve("scaling.log"));
    for (String benchmark :
        new String[] {"AcceptedTransition", "RejectedTransition", "FreshInstance"}) {
      for (String library : Report.LIBRARIES) {
        String name = "org.bmi4j.benchmarks." + benchmark + "." + library;
        assertTrue(jmh.contains("# Benchmark: " + name), name + " did not run\n" + jmh);
      }
    }
    for (String name :
        new String[] {
          "HistoryLength.bmi4j",
          "JsonRoundTrip.bmi4j",
          "ClockCost.systemClock",
          "ClockCost.bmi4jFixedClock",
          "Cycling.bmi4j",
          "Cycling.bmi4jFixedClock",
          "Cycling.stateless4jHistory",
          "GuardShape.guardClassPerTransition",
          "GuardShape.oneGuardForAllTransitions",
          "JsonRoundTrip.jackson",
          "MultiLevelWalks.bmi4j",
          "AnalysisScaling.novelty",
          "AnalysisScaling.integrityRejection"
        }) {
      assertTrue(jmh.contains("# Benchmark: org.bmi4j.benchmarks." + name), name);
    }
    for (String row :
        new String[] {
          "| 1. accepted transition with guard (bmi4j on one fixed instance, see 1a for equal"
              + " work), time |",
          "| bmi4j, system clock |",
          "| stateless4j + its user's timestamped history, system clock |",
          "| stateless4jHistory |",
          "| bmi4jFixedClockOneGuard |",
          "| stateless4jOneGuard |",
          "| one guard for the four transitions |",
          "| integrityRejection |",
          "| firmRead |",
          "| retained bytes per history step ≤ 48 B (JOL) |",
          "| a 1,000,000-step instance written and read back in under 10 s |",
          "| a bad 16M-character document rejected in under 1 s |",
          "| 2. rejected transition (guard fails), allocated |",
          "| 3. creating a fresh instance, time |",
          "| 5. retained bytes per fresh instance (JOL) |",
          "| 4. accepted transition at history length 1,000 |",
          "| 6. bmi4j ÷ plain Jackson |",
          "| 1. reading `Clock.systemUTC().instant()` alone |",
          "| 7. 10 multi-level walks on one thread |",
          "| history length 10 → 100,000 flat within 10% |",
          "#### 7c. Multi-level walks: CPU time of the walking thread",
          "#### 8c. Scaling check: CPU time of the thread per operation in ms",
          "| work (by activities) | 100 | 200 | 200 ÷ 100 | ≤ 2.3x |",
          "| work (by steps) | 100 | 200 | 400 | 200 ÷ 100 | ≤ 2.3x | 400 ÷ 200 | ≤ 2.3x |"
        }) {
      assertTrue(markdown.contains(row), row + " missing from\n" + markdown);
    }
    for (String work :
        new String[] {
          "build",
          "integrityRejection",
          "diff",
          "classification",
          "novelty",
          "intersection",
          "canvas",
          "csv",
          "json"
        }) {
      assertTrue(markdown.contains("\n| " + work + " | "), work + " missing from\n" + markdown);
    }
    for (String kind : ScalingCheck.READING_KINDS) {
      assertTrue(markdown.contains("\n| read " + kind + " | "), kind + " missing\n" + markdown);
    }
    assertTrue(
        markdown.contains("\n| " + ScalingCheck.REFERENCE + " | "), "reference row\n" + markdown);
    assertTrue(markdown.contains("| reference, no target |"), "reference verdict\n" + markdown);
  }
}

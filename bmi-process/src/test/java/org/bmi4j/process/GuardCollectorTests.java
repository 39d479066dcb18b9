package org.bmi4j.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bmi4j.process.Flips.Code;
import org.bmi4j.process.Flips.Flip;
import org.bmi4j.process.Flips.Light;
import org.bmi4j.process.Flips.Switch;
import org.junit.jupiter.api.Test;

/**
 * The collector guards report to: guards that pass cost no collector of their own, and what a
 * rejection lists is exactly what the guards report, whatever runs on other threads.
 */
class GuardCollectorTests {

  @Test
  void guardsThatPassAreHandedNoCollectorOfTheirOwn() {
    List<Violations> seen = new ArrayList<>();
    ProcessInstance<Light, Flip, Switch> start =
        Flips.withGuards(List.of((c, e, v) -> seen.add(v)));
    assertTrue(start.apply(new Flip(1)).isAccepted());
    assertTrue(start.apply(new Flip(2)).isAccepted());
    assertEquals(2, seen.size());
    assertSame(seen.get(0), seen.get(1));
  }

  @Test
  void aRejectionListsExactlyWhatTheGuardsReportInOrder() {
    ProcessInstance<Light, Flip, Switch> start =
        Flips.withGuards(
            List.of(
                (c, e, v) -> {},
                (c, e, v) -> v.add(Code.REFUSED, "first"),
                (c, e, v) -> {
                  if (!v.isEmpty()) {
                    v.add(Code.SUMMARY, "after the first");
                  }
                },
                (c, e, v) -> v.add(Code.REFUSED, "x", "second")));
    Outcome<? extends ProcessInstance<Light, Flip, Switch>> outcome = start.apply(new Flip(1));
    assertFalse(outcome.isAccepted());
    assertSame(start, outcome.instance());
    assertEquals(
        List.of(
            new Violation(Code.REFUSED, "", "first"),
            new Violation(Code.SUMMARY, "", "after the first"),
            new Violation(Code.REFUSED, "x", "second")),
        outcome.violations());
  }

  @Test
  void aGuardSeesAnEmptyCollectorUntilAViolationIsReported() {
    ProcessInstance<Light, Flip, Switch> start =
        Flips.withGuards(
            List.of(
                (c, e, v) -> {
                  if (v.isEmpty()) {
                    v.add(Code.REFUSED, "empty before me");
                  }
                },
                (c, e, v) -> {
                  if (v.isEmpty()) {
                    v.add(Code.SUMMARY, "never: the first reported");
                  }
                }));
    assertEquals(
        List.of(new Violation(Code.REFUSED, "", "empty before me")),
        start.apply(new Flip(1)).violations());
  }

  @Test
  void aGuardThatComputesOnlyOnAnEmptyCollectorIsRejectedNotThrown() {
    // the second guard divides only if the first found the divisor valid, as a guard may: on a
    // collector of the event's own it never divides by zero
    ProcessInstance<Light, Flip, Switch> start =
        Flips.withGuards(
            List.of(
                (c, e, v) -> {
                  if (e.n() == 0) {
                    v.add(Code.REFUSED, "no divisor");
                  }
                },
                (c, e, v) -> {
                  if (v.isEmpty() && 100 / e.n() > 50) {
                    v.add(Code.SUMMARY, "too small");
                  }
                }));
    assertEquals(
        List.of(new Violation(Code.REFUSED, "", "no divisor")),
        start.apply(new Flip(0)).violations());
    assertEquals(
        List.of(new Violation(Code.SUMMARY, "", "too small")),
        start.apply(new Flip(1)).violations());
    assertTrue(start.apply(new Flip(3)).isAccepted());
  }

  @Test
  void aGuardThatThrowsWithoutAReportStillThrows() {
    ProcessInstance<Light, Flip, Switch> start =
        Flips.withGuards(
            List.of(
                (c, e, v) -> {
                  throw new IllegalStateException("broken guard");
                }));
    IllegalStateException thrown =
        assertThrows(IllegalStateException.class, () -> start.apply(new Flip(1)));
    assertEquals("broken guard", thrown.getMessage());
  }

  @Test
  void rejectionsOnOtherThreadsNeitherRejectNorChangeAnotherThreadsEvents() throws Exception {
    // odd flips are refused, even ones pass; four threads apply both on one definition
    ProcessInstance<Light, Flip, Switch> start =
        Flips.withGuards(
            List.of(
                (c, e, v) -> {
                  if (e.n() % 2 != 0) {
                    v.report(Code.REFUSED, "flip " + e.n(), "odd");
                  }
                }));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        results.add(
            pool.submit(
                () -> {
                  int checked = 0;
                  for (int n = 0; n < 20_000; n++) {
                    Outcome<? extends ProcessInstance<Light, Flip, Switch>> outcome =
                        start.apply(new Flip(n));
                    if (n % 2 == 0) {
                      assertTrue(outcome.isAccepted(), "flip " + n);
                    } else {
                      assertEquals(1, outcome.violations().size(), "flip " + n);
                      assertEquals("flip " + n, outcome.violations().get(0).subject());
                    }
                    checked++;
                  }
                  return checked;
                }));
      }
      for (Future<Integer> result : results) {
        assertEquals(20_000, result.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}

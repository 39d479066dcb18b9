package org.bmi4j.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A standalone probe of what one call site costs that calls four guards of the same code, as the
 * kernel calls every guard of benchmark 1a: the four guards taking turns in a fixed cycle (1a's
 * order), in a random order, in the cycle with a branch before each call that depends on which
 * guard comes next, and one guard alone. Where the cycle costs about as much as the random order,
 * and the branch before the call takes most of that away, the processor's indirect branch predictor
 * misses the cycle: before each call the same branches were taken, so nothing tells it which guard
 * comes next. Prints nanoseconds of CPU per call, the median of 7 rounds after 3 of warm-up (each
 * round runs the four orders in turn); not part of {@link Main}. Run it with {@code java -cp
 * bmi-benchmarks.jar org.bmi4j.benchmarks.GuardDispatch}.
 */
public final class GuardDispatch {
  private GuardDispatch() {}

  private static final int THRESHOLD = Bmi4jMachine.THRESHOLD;

  /**
   * A guard's shape, as {@link org.bmi4j.process.Guard}'s: the context, the event and where to
   * report (here a list, so that the probe needs nothing of the kernel's).
   */
  @FunctionalInterface
  interface Check<C, T> {
    void check(C context, T event, List<String> reports);
  }

  /** Four guards of one code but for the phase they name, each lambda its own class. */
  @SuppressWarnings("unchecked")
  static final Check<Bmi4jMachine.Project, Bmi4jMachine.Advance>[] GUARDS =
      new Check[] {
        (Check<Bmi4jMachine.Project, Bmi4jMachine.Advance>)
            (c, e, v) -> {
              if (e.readiness() < THRESHOLD) {
                notReady(v, Phase.CONCEPT, e);
              }
            },
        (Check<Bmi4jMachine.Project, Bmi4jMachine.Advance>)
            (c, e, v) -> {
              if (e.readiness() < THRESHOLD) {
                notReady(v, Phase.FOUNDATION, e);
              }
            },
        (Check<Bmi4jMachine.Project, Bmi4jMachine.Advance>)
            (c, e, v) -> {
              if (e.readiness() < THRESHOLD) {
                notReady(v, Phase.DEVELOPMENT, e);
              }
            },
        (Check<Bmi4jMachine.Project, Bmi4jMachine.Advance>)
            (c, e, v) -> {
              if (e.readiness() < THRESHOLD) {
                notReady(v, Phase.OPERATION, e);
              }
            }
      };

  private static void notReady(List<String> v, Phase from, Bmi4jMachine.Advance e) {
    v.add(
        "readiness must be at least " + THRESHOLD + " to leave " + from + ", was " + e.readiness());
  }

  private static int marks;

  /** Calls the guards in {@code order} (indexes, 1,024 of them, repeated) {@code calls} times. */
  static int calls(int[] order, int calls, List<String> v) {
    Bmi4jMachine.Advance ready = new Bmi4jMachine.Advance(Bmi4jMachine.READY);
    int reports = 0;
    for (int i = 0; i < calls; i++) {
      GUARDS[order[i & 1023]].check(Bmi4jMachine.PROJECT, ready, v);
      reports += v.size();
    }
    return reports;
  }

  /** Calls the guards in {@code order}, after a branch on which guard comes next. */
  static int callsAfterBranch(int[] order, int calls, List<String> v) {
    Bmi4jMachine.Advance ready = new Bmi4jMachine.Advance(Bmi4jMachine.READY);
    int reports = 0;
    for (int i = 0; i < calls; i++) {
      int k = order[i & 1023];
      if (k == 0) {
        marks++;
      } else if (k == 1) {
        marks += 2;
      } else if (k == 2) {
        marks += 3;
      } else {
        marks += 5;
      }
      GUARDS[k].check(Bmi4jMachine.PROJECT, ready, v);
      reports += v.size();
    }
    return reports;
  }

  /**
   * Prints the CPU time per call of each order.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int[] cycle = new int[1024];
    int[] random = new int[1024];
    int[] one = new int[1024];
    Random seeded = new Random(1);
    for (int i = 0; i < 1024; i++) {
      cycle[i] = i & 3;
      random[i] = seeded.nextInt(4);
    }
    String[] names = {
      "four guards in a cycle (1a's order)",
      "four guards in a random order",
      "four guards in a cycle, a branch on the next guard before each call",
      "one guard"
    };
    int calls = 5_000_000;
    List<String> v = new ArrayList<>();
    double[][] ns = new double[names.length][7];
    long sink = 0;
    for (int round = -3; round < 7; round++) {
      long[] cpu = new long[names.length + 1];
      cpu[0] = threads.getCurrentThreadCpuTime();
      sink += calls(cycle, calls, v);
      cpu[1] = threads.getCurrentThreadCpuTime();
      sink += calls(random, calls, v);
      cpu[2] = threads.getCurrentThreadCpuTime();
      sink += callsAfterBranch(cycle, calls, v);
      cpu[3] = threads.getCurrentThreadCpuTime();
      sink += calls(one, calls, v);
      cpu[4] = threads.getCurrentThreadCpuTime();
      if (round >= 0) {
        for (int k = 0; k < names.length; k++) {
          ns[k][round] = (cpu[k + 1] - cpu[k]) / (double) calls;
        }
      }
    }
    for (int k = 0; k < names.length; k++) {
      CrossCheck.Figure f = CrossCheck.figure(ns[k]);
      System.out.printf(
          Locale.ROOT,
          "%s: %.1f ns per call (%.1f – %.1f)%n",
          names[k],
          f.median(),
          f.low(),
          f.high());
    }
    if (sink + marks == 42) {
      System.out.println();
    }
  }
}

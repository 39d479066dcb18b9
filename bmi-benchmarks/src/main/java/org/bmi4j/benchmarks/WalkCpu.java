package org.bmi4j.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.util.Locale;

/**
 * A cross-check of benchmark 7 outside JMH, in the measure its target names: the CPU time of the
 * one thread that walks ({@link ThreadMXBean#getCurrentThreadCpuTime}), batch after batch of {@link
 * AllianceWalk#walk} on the system clock, the same walk as {@link MultiLevelWalks}. JMH's
 * single-shot time of benchmark 7 is wall time, which also counts the pauses of the garbage
 * collector and time the thread waits for a core; this counts neither.
 */
public final class WalkCpu {
  /** The walks a target's figure is scaled to. */
  public static final int TARGET_WALKS = 1_000_000;

  /** The CPU seconds the target allows for {@link #TARGET_WALKS} walks. */
  public static final double TARGET_SECONDS = 3.0;

  private WalkCpu() {}

  /**
   * Runs {@code rounds} measured batches (after {@code warmups}) of {@code walks} walks each and
   * returns CPU seconds per {@link #TARGET_WALKS} walks: the median and the 10th to 90th percentile
   * of the batches.
   *
   * @param warmups batches run first and not counted
   * @param rounds batches measured
   * @param walks walks per batch
   * @return CPU seconds per {@link #TARGET_WALKS} walks
   */
  public static CrossCheck.Figure run(int warmups, int rounds, int walks) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Clock clock = Clock.systemUTC();
    double[] seconds = new double[rounds];
    long sink = 0;
    for (int round = -warmups; round < rounds; round++) {
      long started = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < walks; i++) {
        sink += System.identityHashCode(AllianceWalk.walk(clock));
      }
      long cpu = threads.getCurrentThreadCpuTime() - started;
      if (round >= 0) {
        seconds[round] = cpu / 1e9 * TARGET_WALKS / walks;
      }
    }
    if (sink == 42) {
      System.err.print(""); // keeps the walks alive
    }
    return CrossCheck.figure(seconds);
  }

  /**
   * Returns the figure as a Markdown section with its verdict on the target: met where the whole
   * spread lies below {@value #TARGET_SECONDS} s, missed where it lies wholly above.
   *
   * @param figure the figure of {@link #run}
   * @param rounds the batches measured
   * @param walks the walks per batch
   * @param load the load average when the batches ran
   * @return the Markdown section
   */
  public static String markdown(CrossCheck.Figure figure, int rounds, int walks, String load) {
    String verdict =
        figure.high() < TARGET_SECONDS
            ? "yes"
            : figure.low() > TARGET_SECONDS
                ? "**no**"
                : "no verdict (spread overlaps " + TARGET_SECONDS + " s)";
    return String.format(
        Locale.ROOT,
        "#### 7c. Multi-level walks: CPU time of the walking thread (%d batches of %,d walks after"
            + " warm-up, scaled to %,d walks; median and 10th–90th percentile of the batches; load"
            + " %s)%n%n| walks | median | 10th–90th percentile | ≤ %.0f s |%n|---|---:|---:|---|%n"
            + "| %,d | %.2f s | %.2f – %.2f s | %s |%n%n",
        rounds,
        walks,
        TARGET_WALKS,
        load,
        TARGET_SECONDS,
        TARGET_WALKS,
        figure.median(),
        figure.low(),
        figure.high(),
        verdict);
  }
}

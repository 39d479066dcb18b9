package org.bmi4j.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A cross-check of benchmark 7 outside JMH, in the measure its target names: the CPU time of the
 * one thread that walks ({@link ThreadMXBean#getCurrentThreadCpuTime}), batch after batch of {@link
 * AllianceWalk#walk} on the system clock, the same walk as {@link MultiLevelWalks}. JMH's
 * single-shot time of benchmark 7 is wall time, which also counts the pauses of the garbage
 * collector and time the thread waits for a core; this counts neither.
 *
 * <p>The machine's own speed is measured beside the walks: every {@value #SLICE} walks of a batch
 * the thread runs a fixed reference work of the JDK alone (hash maps, lists and optionals made and
 * read, as a walk makes and reads its values), timed apart from the walks. On a shared virtual
 * machine a core's speed changes for seconds at a time with work the guest cannot see (the walk3
 * probes: the walks and this reference took 1.5x their usual time in the same batches, while
 * nothing in the JVM changed), so the table says in how many batches the reference ran slow, and
 * the walks' median in the others. The verdict stays on every batch.
 */
public final class WalkCpu {
  /** The walks a target's figure is scaled to. */
  public static final int TARGET_WALKS = 1_000_000;

  /** The CPU seconds the target allows for {@link #TARGET_WALKS} walks. */
  public static final double TARGET_SECONDS = 3.0;

  /** The walks between two slices of the reference work. */
  static final int SLICE = 10_000;

  /** The reference rounds after each slice of walks: about a tenth of the slice's time. */
  static final int REFERENCE_ROUNDS = 1_000;

  /**
   * A batch ran on a slow machine where its reference took more than this times the 10th percentile
   * of the references of the run.
   */
  static final double SLOW = 1.2;

  private static final String[] KEYS = new String[64];

  static {
    for (int i = 0; i < KEYS.length; i++) {
      KEYS[i] = "key-" + i;
    }
  }

  private WalkCpu() {}

  /**
   * What {@link #run} measured.
   *
   * @param walks CPU seconds per {@link #TARGET_WALKS} walks: median and 10th to 90th percentile of
   *     the batches
   * @param reference CPU microseconds per round of the reference work, by batch
   * @param batches the batches measured
   * @param slowBatches the batches whose reference took more than {@value #SLOW} times the 10th
   *     percentile of the references
   * @param steady the walks' figure over the other batches (every batch if none is left)
   */
  public record Result(
      CrossCheck.Figure walks,
      CrossCheck.Figure reference,
      int batches,
      int slowBatches,
      CrossCheck.Figure steady) {}

  /**
   * Runs {@code rounds} measured batches (after {@code warmups}) of {@code walks} walks each, with
   * the reference work every {@value #SLICE} walks, and returns the walks' CPU seconds per {@link
   * #TARGET_WALKS} walks beside the reference's time.
   *
   * @param warmups batches run first and not counted
   * @param rounds batches measured
   * @param walks walks per batch
   * @return the walks' and the reference's figures
   */
  public static Result run(int warmups, int rounds, int walks) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Clock clock = Clock.systemUTC();
    double[] seconds = new double[rounds];
    double[] reference = new double[rounds];
    long sink = 0;
    for (int round = -warmups; round < rounds; round++) {
      long walking = 0;
      long referring = 0;
      int slices = 0;
      for (int done = 0; done < walks; done += SLICE) {
        long started = threads.getCurrentThreadCpuTime();
        for (int i = done; i < Math.min(walks, done + SLICE); i++) {
          sink += System.identityHashCode(AllianceWalk.walk(clock));
        }
        long walked = threads.getCurrentThreadCpuTime();
        sink += referenceWork(REFERENCE_ROUNDS);
        walking += walked - started;
        referring += threads.getCurrentThreadCpuTime() - walked;
        slices++;
      }
      if (round >= 0) {
        seconds[round] = walking / 1e9 * TARGET_WALKS / walks;
        reference[round] = referring / 1e3 / ((double) slices * REFERENCE_ROUNDS);
      }
    }
    if (sink == 42) {
      System.err.print(""); // keeps the walks alive
    }
    CrossCheck.Figure references = CrossCheck.figure(reference);
    double bound = SLOW * references.low();
    int slow = 0;
    double[] steady = new double[rounds];
    int kept = 0;
    for (int round = 0; round < rounds; round++) {
      if (reference[round] > bound) {
        slow++;
      } else {
        steady[kept++] = seconds[round];
      }
    }
    CrossCheck.Figure all = CrossCheck.figure(seconds);
    return new Result(
        all,
        references,
        rounds,
        slow,
        kept == 0 ? all : CrossCheck.figure(Arrays.copyOf(steady, kept)));
  }

  /**
   * The reference work: {@code rounds} rounds of the JDK alone, each putting 16 keys in a hash map,
   * 16 optionals in a list, reading them back and copying the list; fixed work that allocates and
   * calls through interfaces as a walk does, and shares none of its code.
   */
  static long referenceWork(int rounds) {
    long sum = 0;
    for (int r = 0; r < rounds; r++) {
      Map<String, Integer> map = new HashMap<>();
      List<Optional<String>> list = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        map.put(KEYS[(r + i) & 63], i);
        list.add(Optional.of(KEYS[i]));
      }
      for (Optional<String> o : list) {
        sum += o.map(String::length).orElse(0);
      }
      sum += map.get(KEYS[r & 63]) == null ? 0 : 1;
      sum += List.copyOf(list).size();
    }
    return sum;
  }

  /**
   * Returns the result as a Markdown section with its verdict on the target, taken on every batch:
   * met where the whole spread lies below {@value #TARGET_SECONDS} s, missed where it lies wholly
   * above; beside it the reference's time and the walks' median in the batches where the reference
   * did not run slow.
   *
   * @param result the result of {@link #run}
   * @param walks the walks per batch
   * @param load the load average when the batches ran
   * @return the Markdown section
   */
  public static String markdown(Result result, int walks, String load) {
    CrossCheck.Figure figure = result.walks();
    String verdict =
        figure.high() < TARGET_SECONDS
            ? "yes"
            : figure.low() > TARGET_SECONDS
                ? "**no**"
                : "no verdict (spread overlaps " + TARGET_SECONDS + " s)";
    CrossCheck.Figure reference = result.reference();
    CrossCheck.Figure steady = result.steady();
    return String.format(
        Locale.ROOT,
        "#### 7c. Multi-level walks: CPU time of the walking thread (%d batches of %,d walks after"
            + " warm-up, scaled to %,d walks; median and 10th–90th percentile of the batches; load"
            + " %s; every %,d walks, %,d rounds of a reference work of the JDK alone, timed apart:"
            + " a batch whose reference took more than %.1fx the 10th percentile of the references"
            + " ran on a slow machine)%n%n| walks | median | 10th–90th percentile | ≤ %.0f s |"
            + " reference per round | batches on a slow machine | median of the other batches |%n"
            + "|---|---:|---:|---|---:|---:|---:|%n"
            + "| %,d | %.2f s | %.2f – %.2f s | %s | %.3f µs (%.3f – %.3f) | %d of %d |"
            + " %.2f s (%.2f – %.2f) |%n%n",
        result.batches(),
        walks,
        TARGET_WALKS,
        load,
        SLICE,
        REFERENCE_ROUNDS,
        SLOW,
        TARGET_SECONDS,
        TARGET_WALKS,
        figure.median(),
        figure.low(),
        figure.high(),
        verdict,
        reference.median(),
        reference.low(),
        reference.high(),
        result.slowBatches(),
        result.batches(),
        steady.median(),
        steady.low(),
        steady.high());
  }
}

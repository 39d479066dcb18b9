package org.bmi4j.benchmarks;

import com.github.oxo42.stateless4j.StateMachine;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * A cross-check of benchmark 1 outside JMH: the subjects take turns in one JVM, round after round,
 * each timed in CPU time of this thread ({@link ThreadMXBean#getCurrentThreadCpuTime}), so that
 * whatever else runs on the machine hits them alike. Reports each subject's median and the spread
 * of its rounds.
 */
public final class CrossCheck {
  private CrossCheck() {}

  /** One subject's figures: nanoseconds of CPU per accepted event. */
  public record Figure(double median, double low, double high) {
    /** Returns whether this figure's spread lies wholly below {@code other}'s. */
    boolean below(Figure other) {
      return high < other.low;
    }
  }

  /** Runs {@code rounds} measured rounds (after {@code warmups}) of {@code events} each. */
  public static Map<String, Figure> run(int warmups, int rounds, int events) {
    Map<String, IntSupplier> subjects = new LinkedHashMap<>();
    Cycling.Bmi4jSystemClock bmi4j = new Cycling.Bmi4jSystemClock();
    bmi4j.setUp();
    subjects.put("bmi4j", () -> bmi4j.advance().instance().cycle());
    Cycling.Bmi4jFixedClock fixed = new Cycling.Bmi4jFixedClock();
    fixed.setUp();
    subjects.put("bmi4jFixedClock", () -> fixed.advance().instance().cycle());
    GuardShape.OneGuard oneGuard = new GuardShape.OneGuard();
    oneGuard.setUp();
    subjects.put("bmi4jFixedClockOneGuard", () -> oneGuard.advance().instance().cycle());
    Peers.Stateless4j bare = new Peers.Stateless4j();
    bare.setUp();
    subjects.put(
        "stateless4j",
        () -> {
          Stateless4jMachine.advance(bare.machine, bare.gate, Bmi4jMachine.READY);
          return bare.machine.getState().ordinal();
        });
    Stateless4jMachine.Gate gate = new Stateless4jMachine.Gate();
    StateMachine<Phase, Stateless4jMachine.Trigger> oneGuardPeer =
        Stateless4jMachine.create(
            Stateless4jMachine.oneGuardConfig(gate), Stateless4jMachine.unhandled(gate));
    subjects.put(
        "stateless4jOneGuard",
        () -> {
          Stateless4jMachine.advance(oneGuardPeer, gate, Bmi4jMachine.READY);
          return oneGuardPeer.getState().ordinal();
        });
    Cycling.Stateless4jHistorySystemClock history = new Cycling.Stateless4jHistorySystemClock();
    history.setUp();
    subjects.put("stateless4jHistory", () -> history.advance().ordinal());
    Cycling.Stateless4jHistoryFixedClock historyFixed = new Cycling.Stateless4jHistoryFixedClock();
    historyFixed.setUp();
    subjects.put("stateless4jHistoryFixedClock", () -> historyFixed.advance().ordinal());

    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    List<String> names = new ArrayList<>(subjects.keySet());
    Map<String, double[]> samples = new LinkedHashMap<>();
    names.forEach(n -> samples.put(n, new double[rounds]));
    long sink = 0;
    for (int round = -warmups; round < rounds; round++) {
      for (int k = 0; k < names.size(); k++) {
        // rotate the order each round, so no subject always follows the same one
        String name = names.get(Math.floorMod(k + round, names.size()));
        IntSupplier subject = java.util.Objects.requireNonNull(subjects.get(name));
        long started = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < events; i++) {
          sink += subject.getAsInt();
        }
        long cpu = threads.getCurrentThreadCpuTime() - started;
        if (round >= 0) {
          java.util.Objects.requireNonNull(samples.get(name))[round] = (double) cpu / events;
        }
      }
    }
    if (sink == 42) {
      System.err.print(""); // keeps the results alive
    }
    Map<String, Figure> figures = new LinkedHashMap<>();
    samples.forEach((name, ns) -> figures.put(name, figure(ns)));
    return figures;
  }

  /** Returns the median and the 10th to 90th percentile of {@code samples}. */
  static Figure figure(double[] samples) {
    double[] sorted = samples.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return new Figure(
        sorted[n / 2],
        sorted[(int) Math.floor((n - 1) * 0.1)],
        sorted[(int) Math.ceil((n - 1) * 0.9)]);
  }

  /** Returns the figures as a Markdown table. */
  static String markdown(Map<String, Figure> figures, int rounds, int events) {
    StringBuilder md = new StringBuilder();
    md.append(
        String.format(
            Locale.ROOT,
            "#### Cross-check: CPU time per accepted event, subjects alternating in one JVM"
                + " (%d rounds of %,d events each; median and 10th–90th percentile of the rounds)"
                + "\n\n| subject | median | 10th–90th percentile |\n|---|---:|---:|\n",
            rounds,
            events));
    figures.forEach(
        (name, f) ->
            md.append(
                String.format(
                    Locale.ROOT,
                    "| %s | %.1f ns | %.1f – %.1f ns |%n",
                    name,
                    f.median(),
                    f.low(),
                    f.high())));
    return md.append('\n').toString();
  }
}

package org.bmi4j.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A cross-check of benchmarks 8 and 10 outside JMH, in the style of {@link CrossCheck}: every
 * analysis of {@link AnalysisScaling} at each model size, and the reading of {@link ReadingScaling}
 * documents of every event kind at each history length, take turns in one JVM, round after round
 * (the order rotating), each timed in CPU time of this thread. Load from other work on the machine
 * then hits the sizes alike, so their ratio can be read where the wall clock of a loaded machine
 * cannot. Garbage collection runs on other threads and is not counted.
 *
 * <p>Each work gets a verdict on the largest doubling of its size: the target holds where the
 * larger size's spread (10th to 90th percentile of the rounds) lies wholly below {@value #TARGET}
 * times the smaller size's, is missed where it lies wholly above, and has no verdict where they
 * overlap (library formalisation of "linear" for a benchmark: twice the size at most 2.3 times the
 * time, issue 14).
 */
public final class ScalingCheck {
  /** The most the time may grow when the size doubles, for the work to count as linear. */
  public static final double TARGET = 2.3;

  private ScalingCheck() {}

  /**
   * One work at one size: CPU nanoseconds per operation, median and spread of the rounds.
   *
   * @param median the median of the rounds
   * @param low the 10th percentile
   * @param high the 90th percentile
   */
  public record Figure(double median, double low, double high) {}

  /**
   * One work at every size measured.
   *
   * @param work what is measured
   * @param unit what the sizes count
   * @param sizes every size asked for, smallest first
   * @param figures the figure at each size measured; a size whose document {@code BmiJson.write}
   *     refuses (longer than what {@code read} accepts) has none
   */
  public record Row(String work, String unit, List<Integer> sizes, Map<Integer, Figure> figures) {
    /** Returns the verdict on the doubling from {@code small} to {@code large}. */
    String verdict(int small, int large) {
      return ScalingCheck.verdict(
          Objects.requireNonNull(figures.get(small)), Objects.requireNonNull(figures.get(large)));
    }
  }

  /**
   * The verdict on a size's growth: "yes" where the larger size's spread lies wholly below {@value
   * #TARGET} times the smaller's, "**no**" where it lies wholly above, otherwise no verdict.
   *
   * @param small the figure at the smaller size
   * @param large the figure at the size twice as large
   * @return the verdict as the report prints it
   */
  public static String verdict(Figure small, Figure large) {
    if (large.high() < TARGET * small.low()) {
      return "yes";
    }
    if (large.low() > TARGET * small.high()) {
      return "**no**";
    }
    return "no verdict (spreads overlap)";
  }

  /** One timed subject: a work at one size. */
  private record Subject(
      String work, String unit, List<Integer> sizes, int size, Supplier<Object> operation) {}

  /**
   * Runs {@code rounds} measured rounds (after {@code warmups}) of every analysis at each of {@code
   * activities} and every reading at each of {@code steps}.
   *
   * @param warmups rounds run first and not counted
   * @param rounds rounds measured
   * @param activities the model sizes, smallest first
   * @param steps the history lengths, smallest first
   * @return one row per work, analyses first
   */
  public static List<Row> run(int warmups, int rounds, int[] activities, int[] steps) {
    List<Subject> subjects = new ArrayList<>();
    List<Integer> models = Arrays.stream(activities).boxed().toList();
    List<Integer> histories = Arrays.stream(steps).boxed().toList();
    for (int size : activities) {
      AnalysisScaling state = new AnalysisScaling();
      state.activities = size;
      state.setUp();
      String unit = "activities";
      subjects.add(new Subject("build", unit, models, size, state::build));
      subjects.add(
          new Subject("integrityRejection", unit, models, size, state::integrityRejection));
      subjects.add(new Subject("diff", unit, models, size, state::diff));
      subjects.add(new Subject("classification", unit, models, size, state::classification));
      subjects.add(new Subject("novelty", unit, models, size, state::novelty));
      subjects.add(new Subject("intersection", unit, models, size, state::intersection));
      subjects.add(new Subject("canvas", unit, models, size, state::canvas));
      subjects.add(new Subject("csv", unit, models, size, state::csv));
      subjects.add(new Subject("json", unit, models, size, state::json));
    }
    for (String kind : READING_KINDS) {
      for (int size : steps) {
        ReadingScaling state = new ReadingScaling();
        state.kind = kind;
        state.events = size;
        try {
          state.setUp();
        } catch (IllegalArgumentException tooLong) {
          // the writer refuses a document that read would reject: nothing to read at this size
          continue;
        }
        subjects.add(new Subject("read " + kind, "steps", histories, size, state::read));
      }
    }
    return measure(subjects, warmups, rounds);
  }

  /**
   * The event kinds of {@link ReadingScaling}, each growing one list of its process's context; the
   * last two carry a business model in most steps, so their 40,000-step documents are over the
   * reading limit and their doubling is read from 10,000 to 20,000 steps.
   */
  static final List<String> READING_KINDS =
      List.of(
          "record-lesson",
          "add-enhancement-idea",
          "record-knowledge-exchange",
          "change-separation",
          "identify-opportunity",
          "record-deployment",
          "address-challenge",
          "propose-partner-model",
          "adopt");

  private static List<Row> measure(List<Subject> subjects, int warmups, int rounds) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int n = subjects.size();
    int[] repeats = new int[n];
    double[][] samples = new double[n][rounds];
    long sink = 0;
    // one call each to learn how many calls make a sample of at least 20 ms of CPU
    for (int s = 0; s < n; s++) {
      long started = threads.getCurrentThreadCpuTime();
      sink += System.identityHashCode(subjects.get(s).operation().get());
      long cpu = Math.max(1, threads.getCurrentThreadCpuTime() - started);
      repeats[s] = (int) Math.max(1, Math.min(1_000, 20_000_000L / cpu));
    }
    for (int round = -warmups; round < rounds; round++) {
      for (int k = 0; k < n; k++) {
        // rotate the order each round, so no subject always follows the same one
        int s = Math.floorMod(k + round, n);
        Supplier<Object> operation = subjects.get(s).operation();
        long started = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < repeats[s]; i++) {
          sink += System.identityHashCode(operation.get());
        }
        long cpu = threads.getCurrentThreadCpuTime() - started;
        if (round >= 0) {
          samples[s][round] = (double) cpu / repeats[s];
        }
      }
    }
    if (sink == 42) {
      System.err.print(""); // keeps the results alive
    }
    Map<String, Row> rows = new LinkedHashMap<>();
    for (int s = 0; s < n; s++) {
      Subject subject = subjects.get(s);
      rows.computeIfAbsent(
              subject.work(),
              w -> new Row(w, subject.unit(), subject.sizes(), new LinkedHashMap<>()))
          .figures()
          .put(subject.size(), figure(samples[s]));
    }
    return List.copyOf(rows.values());
  }

  private static Figure figure(double[] samples) {
    double[] sorted = samples.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return new Figure(
        sorted[n / 2],
        sorted[(int) Math.floor((n - 1) * 0.1)],
        sorted[(int) Math.ceil((n - 1) * 0.9)]);
  }

  /**
   * Returns the rows as Markdown tables, one per unit of size, with the load before and after.
   *
   * @param rows the rows of {@link #run}
   * @param rounds the rounds measured
   * @param loadBefore the load average when the check started
   * @param loadAfter the load average when it ended
   * @return the Markdown
   */
  static String markdown(List<Row> rows, int rounds, String loadBefore, String loadAfter) {
    StringBuilder md = new StringBuilder();
    md.append(
        String.format(
            Locale.ROOT,
            "#### 8c. Scaling check: CPU time of the thread per operation in ms, sizes alternating"
                + " in one JVM (%d rounds; median and 10th–90th percentile of the rounds; a verdict only"
                + " where the larger size's spread lies wholly below or above %.1fx the smaller's)"
                + "%n%nLoad average before: %s; after: %s%n",
            rounds,
            TARGET,
            loadBefore,
            loadAfter));
    String unit = "";
    List<Integer> sizes = List.of();
    for (Row row : rows) {
      if (!row.unit().equals(unit) || !sizes.equals(row.sizes())) {
        unit = row.unit();
        sizes = row.sizes();
        md.append("\n| work (by ").append(unit).append(") |");
        sizes.forEach(size -> md.append(String.format(Locale.ROOT, " %,d |", size)));
        for (int i = 1; i < sizes.size(); i++) {
          md.append(' ').append(kilo(sizes.get(i))).append(" ÷ ").append(kilo(sizes.get(i - 1)));
          md.append(" | ≤ ").append(TARGET).append("x |");
        }
        md.append("\n|---|");
        sizes.forEach(size -> md.append("---:|"));
        md.append("---:|---|".repeat(Math.max(0, sizes.size() - 1))).append('\n');
      }
      md.append("| ").append(row.work()).append(" |");
      for (int size : sizes) {
        Figure f = row.figures().get(size);
        if (f == null) {
          md.append(" document over the reading limit |");
          continue;
        }
        md.append(
            String.format(
                Locale.ROOT,
                " %s ms (%s – %s) |",
                millis(f.median()),
                millis(f.low()),
                millis(f.high())));
      }
      for (int i = 1; i < sizes.size(); i++) {
        Figure small = row.figures().get(sizes.get(i - 1));
        Figure large = row.figures().get(sizes.get(i));
        if (small == null || large == null) {
          md.append(" – | – |");
          continue;
        }
        md.append(
            String.format(
                Locale.ROOT,
                " %.2fx | %s |",
                large.median() / small.median(),
                row.verdict(sizes.get(i - 1), sizes.get(i))));
      }
      md.append('\n');
    }
    return md.append('\n').toString();
  }

  private static String kilo(int size) {
    return size % 1_000 == 0 ? size / 1_000 + "k" : String.valueOf(size);
  }

  private static String millis(double nanos) {
    return String.format(Locale.ROOT, nanos >= 10_000_000 ? "%,.0f" : "%,.2f", nanos / 1e6);
  }

  /**
   * Runs the check alone and prints its tables: {@code java -cp
   * bmi-benchmarks/target/bmi-benchmarks.jar org.bmi4j.benchmarks.ScalingCheck [rounds]}, by
   * default 2 warm-up and 10 measured rounds at 10,000 and 20,000 activities and 10,000, 20,000 and
   * 40,000 steps.
   *
   * @param args the measured rounds, optional
   */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    String before = Main.load();
    List<Row> rows = run(2, rounds, FULL_ACTIVITIES, FULL_STEPS);
    System.out.print(markdown(rows, rounds, before, Main.load()));
  }

  /** The model sizes of the full run. */
  static final int[] FULL_ACTIVITIES = {10_000, 20_000};

  /** The history lengths of the full run. */
  static final int[] FULL_STEPS = {10_000, 20_000, 40_000};
}

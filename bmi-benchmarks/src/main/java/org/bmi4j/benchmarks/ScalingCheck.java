package org.bmi4j.benchmarks;

import com.sun.management.ThreadMXBean;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A cross-check of benchmarks 8 and 10 outside JMH, in the style of {@link CrossCheck}: every
 * analysis of {@link AnalysisScaling} at each model size, and the reading of {@link ReadingScaling}
 * documents of every event kind at each history length, take turns in one JVM, round after round,
 * each timed in CPU time of this thread.
 *
 * <p>The method (library formalisation of "linear" for a benchmark: twice the size at most {@value
 * #TARGET} times the time, issue 14):
 *
 * <ul>
 *   <li><b>The same work at each size.</b> Every size of a work runs the same operation on inputs
 *       built the same way; a sample is as many calls as make at least {@value #MIN_SAMPLE_MILLIS}
 *       ms of CPU time (learnt from one call per subject), and its figure is CPU time per call.
 *   <li><b>Sizes side by side.</b> In each round every work runs all its sizes back to back,
 *       smallest first in even rounds and largest first in odd ones, and the order of the works
 *       rotates from round to round. Load from other work on the machine then hits the sizes of a
 *       round alike.
 *   <li><b>CPU time of the thread.</b> Time other processes take from the core is not counted;
 *       garbage collection runs on other threads and is not counted either.
 *   <li><b>Garbage collection outside the measured interval.</b> {@link #forked} runs the check in
 *       a JVM of its own with a fixed heap and young generation ({@link #JVM_FLAGS}: parallel
 *       collector, heap touched at start so no page is first faulted in by a sample), and before a
 *       sample the check collects ({@code System.gc()}) whenever the young generation's free space
 *       is less than twice what the subject allocated in its last sample, so no collection starts
 *       inside a sample; the samples a collection still ran in are counted and printed.
 *   <li><b>The verdict on the ratio of each round.</b> For each doubling of the size the ratio of
 *       the larger size's sample to the smaller's is taken round by round; the figure is the median
 *       and the 10th to 90th percentile of these ratios. The target holds where the whole spread
 *       lies below {@value #TARGET}, is missed where it lies wholly above, and has no verdict
 *       otherwise. A round's two samples are taken within a second of each other, so a change of
 *       load between rounds moves both and drops out of their ratio, where it would widen two
 *       separate spreads.
 * </ul>
 */
public final class ScalingCheck {
  /** The most the time may grow when the size doubles, for the work to count as linear. */
  public static final double TARGET = 2.3;

  /** The least CPU time of one sample, in milliseconds. */
  public static final int MIN_SAMPLE_MILLIS = 50;

  /**
   * The flags of the JVM {@link #forked} starts: a fixed heap of 3 GB with a fixed young generation
   * of 1.25 GB under the parallel collector, touched at start.
   */
  public static final List<String> JVM_FLAGS =
      List.of("-Xms3g", "-Xmx3g", "-Xmn1280m", "-XX:+UseParallelGC", "-XX:+AlwaysPreTouch");

  private ScalingCheck() {}

  /**
   * One work at one size (CPU nanoseconds per operation), or one doubling of its size (the ratio of
   * the rounds): median and spread of the rounds.
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
   * @param ratios the ratio of each size measured to the size before it, by the larger size, taken
   *     round by round (see {@link #ratio})
   */
  public record Row(
      String work,
      String unit,
      List<Integer> sizes,
      Map<Integer, Figure> figures,
      Map<Integer, Figure> ratios) {}

  /**
   * The verdict on a size's growth: "yes" where the spread of the rounds' ratios lies wholly below
   * {@value #TARGET}, "**no**" where it lies wholly above, otherwise no verdict.
   *
   * @param ratio the ratio of the larger size's time to the smaller's, from {@link #ratio}
   * @return the verdict as the report prints it
   */
  public static String verdict(Figure ratio) {
    if (ratio.high() < TARGET) {
      return "yes";
    }
    if (ratio.low() > TARGET) {
      return "**no**";
    }
    return "no verdict (spread of the ratios overlaps " + TARGET + "x)";
  }

  /**
   * The ratio of the larger size's samples to the smaller's, round by round: its median and 10th to
   * 90th percentile.
   *
   * @param small the smaller size's sample of each round
   * @param large the larger size's sample of the same rounds
   * @return the figure of the rounds' ratios
   */
  public static Figure ratio(double[] small, double[] large) {
    if (small.length != large.length || small.length == 0) {
      throw new IllegalArgumentException("one sample per round of each size is needed");
    }
    double[] ratios = new double[small.length];
    for (int round = 0; round < small.length; round++) {
      ratios[round] = large[round] / small[round];
    }
    return figure(ratios);
  }

  /** One timed subject: a work at one size. */
  private record Subject(
      String work, String unit, List<Integer> sizes, int size, Supplier<Object> operation) {}

  /**
   * The rows of a check with how many of its samples a garbage collection ran in.
   *
   * @param rows one row per work, analyses first
   * @param samples the samples measured
   * @param collected the samples during which a collection ran
   * @param flags the flags of the JVM that measured, empty for the JVM the check was called in
   */
  public record Result(List<Row> rows, int samples, int collected, List<String> flags) {}

  /**
   * Runs {@code rounds} measured rounds (after {@code warmups}) of every analysis at each of {@code
   * activities} and every reading at each of {@code steps}, in this JVM.
   *
   * @param warmups rounds run first and not counted
   * @param rounds rounds measured
   * @param activities the model sizes, smallest first
   * @param steps the history lengths, smallest first
   * @return one row per work, analyses first
   */
  public static Result run(int warmups, int rounds, int[] activities, int[] steps) {
    List<Subject> subjects = new ArrayList<>();
    List<Integer> models = Arrays.stream(activities).boxed().toList();
    List<Integer> histories = Arrays.stream(steps).boxed().toList();
    List<AnalysisScaling> states = new ArrayList<>();
    for (int size : activities) {
      AnalysisScaling state = new AnalysisScaling();
      state.activities = size;
      state.setUp();
      states.add(state);
    }
    String unit = "activities";
    for (String work : Report.ANALYSES) {
      for (AnalysisScaling state : states) {
        subjects.add(new Subject(work, unit, models, state.activities, operation(state, work)));
      }
    }
    for (AnalysisScaling state : states) {
      subjects.add(new Subject(REFERENCE, unit, models, state.activities, state::readModels));
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

  private static Supplier<Object> operation(AnalysisScaling state, String work) {
    return switch (work) {
      case "build" -> state::build;
      case "integrityRejection" -> state::integrityRejection;
      case "diff" -> state::diff;
      case "classification" -> state::classification;
      case "novelty" -> state::novelty;
      case "intersection" -> state::intersection;
      case "canvas" -> state::canvas;
      case "csv" -> state::csv;
      case "json" -> state::json;
      default -> throw new IllegalArgumentException("no analysis " + work);
    };
  }

  /**
   * The reference row: a plain read of both models' elements, no analysis and no target; it shows
   * what touching the data alone costs the machine at each doubling (its caches).
   */
  static final String REFERENCE = "reference: reading both models";

  /**
   * The event kinds of {@link ReadingScaling}, each growing one list of its process's context (the
   * last, the portfolio and its bases; {@code ledger-round}, the ledger, with an exit from
   * DEVELOPMENT a round); the last three carry a business model in most steps, so their 40,000-step
   * documents are over the reading limit and their doubling is read from 10,000 to 20,000 steps.
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
          "ledger-round",
          "propose-partner-model",
          "adopt",
          "adopt-with-basis");

  private static Result measure(List<Subject> subjects, int warmups, int rounds) {
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    int n = subjects.size();
    int[] repeats = new int[n];
    long[] allocated = new long[n];
    double[][] samples = new double[n][rounds];
    long sink = 0;
    // one call each to learn how many calls make a sample of at least MIN_SAMPLE_MILLIS of CPU
    for (int s = 0; s < n; s++) {
      collect();
      long started = threads.getCurrentThreadCpuTime();
      long bytes = threads.getCurrentThreadAllocatedBytes();
      sink += System.identityHashCode(subjects.get(s).operation().get());
      long cpu = Math.max(1, threads.getCurrentThreadCpuTime() - started);
      repeats[s] = (int) Math.max(1, Math.min(1_000_000, MIN_SAMPLE_MILLIS * 1_000_000L / cpu));
      allocated[s] = (threads.getCurrentThreadAllocatedBytes() - bytes) * repeats[s];
    }
    // the subjects of each work, by work in order of first appearance (sizes smallest first)
    Map<String, List<Integer>> works = new LinkedHashMap<>();
    for (int s = 0; s < n; s++) {
      works.computeIfAbsent(subjects.get(s).work(), w -> new ArrayList<>()).add(s);
    }
    List<List<Integer>> groups = List.copyOf(works.values());
    int collected = 0;
    for (int round = -warmups; round < rounds; round++) {
      for (int k = 0; k < groups.size(); k++) {
        // rotate the order of the works each round, so no work always follows the same one
        List<Integer> group = groups.get(Math.floorMod(k + round, groups.size()));
        for (int i = 0; i < group.size(); i++) {
          // the sizes of a work back to back, smallest first in even rounds, largest in odd ones
          int s = group.get(Math.floorMod(round, 2) == 0 ? i : group.size() - 1 - i);
          Supplier<Object> operation = subjects.get(s).operation();
          if (youngFree() < 2 * allocated[s]) {
            collect();
          }
          long collections = collections();
          long bytes = threads.getCurrentThreadAllocatedBytes();
          long started = threads.getCurrentThreadCpuTime();
          for (int r = 0; r < repeats[s]; r++) {
            sink += System.identityHashCode(operation.get());
          }
          long cpu = threads.getCurrentThreadCpuTime() - started;
          allocated[s] = threads.getCurrentThreadAllocatedBytes() - bytes;
          if (round >= 0) {
            samples[s][round] = (double) cpu / repeats[s];
            if (collections() != collections) {
              collected++;
            }
          }
        }
      }
    }
    if (sink == 42) {
      System.err.print(""); // keeps the results alive
    }
    List<Row> rows = new ArrayList<>();
    for (List<Integer> group : groups) {
      Subject first = subjects.get(group.get(0));
      Map<Integer, Figure> figures = new LinkedHashMap<>();
      Map<Integer, Figure> ratios = new LinkedHashMap<>();
      for (int i = 0; i < group.size(); i++) {
        int s = group.get(i);
        figures.put(subjects.get(s).size(), figure(samples[s]));
        if (i > 0) {
          ratios.put(subjects.get(s).size(), ratio(samples[group.get(i - 1)], samples[s]));
        }
      }
      rows.add(new Row(first.work(), first.unit(), first.sizes(), figures, ratios));
    }
    return new Result(rows, n * rounds, collected, List.of());
  }

  /** A full collection, outside any measured interval. */
  private static void collect() {
    System.gc();
  }

  /** The free bytes of the young generation's eden, or 0 where there is no such pool. */
  private static long youngFree() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getName().contains("Eden")) {
        MemoryUsage usage = pool.getUsage();
        long size = usage.getMax() > 0 ? usage.getMax() : usage.getCommitted();
        return size - usage.getUsed();
      }
    }
    return 0;
  }

  private static long collections() {
    long count = 0;
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      count += Math.max(0, collector.getCollectionCount());
    }
    return count;
  }

  private static Figure figure(double[] samples) {
    CrossCheck.Figure f = CrossCheck.figure(samples);
    return new Figure(f.median(), f.low(), f.high());
  }

  /**
   * Runs the check in a JVM of its own with {@link #JVM_FLAGS} and this JVM's class path, and reads
   * its rows back.
   *
   * @param warmups rounds run first and not counted
   * @param rounds rounds measured
   * @param activities the model sizes, smallest first
   * @param steps the history lengths, smallest first
   * @return the rows the other JVM measured
   */
  public static Result forked(int warmups, int rounds, int[] activities, int[] steps) {
    List<String> command = new ArrayList<>();
    command.add(
        ProcessHandle.current()
            .info()
            .command()
            .orElse(
                System.getProperty("java.home")
                    + File.separator
                    + "bin"
                    + File.separator
                    + "java"));
    command.addAll(JVM_FLAGS);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ScalingCheck.class.getName());
    command.add("--rows");
    command.add(String.valueOf(warmups));
    command.add(String.valueOf(rounds));
    command.add(join(activities));
    command.add(join(steps));
    try {
      Process process =
          new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      List<String> lines;
      try (BufferedReader out =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        lines = out.lines().toList();
      }
      int exit = process.waitFor();
      if (exit != 0) {
        throw new IllegalStateException("the scaling check's JVM ended with " + exit);
      }
      Result result = parse(lines);
      return new Result(result.rows(), result.samples(), result.collected(), JVM_FLAGS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the scaling check ran", e);
    }
  }

  private static String join(int[] sizes) {
    return Arrays.stream(sizes).mapToObj(String::valueOf).collect(Collectors.joining(","));
  }

  private static int[] sizes(String joined) {
    return Arrays.stream(joined.split(",")).mapToInt(Integer::parseInt).toArray();
  }

  /** The result as lines of tab-separated fields, for {@link #parse}. */
  static List<String> lines(Result result) {
    List<String> lines = new ArrayList<>();
    lines.add("samples\t" + result.samples() + "\t" + result.collected());
    for (Row row : result.rows()) {
      lines.add(
          "row\t"
              + row.work()
              + "\t"
              + row.unit()
              + "\t"
              + row.sizes().stream().map(String::valueOf).collect(Collectors.joining(",")));
      row.figures().forEach((size, f) -> lines.add(line("figure", size, f)));
      row.ratios().forEach((size, f) -> lines.add(line("ratio", size, f)));
    }
    return lines;
  }

  private static String line(String what, int size, Figure f) {
    // exact decimal form of the doubles, so the figures cross the process boundary unchanged
    return what + "\t" + size + "\t" + f.median() + "\t" + f.low() + "\t" + f.high();
  }

  /** The result {@link #lines} wrote. */
  static Result parse(List<String> lines) {
    List<Row> rows = new ArrayList<>();
    int samples = 0;
    int collected = 0;
    for (String line : lines) {
      String[] field = line.split("\t");
      switch (field[0]) {
        case "samples" -> {
          samples = Integer.parseInt(field[1]);
          collected = Integer.parseInt(field[2]);
        }
        case "row" ->
            rows.add(
                new Row(
                    field[1],
                    field[2],
                    Arrays.stream(sizes(field[3])).boxed().toList(),
                    new LinkedHashMap<>(),
                    new LinkedHashMap<>()));
        case "figure", "ratio" -> {
          Row row = rows.get(rows.size() - 1);
          Figure figure =
              new Figure(
                  Double.parseDouble(field[2]),
                  Double.parseDouble(field[3]),
                  Double.parseDouble(field[4]));
          (field[0].equals("figure") ? row.figures() : row.ratios())
              .put(Integer.parseInt(field[1]), figure);
        }
        default -> throw new IllegalArgumentException("not a line of the scaling check: " + line);
      }
    }
    return new Result(List.copyOf(rows), samples, collected, List.of());
  }

  /**
   * Returns the rows as Markdown tables, one per unit of size, with the load before and after.
   *
   * @param result the result of {@link #run} or {@link #forked}
   * @param rounds the rounds measured
   * @param loadBefore the load average when the check started
   * @param loadAfter the load average when it ended
   * @return the Markdown
   */
  static String markdown(Result result, int rounds, String loadBefore, String loadAfter) {
    StringBuilder md = new StringBuilder();
    md.append(
        String.format(
            Locale.ROOT,
            "#### 8c. Scaling check: CPU time of the thread per operation in ms, sizes side by side"
                + " in one JVM (%d rounds; median and 10th–90th percentile of the rounds; the ratio"
                + " of each doubling taken round by round, a verdict only where the spread of these"
                + " ratios lies wholly below or above %.1fx)"
                + "%n%nJVM: %s; samples during which a garbage collection ran: %d of %d."
                + " Load average before: %s; after: %s%n",
            rounds,
            TARGET,
            result.flags().isEmpty() ? "the caller's" : String.join(" ", result.flags()),
            result.collected(),
            result.samples(),
            loadBefore,
            loadAfter));
    String unit = "";
    List<Integer> sizes = List.of();
    for (Row row : result.rows()) {
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
        Figure ratio = row.ratios().get(sizes.get(i));
        if (ratio == null) {
          md.append(" – | – |");
          continue;
        }
        md.append(
            String.format(
                Locale.ROOT,
                " %.2fx (%.2f – %.2f) | %s |",
                ratio.median(),
                ratio.low(),
                ratio.high(),
                row.work().equals(REFERENCE) ? "reference, no target" : verdict(ratio)));
      }
      md.append('\n');
    }
    return md.append('\n').toString();
  }

  private static String kilo(int size) {
    return size % 1_000 == 0 ? size / 1_000 + "k" : String.valueOf(size);
  }

  private static String millis(double nanos) {
    String format = nanos >= 10_000_000 ? "%,.0f" : nanos >= 10_000 ? "%,.2f" : "%,.4f";
    return String.format(Locale.ROOT, format, nanos / 1e6);
  }

  /**
   * Runs the check and prints its tables: {@code java -cp bmi-benchmarks/target/bmi-benchmarks.jar
   * org.bmi4j.benchmarks.ScalingCheck [rounds]}, by default {@value #WARMUPS} warm-up and {@value
   * #ROUNDS} measured rounds at 5,000, 10,000 and 20,000 activities and 10,000, 20,000 and 40,000
   * steps, in a JVM of its own started with {@link #JVM_FLAGS}. ({@code --rows warmups rounds
   * activities steps} measures in this JVM and prints the rows as lines, for {@link #forked}.)
   *
   * @param args the measured rounds, optional
   */
  public static void main(String[] args) {
    if (args.length == 5 && args[0].equals("--rows")) {
      Result result =
          run(Integer.parseInt(args[1]), Integer.parseInt(args[2]), sizes(args[3]), sizes(args[4]));
      lines(result).forEach(System.out::println);
      return;
    }
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : ROUNDS;
    String before = Main.load();
    Result result = forked(WARMUPS, rounds, FULL_ACTIVITIES, FULL_STEPS);
    System.out.print(markdown(result, rounds, before, Main.load()));
  }

  /** The warm-up rounds of the full run. */
  static final int WARMUPS = 3;

  /** The measured rounds of the full run. */
  static final int ROUNDS = 15;

  /** The model sizes of the full run. */
  static final int[] FULL_ACTIVITIES = {5_000, 10_000, 20_000};

  /** The history lengths of the full run. */
  static final int[] FULL_STEPS = {10_000, 20_000, 40_000};
}

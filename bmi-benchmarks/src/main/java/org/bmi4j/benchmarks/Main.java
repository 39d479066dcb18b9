package org.bmi4j.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark with {@code -prof gc} and the JOL footprint, then prints the Markdown table
 * of BENCHMARKS.md on standard output. JMH's own logs go to a directory named on standard error.
 *
 * <pre>
 * mvn -B -q -DskipTests -pl bmi-benchmarks -am package &amp;&amp; java -jar bmi-benchmarks/target/bmi-benchmarks.jar
 * </pre>
 */
public final class Main {
  private Main() {}

  /**
   * How the run is made.
   *
   * @param forks JMH forks per benchmark; 0 runs in this JVM
   * @param warmups warm-up iterations of the timed benchmarks
   * @param measurements measurement iterations of the timed benchmarks
   * @param warmupSeconds length of each warm-up iteration, in seconds
   * @param seconds length of each measurement iteration, in seconds
   * @param singleShot one invocation per iteration (the smoke test) instead of timed iterations
   * @param lengths the history lengths of benchmark 4
   * @param activities the model sizes of benchmark 8
   * @param walks the walk count of benchmark 7
   * @param walkWarmups warm-up batches of benchmark 7
   * @param walkMeasurements measured batches of benchmark 7
   * @param logs the directory of JMH's logs: {@code timed.log} and {@code walks.log}
   */
  public record Settings(
      int forks,
      int warmups,
      int measurements,
      int warmupSeconds,
      int seconds,
      boolean singleShot,
      String[] lengths,
      String[] activities,
      int walks,
      int walkWarmups,
      int walkMeasurements,
      File logs) {
    /** The full run of BENCHMARKS.md. */
    public static Settings full(File logs) {
      return new Settings(
          1,
          5,
          5,
          2,
          1,
          false,
          new String[] {"10", "1000", "100000"},
          new String[] {"2500", "5000", "10000", "20000"},
          1_000_000,
          2,
          3,
          logs);
    }

    /** Every benchmark method once, in this JVM, with small parameters. */
    public static Settings smoke(File logs) {
      return new Settings(
          0,
          0,
          1,
          1,
          1,
          true,
          new String[] {"10", "1000"},
          new String[] {"100", "200"},
          10,
          0,
          1,
          logs);
    }

    String describe() {
      return singleShot
          ? "smoke run: each benchmark once"
          : forks
              + " fork, "
              + warmups
              + " warm-up iterations of "
              + warmupSeconds
              + " s and "
              + measurements
              + " measurement iterations of "
              + seconds
              + " s (average time, one thread, -Xms1g -Xmx1g); benchmark 7: "
              + walkWarmups
              + " warm-up and "
              + walkMeasurements
              + " measured batches of "
              + String.format("%,d", walks)
              + " walks (single shot); -prof gc throughout";
    }
  }

  /** Runs the full run and prints the table. */
  public static void main(String[] args) throws RunnerException, IOException {
    File logs = Files.createTempDirectory("bmi4j-jmh-").toFile();
    System.err.println("JMH logs in " + logs);
    System.out.print(run(Settings.full(logs)));
  }

  /** Runs every benchmark and the footprint with {@code settings}; returns the Markdown. */
  public static String run(Settings settings) throws RunnerException {
    List<RunResult> results = new ArrayList<>();
    long started = System.nanoTime();
    String loadBefore = load();
    results.addAll(timed(settings));
    results.addAll(walks(settings));
    results.addAll(scaling(settings));
    Footprint.Bytes bytes = Footprint.measure();
    double perStep = Footprint.perHistoryStep(settings.singleShot() ? 1_000 : 100_000);
    int rounds = settings.singleShot() ? 2 : 30;
    int events = settings.singleShot() ? 1_000 : 2_000_000;
    Map<String, CrossCheck.Figure> cross =
        CrossCheck.run(settings.singleShot() ? 0 : 5, rounds, events);
    String walkLoad = load();
    int walkRounds = settings.singleShot() ? 1 : 10;
    int walkBatch = settings.singleShot() ? 10 : 200_000;
    WalkCpu.Result walkCpu = WalkCpu.run(settings.singleShot() ? 0 : 3, walkRounds, walkBatch);
    LongDocuments.Timed longHistory =
        LongDocuments.roundTrip(settings.singleShot() ? 1_000 : 1_000_000);
    LongDocuments.Timed bad =
        LongDocuments.badDocument(settings.singleShot() ? 200_000 : 16_000_000);
    String scalingLoad = load();
    int scalingRounds = settings.singleShot() ? 1 : ScalingCheck.ROUNDS;
    ScalingCheck.Result scalingResult =
        settings.singleShot()
            ? ScalingCheck.run(0, scalingRounds, new int[] {100, 200}, new int[] {100, 200, 400})
            : ScalingCheck.forked(
                ScalingCheck.WARMUPS,
                scalingRounds,
                ScalingCheck.FULL_ACTIVITIES,
                ScalingCheck.FULL_STEPS);
    String scaling = ScalingCheck.markdown(scalingResult, scalingRounds, scalingLoad, load());
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    return new Report(results, bytes, settings.describe(), seconds)
            .with(
                new Report.Extras(
                    loadBefore,
                    cross,
                    rounds,
                    events,
                    perStep,
                    longHistory.figure(),
                    longHistory.holds(),
                    bad.figure(),
                    bad.holds()))
            .markdown()
        + WalkCpu.markdown(walkCpu, walkBatch, walkLoad)
        + scaling;
  }

  /** The load average of the machine, as {@code /proc/loadavg} gives it, or "unknown". */
  static String load() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static Collection<RunResult> timed(Settings s) throws RunnerException {
    ChainedOptionsBuilder options =
        base(s, "timed.log")
            .include(AcceptedTransition.class.getName() + "\\.")
            .include(RejectedTransition.class.getName() + "\\.")
            .include(FreshInstance.class.getName() + "\\.")
            .include(HistoryLength.class.getName() + "\\.")
            .include(JsonRoundTrip.class.getName() + "\\.")
            .include(ClockCost.class.getName() + "\\.")
            .include(Cycling.class.getName() + "\\.")
            .include(GuardShape.class.getName() + "\\.")
            .param("length", s.lengths());
    if (s.singleShot()) {
      options
          .mode(org.openjdk.jmh.annotations.Mode.SingleShotTime)
          .warmupIterations(0)
          .measurementIterations(1);
    } else {
      options
          .warmupIterations(s.warmups())
          .warmupTime(TimeValue.seconds(s.warmupSeconds()))
          .measurementIterations(s.measurements())
          .measurementTime(TimeValue.seconds(s.seconds()));
    }
    return new Runner(options.build()).run();
  }

  private static Collection<RunResult> scaling(Settings s) throws RunnerException {
    ChainedOptionsBuilder options =
        base(s, "scaling.log")
            .include(AnalysisScaling.class.getName() + "\\.")
            .include(HistoryScaling.class.getName() + "\\.")
            .param("activities", s.activities())
            .param(
                "steps",
                s.singleShot()
                    ? new String[] {"100", "200"}
                    : new String[] {"10000", "20000", "40000"});
    if (s.singleShot()) {
      options
          .mode(org.openjdk.jmh.annotations.Mode.SingleShotTime)
          .warmupIterations(0)
          .measurementIterations(1);
    } else {
      options
          .warmupIterations(3)
          .warmupTime(TimeValue.seconds(1))
          .measurementIterations(5)
          .measurementTime(TimeValue.seconds(1));
    }
    return new Runner(options.build()).run();
  }

  private static Collection<RunResult> walks(Settings s) throws RunnerException {
    return new Runner(
            base(s, "walks.log")
                .include(MultiLevelWalks.class.getName() + "\\.")
                .param("walks", String.valueOf(s.walks()))
                .warmupIterations(s.walkWarmups())
                .measurementIterations(s.walkMeasurements())
                .build())
        .run();
  }

  private static ChainedOptionsBuilder base(Settings s, String log) {
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .forks(s.forks())
            .threads(1)
            .shouldFailOnError(true)
            .output(new File(s.logs(), log).getPath());
    if (s.forks() > 0) {
      options.addProfiler(GCProfiler.class).jvmArgsAppend("-Xms1g", "-Xmx1g");
    }
    return options;
  }
}

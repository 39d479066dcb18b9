package org.bmi4j.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/** Turns one run's JMH results and footprint into the Markdown of BENCHMARKS.md. */
final class Report {
  /** The libraries in the table's order. */
  static final List<String> LIBRARIES = List.of("bmi4j", "stateless4j", "squirrel", "spring");

  private static final List<String> HEADS =
      List.of(
          "bmi4j", "stateless4j 2.6.0", "squirrel-foundation 0.3.10", "Spring Statemachine 4.0.1");
  private static final String ALLOC = "gc.alloc.rate.norm";

  /** One benchmark's figures. */
  record Figure(double score, double error, String unit, Optional<Double> bytes) {}

  private final Map<String, Figure> figures = new LinkedHashMap<>();
  private final Footprint.Bytes footprint;
  private final String settings;
  private final long seconds;
  private final int walks;

  /**
   * What the run measured outside JMH.
   *
   * @param loadBefore the load average when the run started
   * @param crossCheck the CPU-time cross-check of benchmark 1
   * @param crossRounds its measured rounds
   * @param crossEvents its events per round
   * @param bytesPerStep retained bytes per history step (JOL)
   * @param longHistory the 1,000,000-step round trip: seconds, or the refusal
   * @param badDocument the rejection of a bad document near the length limit: seconds and size
   */
  record Extras(
      String loadBefore,
      Map<String, CrossCheck.Figure> crossCheck,
      int crossRounds,
      int crossEvents,
      double bytesPerStep,
      String longHistory,
      boolean longHistoryHolds,
      String badDocument,
      boolean badDocumentHolds) {}

  private @Nullable Extras extras;

  Report(Collection<RunResult> results, Footprint.Bytes footprint, String settings, long seconds) {
    int walkCount = 0;
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark();
      name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
      String length = result.getParams().getParam("length");
      if (length != null) {
        name += "@" + length;
      }
      String activities = result.getParams().getParam("activities");
      if (activities != null) {
        name += "@" + activities;
      }
      String steps = result.getParams().getParam("steps");
      if (steps != null) {
        name += "@" + steps;
      }
      String walkParam = result.getParams().getParam("walks");
      if (walkParam != null) {
        walkCount = Integer.parseInt(walkParam);
      }
      Result<?> primary = result.getPrimaryResult();
      Result<?> alloc = result.getSecondaryResults().get(ALLOC);
      double error = primary.getScoreError();
      figures.put(
          name,
          new Figure(
              primary.getScore(),
              Double.isNaN(error) ? 0 : error,
              primary.getScoreUnit(),
              alloc == null || Double.isNaN(alloc.getScore())
                  ? Optional.empty()
                  : Optional.of(alloc.getScore())));
    }
    this.footprint = footprint;
    this.settings = settings;
    this.seconds = seconds;
    this.walks = walkCount;
  }

  /** Returns the figure of {@code benchmark} ({@code Class.method}, {@code @length} if any). */
  Figure figure(String benchmark) {
    Figure figure = figures.get(benchmark);
    if (figure == null) {
      throw new IllegalStateException("no result for " + benchmark + "; have " + figures.keySet());
    }
    return figure;
  }

  Report with(Extras extras) {
    this.extras = extras;
    return this;
  }

  String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("Machine: ").append(machine()).append("  \n");
    if (extras != null) {
      md.append("Load average when the run started: ").append(extras.loadBefore()).append("  \n");
    }
    md.append("Settings: ")
        .append(settings)
        .append("; the whole run took ")
        .append(seconds)
        .append(" s.\n\n");

    md.append(
        "#### Side by side (time per operation ± 99.9% error; B = bytes allocated per"
            + " operation, `gc.alloc.rate.norm`; ratio = peer ÷ bmi4j, above 1 means bmi4j is"
            + " faster or smaller)\n\n");
    md.append("| figure |");
    for (String head : HEADS) {
      md.append(' ').append(head).append(" |");
    }
    for (String head : HEADS.subList(1, HEADS.size())) {
      md.append(' ').append(head.substring(0, head.indexOf(' '))).append(" ÷ bmi4j |");
    }
    md.append('\n').append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    sideBySide(
        md,
        "1. accepted transition with guard (bmi4j on one fixed instance, see 1a for equal work)",
        "AcceptedTransition");
    sideBySide(md, "2. rejected transition (guard fails)", "RejectedTransition");
    sideBySide(md, "3. creating a fresh instance", "FreshInstance");
    md.append("| 5. retained bytes per fresh instance (JOL) |");
    long[] retained = {
      footprint.bmi4j(), footprint.stateless4j(), footprint.squirrel(), footprint.spring()
    };
    for (long bytes : retained) {
      md.append(' ').append(String.format(Locale.ROOT, "%,d B", bytes)).append(" |");
    }
    for (int i = 1; i < retained.length; i++) {
      md.append(' ').append(ratio(retained[i], retained[0])).append(" |");
    }
    md.append("\n\n");

    md.append("#### bmi4j alone\n\n");
    md.append("| figure | result | allocated |\n|---|---:|---:|\n");
    for (String length : lengths()) {
      Figure f = figure("HistoryLength.bmi4j@" + length);
      md.append("| 4. accepted transition at history length ")
          .append(String.format(Locale.ROOT, "%,d", Integer.parseInt(length)))
          .append(" | ")
          .append(time(f))
          .append(" | ")
          .append(bytes(f))
          .append(" |\n");
    }
    Figure fixedClock = figure("ClockCost.bmi4jFixedClock");
    Figure clock = figure("ClockCost.systemClock");
    md.append("| 1. accepted transition, bmi4j with a fixed clock (all but the clock read) | ")
        .append(time(fixedClock))
        .append(" | ")
        .append(bytes(fixedClock))
        .append(" |\n");
    md.append("| 1. reading `Clock.systemUTC().instant()` alone | ")
        .append(time(clock))
        .append(" | ")
        .append(bytes(clock))
        .append(" |\n");
    md.append("| 4. spread over those lengths (slowest ÷ fastest − 1) | ")
        .append(String.format(Locale.ROOT, "%.1f%%", historySpread() * 100))
        .append(" | |\n");
    Figure json = figure("JsonRoundTrip.bmi4j");
    Figure jackson = figure("JsonRoundTrip.jackson");
    md.append("| 6. JSON write + read, 100 steps, bmi4j document | ")
        .append(time(json))
        .append(" | ")
        .append(bytes(json))
        .append(" |\n");
    md.append("| 6. JSON write + read, 100 steps, plain Jackson on records | ")
        .append(time(jackson))
        .append(" | ")
        .append(bytes(jackson))
        .append(" |\n");
    md.append("| 6. bmi4j ÷ plain Jackson | ")
        .append(ratio(json.score(), jackson.score()))
        .append(" | ")
        .append(
            json.bytes().isPresent() && jackson.bytes().isPresent()
                ? ratio(json.bytes().get(), jackson.bytes().get())
                : "n/a")
        .append(" |\n");
    Figure walk = figure("MultiLevelWalks.bmi4j");
    md.append("| 7. ")
        .append(String.format(Locale.ROOT, "%,d", walks))
        .append(" multi-level walks on one thread | ")
        .append(
            String.format(
                Locale.ROOT,
                "%.2f s (%.2f µs per walk)",
                walkSeconds(),
                walkSeconds() * 1e6 / walks))
        .append(" | ")
        .append(
            walk.bytes()
                .map(b -> String.format(Locale.ROOT, "%,.0f B per walk", b / walks))
                .orElse("n/a"))
        .append(" |\n\n");

    Figure cycling = figure("Cycling.bmi4j");
    Figure cyclingFixed = figure("Cycling.bmi4jFixedClock");
    Figure bare = figure("Cycling.stateless4j");
    Figure kept = figure("Cycling.stateless4jHistory");
    Figure keptFixed = figure("Cycling.stateless4jHistoryFixedClock");
    md.append(
        "#### 1a. Accepted transition on equal work (every subject cycles through the phases, one"
            + " guard class per transition, a fresh start every "
            + Cycling.RESTART
            + " events; verdict only where the ± errors do not overlap)\n\n");
    md.append("| subject | time | allocated | ÷ bmi4j (same clock) | verdict |\n");
    md.append("|---|---:|---:|---:|---|\n");
    equalWork(md, "bmi4j, system clock", cycling, cycling);
    equalWork(md, "bmi4j, fixed clock", cyclingFixed, cyclingFixed);
    equalWork(md, "stateless4j bare (no history, no clock), vs bmi4j system clock", bare, cycling);
    equalWork(md, "stateless4j bare, vs bmi4j fixed clock", bare, cyclingFixed);
    equalWork(md, "stateless4j + its user's timestamped history, system clock", kept, cycling);
    equalWork(
        md, "stateless4j + its user's timestamped history, fixed clock", keptFixed, cyclingFixed);
    md.append('\n');
    Figure perTransition = figure("GuardShape.guardClassPerTransition");
    Figure oneGuard = figure("GuardShape.oneGuardForAllTransitions");
    md.append(
        "#### 1d. The guard call: bmi4j, fixed clock, cycling as in 1a, a guard class per"
            + " transition (1a's) vs one guard shared by the four transitions\n\n");
    md.append("| guards | time | allocated | ÷ a class per transition | verdict |\n");
    md.append("|---|---:|---:|---:|---|\n");
    guardShape(md, "a guard class per transition (1a's guards)", perTransition, perTransition);
    guardShape(md, "one guard for the four transitions", oneGuard, perTransition);
    md.append('\n');
    if (extras != null) {
      md.append(
          CrossCheck.markdown(extras.crossCheck(), extras.crossRounds(), extras.crossEvents()));
    }
    scaling(md);
    historyScaling(md);

    md.append(
        "#### Targets (a JMH figure's verdict only where its ± errors lie wholly on one side of the"
            + " target; single shots and byte counts as measured)\n\n"
            + "| target | from this run | holds |\n|---|---|---|\n");
    target(
        md,
        "accepted transition, cycling, system clock: ≥ 1.5x faster than stateless4j keeping the"
            + " same timestamped history",
        verdict(kept, cycling, 1.5),
        ratioAtLeast(kept, cycling, 1.5));
    target(
        md,
        "accepted transition, cycling, system clock: no slower than bare stateless4j",
        verdict(bare, cycling, 1.0),
        ratioAtLeast(bare, cycling, 1.0));
    target(
        md,
        "accepted transition, cycling, fixed clock: ≥ 2x faster than bare stateless4j",
        verdict(bare, cyclingFixed, 2.0),
        ratioAtLeast(bare, cyclingFixed, 2.0));
    if (extras != null) {
      target(
          md,
          "retained bytes per history step ≤ 48 B (JOL)",
          String.format(Locale.ROOT, "%.1f B", extras.bytesPerStep()),
          Verdict.of(extras.bytesPerStep() <= 48));
    }
    Figure accepted = figure("AcceptedTransition.bmi4j");
    Figure acceptedPeer = figure("AcceptedTransition.stateless4j");
    if (accepted.bytes().isPresent() && acceptedPeer.bytes().isPresent()) {
      target(
          md,
          "accepted transition allocates ≤ 2x stateless4j's bytes",
          String.format(
              Locale.ROOT,
              "%,.0f B vs %,.0f B",
              accepted.bytes().get(),
              acceptedPeer.bytes().get()),
          Verdict.of(accepted.bytes().get() <= 2 * acceptedPeer.bytes().get()));
    }
    Figure fresh = figure("FreshInstance.bmi4j");
    Figure freshPeer = figure("FreshInstance.stateless4j");
    target(
        md,
        "creating an instance no slower than stateless4j",
        String.format(Locale.ROOT, "%s vs %s", time(fresh), time(freshPeer)),
        ratioAtLeast(freshPeer, fresh, 1.0));
    target(
        md,
        "retained bytes per instance ≤ stateless4j's",
        String.format(Locale.ROOT, "%,d B vs %,d B", footprint.bmi4j(), footprint.stateless4j()),
        Verdict.of(footprint.bmi4j() <= footprint.stateless4j()));
    target(
        md,
        "history length 10 → 100,000 flat within 10%",
        String.format(Locale.ROOT, "spread %.1f%%", historySpread() * 100),
        historyFlat(0.10));
    target(
        md,
        "JSON round trip within 1.5x of plain Jackson",
        "bmi4j ÷ Jackson = "
            + ratio(json.score(), jackson.score())
            + " ("
            + time(json)
            + " vs "
            + time(jackson)
            + ")",
        ratioAtMost(json, jackson, 1.5));
    double walkScale = 1_000_000.0 / walks * secondsPer(walk.unit());
    target(
        md,
        "1,000,000 multi-level walks under 3 s on one thread",
        String.format(
            Locale.ROOT,
            "%.2f ± %.2f s (scaled to 1,000,000)",
            walk.score() * walkScale,
            walk.error() * walkScale),
        atMost(walk.score() * walkScale, walk.error() * walkScale, 3));
    for (String analysis : ANALYSES) {
      if (figures.containsKey("AnalysisScaling." + analysis + "@20000")) {
        Figure large = figure("AnalysisScaling." + analysis + "@20000");
        Figure half = figure("AnalysisScaling." + analysis + "@10000");
        target(
            md,
            "8. " + analysis + ": 20k-activity time ≤ 2.3x the 10k time",
            growth(large, half),
            ratioAtMost(large, half, 2.3));
      }
    }
    for (String benchmark : List.of("firmBuild", "firmRead")) {
      if (figures.containsKey("HistoryScaling." + benchmark + "@40000")) {
        Figure longer = figure("HistoryScaling." + benchmark + "@40000");
        Figure shorter = figure("HistoryScaling." + benchmark + "@20000");
        target(
            md,
            "10. " + benchmark + ": 40,000 record-lesson steps ≤ 2.3x the time of 20,000 (linear)",
            growth(longer, shorter),
            ratioAtMost(longer, shorter, 2.3));
      }
    }
    if (extras != null) {
      target(
          md,
          "a bad 16M-character document rejected in under 1 s",
          extras.badDocument(),
          Verdict.of(extras.badDocumentHolds()));
      target(
          md,
          "a 1,000,000-step instance written and read back in under 10 s",
          extras.longHistory(),
          Verdict.of(extras.longHistoryHolds()));
    }
    return md.toString();
  }

  /** The analyses of the scaling benchmark, in its table's order. */
  static final List<String> ANALYSES =
      List.of(
          "build",
          "integrityRejection",
          "diff",
          "classification",
          "novelty",
          "intersection",
          "canvas",
          "csv",
          "json");

  private void scaling(StringBuilder md) {
    List<String> sizes =
        figures.keySet().stream()
            .filter(k -> k.startsWith("AnalysisScaling.build@"))
            .map(k -> k.substring(k.indexOf('@') + 1))
            .toList();
    if (sizes.isEmpty()) {
      return;
    }
    md.append(
        "#### 8. Scaling of the model analyses (time per operation ± error, by activities)\n\n");
    md.append("| analysis |");
    for (String size : sizes) {
      md.append(String.format(Locale.ROOT, " %,d |", Integer.parseInt(size)));
    }
    md.append(" 20k ÷ 10k |\n|---|");
    md.append("---:|".repeat(sizes.size() + 1)).append('\n');
    for (String analysis : ANALYSES) {
      md.append("| ").append(analysis).append(" |");
      for (String size : sizes) {
        md.append(' ')
            .append(time(figure("AnalysisScaling." + analysis + "@" + size)))
            .append(" |");
      }
      boolean both =
          figures.containsKey("AnalysisScaling." + analysis + "@20000")
              && figures.containsKey("AnalysisScaling." + analysis + "@10000");
      md.append(' ')
          .append(
              both
                  ? ratio(
                      figure("AnalysisScaling." + analysis + "@20000").score(),
                      figure("AnalysisScaling." + analysis + "@10000").score())
                  : "n/a")
          .append(" |\n");
    }
    md.append('\n');
  }

  private void historyScaling(StringBuilder md) {
    List<String> lengths =
        figures.keySet().stream()
            .filter(k -> k.startsWith("HistoryScaling.firmBuild@"))
            .map(k -> k.substring(k.indexOf('@') + 1))
            .toList();
    if (lengths.isEmpty()) {
      return;
    }
    md.append(
        "#### 10. Long histories: a firm process recording one lesson per step (time ± error, by"
            + " steps)\n\n| work |");
    for (String length : lengths) {
      md.append(String.format(Locale.ROOT, " %,d |", Integer.parseInt(length)));
    }
    md.append("\n|---|").append("---:|".repeat(lengths.size())).append('\n');
    for (String benchmark : List.of("firmBuild", "firmRead")) {
      md.append("| ").append(benchmark).append(" |");
      for (String length : lengths) {
        md.append(' ')
            .append(time(figure("HistoryScaling." + benchmark + "@" + length)))
            .append(" |");
      }
      md.append('\n');
    }
    md.append('\n');
  }

  private void equalWork(StringBuilder md, String subject, Figure f, Figure bmi4j) {
    // a peer slower than bmi4j means bmi4j is the faster
    compared(md, subject, f, bmi4j, "bmi4j slower", "bmi4j faster");
  }

  private void guardShape(StringBuilder md, String guards, Figure f, Figure base) {
    compared(md, guards, f, base, "faster", "slower");
  }

  /**
   * A row: {@code f}'s time, bytes and ratio to {@code base}, and the verdict {@code below} or
   * {@code above} only where their errors do not overlap.
   */
  private void compared(
      StringBuilder md, String label, Figure f, Figure base, String below, String above) {
    md.append("| ")
        .append(label)
        .append(" | ")
        .append(time(f))
        .append(" | ")
        .append(bytes(f))
        .append(" | ")
        .append(f == base ? "1.00x" : ratio(f.score(), base.score()))
        .append(" | ")
        .append(
            f == base
                ? ""
                : separated(f, base)
                    ? (f.score() < base.score() ? below : above)
                    : "within error, no verdict")
        .append(" |\n");
  }

  /** Returns whether the two figures' error intervals do not overlap. */
  static boolean separated(Figure a, Figure b) {
    return a.score() + a.error() < b.score() - b.error()
        || b.score() + b.error() < a.score() - a.error();
  }

  private static String verdict(Figure peer, Figure bmi4j, double needed) {
    return String.format(
        Locale.ROOT,
        "peer ÷ bmi4j = %.2fx (%s vs %s)%s",
        peer.score() / bmi4j.score(),
        time(peer),
        time(bmi4j),
        separated(peer, bmi4j) ? "" : ", errors overlap");
  }

  private List<String> lengths() {
    return figures.keySet().stream()
        .filter(k -> k.startsWith("HistoryLength.bmi4j@"))
        .map(k -> k.substring(k.indexOf('@') + 1))
        .toList();
  }

  /** Returns the slowest history-length figure ÷ the fastest, less one. */
  double historySpread() {
    double min = Double.MAX_VALUE;
    double max = 0;
    for (String length : lengths()) {
      double score = figure("HistoryLength.bmi4j@" + length).score();
      min = Math.min(min, score);
      max = Math.max(max, score);
    }
    return max / min - 1;
  }

  /** Returns the mean time of one batch of walks, in seconds. */
  double walkSeconds() {
    Figure walk = figure("MultiLevelWalks.bmi4j");
    return walk.score() * secondsPer(walk.unit());
  }

  private void sideBySide(StringBuilder md, String title, String benchmark) {
    Figure[] row = new Figure[LIBRARIES.size()];
    for (int i = 0; i < row.length; i++) {
      row[i] = figure(benchmark + "." + LIBRARIES.get(i));
    }
    md.append("| ").append(title).append(", time |");
    for (Figure f : row) {
      md.append(' ').append(time(f)).append(" |");
    }
    for (int i = 1; i < row.length; i++) {
      md.append(' ').append(ratio(row[i].score(), row[0].score())).append(" |");
    }
    md.append("\n| ").append(title).append(", allocated |");
    for (Figure f : row) {
      md.append(' ').append(bytes(f)).append(" |");
    }
    for (int i = 1; i < row.length; i++) {
      md.append(' ')
          .append(
              row[i].bytes().isPresent() && row[0].bytes().isPresent()
                  ? ratio(row[i].bytes().get(), row[0].bytes().get())
                  : "n/a")
          .append(" |");
    }
    md.append('\n');
  }

  private static void target(StringBuilder md, String target, String figure, Verdict holds) {
    md.append("| ")
        .append(target)
        .append(" | ")
        .append(figure)
        .append(" | ")
        .append(holds.text)
        .append(" |\n");
  }

  /** Whether a target holds, taking the errors of its figures. */
  enum Verdict {
    /** Holds wherever in their errors the figures lie. */
    YES("yes"),
    /** Fails wherever in their errors the figures lie. */
    NO("**no**"),
    /** Holds for some values within the errors and fails for others (or an error is unknown). */
    NONE("no verdict (errors overlap the target)");

    final String text;

    Verdict(String text) {
      this.text = text;
    }

    static Verdict of(boolean holds) {
      return holds ? YES : NO;
    }

    /** YES if the whole range [low, high] meets the bound, NO if none of it does, else NONE. */
    static Verdict of(boolean lowMeets, boolean highMeets) {
      return lowMeets && highMeets ? YES : !lowMeets && !highMeets ? NO : NONE;
    }
  }

  /**
   * Whether {@code a ÷ b ≥ k} for every value within both figures' ± errors (YES), for none (NO),
   * or for some (NONE); NONE also where an error is unknown (a single iteration).
   */
  static Verdict ratioAtLeast(Figure a, Figure b, double k) {
    double[] ends = ratioEnds(a, b);
    return Double.isNaN(ends[0]) || Double.isNaN(ends[1])
        ? Verdict.NONE
        : Verdict.of(ends[0] >= k, ends[1] >= k);
  }

  /** Whether {@code a ÷ b ≤ k} within both figures' ± errors, as {@link #ratioAtLeast}. */
  static Verdict ratioAtMost(Figure a, Figure b, double k) {
    double[] ends = ratioEnds(a, b);
    return Double.isNaN(ends[0]) || Double.isNaN(ends[1])
        ? Verdict.NONE
        : Verdict.of(ends[0] <= k, ends[1] <= k);
  }

  /** The lowest and the highest {@code a ÷ b} within both figures' ± errors. */
  private static double[] ratioEnds(Figure a, Figure b) {
    return new double[] {
      (a.score() - a.error()) / (b.score() + b.error()),
      (a.score() + a.error()) / Math.max(0, b.score() - b.error())
    };
  }

  /** {@code larger ÷ smaller} and both figures, for a doubling's row of the Targets table. */
  private static String growth(Figure larger, Figure smaller) {
    return String.format(
        Locale.ROOT,
        "%.2fx (%s vs %s)",
        larger.score() / smaller.score(),
        time(larger),
        time(smaller));
  }

  /** Whether {@code value ± error ≤ bound}, as {@link #ratioAtLeast}. */
  static Verdict atMost(double value, double error, double bound) {
    return Double.isNaN(error)
        ? Verdict.NONE
        : Verdict.of(value - error <= bound, value + error <= bound);
  }

  /**
   * Whether the slowest history-length figure is at most {@code 1 + tolerance} times the fastest,
   * within their errors: the spread is at least the largest low end over the smallest high end, and
   * at most the largest high end over the smallest low end.
   */
  Verdict historyFlat(double tolerance) {
    double largestLow = 0;
    double largestHigh = 0;
    double smallestLow = Double.MAX_VALUE;
    double smallestHigh = Double.MAX_VALUE;
    for (String length : lengths()) {
      Figure f = figure("HistoryLength.bmi4j@" + length);
      largestLow = Math.max(largestLow, f.score() - f.error());
      largestHigh = Math.max(largestHigh, f.score() + f.error());
      smallestLow = Math.min(smallestLow, Math.max(0, f.score() - f.error()));
      smallestHigh = Math.min(smallestHigh, f.score() + f.error());
    }
    double low = largestLow / smallestHigh;
    double high = largestHigh / smallestLow;
    return Double.isNaN(low) || Double.isNaN(high)
        ? Verdict.NONE
        : Verdict.of(low <= 1 + tolerance, high <= 1 + tolerance);
  }

  private static String time(Figure f) {
    String unit = f.unit().replace("/op", "").replace("us", "µs");
    return String.format(Locale.ROOT, "%,.1f ± %,.1f %s", f.score(), f.error(), unit);
  }

  private static String bytes(Figure f) {
    return f.bytes().map(b -> String.format(Locale.ROOT, "%,.0f B", b)).orElse("n/a");
  }

  private static String ratio(double peer, double bmi4j) {
    return bmi4j <= 0 ? "n/a" : String.format(Locale.ROOT, "%.2fx", peer / bmi4j);
  }

  private static double secondsPer(String unit) {
    return switch (unit) {
      case "s/op" -> 1;
      case "ms/op" -> 1e-3;
      case "us/op" -> 1e-6;
      case "ns/op" -> 1e-9;
      default -> throw new IllegalStateException("unexpected unit " + unit);
    };
  }

  private static String machine() {
    String cpu = "unknown CPU";
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          cpu = line.substring(line.indexOf(':') + 1).trim();
          break;
        }
      }
    } catch (java.io.IOException | RuntimeException e) {
      // not Linux: the CPU stays unnamed
    }
    String load = "unknown";
    try {
      load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (java.io.IOException | RuntimeException e) {
      // not Linux: the load stays unknown
    }
    return Runtime.getRuntime().availableProcessors()
        + " cores ("
        + cpu
        + "), load average "
        + load
        + " when the run ended (other work on the machine; 1 or less is quiet), "
        + Runtime.getRuntime().maxMemory() / (1024 * 1024)
        + " MiB max heap here, "
        + System.getProperty("java.vm.name")
        + " "
        + System.getProperty("java.runtime.version")
        + ", "
        + System.getProperty("os.name")
        + " "
        + System.getProperty("os.version")
        + " "
        + System.getProperty("os.arch");
  }
}

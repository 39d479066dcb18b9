package org.bmi4j.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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

  Report(Collection<RunResult> results, Footprint.Bytes footprint, String settings, long seconds) {
    int walkCount = 0;
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark();
      name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
      String length = result.getParams().getParam("length");
      if (length != null) {
        name += "@" + length;
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

  String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("Machine: ").append(machine()).append("  \n");
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
    sideBySide(md, "1. accepted transition with guard", "AcceptedTransition");
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

    md.append("#### Targets\n\n| target | from this run | holds |\n|---|---|---|\n");
    Figure accepted = figure("AcceptedTransition.bmi4j");
    Figure acceptedPeer = figure("AcceptedTransition.stateless4j");
    target(
        md,
        "accepted transition ≥ 2x faster than stateless4j",
        "stateless4j ÷ bmi4j = " + ratio(acceptedPeer.score(), accepted.score()),
        acceptedPeer.score() / accepted.score() >= 2);
    if (accepted.bytes().isPresent() && acceptedPeer.bytes().isPresent()) {
      target(
          md,
          "accepted transition allocates ≤ 2x stateless4j's bytes",
          String.format(
              Locale.ROOT,
              "%,.0f B vs %,.0f B",
              accepted.bytes().get(),
              acceptedPeer.bytes().get()),
          accepted.bytes().get() <= 2 * acceptedPeer.bytes().get());
    }
    Figure fresh = figure("FreshInstance.bmi4j");
    Figure freshPeer = figure("FreshInstance.stateless4j");
    target(
        md,
        "creating an instance no slower than stateless4j",
        String.format(Locale.ROOT, "%.1f ns vs %.1f ns", fresh.score(), freshPeer.score()),
        fresh.score() <= freshPeer.score());
    target(
        md,
        "retained bytes per instance ≤ stateless4j's",
        String.format(Locale.ROOT, "%,d B vs %,d B", footprint.bmi4j(), footprint.stateless4j()),
        footprint.bmi4j() <= footprint.stateless4j());
    target(
        md,
        "history length 10 → 100,000 flat within 10%",
        String.format(Locale.ROOT, "spread %.1f%%", historySpread() * 100),
        historySpread() <= 0.10);
    target(
        md,
        "JSON round trip within 1.5x of plain Jackson",
        "bmi4j ÷ Jackson = " + ratio(json.score(), jackson.score()),
        json.score() / jackson.score() <= 1.5);
    target(
        md,
        "1,000,000 multi-level walks under 3 s on one thread",
        String.format(
            Locale.ROOT, "%.2f s (scaled to 1,000,000)", walkSeconds() * 1_000_000 / walks),
        walkSeconds() * 1_000_000 / walks < 3);
    return md.toString();
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

  private static void target(StringBuilder md, String target, String figure, boolean holds) {
    md.append("| ")
        .append(target)
        .append(" | ")
        .append(figure)
        .append(" | ")
        .append(holds ? "yes" : "**no**")
        .append(" |\n");
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

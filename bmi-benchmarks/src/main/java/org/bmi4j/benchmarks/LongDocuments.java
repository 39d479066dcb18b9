package org.bmi4j.benchmarks;

import java.time.Clock;
import java.util.Locale;
import org.bmi4j.core.json.BmiJson;
import org.bmi4j.core.json.BmiJsonException;
import org.bmi4j.core.json.DocumentType;
import org.bmi4j.process.ProcessDocuments;
import org.bmi4j.process.ProcessInstance;

/**
 * 9. Documents at the edge of what the library reads, timed once each in wall-clock time: writing
 * and reading back an instance with 1,000,000 steps, and rejecting a business-model document just
 * under the length limit whose activity links lead only to unknown activities.
 */
public final class LongDocuments {
  private LongDocuments() {}

  /** The outcome of one timed attempt. */
  public record Timed(double seconds, String figure, boolean holds) {}

  /**
   * Runs the two long documents alone and prints their figures: {@code java -cp
   * bmi-benchmarks/target/bmi-benchmarks.jar org.bmi4j.benchmarks.LongDocuments [steps]
   * [characters]}, by default 1,000,000 steps and 16,000,000 characters.
   *
   * @param args the steps of the instance and the length of the bad document, both optional
   */
  public static void main(String[] args) {
    int steps = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    long length = args.length > 1 ? Long.parseLong(args[1]) : 16_000_000L;
    Timed history = roundTrip(steps);
    System.out.println("round trip: " + history.figure() + (history.holds() ? " (holds)" : ""));
    Timed bad = badDocument(length);
    System.out.println("bad document: " + bad.figure() + (bad.holds() ? " (holds)" : ""));
  }

  /** CPU time of the current thread in nanoseconds, or 0 where the JVM does not measure it. */
  private static long cpu() {
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
  }

  /** Writes and reads back an instance of {@code steps} steps; the target is under 10 s. */
  public static Timed roundTrip(int steps) {
    Clock clock = Clock.systemUTC();
    ProcessInstance<Phase, Bmi4jMachine.Event, Bmi4jMachine.Project> instance =
        Bmi4jMachine.advanced(steps, clock);
    DocumentType<ProcessInstance<Phase, Bmi4jMachine.Event, Bmi4jMachine.Project>> type =
        ProcessDocuments.instance(Bmi4jMachine.DEFINITION, clock);
    long started = System.nanoTime();
    long cpuStarted = cpu();
    try {
      String json = BmiJson.write(type, instance);
      ProcessInstance<Phase, Bmi4jMachine.Event, Bmi4jMachine.Project> read =
          BmiJson.read(type, json);
      double seconds = (System.nanoTime() - started) / 1e9;
      double cpuSeconds = (cpu() - cpuStarted) / 1e9;
      boolean same = read.equals(instance);
      return new Timed(
          seconds,
          String.format(
              Locale.ROOT,
              "%.2f s (%.2f s CPU of the thread) for %,d steps (%,d characters)%s",
              seconds,
              cpuSeconds,
              steps,
              json.length(),
              same ? "" : ", but the instance read differs"),
          same && seconds < 10);
    } catch (BmiJsonException | IllegalArgumentException e) {
      double seconds = (System.nanoTime() - started) / 1e9;
      return new Timed(
          seconds,
          String.format(
              Locale.ROOT,
              "not round-tripped after %.2f s: %s",
              seconds,
              String.valueOf(e.getMessage()).lines().findFirst().orElse("")),
          false);
    }
  }

  /**
   * CPU time of the whole JVM in nanoseconds (the compiler and collector threads too), or 0 where
   * the JVM does not measure it.
   */
  private static long processCpu() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? Math.max(0, os.getProcessCpuTime())
        : 0;
  }

  /** Rejects a bad business-model document of close to {@code length} characters. */
  public static Timed badDocument(long length) {
    int activities = 20_000;
    String json = "";
    for (int attempt = 0; attempt < 4; attempt++) {
      json = BmiJson.write(DocumentType.BUSINESS_MODEL, LargeModels.model("big", activities, 0));
      if (json.length() > length * 0.95 && json.length() <= length) {
        break;
      }
      activities = (int) (activities * (length * 0.98 / json.length()));
    }
    String bad = AnalysisScaling.unknownLinkTargets(json);
    long started = System.nanoTime();
    long cpuStarted = cpu();
    long processStarted = processCpu();
    String outcome;
    try {
      BmiJson.read(DocumentType.BUSINESS_MODEL, bad);
      outcome = "accepted (wrongly)";
    } catch (BmiJsonException e) {
      outcome = "rejected";
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    double cpuSeconds = (cpu() - cpuStarted) / 1e9;
    double processSeconds = (processCpu() - processStarted) / 1e9;
    return new Timed(
        seconds,
        String.format(
            Locale.ROOT,
            "%s in %.2f s (%.2f s CPU of the thread, %.2f s of the JVM with its compiler and"
                + " collector threads; %,d characters, %,d activities)",
            outcome,
            seconds,
            cpuSeconds,
            processSeconds,
            bad.length(),
            activities),
        outcome.equals("rejected") && seconds < 1);
  }
}

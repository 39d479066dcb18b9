package org.bmi4j.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import org.bmi4j.process.alliance.AllianceContext;
import org.bmi4j.process.alliance.AllianceProcess;

/**
 * A standalone probe of what copying an immutable value costs by its number of reference fields: an
 * alliance context copied by one {@code withX} of its own fields (8 references; 20 before its
 * lists, terms and future became nested values) and by one of a nested value's (the terms, 5
 * references, and the context), and plain values of 8, 9, 10 and 16 references copied with one
 * field changed. Run it once per collector (for example {@code java -XX:+UseParallelGC -cp
 * bmi-benchmarks.jar org.bmi4j.benchmarks.WideCopy}) and compare: under G1 on JDK 17 the compiler
 * leaves out the write barriers of a new value's fields only up to 9 references, so a wider copy
 * pays a barrier per reference field. Prints nanoseconds of CPU per copy, the median of 7 rounds
 * after 3 of warm-up; not part of {@link Main}.
 */
public final class WideCopy {
  private WideCopy() {}

  /** Eight references and an int. */
  record R8(Object a, Object b, Object c, Object d, Object e, Object f, Object g, Object h, int x) {
    R8 withX(int v) {
      return new R8(a, b, c, d, e, f, g, h, v);
    }
  }

  /** Nine references and an int. */
  record R9(
      Object a,
      Object b,
      Object c,
      Object d,
      Object e,
      Object f,
      Object g,
      Object h,
      Object i,
      int x) {
    R9 withX(int v) {
      return new R9(a, b, c, d, e, f, g, h, i, v);
    }
  }

  /** Ten references and an int. */
  record R10(
      Object a,
      Object b,
      Object c,
      Object d,
      Object e,
      Object f,
      Object g,
      Object h,
      Object i,
      Object j,
      int x) {
    R10 withX(int v) {
      return new R10(a, b, c, d, e, f, g, h, i, j, v);
    }
  }

  /** Sixteen references and an int. */
  record R16(
      Object a,
      Object b,
      Object c,
      Object d,
      Object e,
      Object f,
      Object g,
      Object h,
      Object i,
      Object j,
      Object k,
      Object l,
      Object m,
      Object n,
      Object o,
      Object p,
      int x) {
    R16 withX(int v) {
      return new R16(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, v);
    }
  }

  /**
   * Prints the CPU time per copy of each value.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int copies = 5_000_000;
    Object s = "s";
    AllianceContext context =
        AllianceProcess.start(
                "mobility",
                "Mobility alliance",
                Optional.of("oem"),
                Currency.getInstance("EUR"),
                Clock.systemUTC())
            .context();
    R8 r8 = new R8(s, s, s, s, s, s, s, s, 0);
    R9 r9 = new R9(s, s, s, s, s, s, s, s, s, 0);
    R10 r10 = new R10(s, s, s, s, s, s, s, s, s, s, 0);
    R16 r16 = new R16(s, s, s, s, s, s, s, s, s, s, s, s, s, s, s, s, 0);
    String[] names = {
      "alliance context (8 refs)",
      "alliance context and its terms (8 + 5 refs)",
      "8 refs",
      "9 refs",
      "10 refs",
      "16 refs"
    };
    String[] approvers = {"board", "council"};
    double[][] ns = new double[names.length][7];
    long sink = 0;
    for (int round = -3; round < 7; round++) {
      long[] cpu = new long[names.length + 1];
      cpu[0] = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < copies; i++) {
        context = context.withModelIterations(i & 7);
      }
      cpu[1] = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < copies; i++) {
        context = context.withInternalApproval(approvers[i & 1]);
      }
      cpu[2] = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < copies; i++) {
        r8 = r8.withX(i);
      }
      cpu[3] = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < copies; i++) {
        r9 = r9.withX(i);
      }
      cpu[4] = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < copies; i++) {
        r10 = r10.withX(i);
      }
      cpu[5] = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < copies; i++) {
        r16 = r16.withX(i);
      }
      cpu[6] = threads.getCurrentThreadCpuTime();
      sink +=
          System.identityHashCode(context)
              + System.identityHashCode(r8)
              + System.identityHashCode(r9)
              + System.identityHashCode(r10)
              + System.identityHashCode(r16);
      if (round >= 0) {
        for (int k = 0; k < names.length; k++) {
          ns[k][round] = (cpu[k + 1] - cpu[k]) / (double) copies;
        }
      }
    }
    for (int k = 0; k < names.length; k++) {
      CrossCheck.Figure f = CrossCheck.figure(ns[k]);
      System.out.printf(
          Locale.ROOT,
          "%s: %.1f ns per copy (%.1f – %.1f)%n",
          names[k],
          f.median(),
          f.low(),
          f.high());
    }
    if (sink == 42) {
      System.out.println();
    }
  }
}

package org.bmi4j.examples;

import java.io.PrintStream;

/**
 * The guided tour: runs the examples of the specification in order, each under its heading.
 *
 * <p>The plastic-waste filament example [DESILVA] joins when the sense-seize-transform cycle it
 * runs on is built.
 */
public final class Tour {
  private Tour() {}

  /** Runs the tour, printing to standard output. */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Runs every example in order, printing each under a heading to {@code out}. */
  public static void run(PrintStream out) {
    out.println("bmi4j tour: business model innovation in the source cases");
    heading(out, AutomotiveAlliances.TITLE);
    AutomotiveAlliances.run(out);
  }

  private static void heading(PrintStream out, String title) {
    out.println();
    out.println("=".repeat(78));
    out.println(title);
    out.println("=".repeat(78));
  }
}

package org.bmi4j.examples;

import com.google.common.collect.ImmutableList;
import java.io.PrintStream;
import java.util.function.Consumer;

/** The guided tour: runs the examples of the specification in order, each under its heading. */
public final class Tour {
  /**
   * One example of the tour: the heading it is printed under and how to run it.
   *
   * @param title the heading the example prints first
   * @param example runs the example, printing its heading and story to the given stream
   */
  record Stop(String title, Consumer<PrintStream> example) {}

  /** The examples in the order of the specification. */
  static final ImmutableList<Stop> STOPS =
      ImmutableList.of(
          new Stop(AutomotiveAlliances.TITLE, AutomotiveAlliances::run),
          new Stop(PlasticWasteFilament.TITLE, PlasticWasteFilament::run),
          new Stop(PlatformSme.TITLE, PlatformSme::run),
          new Stop(DualChemicals.TITLE, DualChemicals::run),
          new Stop(SmartCityEcosystems.TITLE, SmartCityEcosystems::run),
          new Stop(ValueFlowCases.TITLE, ValueFlowCases::run));

  private Tour() {}

  /** Runs the tour, printing to standard output. */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Runs every example in order, printing each under a heading to {@code out}. */
  public static void run(PrintStream out) {
    out.println("bmi4j tour: business model innovation in the cases of five papers.");
    out.println("Each example prints its story, the states it passes through, the rejections it");
    out.println(
        "provokes on purpose, its analyses and a Mermaid diagram. Anything the source does");
    out.println("not report is marked " + Story.ILLUSTRATIVE + ".");
    for (Stop stop : STOPS) {
      out.println();
      stop.example().accept(out);
    }
  }
}

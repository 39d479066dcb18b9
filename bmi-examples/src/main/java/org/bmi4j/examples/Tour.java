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

  /**
   * Says what the words the examples use mean before the first example uses them: the four value
   * functions of a business model and its activity system.
   */
  static void primer(Story story) {
    story.heading(PRIMER);
    story.say(
        "A business model (BM for short) has four value functions [DESILVA, after Richardson and Zott et al.]:"
            + " value proposition (what value, for whom: the offerings and who benefits from"
            + " them), value creation (how the value is generated: activities and resources),"
            + " value exchange (how the created value reaches stakeholders: who delivers what to"
            + " whom, through which channel) and value capture (how part of the value is"
            + " retained or distributed: revenue, costs and value shares given to others). A"
            + " business model is complete when each of the four holds something.");
    story.say(
        "The same model seen as an activity system [Zott & Amit, as used by BAGNATO and"
            + " ANDREASSEN] has three parts: content (the activities performed, such as"
            + " production or sales, and the resources they use), structure (how the activities"
            + " and the actors performing them are linked) and governance (who performs each"
            + " activity and how: in house, with a partner, on a platform, by market contract).");
    story.say(
        "Phases, stages and kinds are printed as the words of their source; the Mermaid"
            + " diagrams keep the library's names, in capitals.");
  }

  /** The heading of the primer printed before the first example. */
  static final String PRIMER = "Before the examples: what a business model is made of";

  /** Runs every example in order, printing each under a heading to {@code out}. */
  public static void run(PrintStream out) {
    out.println("bmi4j tour: business model innovation in the cases of five papers.");
    out.println("Each example prints its story, the states it passes through, the rejections it");
    out.println(
        "provokes on purpose, its analyses and a Mermaid diagram. Anything the source does");
    out.println("not report is marked " + Story.ILLUSTRATIVE + ".");
    out.println();
    primer(new Story(out));
    for (Stop stop : STOPS) {
      out.println();
      stop.example().accept(out);
    }
  }
}

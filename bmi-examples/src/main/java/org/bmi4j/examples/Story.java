package org.bmi4j.examples;

import java.io.PrintStream;
import java.util.List;
import org.bmi4j.process.Violation;

/** Prints an example's narrative in one style: headings, sentences, rejections, diagrams. */
final class Story {
  /** The label on every figure or event an example adds that its source does not report. */
  static final String ILLUSTRATIVE = "(illustrative, not in the source)";

  /** The width narrative lines are wrapped at. */
  static final int WIDTH = 100;

  private final PrintStream out;

  Story(PrintStream out) {
    this.out = out;
  }

  /** Prints an example's heading, framed, and its source. */
  void title(String title, String source) {
    heading(title);
    line("Source: " + source);
    out.println();
  }

  void heading(String title) {
    out.println("=".repeat(78));
    out.println(title);
    out.println("=".repeat(78));
  }

  void section(String name) {
    out.println();
    line("-- " + name);
  }

  void say(String sentence) {
    line(sentence);
  }

  void illustrative(String sentence) {
    line(sentence + " " + ILLUSTRATIVE);
  }

  void state(String who, Object state) {
    line("  [" + who + "] now in " + state);
  }

  /**
   * Prints a line of narrative wrapped at {@link #WIDTH} columns, continuation lines indented two
   * more than the line; diagrams and canvases go through {@link #block} unwrapped.
   */
  private void line(String text) {
    int indent = text.length() - text.stripLeading().length();
    String continuation = " ".repeat(indent + 2);
    StringBuilder current = new StringBuilder(text.substring(0, indent));
    int start = indent;
    for (String word : text.substring(indent).split(" ")) {
      if (current.length() > start && current.length() + 1 + word.length() > WIDTH) {
        out.println(current);
        current = new StringBuilder(continuation);
        start = continuation.length();
      }
      if (current.length() > start) {
        current.append(' ');
      }
      current.append(word);
    }
    out.println(current);
  }

  void rejected(String attempt, List<Violation> violations, String why) {
    out.println("  REJECTED " + attempt + ":");
    for (Violation violation : violations) {
      String subject = violation.subject().isBlank() ? "" : " (" + violation.subject() + ")";
      line("    " + violation.code() + subject + ": " + violation.message());
    }
    line("    why: " + why);
  }

  /**
   * Prints a Mermaid flowchart of labelled edges, each {@code {from, to, label}}; ids are quoted
   * into node names so that any id is safe.
   */
  void flowchart(String title, List<String[]> edges) {
    StringBuilder chart = new StringBuilder("flowchart LR\n    %% ").append(title).append('\n');
    for (String[] edge : edges) {
      chart
          .append("    ")
          .append(node(edge[0]))
          .append(" -- \"")
          .append(edge[2])
          .append("\" --> ")
          .append(node(edge[1]))
          .append('\n');
    }
    block("mermaid", chart.toString());
  }

  private static String node(String id) {
    return id.replaceAll("[^A-Za-z0-9]", "_") + "[\"" + id + "\"]";
  }

  void block(String kind, String text) {
    out.println("```" + kind);
    out.print(text.endsWith("\n") ? text : text + "\n");
    out.println("```");
  }
}

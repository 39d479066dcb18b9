package org.bmi4j.examples;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.bmi4j.core.model.BusinessModel;
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
    line("  [" + who + "] now in " + (state instanceof Enum<?> e ? Words.of(e) : state));
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
   * Prints a Mermaid flowchart of labelled edges, each {@code {from, to, label}}, the nodes
   * labelled by {@code names}. Node ids are {@code n1}, {@code n2}, ... in order of appearance and
   * every label is quoted with Mermaid's entity codes for quotes, {@code #} and angle brackets, so
   * any id and any text draw.
   */
  void flowchart(String title, List<String[]> edges, Function<String, String> names) {
    StringBuilder chart = new StringBuilder("flowchart LR\n    %% ").append(oneLine(title));
    chart.append('\n');
    Map<String, String> ids = new LinkedHashMap<>();
    for (String[] edge : edges) {
      for (int end = 0; end < 2; end++) {
        if (!ids.containsKey(edge[end])) {
          String id = "n" + (ids.size() + 1);
          ids.put(edge[end], id);
          chart
              .append("    ")
              .append(id)
              .append("[\"")
              .append(label(names.apply(edge[end])))
              .append("\"]\n");
        }
      }
    }
    for (String[] edge : edges) {
      chart
          .append("    ")
          .append(ids.get(edge[0]))
          .append(" -- \"")
          .append(label(edge[2]))
          .append("\" --> ")
          .append(ids.get(edge[1]))
          .append('\n');
    }
    block("mermaid", chart.toString());
  }

  /** A text for a quoted Mermaid label: one line, with entity codes where Mermaid reads markup. */
  static String label(String text) {
    return oneLine(text)
        .replace("#", "#35;")
        .replace("\"", "#quot;")
        .replace("<", "#lt;")
        .replace(">", "#gt;");
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  /**
   * Returns the names of the models' actors, offerings, resources and activities, and of the models
   * themselves, by id; an id none of them has stays as it is.
   */
  static Function<String, String> names(BusinessModel... models) {
    Map<String, String> names = new LinkedHashMap<>();
    for (BusinessModel model : models) {
      names.putIfAbsent(model.id(), model.name());
      model.actors().forEach(actor -> names.putIfAbsent(actor.id(), actor.name()));
      model.proposition().offerings().forEach(o -> names.putIfAbsent(o.id(), o.name()));
      model.creation().resources().forEach(r -> names.putIfAbsent(r.id(), r.name()));
      model.activities().forEach(a -> names.putIfAbsent(a.id(), a.name()));
    }
    return id -> names.getOrDefault(id, id);
  }

  void block(String kind, String text) {
    out.println("```" + kind);
    out.print(text.endsWith("\n") ? text : text + "\n");
    out.println("```");
  }
}

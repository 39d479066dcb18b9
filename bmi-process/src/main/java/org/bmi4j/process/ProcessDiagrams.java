package org.bmi4j.process;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Renders process definitions as Mermaid {@code stateDiagram-v2} and Graphviz DOT, and an
 * instance's history as a Mermaid timeline. Output is deterministic: states in declaration order,
 * transitions in declaration order, targets in declaration order, {@code \n} line ends.
 *
 * <p>Every output renders with the tools' current releases for any definition: Mermaid state names
 * that Mermaid would read as keywords are drawn under an alias, and every DOT identifier is quoted,
 * the start point included, so a state named {@code node}, {@code graph} or {@code start} draws
 * like any other.
 */
public final class ProcessDiagrams {
  /** Words Mermaid's state diagram grammar reads as keywords; a state so named gets an alias. */
  private static final ImmutableSet<String> MERMAID_KEYWORDS =
      ImmutableSet.of(
          "state",
          "note",
          "end",
          "as",
          "direction",
          "class",
          "classdef",
          "style",
          "left",
          "right",
          "of",
          "hide",
          "default",
          "click",
          "accdescr",
          "acctitle",
          "statediagram",
          "statediagram-v2",
          "fork",
          "join",
          "choice",
          "tb",
          "bt",
          "lr",
          "rl");

  private static final Pattern MERMAID_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

  /** The form of an alias; a state so named gets an alias too, so no alias meets a name. */
  private static final Pattern MERMAID_ALIAS = Pattern.compile("state_[0-9]+_");

  /** The DOT id of the start point: never the name of a state, which is a Java identifier. */
  private static final String DOT_START = "\"(start)\"";

  /** How many event names a note puts on one line. */
  private static final int NOTE_NAMES_PER_LINE = 3;

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  /** How a Mermaid state diagram shows the events that keep a state (self-loops). */
  public enum SelfLoops {
    /**
     * One note beside each state naming, in declaration order, the events that keep it: readable
     * however many there are. The default.
     */
    NOTE,
    /**
     * One self-loop arrow on each state, labelled with the events that keep it, {@value
     * #NOTE_NAMES_PER_LINE} to a line. The diagram asks for Mermaid's ELK layout (front matter
     * {@code layout: elk}), which places loop labels apart from the other labels; a Mermaid without
     * the ELK layout falls back to its default layout, where loop labels may overlap.
     */
    DRAW,
    /** Leaves them out: the diagram shows only the changes of state. */
    OMIT
  }

  private ProcessDiagrams() {}

  /**
   * Returns the definition as a Mermaid {@code stateDiagram-v2}, the events that keep a state in
   * one note beside it ({@link SelfLoops#NOTE}).
   *
   * @param definition the process definition
   * @return the definition as a Mermaid {@code stateDiagram-v2}, the events that keep a state in
   *     one note beside it ({@link SelfLoops#NOTE})
   */
  public static String mermaid(ProcessDefinition<?, ?, ?> definition) {
    return mermaid(definition, SelfLoops.NOTE);
  }

  /**
   * Returns the definition as a Mermaid {@code stateDiagram-v2}. Transitions between the same two
   * states are drawn as one arrow whose label lists their events, so labels never stack; {@code
   * selfLoops} says how the events that keep a state are shown.
   *
   * @param definition the process definition
   * @param selfLoops how the events that keep a state are shown
   * @return the definition as a Mermaid {@code stateDiagram-v2}
   */
  public static String mermaid(ProcessDefinition<?, ?, ?> definition, SelfLoops selfLoops) {
    checkNotNull(definition, "definition");
    checkNotNull(selfLoops, "selfLoops");
    StringBuilder out = new StringBuilder();
    if (selfLoops == SelfLoops.DRAW) {
      out.append("---\nconfig:\n  layout: elk\n---\n");
    }
    out.append("stateDiagram-v2\n");
    out.append("    %% ").append(definition.name()).append('\n');
    for (Enum<?> state : states(definition)) {
      if (!mermaidId(state).equals(state.name())) {
        out.append("    state \"")
            .append(state.name())
            .append("\" as ")
            .append(mermaidId(state))
            .append('\n');
      }
    }
    out.append("    [*] --> ").append(mermaidId(definition.initial())).append('\n');
    Map<List<Enum<?>>, List<String>> arrows = new LinkedHashMap<>();
    Map<Enum<?>, List<String>> keeping = new LinkedHashMap<>();
    for (Transition<?> transition : definition.transitions()) {
      for (Enum<?> target : transition.targets()) {
        if (target == transition.from()) {
          keeping.computeIfAbsent(target, s -> new ArrayList<>()).add(label(transition));
        } else {
          arrows
              .computeIfAbsent(List.of(transition.from(), target), k -> new ArrayList<>())
              .add(label(transition));
        }
      }
    }
    arrows.forEach(
        (pair, events) ->
            arrow(out, mermaidId(pair.get(0)), mermaidId(pair.get(1)), String.join(", ", events)));
    if (selfLoops == SelfLoops.DRAW) { // after the changes of state: Mermaid then lays them apart
      keeping.forEach(
          (state, events) -> arrow(out, mermaidId(state), mermaidId(state), lines(events)));
    }
    for (Enum<?> terminal : definition.terminalStates()) {
      out.append("    ").append(mermaidId(terminal)).append(" --> [*]\n");
    }
    if (selfLoops == SelfLoops.NOTE) {
      keeping.forEach((state, events) -> note(out, mermaidId(state), events));
    }
    return out.toString();
  }

  private static void arrow(StringBuilder out, String from, String to, String label) {
    out.append("    ").append(from).append(" --> ").append(to).append(" : ").append(label);
    out.append('\n');
  }

  /** The events, {@value #NOTE_NAMES_PER_LINE} to a line, lines joined by {@code <br/>}. */
  private static String lines(List<String> events) {
    StringBuilder label = new StringBuilder();
    for (int i = 0; i < events.size(); i++) {
      if (i > 0) {
        label.append(i % NOTE_NAMES_PER_LINE == 0 ? ",<br/>" : ", ");
      }
      label.append(events.get(i));
    }
    return label.toString();
  }

  private static void note(StringBuilder out, String state, List<String> events) {
    out.append("    note right of ").append(state).append('\n');
    out.append("        stays on:");
    for (int i = 0; i < events.size(); i++) {
      out.append(i % NOTE_NAMES_PER_LINE == 0 ? "\n        " : " ").append(events.get(i));
      out.append(i + 1 < events.size() ? "," : "");
    }
    out.append("\n    end note\n");
  }

  /**
   * The state's Mermaid id: its name, or the alias {@code state_<ordinal>_} where the name is not a
   * plain ASCII id, is a Mermaid keyword or has the form of an alias.
   */
  private static String mermaidId(Enum<?> state) {
    String name = state.name();
    return MERMAID_ID.matcher(name).matches()
            && !MERMAID_KEYWORDS.contains(name.toLowerCase(Locale.ROOT))
            && !MERMAID_ALIAS.matcher(name).matches()
        ? name
        : "state_" + state.ordinal() + "_";
  }

  /**
   * Returns the definition as a Graphviz DOT digraph. Every identifier is quoted, and the start
   * point has an id no state can have, so any state name renders.
   *
   * @param definition the process definition
   * @return the definition as a Graphviz DOT digraph
   */
  public static String dot(ProcessDefinition<?, ?, ?> definition) {
    checkNotNull(definition, "definition");
    StringBuilder out = new StringBuilder("digraph ").append(dotId(definition.name()));
    out.append(" {\n");
    out.append("  rankdir=LR;\n");
    out.append("  node [shape=box, style=rounded];\n");
    out.append("  ").append(DOT_START).append(" [shape=point, label=\"\"];\n");
    for (Enum<?> state : states(definition)) {
      out.append("  ").append(dotId(state.name()));
      if (definition.terminalStates().contains(state)) {
        out.append(" [peripheries=2]");
      }
      out.append(";\n");
    }
    out.append("  ")
        .append(DOT_START)
        .append(" -> ")
        .append(dotId(definition.initial().name()))
        .append(";\n");
    for (Transition<?> transition : definition.transitions()) {
      for (Enum<?> target : transition.targets()) {
        out.append("  ")
            .append(dotId(transition.from().name()))
            .append(" -> ")
            .append(dotId(target.name()))
            .append(" [label=")
            .append(dotId(label(transition)))
            .append("];\n");
      }
    }
    return out.append("}\n").toString();
  }

  /** A DOT double-quoted string: backslashes and quotes escaped, line ends as {@code \n}. */
  private static String dotId(String text) {
    return '"'
        + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "").replace("\n", "\\n")
        + '"';
  }

  /**
   * Returns the instance's history as a Mermaid {@code timeline}: a section per cycle, in it one
   * period per date (UTC) with that date's steps in order, each with its time, number, event and
   * states.
   *
   * @param instance the process instance
   * @return the instance's history as a Mermaid {@code timeline}
   */
  public static String timeline(ProcessInstance<?, ?, ?> instance) {
    checkNotNull(instance, "instance");
    StringBuilder out = new StringBuilder("timeline\n");
    out.append("    title ").append(instance.definition().name()).append('\n');
    int cycle = 0;
    LocalDate date = null;
    for (Step<?, ?> step : instance.history()) {
      LocalDate day = LocalDate.ofInstant(step.at(), ZoneOffset.UTC);
      if (step.cycle() != cycle) {
        cycle = step.cycle();
        date = null;
        out.append("    section cycle ").append(cycle).append('\n');
      }
      if (!day.equals(date)) {
        date = day;
        out.append("        ").append(day).append('\n');
      }
      out.append("            : ")
          .append(TIME.format(step.at()))
          .append(" step ")
          .append(step.sequence())
          .append(", ")
          .append(step.event().getClass().getSimpleName())
          .append(step.from() == step.to() ? " in " : " from ")
          .append(step.from().name());
      if (step.from() != step.to()) {
        out.append(" to ").append(step.to().name());
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String label(Transition<?> transition) {
    return transition.eventType().getSimpleName()
        + (transition.startsCycle() ? " (new cycle)" : "");
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Set<Enum<?>> states(ProcessDefinition<?, ?, ?> definition) {
    return (Set<Enum<?>>) (Set) EnumSet.allOf((Class) definition.stateType());
  }
}

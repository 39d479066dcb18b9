package org.bmi4j.process;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.EnumSet;
import java.util.Set;

/**
 * Renders process definitions as Mermaid {@code stateDiagram-v2} and Graphviz DOT, and an
 * instance's history as a Mermaid timeline. Output is deterministic: states in declaration order,
 * transitions in declaration order, targets in declaration order, {@code \n} line ends.
 */
public final class ProcessDiagrams {
  private ProcessDiagrams() {}

  /** Returns the definition as a Mermaid {@code stateDiagram-v2}. */
  public static String mermaid(ProcessDefinition<?, ?, ?> definition) {
    checkNotNull(definition, "definition");
    StringBuilder out = new StringBuilder("stateDiagram-v2\n");
    out.append("    %% ").append(definition.name()).append('\n');
    out.append("    [*] --> ").append(definition.initial().name()).append('\n');
    for (Transition<?> transition : definition.transitions()) {
      for (Enum<?> target : transition.targets()) {
        out.append("    ")
            .append(transition.from().name())
            .append(" --> ")
            .append(target.name())
            .append(" : ")
            .append(label(transition))
            .append('\n');
      }
    }
    for (Enum<?> terminal : definition.terminalStates()) {
      out.append("    ").append(terminal.name()).append(" --> [*]\n");
    }
    return out.toString();
  }

  /** Returns the definition as a Graphviz DOT digraph. */
  public static String dot(ProcessDefinition<?, ?, ?> definition) {
    checkNotNull(definition, "definition");
    StringBuilder out = new StringBuilder("digraph \"").append(definition.name()).append("\" {\n");
    out.append("  rankdir=LR;\n");
    out.append("  node [shape=box, style=rounded];\n");
    out.append("  start [shape=point, label=\"\"];\n");
    for (Enum<?> state : states(definition)) {
      out.append("  ").append(state.name());
      if (definition.terminalStates().contains(state)) {
        out.append(" [peripheries=2]");
      }
      out.append(";\n");
    }
    out.append("  start -> ").append(definition.initial().name()).append(";\n");
    for (Transition<?> transition : definition.transitions()) {
      for (Enum<?> target : transition.targets()) {
        out.append("  ")
            .append(transition.from().name())
            .append(" -> ")
            .append(target.name())
            .append(" [label=\"")
            .append(label(transition))
            .append("\"];\n");
      }
    }
    return out.append("}\n").toString();
  }

  /** Returns the instance's history as a Mermaid {@code timeline}, one entry per step. */
  public static String timeline(ProcessInstance<?, ?, ?> instance) {
    checkNotNull(instance, "instance");
    StringBuilder out = new StringBuilder("timeline\n");
    out.append("    title ").append(instance.definition().name()).append('\n');
    for (Step<?, ?> step : instance.history()) {
      out.append("    ")
          .append(step.at().toString().replace(":", "\\:"))
          .append(" : ")
          .append(step.sequence())
          .append(". ")
          .append(step.event().getClass().getSimpleName())
          .append(' ')
          .append(step.from().name())
          .append(" → ")
          .append(step.to().name())
          .append(" (cycle ")
          .append(step.cycle())
          .append(")\n");
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

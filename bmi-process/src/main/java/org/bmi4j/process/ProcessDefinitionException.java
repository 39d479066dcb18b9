package org.bmi4j.process;

import com.google.common.collect.ImmutableList;

/** Thrown when a process definition would be built with problems; lists every problem. */
public final class ProcessDefinitionException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Every problem of the definition. */
  private final ImmutableList<DefinitionProblem> problems;

  ProcessDefinitionException(String name, ImmutableList<DefinitionProblem> problems) {
    super(describe(name, problems));
    this.problems = problems;
  }

  private static String describe(String name, ImmutableList<DefinitionProblem> problems) {
    StringBuilder text =
        new StringBuilder("process definition '")
            .append(name)
            .append("' has ")
            .append(problems.size())
            .append(problems.size() == 1 ? " problem:" : " problems:");
    for (DefinitionProblem problem : problems) {
      text.append("\n  ").append(problem);
    }
    return text.toString();
  }

  /**
   * Returns every problem, in a defined order (by code, then by state and event type).
   *
   * @return every problem, in a defined order (by code, then by state and event type)
   */
  public ImmutableList<DefinitionProblem> problems() {
    return problems;
  }
}

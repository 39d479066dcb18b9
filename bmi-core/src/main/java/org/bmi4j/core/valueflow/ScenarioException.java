package org.bmi4j.core.valueflow;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;

/**
 * Thrown when a market scenario would be built with problems; lists every problem, in scenario
 * order, not only the first, so that no half-checked scenario escapes.
 */
public final class ScenarioException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The id of the refused scenario. */
  private final String scenarioId;

  /** Every problem of the scenario; never empty. */
  private final ImmutableList<ScenarioProblem> problems;

  /**
   * Creates the exception for the scenario with the given id.
   *
   * @param scenarioId the id of the refused scenario
   * @param problems every problem of the scenario; not empty
   * @throws IllegalArgumentException if {@code problems} is empty
   * @throws NullPointerException if an argument is null
   */
  public ScenarioException(String scenarioId, Iterable<ScenarioProblem> problems) {
    this(checkNotNull(scenarioId, "scenarioId"), ImmutableList.copyOf(problems));
  }

  private ScenarioException(String scenarioId, ImmutableList<ScenarioProblem> problems) {
    super(describe(scenarioId, problems));
    this.scenarioId = scenarioId;
    this.problems = problems;
  }

  private static String describe(String scenarioId, ImmutableList<ScenarioProblem> problems) {
    checkArgument(
        !problems.isEmpty(),
        "problems of scenario '%s' must hold at least one problem, was empty; a scenario without"
            + " problems builds",
        scenarioId);
    StringBuilder text = new StringBuilder("scenario '").append(scenarioId).append("' has ");
    text.append(problems.size()).append(problems.size() == 1 ? " problem:" : " problems:");
    for (ScenarioProblem problem : problems) {
      text.append("\n  ").append(problem);
    }
    return text.toString();
  }

  /**
   * Returns the id of the scenario that failed to build, as given.
   *
   * @return the id of the scenario that failed to build, as given
   */
  public String scenarioId() {
    return scenarioId;
  }

  /**
   * Returns every problem, in scenario order.
   *
   * @return every problem, in scenario order
   */
  public ImmutableList<ScenarioProblem> problems() {
    return problems;
  }
}

package org.bmi4j.core.model;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;

/**
 * Thrown when a business model would be built with integrity problems; lists every problem, in
 * model order, not only the first.
 */
public final class ModelIntegrityException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The id of the refused model. */
  private final String modelId;

  /** The integrity problems, in model order; never empty. */
  private final ImmutableList<IntegrityProblem> problems;

  /**
   * Creates the exception for the model with the given id.
   *
   * @param modelId the id of the refused model
   * @param problems every integrity problem of the model, in model order
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public ModelIntegrityException(String modelId, Iterable<IntegrityProblem> problems) {
    this(modelId, ImmutableList.copyOf(problems));
  }

  private ModelIntegrityException(String modelId, ImmutableList<IntegrityProblem> problems) {
    super(describe(java.util.Objects.requireNonNull(modelId, "modelId"), problems));
    this.modelId = java.util.Objects.requireNonNull(modelId, "modelId");
    this.problems = problems;
  }

  private static String describe(String modelId, ImmutableList<IntegrityProblem> problems) {
    Preconditions.checkArgument(
        !problems.isEmpty(),
        "problems of business model '%s' must hold"
            + " at least one integrity problem, was empty; a model without problems builds",
        modelId);
    StringBuilder text = new StringBuilder("business model '").append(modelId).append("' has ");
    text.append(problems.size())
        .append(problems.size() == 1 ? " integrity problem:" : " integrity problems:");
    for (IntegrityProblem problem : problems) {
      text.append("\n  ").append(problem);
    }
    return text.toString();
  }

  /**
   * Returns the id of the model that failed to build, as given.
   *
   * @return the id of the model that failed to build, as given
   */
  public String modelId() {
    return modelId;
  }

  /**
   * Returns every problem, in model order.
   *
   * @return every problem, in model order
   */
  public ImmutableList<IntegrityProblem> problems() {
    return problems;
  }
}

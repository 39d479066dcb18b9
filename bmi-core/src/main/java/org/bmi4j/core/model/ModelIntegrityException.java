package org.bmi4j.core.model;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;

/**
 * Thrown when a business model would be built with integrity problems; lists the problems in model
 * order, not only the first.
 *
 * <p>A model refused by its builder lists its first {@value #MAX_LISTED} problems and counts the
 * rest ({@link #problemCount()}), so that refusing a model with very many problems, such as a
 * hostile document, costs time and memory in proportion to the model and never more (library
 * formalisation).
 */
public final class ModelIntegrityException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The most problems a model's builder lists; any further ones are only counted. */
  public static final int MAX_LISTED = 1_000;

  /** The id of the refused model. */
  private final String modelId;

  /** The integrity problems listed, in model order; never empty. */
  private final ImmutableList<IntegrityProblem> problems;

  /** How many problems the model has, those listed included. */
  private final long problemCount;

  /**
   * Creates the exception for the model with the given id, listing every problem.
   *
   * @param modelId the id of the refused model
   * @param problems every integrity problem of the model, in model order
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public ModelIntegrityException(String modelId, Iterable<IntegrityProblem> problems) {
    this(modelId, ImmutableList.copyOf(problems), -1);
  }

  /**
   * Creates the exception for the model with the given id, listing the first of its problems.
   *
   * @param modelId the id of the refused model
   * @param problems the first integrity problems of the model, in model order
   * @param problemCount how many problems the model has, those listed included
   * @throws IllegalArgumentException if {@code problems} is empty or {@code problemCount} is less
   *     than the problems listed
   */
  public ModelIntegrityException(
      String modelId, Iterable<IntegrityProblem> problems, long problemCount) {
    this(modelId, ImmutableList.copyOf(problems), checkCount(modelId, problems, problemCount));
  }

  private ModelIntegrityException(
      String modelId, ImmutableList<IntegrityProblem> problems, long problemCount) {
    super(
        describe(
            java.util.Objects.requireNonNull(modelId, "modelId"),
            problems,
            problemCount < 0 ? problems.size() : problemCount));
    this.modelId = modelId;
    this.problems = problems;
    this.problemCount = problemCount < 0 ? problems.size() : problemCount;
  }

  private static long checkCount(
      String modelId, Iterable<IntegrityProblem> problems, long problemCount) {
    int listed = com.google.common.collect.Iterables.size(problems);
    Preconditions.checkArgument(
        problemCount >= listed,
        "problemCount of business model '%s' is %s, fewer than the %s problems listed",
        modelId,
        problemCount,
        listed);
    return problemCount;
  }

  private static String describe(
      String modelId, ImmutableList<IntegrityProblem> problems, long problemCount) {
    Preconditions.checkArgument(
        !problems.isEmpty(),
        "problems of business model '%s' must hold"
            + " at least one integrity problem, was empty; a model without problems builds",
        modelId);
    StringBuilder text = new StringBuilder("business model '").append(modelId).append("' has ");
    if (problemCount > problems.size()) {
      text.append(
          String.format(
              java.util.Locale.ROOT,
              "%,d integrity problems, the first %,d listed:",
              problemCount,
              problems.size()));
    } else {
      text.append(problems.size())
          .append(problems.size() == 1 ? " integrity problem:" : " integrity problems:");
    }
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
   * Returns the problems listed, in model order: every problem, or the first {@value #MAX_LISTED}
   * of a model refused by its builder ({@link #problemCount()} says how many there are).
   *
   * @return the problems listed, in model order
   */
  public ImmutableList<IntegrityProblem> problems() {
    return problems;
  }

  /**
   * Returns how many problems the model has, those listed included; more than {@code
   * problems().size()} only when the list stops at {@value #MAX_LISTED}.
   *
   * @return how many problems the model has
   */
  public long problemCount() {
    return problemCount;
  }
}

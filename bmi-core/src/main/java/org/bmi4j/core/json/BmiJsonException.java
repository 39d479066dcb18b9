package org.bmi4j.core.json;

import com.google.common.collect.ImmutableList;
import org.bmi4j.core.model.IntegrityProblem;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when JSON input is not a valid bmi4j document: malformed JSON, a wrong or missing value,
 * an unknown property or type name, a bound exceeded, or a model with integrity problems.
 *
 * <p>It names the location (line and column, 1-based, when known), the path inside the document
 * (such as {@code content.actors[1].role}), the reason, and any {@linkplain #problems() integrity
 * problems} of a model in it. It is the only exception bad input yields.
 */
public final class BmiJsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The 1-based line, or -1 when unknown. */
  private final int line;

  /** The 1-based column, or -1 when unknown. */
  private final int column;

  /** The path inside the document, such as {@code content.actors[1].role}; empty when none. */
  private final String path;

  /** Why the input was rejected. */
  private final String reason;

  /** The integrity problems of a model in the document, or an empty list. */
  private final ImmutableList<IntegrityProblem> problems;

  BmiJsonException(
      int line,
      int column,
      String path,
      String reason,
      ImmutableList<IntegrityProblem> problems,
      @Nullable Throwable cause) {
    super(describe(line, column, path, reason), cause);
    this.line = line;
    this.column = column;
    this.path = path;
    this.reason = reason;
    this.problems = problems;
  }

  private static String describe(int line, int column, String path, String reason) {
    StringBuilder text = new StringBuilder("invalid bmi4j JSON");
    if (line > 0) {
      text.append(" at line ").append(line).append(", column ").append(column);
    }
    if (!path.isEmpty()) {
      text.append(" (").append(path).append(')');
    }
    return text.append(": ").append(reason).toString();
  }

  /**
   * Returns the 1-based line of the problem, or -1 when unknown.
   *
   * @return the 1-based line of the problem, or -1 when unknown
   */
  public int line() {
    return line;
  }

  /**
   * Returns the 1-based column of the problem, or -1 when unknown.
   *
   * @return the 1-based column of the problem, or -1 when unknown
   */
  public int column() {
    return column;
  }

  /**
   * Returns the path inside the document, such as {@code content.actors[1].role}; may be empty.
   *
   * @return the path inside the document, such as {@code content.actors.role}
   */
  public String path() {
    return path;
  }

  /**
   * Returns why the input was rejected.
   *
   * @return why the input was rejected
   */
  public String reason() {
    return reason;
  }

  /**
   * Returns the integrity problems of a model in the document, or an empty list.
   *
   * @return the integrity problems of a model in the document, or an empty list
   */
  public ImmutableList<IntegrityProblem> problems() {
    return problems;
  }
}

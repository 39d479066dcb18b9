package org.bmi4j.core.testing;

import java.util.function.Supplier;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.ProblemCode;

/**
 * A single corruption of a valid business model: building it must fail with exactly one problem of
 * the expected code.
 *
 * @param expected the one problem code building must report
 * @param description what was changed, for test reports
 * @param build builds the corrupted model; throws {@code ModelIntegrityException}
 */
public record Corruption(ProblemCode expected, String description, Supplier<BusinessModel> build) {
  @Override
  public String toString() {
    return expected + ": " + description;
  }
}

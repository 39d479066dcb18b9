package org.bmi4j.process.firm;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.google.common.collect.ImmutableSet;
import java.util.Collection;
import org.bmi4j.core.analysis.BmiVerdict;
import org.bmi4j.core.analysis.BusinessModelDiff;
import org.bmi4j.core.analysis.ClassificationPolicy;
import org.bmi4j.core.model.BusinessModel;

/**
 * What a firm decided in {@link FirmPhase#ADAPTION}: it integrated lessons into a next version of
 * its extant business model ({@link Integration}), or it recorded why it did not ({@link
 * NonIntegration}) [Spieth, Laudien &amp; Meissner: partners "struggle to (re-)integrate the
 * generated knowledge"].
 *
 * <p>JSON type names: {@code integration}, {@code non-integration}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = AdaptionDecision.Integration.class, name = "integration"),
  @JsonSubTypes.Type(value = AdaptionDecision.NonIntegration.class, name = "non-integration")
})
public sealed interface AdaptionDecision {

  /**
   * The extant business model was replaced by its next version, built from lessons.
   *
   * <p>Invariant: {@code after} has the id of {@code before} and its version plus one.
   *
   * @param before the extant model before the adaption
   * @param after the next version, the new extant model
   * @param lessons the ids of the lessons it was built from, at least one, in the order given
   */
  record Integration(BusinessModel before, BusinessModel after, ImmutableSet<String> lessons)
      implements AdaptionDecision {
    /**
     * An integration whose lesson ids come in any collection, copied in order.
     *
     * @param before the extant model before the adaption
     * @param after the next version, the new extant model
     * @param lessons the ids of the lessons it was built from, at least one, in the order given
     * @throws NullPointerException if an argument or id is null
     * @throws IllegalArgumentException if {@code after} is not the next version of {@code before}
     *     or no lesson is named
     */
    public Integration(BusinessModel before, BusinessModel after, Collection<String> lessons) {
      this(before, after, ImmutableSet.copyOf(checkNotNull(lessons, "lessons")));
    }

    /**
     * Checks the parts.
     *
     * @param before the extant model before the adaption
     * @param after the next version, the new extant model
     * @param lessons the ids of the lessons it was built from, at least one, in the order given
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if {@code after} is not the next version of {@code before}
     *     or no lesson is named
     */
    public Integration {
      checkNotNull(before, "before");
      checkNotNull(after, "after");
      checkNotNull(lessons, "lessons");
      checkArgument(
          after.id().equals(before.id()) && after.version() == before.version() + 1,
          "an integration replaces model '%s' version %s by version %s of the same id, was '%s'"
              + " version %s",
          before.id(),
          before.version(),
          before.version() + 1,
          after.id(),
          after.version());
      checkArgument(
          !lessons.isEmpty(),
          "the integration of model '%s' version %s names no lesson;"
              + " name the ids of the lessons it is built from",
          after.id(),
          after.version());
    }

    /**
     * Returns the difference from the extant model to its next version.
     *
     * @return the difference from the extant model to its next version
     */
    public BusinessModelDiff diff() {
      return BusinessModelDiff.of(before, after);
    }

    /**
     * Returns the BMI class of the adaption under the default classification policy.
     *
     * @return the BMI class of the adaption under the default classification policy
     */
    public BmiVerdict verdict() {
      return verdict(ClassificationPolicy.defaults());
    }

    /**
     * Returns the BMI class of the adaption under {@code policy}.
     *
     * @param policy the classification policy
     * @return the BMI class of the adaption under {@code policy}
     * @throws NullPointerException if {@code policy} is null
     */
    public BmiVerdict verdict(ClassificationPolicy policy) {
      return checkNotNull(policy, "policy").classify(diff());
    }
  }

  /**
   * The lessons were not integrated into the extant business model, for the reason given.
   *
   * @param reason why not, such as "lessons did not spread"
   */
  record NonIntegration(String reason) implements AdaptionDecision {
    /**
     * Checks the reason.
     *
     * @param reason why not, such as "lessons did not spread"
     * @throws NullPointerException if {@code reason} is null
     * @throws IllegalArgumentException if {@code reason} is blank
     */
    public NonIntegration {
      checkNotNull(reason, "reason");
      checkArgument(
          !reason.isBlank(),
          "the reason of a non-integration is blank; give one, such"
              + " as \"lessons did not spread\"");
    }
  }
}

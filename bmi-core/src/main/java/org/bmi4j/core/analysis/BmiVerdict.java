package org.bmi4j.core.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.bmi4j.core.internal.Sentences;

/**
 * The BMI class of one business model diff, with the rule that decided it and the elements behind
 * it (library formalisation of the classes of Khanagha et al. 2014; see {@link BmiRule}).
 *
 * <p>The elements behind each rule: the removed offerings ({@link BmiRule#OFFERINGS_ALL_GONE}); the
 * earlier model's removed or changed revenue streams ({@link BmiRule#REVENUE_MECHANISMS_ALL_GONE});
 * the removed elements ({@link BmiRule#RETAINED_BELOW_REPLACEMENT_SHARE}); the added elements
 * ({@link BmiRule#ADDITIONS_KEEPING_OFFERINGS}, {@link
 * BmiRule#ADDITIONS_KEEPING_OFFERINGS_BELOW_RETAINED_SHARE}); the added elements followed by the
 * removed offerings ({@link BmiRule#ADDITIONS_DROPPING_SOME_OFFERINGS}); every differing element
 * ({@link BmiRule#CHANGES_ONLY}, {@link BmiRule#REMOVALS_WITHOUT_ADDITIONS}, {@link
 * BmiRule#CONFINED_TO_ONE_VALUE_FUNCTION}); none ({@link BmiRule#NO_DIFFERENCE}).
 *
 * <p>A verdict on a diff of two different models ({@link BusinessModelDiff#comparesTwoModels()})
 * says so: the classes describe how a model changed between versions, so applied to two firms'
 * models they describe how far apart the models are, not an innovation that happened.
 *
 * @param rule the rule that decided the verdict
 * @param elements the elements behind it, in the diff's order
 * @param comparesTwoModels whether the diff compared two different models rather than two versions
 *     of one model
 */
public record BmiVerdict(
    BmiRule rule, ImmutableList<ElementChange> elements, boolean comparesTwoModels) {
  /**
   * @param comparesTwoModels whether the diff compared two different models rather than two
   *     versions of one model
   * @param rule the rule that decided the verdict
   * @param elements the elements behind it, in the diff's order
   * @throws NullPointerException if a component or an element is null
   */
  public BmiVerdict {
    checkNotNull(rule, "rule");
    elements = ImmutableList.copyOf(checkNotNull(elements, "elements"));
  }

  /**
   * Copies the given collections, of any kind, into immutable ones.
   *
   * @param comparesTwoModels whether the diff compared two different models rather than two
   *     versions of one model
   * @param rule the rule that decided the verdict
   * @param elements the elements behind it, in the diff's order
   * @throws NullPointerException if a component or an element is null
   */
  public BmiVerdict(
      BmiRule rule, List<? extends ElementChange> elements, boolean comparesTwoModels) {
    this(rule, ImmutableList.copyOf(elements), comparesTwoModels);
  }

  /**
   * Returns a verdict on two versions of one model.
   *
   * @param rule the rule that decided the verdict
   * @param elements the elements behind it, in the diff's order
   * @throws NullPointerException if a component or an element is null
   */
  public BmiVerdict(BmiRule rule, ImmutableList<ElementChange> elements) {
    this(rule, elements, false);
  }

  /**
   * Returns a verdict on two versions of one model, copying the given list of any kind.
   *
   * @param rule the rule that decided the verdict
   * @param elements the elements behind it, in the diff's order
   * @throws NullPointerException if a component or an element is null
   */
  public BmiVerdict(BmiRule rule, List<? extends ElementChange> elements) {
    this(rule, ImmutableList.copyOf(elements), false);
  }

  /**
   * Returns the class the rule assigns.
   *
   * @return the class the rule assigns
   */
  public BmiClass bmiClass() {
    return rule.bmiClass();
  }

  /**
   * Returns whether this is a major extension (see {@link BmiRule#isMajor()}).
   *
   * @return whether this is a major extension (see {@link BmiRule#isMajor()})
   */
  public boolean isMajor() {
    return rule.isMajor();
  }

  /**
   * Returns a short description for logs: the rule, the class and how many elements; never the
   * elements.
   */
  @Override
  public String toString() {
    return "BmiVerdict["
        + rule
        + " ("
        + bmiClass()
        + "), "
        + Sentences.count(elements.size(), "element")
        + (comparesTwoModels ? ", two models" : "")
        + "]";
  }
}

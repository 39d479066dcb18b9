package org.bmi4j.core.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The BMI class of a change to a firm's portfolio of business models, keyed by model id (library
 * formalisation of the classes of Khanagha et al. 2014, as used by Spieth et al.).
 *
 * <p>The rule is a portfolio rule ({@link BmiRule#NEW_MODEL_BESIDE_EXTANT}, {@link
 * BmiRule#ALL_MODELS_REPLACED}, {@link BmiRule#FIRST_MODEL}, {@link BmiRule#MODELS_DROPPED}), or
 * the rule of the kept model whose verdict decided, which {@link #model()} then names; {@link
 * BmiRule#NO_DIFFERENCE} when nothing differs.
 *
 * @param rule the rule that decided the verdict
 * @param model the kept model whose verdict decided, if one did
 * @param newModels the ids of the models only the later portfolio has, in its order
 * @param droppedModels the ids of the models only the earlier portfolio has, in its order
 * @param keptModels the verdict of every model both portfolios have, by id in the earlier order
 */
public record PortfolioVerdict(
    BmiRule rule,
    Optional<String> model,
    ImmutableList<String> newModels,
    ImmutableList<String> droppedModels,
    ImmutableMap<String, BmiVerdict> keptModels) {

  /**
   * @param rule the rule that decided the verdict
   * @param model the kept model whose verdict decided, if one did
   * @param newModels the ids of the models only the later portfolio has, in its order
   * @param droppedModels the ids of the models only the earlier portfolio has, in its order
   * @param keptModels the verdict of every model both portfolios have, by id in the earlier order
   * @throws NullPointerException if a component or an element is null
   */
  public PortfolioVerdict {
    checkNotNull(rule, "rule");
    checkNotNull(model, "model");
    newModels = ImmutableList.copyOf(checkNotNull(newModels, "newModels"));
    droppedModels = ImmutableList.copyOf(checkNotNull(droppedModels, "droppedModels"));
    keptModels = ImmutableMap.copyOf(checkNotNull(keptModels, "keptModels"));
  }

  /**
   * Copies the given collections, of any kind, into immutable ones.
   *
   * @param rule the rule that decided the verdict
   * @param model the kept model whose verdict decided, if one did
   * @param newModels the ids of the models only the later portfolio has, in its order
   * @param droppedModels the ids of the models only the earlier portfolio has, in its order
   * @param keptModels the verdict of every model both portfolios have, by id in the earlier order
   * @throws NullPointerException if a component or an element is null
   */
  public PortfolioVerdict(
      BmiRule rule,
      Optional<String> model,
      List<? extends String> newModels,
      List<? extends String> droppedModels,
      Map<? extends String, ? extends BmiVerdict> keptModels) {
    this(
        rule,
        model,
        ImmutableList.copyOf(newModels),
        ImmutableList.copyOf(droppedModels),
        ImmutableMap.copyOf(keptModels));
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
   * Returns a short description for logs: the rule, the deciding model and how many models are new,
   * dropped and kept.
   */
  @Override
  public String toString() {
    return "PortfolioVerdict["
        + rule
        + model.map(m -> " by " + m).orElse("")
        + ": "
        + newModels.size()
        + " new, "
        + droppedModels.size()
        + " dropped, "
        + keptModels.size()
        + " kept]";
  }
}

package org.bmi4j.core.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.RevenueMechanism;
import org.bmi4j.core.model.RevenueStream;

/**
 * The thresholds of BMI classification, and the classification itself: which class of Khanagha et
 * al. (2014), as used by Spieth et al., a business model diff or a portfolio change belongs to.
 *
 * <p>The classes are Khanagha's; the thresholds, their defaults (0.8 and 0.5) and the rules of
 * {@link BmiRule} are the library's formalisation of SPEC 3.5, not the paper's. Classification is
 * total and unambiguous: every diff gets exactly one verdict, from the first rule that holds in the
 * order {@link BmiRule} lists (REPLACEMENT, then EXTENSION, then INCREMENTAL, then NONE). In the
 * rules, "retained" is {@link BusinessModelDiff#retention()}, so changed elements count as
 * retained; an original offering is kept when its key is still there, changed or not; and a revenue
 * mechanism is gone when no revenue stream of the later model uses it.
 *
 * <p>Monotone in the thresholds: order verdicts by severity NONE &lt; INCREMENTAL &lt; EXTENSION
 * &lt; major EXTENSION &lt; REPLACEMENT. For valid policies {@code p} and {@code q} with {@code
 * p.retainedShare() <= q.retainedShare()} and {@code p.replacementShare() <= q.replacementShare()},
 * the verdict under {@code q} is at least as severe as under {@code p}. (The thresholds enter only
 * through "retained &lt; replacementShare", which can only turn a verdict into REPLACEMENT as the
 * threshold rises, and "retained &lt; retainedShare", which only turns an extension major.) In
 * particular raising {@code replacementShare} never turns a REPLACEMENT into a milder class.
 *
 * <p>Immutable and thread-safe.
 *
 * @param retainedShare the share of original elements an extension retains; default 0.8
 * @param replacementShare the share of original elements below which a change is a replacement;
 *     default 0.5
 */
public record ClassificationPolicy(double retainedShare, double replacementShare) {
  private static final ClassificationPolicy DEFAULTS = new ClassificationPolicy(0.8, 0.5);

  /**
   * Checks the thresholds.
   *
   * @param replacementShare the share of original elements below which a change is a replacement;
   *     default 0.5
   * @param retainedShare the share of original elements an extension retains; default 0.8
   * @throws IllegalArgumentException unless {@code 0 <= replacementShare <= retainedShare <= 1}
   */
  public ClassificationPolicy {
    checkArgument(
        0 <= replacementShare && replacementShare <= retainedShare && retainedShare <= 1,
        "thresholds must satisfy 0 <= replacementShare <= retainedShare <= 1, "
            + "were replacementShare=%s and retainedShare=%s",
        replacementShare,
        retainedShare);
  }

  /**
   * Returns the default policy: retainedShare 0.8, replacementShare 0.5.
   *
   * @return the default policy
   */
  public static ClassificationPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the BMI class of {@code diff}, with the rule that decided it and the elements behind
   * it; a diff of two different models gets a verdict that {@linkplain
   * BmiVerdict#comparesTwoModels() says so}.
   *
   * @param diff the difference between two versions of a model, or between two models
   * @return the BMI class of {@code diff}, with the rule that decided it and the elements behind it
   * @throws NullPointerException if {@code diff} is null
   */
  public BmiVerdict classify(BusinessModelDiff diff) {
    checkNotNull(diff, "diff");
    BmiVerdict verdict = classifyVersions(diff);
    return diff.comparesTwoModels()
        ? new BmiVerdict(verdict.rule(), verdict.elements(), true)
        : verdict;
  }

  private BmiVerdict classifyVersions(BusinessModelDiff diff) {
    if (diff.isEmpty()) {
      return new BmiVerdict(BmiRule.NO_DIFFERENCE, ImmutableList.of());
    }
    ImmutableList<ElementChange> removedOfferings = removedOfferings(diff);
    int originalOfferings = diff.before().proposition().offerings().size();
    boolean offeringsAllGone =
        originalOfferings > 0 && removedOfferings.size() == originalOfferings;
    if (offeringsAllGone) {
      return new BmiVerdict(BmiRule.OFFERINGS_ALL_GONE, removedOfferings);
    }
    if (revenueMechanismsAllGone(diff)) {
      return new BmiVerdict(BmiRule.REVENUE_MECHANISMS_ALL_GONE, revenueStreamChanges(diff));
    }
    double retained = diff.retention();
    if (retained < replacementShare) {
      return new BmiVerdict(BmiRule.RETAINED_BELOW_REPLACEMENT_SHARE, diff.removed());
    }
    if (!diff.added().isEmpty()) {
      if (removedOfferings.isEmpty()) {
        return new BmiVerdict(
            retained >= retainedShare
                ? BmiRule.ADDITIONS_KEEPING_OFFERINGS
                : BmiRule.ADDITIONS_KEEPING_OFFERINGS_BELOW_RETAINED_SHARE,
            diff.added());
      }
      if (diff.functions().size() > 1) {
        return new BmiVerdict(
            BmiRule.ADDITIONS_DROPPING_SOME_OFFERINGS,
            ImmutableList.<ElementChange>builder()
                .addAll(diff.added())
                .addAll(removedOfferings)
                .build());
      }
      return new BmiVerdict(BmiRule.CONFINED_TO_ONE_VALUE_FUNCTION, diff.changes());
    }
    return new BmiVerdict(
        diff.removed().isEmpty() ? BmiRule.CHANGES_ONLY : BmiRule.REMOVALS_WITHOUT_ADDITIONS,
        diff.changes());
  }

  /**
   * Returns the BMI class of a change to a firm's portfolio of business models, its models matched
   * by id.
   *
   * <p>Rules, in order (library formalisation): a model with a new id beside at least one extant
   * model is PARALLEL ({@link BmiRule#NEW_MODEL_BESIDE_EXTANT}); new models with none of the extant
   * ones left are a REPLACEMENT ({@link BmiRule#ALL_MODELS_REPLACED}); a first model for a firm
   * that had none is an EXTENSION ({@link BmiRule#FIRST_MODEL}). Otherwise no model is new: the
   * verdict is the most severe (as in the class Javadoc) of INCREMENTAL for dropped models ({@link
   * BmiRule#MODELS_DROPPED}) and the verdicts of the kept models' diffs, the first of them in that
   * order winning a tie; NONE when nothing differs. Every kept model's verdict is reported either
   * way.
   *
   * @param beforePortfolio the firm's models before the change, ids unique
   * @param afterPortfolio the firm's models after the change, ids unique
   * @return the BMI class of a change to a firm's portfolio of business models, its models matched
   *     by id
   * @throws NullPointerException if an argument or a model is null
   * @throws IllegalArgumentException if a portfolio holds two models with the same id
   */
  public PortfolioVerdict classify(
      Iterable<BusinessModel> beforePortfolio, Iterable<BusinessModel> afterPortfolio) {
    Map<String, BusinessModel> before = byId("beforePortfolio", beforePortfolio);
    Map<String, BusinessModel> after = byId("afterPortfolio", afterPortfolio);
    ImmutableList<String> newModels =
        ImmutableList.copyOf(Sets.difference(after.keySet(), before.keySet()));
    ImmutableList<String> dropped =
        ImmutableList.copyOf(Sets.difference(before.keySet(), after.keySet()));
    ImmutableMap.Builder<String, BmiVerdict> keptBuilder = ImmutableMap.builder();
    for (Map.Entry<String, BusinessModel> model : before.entrySet()) {
      BusinessModel later = after.get(model.getKey());
      if (later != null) {
        keptBuilder.put(model.getKey(), classify(BusinessModelDiff.of(model.getValue(), later)));
      }
    }
    ImmutableMap<String, BmiVerdict> kept = keptBuilder.buildOrThrow();

    BmiRule rule;
    Optional<String> decidedBy = Optional.empty();
    if (!newModels.isEmpty() && !kept.isEmpty()) {
      rule = BmiRule.NEW_MODEL_BESIDE_EXTANT;
    } else if (!newModels.isEmpty() && !before.isEmpty()) {
      rule = BmiRule.ALL_MODELS_REPLACED;
    } else if (!newModels.isEmpty()) {
      rule = BmiRule.FIRST_MODEL;
    } else {
      rule = dropped.isEmpty() ? BmiRule.NO_DIFFERENCE : BmiRule.MODELS_DROPPED;
      for (Map.Entry<String, BmiVerdict> verdict : kept.entrySet()) {
        if (severity(verdict.getValue().rule()) > severity(rule)) {
          rule = verdict.getValue().rule();
          decidedBy = Optional.of(verdict.getKey());
        }
      }
    }
    return new PortfolioVerdict(rule, decidedBy, newModels, dropped, kept);
  }

  /** The severity order of the class Javadoc; PARALLEL does not occur for a single model. */
  private static int severity(BmiRule rule) {
    return switch (rule.bmiClass()) {
      case NONE -> 0;
      case INCREMENTAL -> 1;
      case EXTENSION -> rule.isMajor() ? 3 : 2;
      case REPLACEMENT -> 4;
      case PARALLEL -> 5;
    };
  }

  private static Map<String, BusinessModel> byId(String name, Iterable<BusinessModel> models) {
    checkNotNull(models, name);
    Map<String, BusinessModel> byId = new LinkedHashMap<>();
    for (BusinessModel model : models) {
      checkNotNull(model, "%s must not contain null", name);
      checkArgument(
          byId.put(model.id(), model) == null,
          "%s holds two models with id '%s'; model ids must be unique within a portfolio",
          name,
          model.id());
    }
    return byId;
  }

  private static ImmutableList<ElementChange> removedOfferings(BusinessModelDiff diff) {
    ImmutableList.Builder<ElementChange> removed = ImmutableList.builder();
    for (ElementChange change : diff.removed()) {
      if (change.key().kind() == ElementKind.OFFERING) {
        removed.add(change);
      }
    }
    return removed.build();
  }

  private static boolean revenueMechanismsAllGone(BusinessModelDiff diff) {
    Set<RevenueMechanism> original = mechanisms(diff.before());
    return !original.isEmpty() && Sets.intersection(original, mechanisms(diff.after())).isEmpty();
  }

  private static Set<RevenueMechanism> mechanisms(BusinessModel model) {
    Set<RevenueMechanism> mechanisms = EnumSet.noneOf(RevenueMechanism.class);
    for (RevenueStream stream : model.capture().revenueStreams()) {
      mechanisms.add(stream.mechanism());
    }
    return mechanisms;
  }

  private static ImmutableList<ElementChange> revenueStreamChanges(BusinessModelDiff diff) {
    ImmutableList.Builder<ElementChange> changes = ImmutableList.builder();
    for (ElementChange change : diff.changes()) {
      if (change.key().kind() == ElementKind.REVENUE_STREAM && change.before().isPresent()) {
        changes.add(change);
      }
    }
    return changes.build();
  }
}

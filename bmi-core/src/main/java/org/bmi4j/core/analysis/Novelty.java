package org.bmi4j.core.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import org.bmi4j.core.internal.Sentences;
import org.bmi4j.core.model.BusinessModel;
import org.jspecify.annotations.Nullable;

/**
 * The novelty scope of a business model diff against a reference set of models, such as the
 * industry's other firms' models, with the elements that decided it: which added elements the
 * closest reference model has, and which it lacks.
 *
 * <p>The two scopes, new to the firm and new to the industry, are the sources' words (SPEC 3.5);
 * how they are told apart is the library's formalisation, as follows.
 *
 * <ol>
 *   <li><b>By structure, not by names.</b> Ids and names differ between firms, and so do details
 *       such as amounts, terms, incentives, sectors and a resource's domain. A reference model
 *       <em>has</em> an added element when it has an element of the same {@link ElementKind} with
 *       the same structural signature: what the element is, with actors replaced by their roles and
 *       activities by their kinds (table below). No name or id enters a signature.
 *   <li><b>A threshold of matched added elements.</b> A reference model's <em>matched share</em> is
 *       the number of added elements it has over the number of added elements. The diff is {@link
 *       NoveltyScope#NEW_TO_FIRM} when some reference model's matched share reaches the {@linkplain
 *       #threshold() threshold} (default {@value #DEFAULT_THRESHOLD}: a firm that takes up most of
 *       what another firm does, with details of its own, imitates rather than innovates), else
 *       {@link NoveltyScope#NEW_TO_INDUSTRY}. Threshold 1 asks one reference model to have every
 *       added element. A diff that adds nothing is NEW_TO_FIRM (it brings nothing new).
 *   <li><b>The verdict says why.</b> The <em>closest</em> reference model is the one with the
 *       highest matched share, the first in reference order on a tie; {@link #matched()} and {@link
 *       #unmatched()} split the added elements by whether it has them.
 * </ol>
 *
 * <p>Monotone: raising the threshold never turns NEW_TO_INDUSTRY into NEW_TO_FIRM, and adding a
 * reference model never turns NEW_TO_FIRM into NEW_TO_INDUSTRY. Time is linear in the size of the
 * models: each reference model's signatures are hashed once.
 *
 * <table>
 *   <caption>Structural signatures</caption>
 *   <tr><th>kind</th><th>signature</th></tr>
 *   <tr><td>ACTOR</td><td>the actor's roles</td></tr>
 *   <tr><td>OWNER</td><td>the owner's role</td></tr>
 *   <tr><td>MISSION</td><td>value kind</td></tr>
 *   <tr><td>OFFERING</td><td>value kinds, the beneficiaries' roles</td></tr>
 *   <tr><td>RESOURCE</td><td>resource kind, the provider's role</td></tr>
 *   <tr><td>VALUE_CREATING_ACTIVITY</td><td>the activity's kind</td></tr>
 *   <tr><td>EXCHANGE</td><td>giver's role, receiver's role, whether an offering or an item is
 *       exchanged, channel</td></tr>
 *   <tr><td>REVENUE_STREAM</td><td>payer's role, mechanism</td></tr>
 *   <tr><td>COST_ITEM</td><td>the payee's role, or none</td></tr>
 *   <tr><td>VALUE_SHARE</td><td>receiver's role, value kind</td></tr>
 *   <tr><td>ACTIVITY</td><td>activity kind</td></tr>
 *   <tr><td>LINK</td><td>the two activities' kinds, flow</td></tr>
 *   <tr><td>GOVERNANCE</td><td>the activity's kind, mode, the performer's role</td></tr>
 * </table>
 *
 * <p>An actor's role in these signatures is its primary {@link org.bmi4j.core.model.Actor#role()};
 * an added actor's own signature is the set of all its roles.
 *
 * @param scope the novelty scope
 * @param threshold the matched share a reference model needs for NEW_TO_FIRM, in (0, 1]
 * @param sharingModels the ids of the reference models whose matched share reaches the threshold,
 *     in reference order; empty when the scope is NEW_TO_INDUSTRY or the diff adds nothing
 * @param closestModel the id of the closest reference model; empty when there is none or the diff
 *     adds nothing
 * @param matched the added elements the closest reference model has, in the diff's order
 * @param unmatched the added elements the closest reference model lacks (every added element when
 *     there is no reference model), in the diff's order
 */
public record Novelty(
    NoveltyScope scope,
    double threshold,
    ImmutableList<String> sharingModels,
    Optional<String> closestModel,
    ImmutableList<ElementChange> matched,
    ImmutableList<ElementChange> unmatched) {

  /** The default threshold of {@link #of(BusinessModelDiff, Iterable)}: 0.8. */
  public static final double DEFAULT_THRESHOLD = 0.8;

  /**
   * @param scope the novelty scope
   * @param sharingModels the ids of the reference models whose matched share reaches the threshold,
   *     in reference order; empty when the scope is NEW_TO_INDUSTRY or the diff adds nothing
   * @param closestModel the id of the closest reference model; empty when there is none or the diff
   *     adds nothing
   * @param matched the added elements the closest reference model has, in the diff's order
   * @param unmatched the added elements the closest reference model lacks (every added element when
   *     there is no reference model), in the diff's order
   * @param threshold the matched share a reference model needs for NEW_TO_FIRM, in (0, 1]
   * @throws NullPointerException if a component or an element is null
   * @throws IllegalArgumentException if the threshold is not in (0, 1]
   */
  public Novelty {
    checkNotNull(scope, "scope");
    sharingModels = ImmutableList.copyOf(checkNotNull(sharingModels, "sharingModels"));
    checkNotNull(closestModel, "closestModel");
    matched = ImmutableList.copyOf(checkNotNull(matched, "matched"));
    unmatched = ImmutableList.copyOf(checkNotNull(unmatched, "unmatched"));
    checkThreshold(threshold);
  }

  /**
   * Copies the given collections, of any kind, into immutable ones.
   *
   * @param scope the novelty scope
   * @param sharingModels the ids of the reference models whose matched share reaches the threshold,
   *     in reference order; empty when the scope is NEW_TO_INDUSTRY or the diff adds nothing
   * @param closestModel the id of the closest reference model; empty when there is none or the diff
   *     adds nothing
   * @param matched the added elements the closest reference model has, in the diff's order
   * @param unmatched the added elements the closest reference model lacks (every added element when
   *     there is no reference model), in the diff's order
   * @param threshold the matched share a reference model needs for NEW_TO_FIRM, in (0, 1]
   * @throws NullPointerException if a component or an element is null
   * @throws IllegalArgumentException if the threshold is not in (0, 1]
   */
  public Novelty(
      NoveltyScope scope,
      double threshold,
      List<? extends String> sharingModels,
      Optional<String> closestModel,
      List<? extends ElementChange> matched,
      List<? extends ElementChange> unmatched) {
    this(
        scope,
        threshold,
        ImmutableList.copyOf(sharingModels),
        closestModel,
        ImmutableList.copyOf(matched),
        ImmutableList.copyOf(unmatched));
  }

  /**
   * Returns the novelty of what {@code diff} adds, against the {@code reference} models, with the
   * {@linkplain #DEFAULT_THRESHOLD default threshold}.
   *
   * @param diff the difference whose added elements are judged
   * @param reference the models the added elements are compared with, such as the firm's other
   *     models
   * @return the novelty of what {@code diff} adds, against the {@code reference} models, with the
   *     {@linkplain #DEFAULT_THRESHOLD default threshold}
   * @throws NullPointerException if an argument or a reference model is null
   */
  public static Novelty of(BusinessModelDiff diff, Iterable<BusinessModel> reference) {
    return of(diff, reference, DEFAULT_THRESHOLD);
  }

  /**
   * Returns the novelty of what {@code diff} adds, against the {@code reference} models:
   * NEW_TO_FIRM when a reference model has at least {@code threshold} of the added elements.
   *
   * @param diff the difference whose added elements are judged
   * @param reference the models the added elements are compared with, such as the firm's other
   *     models
   * @param threshold the share of the added elements, in (0, 1], a reference model must have
   * @return the novelty of what {@code diff} adds, against the {@code reference} models
   * @throws NullPointerException if an argument or a reference model is null
   * @throws IllegalArgumentException if {@code threshold} is not in (0, 1]
   */
  public static Novelty of(
      BusinessModelDiff diff, Iterable<BusinessModel> reference, double threshold) {
    checkNotNull(diff, "diff");
    checkNotNull(reference, "reference");
    checkThreshold(threshold);
    ModelElements after = diff.afterElements();
    ImmutableList<ElementChange> added = diff.added();
    List<ModelElements.Signature> signatures = new ArrayList<>(added.size());
    for (ElementChange change : added) {
      signatures.add(after.signature(change.key().kind(), change.after().orElseThrow()));
    }
    List<String> sharing = new ArrayList<>();
    @Nullable String closest = null;
    boolean[] closestHas = new boolean[0];
    int closestCount = -1;
    for (BusinessModel model : reference) {
      ImmutableSet<ModelElements.Signature> has =
          new ModelElements(checkNotNull(model, "reference must not contain null")).signatures();
      boolean[] modelHas = new boolean[added.size()];
      int count = 0;
      for (int i = 0; i < signatures.size(); i++) {
        if (has.contains(signatures.get(i))) {
          modelHas[i] = true;
          count++;
        }
      }
      if (!added.isEmpty() && reaches(count, added.size(), threshold)) {
        sharing.add(model.id());
      }
      if (count > closestCount) {
        closest = model.id();
        closestHas = modelHas;
        closestCount = count;
      }
    }
    if (added.isEmpty()) {
      return new Novelty(
          NoveltyScope.NEW_TO_FIRM,
          threshold,
          ImmutableList.of(),
          Optional.empty(),
          ImmutableList.of(),
          ImmutableList.of());
    }
    ImmutableList.Builder<ElementChange> matched = ImmutableList.builder();
    ImmutableList.Builder<ElementChange> unmatched = ImmutableList.builder();
    for (int i = 0; i < added.size(); i++) {
      (closest != null && closestHas[i] ? matched : unmatched).add(added.get(i));
    }
    return new Novelty(
        sharing.isEmpty() ? NoveltyScope.NEW_TO_INDUSTRY : NoveltyScope.NEW_TO_FIRM,
        threshold,
        ImmutableList.copyOf(sharing),
        Optional.ofNullable(closest),
        matched.build(),
        unmatched.build());
  }

  /** Whether {@code count} of {@code total} reaches the threshold, as {@link #matchedShare()}. */
  private static boolean reaches(int count, int total, double threshold) {
    return (double) count / total >= threshold;
  }

  private static void checkThreshold(double threshold) {
    checkArgument(
        threshold > 0 && threshold <= 1,
        "threshold must be in (0, 1] (the share of added elements a reference model must have),"
            + " was %s",
        threshold);
  }

  /**
   * Returns the closest reference model's matched share: the number of {@link #matched()} elements
   * over the number of added elements; 1 when the diff adds nothing, 0 without a reference model.
   *
   * @return the closest reference model's matched share
   */
  public double matchedShare() {
    int added = matched.size() + unmatched.size();
    return added == 0 ? 1.0 : (double) matched.size() / added;
  }

  /**
   * Returns one sentence that says why: the scope, the closest reference model with how many added
   * elements it has against the threshold (shares rounded to two places), then the matched and
   * unmatched elements' keys.
   *
   * @return one sentence that says why
   */
  public String summary() {
    int added = matched.size() + unmatched.size();
    if (added == 0) {
      return scope + ": the change adds no element";
    }
    StringBuilder summary = new StringBuilder().append(scope).append(": ");
    if (closestModel.isEmpty()) {
      summary
          .append("no reference model to compare the ")
          .append(Sentences.count(added, "added element"))
          .append(" with");
    } else {
      summary
          .append("the closest reference model, '")
          .append(closestModel.get())
          .append("', has ")
          .append(matched.size())
          .append(" of the ")
          .append(Sentences.count(added, "added element"))
          .append(" (share ")
          .append(twoPlaces(matchedShare()))
          .append(scope == NoveltyScope.NEW_TO_FIRM ? ", reaching" : ", below")
          .append(" the threshold ")
          .append(twoPlaces(threshold))
          .append(')');
    }
    if (!matched.isEmpty()) {
      summary.append("; matched: ").append(keys(matched));
    }
    if (!unmatched.isEmpty()) {
      summary.append("; unmatched: ").append(keys(unmatched));
    }
    return summary.toString();
  }

  /** A share rounded to two places, without trailing zeros: 0.81, 0.8, 1. */
  private static String twoPlaces(double share) {
    return BigDecimal.valueOf(share)
        .setScale(2, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }

  private static String keys(List<ElementChange> changes) {
    StringJoiner keys = new StringJoiner(", ");
    for (ElementChange change : changes) {
      keys.add(change.key().toString());
    }
    return keys.toString();
  }

  /**
   * Returns a short description for logs: the scope, the threshold, the closest model and the
   * counts; never the elements.
   */
  @Override
  public String toString() {
    return "Novelty["
        + scope
        + " at "
        + threshold
        + ", closest "
        + closestModel.orElse("none")
        + ": "
        + Sentences.count(sharingModels.size(), "sharing model")
        + ", "
        + matched.size()
        + " matched, "
        + unmatched.size()
        + " unmatched]";
  }
}

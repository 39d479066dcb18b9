package org.bmi4j.core.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bmi4j.core.model.BusinessModel;

/**
 * The novelty scope of a business model diff against a reference set of models, such as the
 * industry's other firms' models, with the models and elements that decided it.
 *
 * <p>Library formalisation: a reference model <em>shares</em> an added element when it has an
 * element of the same kind with the same signature, and shares the diff's additions when it shares
 * every added element (the added combination already exists there). The diff is {@link
 * NoveltyScope#NEW_TO_INDUSTRY} when it adds something and no reference model shares its additions;
 * otherwise {@link NoveltyScope#NEW_TO_FIRM} (a diff that adds nothing brings nothing new to the
 * industry). Ids differ between firms, so signatures describe what an element is, with actors
 * replaced by their role and activities by their kind:
 *
 * <table>
 *   <caption>Element signatures</caption>
 *   <tr><th>kind</th><th>signature</th></tr>
 *   <tr><td>ACTOR</td><td>role, sector</td></tr>
 *   <tr><td>OWNER</td><td>the owner's role</td></tr>
 *   <tr><td>MISSION</td><td>value kind</td></tr>
 *   <tr><td>OFFERING</td><td>value kinds, the beneficiaries' roles</td></tr>
 *   <tr><td>RESOURCE</td><td>resource kind, the provider's role</td></tr>
 *   <tr><td>VALUE_CREATING_ACTIVITY</td><td>the activity's kind</td></tr>
 *   <tr><td>EXCHANGE</td><td>giver's role, receiver's role, what (an offering, or the item's
 *       name ignoring case), channel</td></tr>
 *   <tr><td>REVENUE_STREAM</td><td>payer's role, mechanism</td></tr>
 *   <tr><td>COST_ITEM</td><td>name, stripped and ignoring case</td></tr>
 *   <tr><td>VALUE_SHARE</td><td>receiver's role, value kind</td></tr>
 *   <tr><td>ACTIVITY</td><td>activity kind</td></tr>
 *   <tr><td>LINK</td><td>the two activities' kinds, flow</td></tr>
 *   <tr><td>GOVERNANCE</td><td>the activity's kind, mode, the performer's role</td></tr>
 * </table>
 *
 * @param scope the novelty scope
 * @param sharingModels the ids of the reference models that share every added element, in reference
 *     order; empty when the scope is NEW_TO_INDUSTRY or the diff adds nothing
 * @param unmatched the added elements no reference model shares, in the diff's order
 */
public record Novelty(
    NoveltyScope scope,
    ImmutableList<String> sharingModels,
    ImmutableList<ElementChange> unmatched) {

  /**
   * @throws NullPointerException if a component or an element is null
   */
  public Novelty {
    checkNotNull(scope, "scope");
    sharingModels = ImmutableList.copyOf(checkNotNull(sharingModels, "sharingModels"));
    unmatched = ImmutableList.copyOf(checkNotNull(unmatched, "unmatched"));
  }

  /**
   * Returns the novelty of what {@code diff} adds, against the {@code reference} models.
   *
   * @throws NullPointerException if an argument or a reference model is null
   */
  public static Novelty of(BusinessModelDiff diff, Iterable<BusinessModel> reference) {
    checkNotNull(diff, "diff");
    checkNotNull(reference, "reference");
    ModelElements after = diff.afterElements();
    Set<List<Object>> added = new LinkedHashSet<>();
    for (ElementChange change : diff.added()) {
      added.add(after.signature(change.key().kind(), change.after().orElseThrow()));
    }
    List<String> sharing = new ArrayList<>();
    Set<List<Object>> anywhere = new LinkedHashSet<>();
    for (BusinessModel model : reference) {
      ImmutableSet<List<Object>> signatures =
          new ModelElements(checkNotNull(model, "reference must not contain null")).signatures();
      if (signatures.containsAll(added)) {
        sharing.add(model.id());
      }
      anywhere.addAll(signatures);
    }
    ImmutableList.Builder<ElementChange> unmatched = ImmutableList.builder();
    for (ElementChange change : diff.added()) {
      if (!anywhere.contains(after.signature(change.key().kind(), change.after().orElseThrow()))) {
        unmatched.add(change);
      }
    }
    if (added.isEmpty()) {
      return new Novelty(NoveltyScope.NEW_TO_FIRM, ImmutableList.of(), ImmutableList.of());
    }
    NoveltyScope scope =
        sharing.isEmpty() ? NoveltyScope.NEW_TO_INDUSTRY : NoveltyScope.NEW_TO_FIRM;
    return new Novelty(scope, ImmutableList.copyOf(sharing), unmatched.build());
  }
}

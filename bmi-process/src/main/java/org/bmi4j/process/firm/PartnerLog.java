package org.bmi4j.process.firm;

import com.google.common.collect.ForwardingList;
import java.util.List;
import java.util.Optional;
import java.util.RandomAccess;
import org.bmi4j.core.internal.KeyedList;
import org.bmi4j.core.model.BusinessModel;
import org.jspecify.annotations.Nullable;

/**
 * The proposed partners of a firm, in the order first proposed, each as last proposed: an immutable
 * list that shares its storage with the list it grew from, so that proposing, re-proposing and
 * withdrawing a partner cost O(1) amortised however many partners there are and however many came
 * and went (library formalisation). A proposal of a partner already proposed takes its place; a
 * withdrawal empties it. Held as a {@link KeyedList} keyed by partner id, so partner ids are
 * unique.
 *
 * <p>So that leaving CONSOLIDATION costs O(1) however many partners are proposed (issue 13), the
 * log remembers the last extant model it counted the partners without synergy for ({@link
 * #withoutSynergy}), and carries the count through each proposal and withdrawal by intersecting the
 * one partner changed (each intersection computed once, {@link Intersections}). Nothing of this is
 * written to documents: a log read or rebuilt counts on the first question (library formalisation).
 */
final class PartnerLog extends ForwardingList<ProposedPartner> implements RandomAccess {
  static final PartnerLog EMPTY =
      new PartnerLog(KeyedList.empty((ProposedPartner p) -> p.partner().id()), null);

  /** An extant model and how many proposed partners have no synergy with it. */
  private record Synergy(BusinessModel extant, int without) {}

  private final KeyedList<ProposedPartner> partners;
  // the last extant model counted for this log or the log it grew from; a cache of what the
  // partners show, so a race between two threads counting writes the same answer. Racy by design,
  // not volatile: the count is an immutable record whose final fields publish it whole to any
  // thread (JLS 17.5), and a stale or lost one only costs counting again, where a volatile field
  // cost a fence in the constructor of every change of the proposals
  private @Nullable Synergy synergy;

  private PartnerLog(KeyedList<ProposedPartner> partners, @Nullable Synergy synergy) {
    this.partners = partners;
    this.synergy = synergy;
  }

  /**
   * Returns how many proposed partners have no synergy with {@code extant} (their intersection has
   * no complementary resource and no shared customer segment): O(1) if this log, or the log it grew
   * from by proposals and withdrawals, was last counted for this very model, else O(partners),
   * remembering the count.
   *
   * @param extant the firm's extant business model
   * @return how many proposed partners have no synergy with {@code extant}
   */
  int withoutSynergy(BusinessModel extant) {
    Synergy s = synergy;
    if (s == null || s.extant() != extant) {
      int without = 0;
      List<ProposedPartner> all = partners;
      for (int p = 0; p < all.size(); p++) {
        without += lacksSynergy(extant, all.get(p)) ? 1 : 0;
      }
      s = new Synergy(extant, without);
      synergy = s;
    }
    return s.without();
  }

  private static boolean lacksSynergy(BusinessModel extant, @Nullable ProposedPartner partner) {
    return partner != null && !Intersections.of(extant, partner.model()).hasSynergy();
  }

  /**
   * Returns the count carried to a log where {@code removed} (or none) gave way to {@code added}
   * (or none); none if this log has no count, or if intersecting fails, so the guard then counts
   * and fails as it would have.
   */
  private @Nullable Synergy carried(
      @Nullable ProposedPartner removed, @Nullable ProposedPartner added) {
    Synergy s = synergy;
    if (s == null) {
      return null;
    }
    try {
      int without =
          s.without()
              - (lacksSynergy(s.extant(), removed) ? 1 : 0)
              + (lacksSynergy(s.extant(), added) ? 1 : 0);
      return new Synergy(s.extant(), without);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * Returns the partner proposed under actor id {@code id}, if proposed; O(1).
   *
   * @param id the partner's actor id
   * @return the partner proposed under that id, if proposed
   */
  Optional<ProposedPartner> find(String id) {
    return partners.find(id);
  }

  /**
   * Returns this log with {@code proposed} in place of the earlier proposal of the same partner,
   * else after the others; O(1) amortised.
   *
   * @param proposed the proposed partner
   * @return this log with {@code proposed} among the partners
   */
  PartnerLog propose(ProposedPartner proposed) {
    ProposedPartner earlier = partners.valueOf(proposed.partner().id());
    return new PartnerLog(partners.put(proposed), carried(earlier, proposed));
  }

  /**
   * Returns this log without the partner of actor id {@code id}; this log if it is not proposed.
   * O(1) amortised.
   *
   * @param id the partner's actor id
   * @return this log without that partner
   */
  PartnerLog withdraw(String id) {
    KeyedList<ProposedPartner> after = partners.without(id);
    return after == partners ? this : new PartnerLog(after, carried(partners.valueOf(id), null));
  }

  @Override
  protected List<ProposedPartner> delegate() {
    return partners;
  }
}

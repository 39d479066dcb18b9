package org.bmi4j.process.firm;

import com.google.common.collect.ForwardingList;
import java.util.List;
import java.util.Optional;
import java.util.RandomAccess;
import org.bmi4j.core.internal.KeyedList;

/**
 * The proposed partners of a firm, in the order first proposed, each as last proposed: an immutable
 * list that shares its storage with the list it grew from, so that proposing, re-proposing and
 * withdrawing a partner cost O(1) amortised however many partners there are and however many came
 * and went (library formalisation). A proposal of a partner already proposed takes its place; a
 * withdrawal empties it. Held as a {@link KeyedList} keyed by partner id, so partner ids are
 * unique.
 */
final class PartnerLog extends ForwardingList<ProposedPartner> implements RandomAccess {
  static final PartnerLog EMPTY =
      new PartnerLog(KeyedList.empty((ProposedPartner p) -> p.partner().id()));

  private final KeyedList<ProposedPartner> partners;

  private PartnerLog(KeyedList<ProposedPartner> partners) {
    this.partners = partners;
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
    return new PartnerLog(partners.put(proposed));
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
    return after == partners ? this : new PartnerLog(after);
  }

  @Override
  protected List<ProposedPartner> delegate() {
    return partners;
  }
}

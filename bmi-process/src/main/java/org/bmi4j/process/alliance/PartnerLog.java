package org.bmi4j.process.alliance;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ForwardingList;
import java.util.List;
import java.util.RandomAccess;
import org.bmi4j.core.internal.KeyedList;
import org.jspecify.annotations.Nullable;

/**
 * The current partners of an alliance, in the order they were proposed: an immutable list that
 * shares its storage with the list it grew from, so that proposing, changing (committing, staking)
 * and removing one partner, and finding one by id, cost O(1) amortised however many partners there
 * are and however many came and went, and reading the list after a change costs O(partners), not
 * O(history) (library formalisation). Held as a {@link KeyedList} keyed by partner id: ids are
 * unique, and a second partner of one id is refused.
 */
final class PartnerLog extends ForwardingList<Partner> implements RandomAccess {
  static final PartnerLog EMPTY = new PartnerLog(KeyedList.empty(Partner::id));

  private final KeyedList<Partner> partners;

  private PartnerLog(KeyedList<Partner> partners) {
    this.partners = partners;
  }

  /**
   * Returns the log of {@code partners}, in order; O(1) if it is a log already.
   *
   * @throws IllegalArgumentException if two partners have one id
   */
  static PartnerLog copyOf(Iterable<Partner> partners) {
    if (partners instanceof PartnerLog log) {
      return log;
    }
    KeyedList<Partner> log = EMPTY.partners;
    for (Partner partner : partners) {
      checkArgument(
          !log.containsKey(partner.id()),
          "partner '%s' is named twice among the current partners; name each partner once",
          partner.id());
      log = log.put(partner);
    }
    return new PartnerLog(log);
  }

  /** Returns the current partner of id {@code id}, or null; O(1). */
  @Nullable Partner partner(String id) {
    return partners.find(id).orElse(null);
  }

  /** Returns whether a current partner has id {@code id}; O(1). */
  boolean contains(String id) {
    return partners.containsKey(id);
  }

  /**
   * Returns this log with {@code partner} after the others; O(1) amortised.
   *
   * @throws IllegalArgumentException if a current partner has its id
   */
  PartnerLog propose(Partner partner) {
    checkArgument(!contains(partner.id()), "partner '%s' is a partner already", partner.id());
    return new PartnerLog(partners.put(partner));
  }

  /**
   * Returns this log with {@code partner} in the place of the current partner of its id; O(1)
   * amortised.
   *
   * @throws IllegalArgumentException if no current partner has its id
   */
  PartnerLog replace(Partner partner) {
    checkCurrent(partner.id());
    return new PartnerLog(partners.put(partner));
  }

  /**
   * Returns this log without the current partner of id {@code id}; O(1) amortised.
   *
   * @throws IllegalArgumentException if no current partner has that id
   */
  PartnerLog remove(String id) {
    checkCurrent(id);
    return new PartnerLog(partners.without(id));
  }

  private void checkCurrent(String id) {
    checkArgument(contains(id), "'%s' is not a current partner", id);
  }

  @Override
  protected List<Partner> delegate() {
    return partners;
  }
}

package org.bmi4j.process.alliance;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Strings;
import com.google.common.collect.ForwardingList;
import com.google.common.collect.ImmutableSet;
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
 *
 * <p>So that the guards of a phase change cost O(1) however many partners there are (issue 13), the
 * log keeps the count of committed partners, changed in O(1) by each change, and remembers the last
 * partner id set it was compared with ({@link #isNamedBy}) and how many ids the two sets differ by,
 * carried in O(1) through each change: a contract asked about again, as on every exit from
 * FOUNDATION and OPERATION, is answered without walking the partners. Nothing of this is written to
 * documents: a log rebuilt from a plain list (a document read, a start context) counts its
 * committed partners when built and compares a set on the first question, and answers as one grown
 * by events does (library formalisation).
 */
final class PartnerLog extends ForwardingList<Partner> implements RandomAccess {
  static final PartnerLog EMPTY = new PartnerLog(KeyedList.empty(Partner::id), 0, null);

  /** A partner id set compared with the log, and how many ids the two differ by. */
  private record Naming(ImmutableSet<String> ids, int apart) {}

  private final KeyedList<Partner> partners;
  private final int committed;
  // the last set compared with this log or the log it grew from; a cache of what the partners
  // show, so a race between two threads computing it writes the same answer
  private volatile @Nullable Naming naming;

  private PartnerLog(KeyedList<Partner> partners, int committed, @Nullable Naming naming) {
    this.partners = partners;
    this.committed = committed;
    this.naming = naming;
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
    int committed = 0;
    for (Partner partner : partners) {
      checkArgument(
          !log.containsKey(partner.id()),
          "partner '%s' is named twice among the current partners; name each partner once",
          partner.id());
      log = log.put(partner);
      committed += partner.committed() ? 1 : 0;
    }
    return new PartnerLog(log, committed, null);
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
    Naming n = naming;
    return new PartnerLog(
        partners.put(partner),
        committed + (partner.committed() ? 1 : 0),
        n == null
            ? null
            : new Naming(n.ids(), n.apart() + (n.ids().contains(partner.id()) ? -1 : 1)));
  }

  /**
   * Returns this log with {@code partner} in the place of the current partner of its id; O(1)
   * amortised.
   *
   * @throws IllegalArgumentException if no current partner has its id
   */
  PartnerLog replace(Partner partner) {
    Partner replaced = current(partner.id());
    return new PartnerLog(
        partners.put(partner),
        committed - (replaced.committed() ? 1 : 0) + (partner.committed() ? 1 : 0),
        naming);
  }

  /**
   * Returns this log without the current partner of id {@code id}; O(1) amortised.
   *
   * @throws IllegalArgumentException if no current partner has that id
   */
  PartnerLog remove(String id) {
    Partner removed = current(id);
    Naming n = naming;
    return new PartnerLog(
        partners.without(id),
        committed - (removed.committed() ? 1 : 0),
        n == null ? null : new Naming(n.ids(), n.apart() + (n.ids().contains(id) ? 1 : -1)));
  }

  private Partner current(String id) {
    Partner current = partner(id);
    if (current == null) {
      throw new IllegalArgumentException(
          Strings.lenientFormat("'%s' is not a current partner", id));
    }
    return current;
  }

  /** Returns how many current partners are committed; O(1). */
  int committed() {
    return committed;
  }

  /**
   * Returns whether {@code ids} are exactly the current partners' ids: O(1) if this log, or the log
   * it grew from by proposals, changes and removals, was last compared with this very set (as a
   * signed contract's set is when signed), else O(ids), remembering the answer.
   */
  boolean isNamedBy(ImmutableSet<String> ids) {
    Naming n = naming;
    if (n == null || n.ids() != ids) {
      int notCurrent = 0;
      for (String id : ids) {
        notCurrent += partners.containsKey(id) ? 0 : 1;
      }
      // ids named but not current, plus current ids not named
      n = new Naming(ids, 2 * notCurrent + size() - ids.size());
      naming = n;
    }
    return n.apart() == 0;
  }

  @Override
  protected List<Partner> delegate() {
    return partners;
  }
}

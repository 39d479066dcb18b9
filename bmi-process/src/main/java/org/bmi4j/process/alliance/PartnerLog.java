package org.bmi4j.process.alliance;

import static com.google.common.base.Preconditions.checkArgument;
import static org.bmi4j.core.alliance.WinWinVerdict.EVERY_ENTRY;

import com.google.common.base.Strings;
import com.google.common.collect.ForwardingList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;
import org.bmi4j.core.alliance.ContributionLedger;
import org.bmi4j.core.internal.AppendLog;
import org.bmi4j.core.internal.KeyedList;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.GovernanceAssignment;
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
 * by events does (library formalisation). Likewise it remembers the last ledger and win-win ratio
 * its partners were judged on and how many are below ({@link #below}), carried in O(1) through each
 * change of partners and each recorded entry ({@link #recorded}), so that the win-win check on
 * every exit from DEVELOPMENT costs O(1) when no partner is below; and how many former partners
 * perform in the alliance BM ({@link #removedPerform}), carried through each proposal and removal
 * told of the former partners, so the check on every exit from FOUNDATION and OPERATION costs O(1)
 * when none does.
 */
final class PartnerLog extends ForwardingList<Partner> implements RandomAccess {
  static final PartnerLog EMPTY = new PartnerLog(KeyedList.empty(Partner::id), 0, null, null, null);

  /** A partner id set compared with the log, and how many ids the two differ by. */
  private record Naming(ImmutableSet<String> ids, int apart) {}

  /**
   * An alliance BM and former partners the current partners were judged on: the BM's performers
   * (performers and co-performers of its governance) and how many of them are former partners and
   * not current ones.
   */
  private record Performing(
      BusinessModel model,
      AppendLog<Partner> former,
      ImmutableSet<String> performers,
      int removed) {}

  /**
   * A ledger and ratio the current partners were judged on, counting every entry, and how many of
   * them are below the ratio ({@link ContributionLedger#partnersBelow}).
   */
  private record Watch(ContributionLedger ledger, BigDecimal ratio, int below) {
    /** Returns this watch with partner {@code id} come ({@code +1}) or gone ({@code -1}). */
    Watch with(String id, int sign) {
      return isBelow(ledger, ratio, id) ? new Watch(ledger, ratio, below + sign) : this;
    }
  }

  private final KeyedList<Partner> partners;
  private final int committed;
  // the last set compared with this log or the log it grew from; a cache of what the partners
  // show, so a race between two threads computing it writes the same answer. Racy by design, not
  // volatile: each cache is an immutable record whose final fields publish it whole to any thread
  // (JLS 17.5), and a stale or lost one only costs computing it again, where a volatile field
  // cost a fence for each write in the constructor, three for every change of the partners
  private @Nullable Naming naming;
  // the last ledger and ratio this log or the log it grew from was judged on; a cache like naming
  private @Nullable Watch watch;
  // the last alliance BM and former partners this log was judged on; a cache like naming, carried
  // only through the changes that are told of the former partners (propose and remove with them)
  private @Nullable Performing performing;

  private PartnerLog(
      KeyedList<Partner> partners,
      int committed,
      @Nullable Naming naming,
      @Nullable Watch watch,
      @Nullable Performing performing) {
    this.partners = partners;
    this.committed = committed;
    this.naming = naming;
    this.watch = watch;
    this.performing = performing;
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
    return new PartnerLog(log, committed, null, null, null);
  }

  /** Returns the current partner of id {@code id}, or null; O(1). */
  @Nullable Partner partner(String id) {
    return partners.valueOf(id);
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
    return propose(partner, null);
  }

  /**
   * Returns this log with {@code partner} after the others, as {@link #propose(Partner)} does,
   * carrying what it knows of removed partners performing (see {@link #removedPerform}) if {@code
   * former} are the former partners it was judged with; O(1) amortised.
   *
   * @throws IllegalArgumentException if a current partner has its id
   */
  PartnerLog propose(Partner partner, @Nullable AppendLog<Partner> former) {
    String id = partner.id();
    checkArgument(!contains(id), "partner '%s' is a partner already", id);
    Naming n = naming;
    Watch w = watch;
    Performing p = performing;
    return new PartnerLog(
        partners.put(partner),
        committed + (partner.committed() ? 1 : 0),
        n == null ? null : new Naming(n.ids(), n.apart() + (n.ids().contains(id) ? -1 : 1)),
        w == null ? null : w.with(id, 1),
        p == null || former == null || p.former() != former
            ? null
            // a former partner proposed again no longer counts as removed
            : new Performing(
                p.model(),
                former,
                p.performers(),
                p.removed() - (p.performers().contains(id) && wasRemoved(former, id) ? 1 : 0)));
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
        naming,
        watch,
        performing);
  }

  /**
   * Returns this log without the current partner of id {@code id}; O(1) amortised.
   *
   * @throws IllegalArgumentException if no current partner has that id
   */
  PartnerLog remove(String id) {
    return remove(id, null, null);
  }

  /**
   * Returns this log without the current partner of id {@code id}, as {@link #remove(String)} does,
   * carrying what it knows of removed partners performing (see {@link #removedPerform}) if {@code
   * former} are the former partners it was judged with and {@code formerAfter} them with this
   * partner appended; O(1) amortised.
   *
   * @throws IllegalArgumentException if no current partner has that id
   */
  PartnerLog remove(
      String id, @Nullable AppendLog<Partner> former, @Nullable AppendLog<Partner> formerAfter) {
    Partner removed = current(id);
    Naming n = naming;
    Watch w = watch;
    Performing p = performing;
    return new PartnerLog(
        partners.without(id),
        committed - (removed.committed() ? 1 : 0),
        n == null ? null : new Naming(n.ids(), n.apart() + (n.ids().contains(id) ? 1 : -1)),
        w == null ? null : w.with(id, -1),
        p == null || former == null || formerAfter == null || p.former() != former
            ? null
            // a current partner, so not counted before: removed now
            : new Performing(
                p.model(),
                formerAfter,
                p.performers(),
                p.removed() + (p.performers().contains(id) ? 1 : 0)));
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

  /**
   * Returns how many current partners are below {@code ratio} on {@code ledger}, counting every
   * entry, as {@link ContributionLedger#partnersBelow} judges them: O(1) if this log, or the log it
   * grew from by proposals, changes and removals, was last judged on this very ledger or on the one
   * it grew from by {@link #recorded}, at an equal ratio; else O(partners), remembering the answer.
   */
  int below(ContributionLedger ledger, BigDecimal ratio) {
    if (isEmpty() || ledger.entries().isEmpty()) {
      return 0; // a partner without entries reaches any ratio
    }
    Watch w = watch;
    if (w == null || w.ledger() != ledger || w.ratio().compareTo(ratio) != 0) {
      w = new Watch(ledger, ratio, ledger.partnersBelow(ids(), ratio, EVERY_ENTRY).size());
      watch = w;
    }
    return w.below();
  }

  /**
   * Returns this log with what it watches carried from {@code before} to {@code after}, the ledger
   * {@code before} with one entry of {@code partner} appended: O(1), judging that partner alone.
   * The same log if it watches another ledger (the next {@link #below} then judges every partner).
   */
  PartnerLog recorded(ContributionLedger before, ContributionLedger after, String partner) {
    Watch w = watch;
    if (w == null || w.ledger() != before) {
      return this;
    }
    int below = w.below();
    if (partners.containsKey(partner)) {
      below +=
          (isBelow(after, w.ratio(), partner) ? 1 : 0)
              - (isBelow(before, w.ratio(), partner) ? 1 : 0);
    }
    return new PartnerLog(
        partners, committed, naming, new Watch(after, w.ratio(), below), performing);
  }

  /**
   * Returns whether a partner in {@code former} that is not a current partner performs or
   * co-performs an activity of {@code model}: O(1) if this log, or the log it grew from by changes
   * told of the former partners, was last judged on this very model with these very former
   * partners; else O(the model's governance), remembering the answer. The count behind it changes
   * in O(1) with each proposal and removal ({@link #propose(Partner, AppendLog)}, {@link
   * #remove(String, AppendLog, AppendLog)}), so the check of every FOUNDATION and OPERATION exit
   * costs O(1) when no removed partner performs (library formalisation).
   */
  boolean removedPerform(BusinessModel model, AppendLog<Partner> former) {
    Performing p = performing;
    if (p == null || p.model() != model || p.former() != former) {
      ImmutableSet<String> performers = p != null && p.model() == model ? p.performers() : null;
      if (performers == null) {
        ImmutableSet.Builder<String> of = ImmutableSet.builder();
        for (GovernanceAssignment assignment : model.governance()) {
          of.add(assignment.performer()).addAll(assignment.coPerformers());
        }
        performers = of.build();
      }
      int removed = 0;
      for (String id : performers) {
        removed += wasRemoved(former, id) && !partners.containsKey(id) ? 1 : 0;
      }
      p = new Performing(model, former, performers, removed);
      performing = p;
    }
    return p.removed() > 0;
  }

  /** Returns whether {@code id} is among {@code former}, a log keyed by partner id; O(1). */
  private static boolean wasRemoved(AppendLog<Partner> former, String id) {
    return former.lastIndex(id) >= 0;
  }

  private static boolean isBelow(ContributionLedger ledger, BigDecimal ratio, String partner) {
    return !ledger.entries().isEmpty()
        && !ledger.partnersBelow(List.of(partner), ratio, EVERY_ENTRY).isEmpty();
  }

  private List<String> ids() {
    List<String> ids = new ArrayList<>(size());
    for (Partner partner : partners) {
      ids.add(partner.id());
    }
    return ids;
  }

  @Override
  protected List<Partner> delegate() {
    return partners;
  }
}

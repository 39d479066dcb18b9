package org.bmi4j.process.alliance;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Objects;
import java.util.RandomAccess;
import org.bmi4j.core.internal.AppendLog;
import org.jspecify.annotations.Nullable;

/**
 * The current partners of an alliance, in the order they were proposed: an immutable list that
 * shares its storage with the list it grew from, so that proposing, changing (committing, staking)
 * and removing one partner, and finding one by id, cost O(1) amortised however many partners there
 * are and however many came and went (library formalisation of a persistent list with tombstones).
 *
 * <p>Up to {@link #FEW} partners are held in a small array copied on each change, which costs less
 * than the log's upkeep. Beyond, each change appends an entry for the partner's place (its slot, in
 * proposal order) to a shared log; a removal appends an entry without a partner. The list itself,
 * for iteration and {@link #get}, is then made from the entries on first request, in O(entries),
 * and kept; steps that only propose, change or remove never make it. Ids are unique: a second
 * partner of one id is refused.
 */
final class PartnerLog extends AbstractList<Partner> implements RandomAccess {
  /** A partner at its slot, or the slot emptied when {@code partner} is null. */
  private record Entry(String id, int slot, @Nullable Partner partner) {}

  /** The most partners held in a copied array rather than a log (library formalisation). */
  static final int FEW = 8;

  private static final AppendLog<Entry> NO_ENTRIES = AppendLog.keyed(Entry::id);

  static final PartnerLog EMPTY = new PartnerLog(new Partner[0]);

  private final Partner @Nullable [] few; // the partners while there are few; null once a log
  private final AppendLog<Entry> entries; // keyed by partner id; an id's last entry holds
  private final int size; // current partners
  private final int slots; // places ever given, in proposal order
  // made on first request; a race makes equal lists, each safely published (ImmutableList is final)
  private @Nullable ImmutableList<Partner> current;

  private PartnerLog(Partner[] few) {
    this.few = few;
    this.entries = NO_ENTRIES;
    this.size = few.length;
    this.slots = 0;
  }

  private PartnerLog(AppendLog<Entry> entries, int size, int slots) {
    this.few = null;
    this.entries = entries;
    this.size = size;
    this.slots = slots;
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
    PartnerLog log = EMPTY;
    for (Partner partner : partners) {
      checkArgument(
          !log.contains(partner.id()),
          "partner '%s' is named twice among the current partners; name each partner once",
          partner.id());
      log = log.propose(partner);
    }
    return log;
  }

  /** Returns the current partner of id {@code id}, or null; O(1). */
  @Nullable Partner partner(String id) {
    if (few != null) {
      int i = indexOf(few, id);
      return i < 0 ? null : few[i];
    }
    int at = entries.lastIndex(id);
    return at < 0 ? null : entries.get(at).partner();
  }

  /** Returns whether a current partner has id {@code id}; O(1). */
  boolean contains(String id) {
    return partner(id) != null;
  }

  /**
   * Returns this log with {@code partner} after the others; O(1) amortised.
   *
   * @throws IllegalArgumentException if a current partner has its id
   */
  PartnerLog propose(Partner partner) {
    checkArgument(!contains(partner.id()), "partner '%s' is a partner already", partner.id());
    if (few != null) {
      if (few.length < FEW) {
        Partner[] next = Arrays.copyOf(few, few.length + 1);
        next[few.length] = partner;
        return new PartnerLog(next);
      }
      PartnerLog log = new PartnerLog(NO_ENTRIES, 0, 0);
      for (Partner p : few) {
        log = log.propose(p);
      }
      return log.propose(partner);
    }
    return new PartnerLog(
        entries.append(new Entry(partner.id(), slots, partner)), size + 1, slots + 1);
  }

  /**
   * Returns this log with {@code partner} in the place of the current partner of its id; O(1)
   * amortised.
   *
   * @throws IllegalArgumentException if no current partner has its id
   */
  PartnerLog replace(Partner partner) {
    if (few != null) {
      Partner[] next = few.clone();
      next[indexOfCurrent(few, partner.id())] = partner;
      return new PartnerLog(next);
    }
    return new PartnerLog(
        entries.append(new Entry(partner.id(), slotOf(partner.id()), partner)), size, slots);
  }

  /**
   * Returns this log without the current partner of id {@code id}; O(1) amortised.
   *
   * @throws IllegalArgumentException if no current partner has that id
   */
  PartnerLog remove(String id) {
    if (few != null) {
      int i = indexOfCurrent(few, id);
      Partner[] next = new Partner[few.length - 1];
      System.arraycopy(few, 0, next, 0, i);
      System.arraycopy(few, i + 1, next, i, few.length - i - 1);
      return new PartnerLog(next);
    }
    return new PartnerLog(entries.append(new Entry(id, slotOf(id), null)), size - 1, slots);
  }

  private static int indexOf(Partner[] partners, String id) {
    for (int i = 0; i < partners.length; i++) {
      if (partners[i].id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  private static int indexOfCurrent(Partner[] partners, String id) {
    int i = indexOf(partners, id);
    checkArgument(i >= 0, "'%s' is not a current partner", id);
    return i;
  }

  private int slotOf(String id) {
    int at = entries.lastIndex(id);
    checkArgument(
        at >= 0 && entries.get(at).partner() != null, "'%s' is not a current partner", id);
    return entries.get(at).slot();
  }

  /** Returns the current partners as a list, made once from the entries. */
  private ImmutableList<Partner> current() {
    ImmutableList<Partner> made = current;
    if (made == null) {
      @Nullable Partner[] bySlot = new Partner[slots];
      for (Entry entry : entries) {
        bySlot[entry.slot()] = entry.partner(); // a later entry of a slot overrides an earlier
      }
      ImmutableList.Builder<Partner> live = ImmutableList.builderWithExpectedSize(size);
      for (Partner partner : bySlot) {
        if (partner != null) {
          live.add(partner);
        }
      }
      made = live.build();
      current = made;
    }
    return made;
  }

  @Override
  public Partner get(int index) {
    if (few != null) {
      Objects.checkIndex(index, few.length);
      return few[index];
    }
    return current().get(index);
  }

  @Override
  public Iterator<Partner> iterator() {
    return few != null ? super.iterator() : current().iterator();
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean isEmpty() {
    return size == 0;
  }
}

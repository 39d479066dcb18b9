package org.bmi4j.process.multilevel;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.bmi4j.core.internal.AppendLog;
import org.bmi4j.process.firm.FirmPhase;
import org.jspecify.annotations.Nullable;

/**
 * The firm processes of a multi-level alliance by partner id, in the order they became known: a
 * persistent collection whose versions share storage, so that moving one firm costs O(log firms)
 * however many firms there are (issue 13; library formalisation of a bit-partitioned vector trie).
 *
 * <ul>
 *   <li>Up to {@link #WIDTH} firms are one array, copied by a change (a few references). Beyond,
 *       they are a trie of nodes of {@link #WIDTH} slots, five bits of the index per level: a
 *       change copies the nodes on the path to its firm (at most four for a million firms) and
 *       shares the rest with the version it came from.
 *   <li>A firm is found by partner id in O(1): up to {@link #SCANNED} firms by scanning the array,
 *       beyond through the partner ids, a keyed {@link AppendLog} in the order of the firms, shared
 *       by every version with the same partners and grown by one id for a new firm.
 *   <li>Each node knows which of its slots hold (or lead to) an attached firm, and an attached firm
 *       in CONSOLIDATION, so the firms a phase change moves and those the wiring reaches are found
 *       without walking the others ({@link #nextAttached}, {@link #nextConsolidating}); and the
 *       firms a version changed since an earlier one are found by skipping the nodes the two share
 *       ({@link #nextChanged}).
 * </ul>
 *
 * <p>The map the public API hands out is made on first request and kept.
 */
final class Firms {
  /**
   * Up to this many firms a lookup scans the array, which costs less than keeping the partner ids
   * (library formalisation).
   */
  static final int SCANNED = 8;

  /** The slots of a node, and the most firms held in one array (library formalisation). */
  static final int WIDTH = 32;

  private static final int BITS = 5;
  private static final int MASK = WIDTH - 1;

  private static final AppendLog<String> NO_IDS = AppendLog.keyed(id -> id);

  static final Firms NONE = new Firms(new PartnerFirm[0], null);

  /**
   * A node of the trie of more than {@link #WIDTH} firms: at the lowest level its slots are firms,
   * above they are nodes; bit {@code k} of {@code attached} is set if slot {@code k} is, or leads
   * to, an attached firm, and of {@code consolidating} if an attached firm in CONSOLIDATION.
   */
  private static final class Node {
    final Object[] slots;
    final int attached;
    final int consolidating;

    Node(Object[] slots, int attached, int consolidating) {
      this.slots = slots;
      this.attached = attached;
      this.consolidating = consolidating;
    }

    /**
     * Returns a node of {@code slots} at {@code shift}, marked as {@code attached} and {@code
     * consolidating} with slot {@code k} read again.
     */
    static Node of(Object[] slots, int attached, int consolidating, int k, int shift) {
      int bit = 1 << k;
      int marks = marks(slots[k], shift);
      return new Node(
          slots,
          (marks & 1) != 0 ? attached | bit : attached & ~bit,
          (marks & 2) != 0 ? consolidating | bit : consolidating & ~bit);
    }
  }

  /**
   * Returns the marks of {@code slot} of a node at {@code shift}: 1 if it is, or leads to, an
   * attached firm, plus 2 if an attached firm in CONSOLIDATION.
   */
  private static int marks(Object slot, int shift) {
    if (shift == 0) {
      PartnerFirm firm = (PartnerFirm) slot;
      return (isAttached(firm) ? 1 : 0) | (isConsolidating(firm) ? 2 : 0);
    }
    Node node = (Node) slot;
    return (node.attached != 0 ? 1 : 0) | (node.consolidating != 0 ? 2 : 0);
  }

  // a PartnerFirm[] of at most WIDTH firms, or the root Node of a trie of more
  private final Object root;
  // beyond SCANNED firms, the partner ids in the order of the firms, keyed by themselves: always
  // kept for a trie (its size), made on first lookup for an array if not kept; a race makes equal
  // logs, each safely published (final fields)
  private @Nullable AppendLog<String> ids;
  // made on first request; a race makes equal maps, each safely published (ImmutableMap is final)
  private @Nullable ImmutableMap<String, PartnerFirm> map;

  private Firms(Object root, @Nullable AppendLog<String> ids) {
    this.root = root;
    this.ids = ids;
  }

  /** Returns the firms in the given order; a later firm of a partner replaces the earlier one. */
  static Firms of(Iterable<PartnerFirm> firms) {
    List<PartnerFirm> all = new ArrayList<>();
    AppendLog<String> ids = NO_IDS;
    for (PartnerFirm firm : firms) {
      int at = ids.lastIndex(firm.partner());
      if (at >= 0) {
        all.set(at, firm);
      } else {
        all.add(firm);
        ids = ids.append(firm.partner());
      }
    }
    PartnerFirm[] array = all.toArray(new PartnerFirm[0]);
    if (array.length <= WIDTH) {
      return new Firms(array, array.length > SCANNED ? ids : null);
    }
    // the lowest level's nodes from the array, then each level's from the one below: O(firms)
    Object[] level = new Object[(array.length + MASK) / WIDTH];
    for (int n = 0; n < level.length; n++) {
      level[n] =
          node(Arrays.copyOfRange(array, n * WIDTH, Math.min(array.length, (n + 1) * WIDTH)), 0);
    }
    for (int shift = BITS; level.length > 1; shift += BITS) {
      Object[] above = new Object[(level.length + MASK) / WIDTH];
      for (int n = 0; n < above.length; n++) {
        above[n] =
            node(
                Arrays.copyOfRange(level, n * WIDTH, Math.min(level.length, (n + 1) * WIDTH)),
                shift);
      }
      level = above;
    }
    return new Firms(level[0], ids);
  }

  /** Returns the node of {@code slots} at {@code shift}, every mark read. */
  private static Node node(Object[] slots, int shift) {
    int attached = 0;
    int consolidating = 0;
    for (int k = 0; k < slots.length; k++) {
      int marks = marks(slots[k], shift);
      attached |= (marks & 1) << k;
      consolidating |= ((marks >>> 1) & 1) << k;
    }
    return new Node(slots, attached, consolidating);
  }

  /** Returns the shift of the root of a trie of {@code size} firms, more than {@link #WIDTH}. */
  private static int shift(int size) {
    int bits = 32 - Integer.numberOfLeadingZeros(size - 1); // of the last index
    return (bits - 1) / BITS * BITS;
  }

  int size() {
    return root instanceof PartnerFirm[] all ? all.length : Objects.requireNonNull(ids).size();
  }

  /** Returns whether {@code firm} is attached. */
  static boolean isAttached(PartnerFirm firm) {
    return firm.attachment() == Attachment.ATTACHED;
  }

  /** Returns whether {@code firm} is attached in CONSOLIDATION, where the wiring reaches it. */
  static boolean isConsolidating(PartnerFirm firm) {
    return firm.attachment() == Attachment.ATTACHED
        && firm.process().state() == FirmPhase.CONSOLIDATION;
  }

  /** Returns the firm at {@code index}, in the order they became known; O(log firms). */
  PartnerFirm at(int index) {
    // the array's path small enough for the JIT to inline wherever firms are read
    return root instanceof PartnerFirm[] all ? all[index] : inTrie(index);
  }

  /** Returns the firm at {@code index} of a trie. */
  private PartnerFirm inTrie(int index) {
    int size = size();
    Objects.checkIndex(index, size);
    Node node = (Node) root;
    for (int shift = shift(size); shift > 0; shift -= BITS) {
      node = (Node) node.slots[(index >>> shift) & MASK];
    }
    return (PartnerFirm) node.slots[index & MASK];
  }

  /** Returns the index of the firm of {@code partner}, or -1; O(1). */
  int indexOf(String partner) {
    if (root instanceof PartnerFirm[] all && all.length <= SCANNED) {
      for (int i = 0; i < all.length; i++) {
        if (all[i].partner().equals(partner)) {
          return i;
        }
      }
      return -1;
    }
    return ids().lastIndex(partner);
  }

  /** Returns the firm of {@code partner}, or null; O(log firms). */
  @Nullable PartnerFirm get(String partner) {
    int at = indexOf(partner);
    return at < 0 ? null : at(at);
  }

  /** Returns the partner ids, made from the array once if not kept. */
  private AppendLog<String> ids() {
    AppendLog<String> made = ids;
    if (made == null) {
      made = NO_IDS;
      for (PartnerFirm firm : (PartnerFirm[]) root) { // a trie always keeps them
        made = made.append(firm.partner());
      }
      ids = made;
    }
    return made;
  }

  /** Returns these firms with {@code firm} in place of its partner's, or added last if new. */
  Firms with(PartnerFirm firm) {
    int at = indexOf(firm.partner());
    if (at >= 0) {
      return withAt(at, firm);
    }
    int size = size();
    if (root instanceof PartnerFirm[] all && size < WIDTH) {
      PartnerFirm[] next = Arrays.copyOf(all, size + 1);
      next[size] = firm;
      return new Firms(next, next.length > SCANNED ? ids().append(firm.partner()) : null);
    }
    AppendLog<String> grown = ids().append(firm.partner());
    Node top = root instanceof PartnerFirm[] all ? node(all, 0) : (Node) root;
    int shift = size == WIDTH ? 0 : shift(size);
    if (size == 1 << (shift + BITS)) { // full: a new root above
      return new Firms(node(new Object[] {top, path(firm, shift)}, shift + BITS), grown);
    }
    return new Firms(pushed(top, shift, size, firm), grown);
  }

  /** Returns a path from a node at {@code shift} down to {@code firm} alone. */
  private static Node path(PartnerFirm firm, int shift) {
    Object[] slots = {shift == 0 ? firm : path(firm, shift - BITS)};
    return Node.of(slots, 0, 0, 0, shift);
  }

  /** Returns {@code node} at {@code shift} with {@code firm} added at {@code index}, its last. */
  private static Node pushed(Node node, int shift, int index, PartnerFirm firm) {
    int k = (index >>> shift) & MASK;
    Object[] slots;
    if (shift == 0) {
      slots = Arrays.copyOf(node.slots, k + 1);
      slots[k] = firm;
    } else if (k < node.slots.length) {
      slots = node.slots.clone();
      slots[k] = pushed((Node) slots[k], shift - BITS, index, firm);
    } else {
      slots = Arrays.copyOf(node.slots, k + 1);
      slots[k] = path(firm, shift - BITS);
    }
    return Node.of(slots, node.attached, node.consolidating, k, shift);
  }

  /**
   * Returns {@code node} at {@code shift} with the firm at {@code index} replaced by {@code firm}.
   */
  private static Node replaced(Node node, int shift, int index, PartnerFirm firm) {
    int k = (index >>> shift) & MASK;
    Object[] slots = node.slots.clone();
    slots[k] = shift == 0 ? firm : replaced((Node) slots[k], shift - BITS, index, firm);
    return Node.of(slots, node.attached, node.consolidating, k, shift);
  }

  /**
   * Returns these firms with the firm at {@code index} replaced by {@code firm} of the same
   * partner; O(log firms).
   */
  Firms withAt(int index, PartnerFirm firm) {
    if (root instanceof PartnerFirm[] all) {
      if (all[index] == firm) {
        return this;
      }
      PartnerFirm[] next = all.clone();
      next[index] = firm;
      return new Firms(next, ids);
    }
    if (at(index) == firm) {
      return this;
    }
    return new Firms(replaced((Node) root, shift(size()), index, firm), ids);
  }

  /**
   * Returns {@code draft} (null to start one) with the firm at {@code index} replaced by {@code
   * firm} of the same partner: several firms replaced in one operation, made firms by {@link
   * #edited}. For an array, one copy for every firm replaced; for a trie, a path per firm.
   */
  Object edit(@Nullable Object draft, int index, PartnerFirm firm) {
    if (root instanceof PartnerFirm[] all) {
      PartnerFirm[] copy = draft == null ? all.clone() : (PartnerFirm[]) draft;
      copy[index] = firm;
      return copy;
    }
    return (draft == null ? this : (Firms) draft).withAt(index, firm);
  }

  /** Returns the firms of {@code draft} from {@link #edit}, or these firms if it is null. */
  Firms edited(@Nullable Object draft) {
    if (draft == null) {
      return this;
    }
    return draft instanceof PartnerFirm[] all ? new Firms(all, ids) : (Firms) draft;
  }

  /** Returns the index of the first attached firm at {@code from} or after it, or -1. */
  int nextAttached(int from) {
    return next(from, false);
  }

  /**
   * Returns the index of the first firm attached in CONSOLIDATION at {@code from} or after, or -1.
   */
  int nextConsolidating(int from) {
    return next(from, true);
  }

  private int next(int from, boolean consolidating) {
    return root instanceof PartnerFirm[] all
        ? next(all, from, consolidating)
        : next((Node) root, shift(size()), 0, Math.max(0, from), consolidating);
  }

  /** Returns the first index at {@code from} or after it of a marked firm of {@code all}, or -1. */
  private static int next(PartnerFirm[] all, int from, boolean consolidating) {
    for (int i = Math.max(0, from); i < all.length; i++) {
      if (consolidating ? isConsolidating(all[i]) : isAttached(all[i])) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Returns the first index at {@code from} or after it, under {@code node} at {@code shift} whose
   * first index is {@code base}, of a marked firm, or -1; O(log firms).
   */
  private static int next(Node node, int shift, int base, int from, boolean consolidating) {
    int k = from <= base ? 0 : (from - base) >>> shift;
    if (k >= WIDTH) {
      return -1;
    }
    for (int marks = (consolidating ? node.consolidating : node.attached) & (-1 << k);
        marks != 0;
        marks &= marks - 1) {
      int j = Integer.numberOfTrailingZeros(marks);
      int start = base + (j << shift);
      if (shift == 0) {
        return start;
      }
      int found =
          next((Node) node.slots[j], shift - BITS, start, Math.max(from, start), consolidating);
      if (found >= 0) {
        return found;
      }
    }
    return -1;
  }

  /**
   * Returns the index of the first firm at {@code from} or after it that is not the same in {@code
   * earlier}, a version these firms grew from (or new since), or -1. Skips the nodes the two share:
   * O(log firms) per firm changed.
   */
  int nextChanged(Firms earlier, int from) {
    int size = size();
    if (root instanceof Node node
        && earlier.root instanceof Node before
        && shift(size) == shift(earlier.size())) {
      return changed(node, before, shift(size), 0, Math.max(0, from));
    }
    for (int i = Math.max(0, from); i < size; i++) { // at most once per level grown
      if (i >= earlier.size() || earlier.at(i) != at(i)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Returns the first index at {@code from} or after it, under {@code node} at {@code shift} whose
   * first index is {@code base}, whose firm is not the one under {@code before} (null if it has
   * none there), or -1.
   */
  private static int changed(Node node, @Nullable Node before, int shift, int base, int from) {
    if (node == before) {
      return -1;
    }
    int k = from <= base ? 0 : (from - base) >>> shift;
    for (int j = k; j < node.slots.length; j++) {
      Object was = before != null && j < before.slots.length ? before.slots[j] : null;
      Object is = node.slots[j];
      if (is == was) {
        continue;
      }
      int start = base + (j << shift);
      if (shift == 0) {
        return start;
      }
      int found = changed((Node) is, (Node) was, shift - BITS, start, Math.max(from, start));
      if (found >= 0) {
        return found;
      }
    }
    return -1;
  }

  /**
   * Returns how many slots of this version's storage are not shared with {@code earlier}: what a
   * change cost in memory (tests).
   */
  int slotsNotSharedWith(Firms earlier) {
    Set<Object> shared = Collections.newSetFromMap(new IdentityHashMap<>());
    collect(earlier.root, shared);
    return notShared(root, shared);
  }

  private static void collect(Object storage, Set<Object> into) {
    if (into.add(storage) && storage instanceof Node node) {
      into.add(node.slots);
      for (Object slot : node.slots) {
        collect(slot, into);
      }
    }
  }

  private static int notShared(Object storage, Set<Object> shared) {
    if (shared.contains(storage)) {
      return 0;
    }
    if (storage instanceof PartnerFirm[] all) {
      return all.length;
    }
    if (!(storage instanceof Node node)) {
      return 0; // a firm
    }
    int slots = node.slots.length;
    for (Object slot : node.slots) {
      slots += notShared(slot, shared);
    }
    return slots;
  }

  /** Returns the firms as a map by partner id, in the order they became known. */
  ImmutableMap<String, PartnerFirm> asMap() {
    ImmutableMap<String, PartnerFirm> made = map;
    if (made == null) {
      int size = size();
      ImmutableMap.Builder<String, PartnerFirm> builder =
          ImmutableMap.builderWithExpectedSize(size);
      for (int i = 0; i < size; i++) {
        PartnerFirm firm = at(i);
        builder.put(firm.partner(), firm);
      }
      made = builder.buildOrThrow();
      map = made;
    }
    return made;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Firms other && asMap().equals(other.asMap());
  }

  @Override
  public int hashCode() {
    return asMap().hashCode();
  }

  @Override
  public String toString() {
    return asMap().toString();
  }
}

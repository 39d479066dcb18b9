package org.bmi4j.process.multilevel;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bmi4j.core.internal.AppendLog;
import org.jspecify.annotations.Nullable;

/**
 * The firm processes of a multi-level alliance by partner id, in the order they became known: an
 * immutable array, so that moving one firm copies a few references instead of rebuilding a map
 * (library formalisation). A firm is found by partner id in O(1) however many firms there are: up
 * to {@link #SCANNED} firms by scanning the array, beyond through the partner ids, a keyed {@link
 * AppendLog} in the order of the array, shared by every version with the same partners and grown by
 * one id for a new firm (issue 13: the wiring looks up each partner's firm). The map the public API
 * hands out is made on first request and kept.
 */
final class Firms {
  /**
   * Up to this many firms a lookup scans the array, which costs less than keeping the partner ids
   * (library formalisation).
   */
  static final int SCANNED = 8;

  private static final AppendLog<String> NO_IDS = AppendLog.keyed(id -> id);

  static final Firms NONE = new Firms(new PartnerFirm[0], null);

  private final PartnerFirm[] all;
  // beyond SCANNED firms, the partner ids in the order of all, keyed by themselves; made on first
  // lookup if not kept; a race makes equal logs, each safely published (final fields)
  private @Nullable AppendLog<String> ids;
  // made on first request; a race makes equal maps, each safely published (ImmutableMap is final)
  private @Nullable ImmutableMap<String, PartnerFirm> map;

  private Firms(PartnerFirm[] all, @Nullable AppendLog<String> ids) {
    this.all = all;
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
    return new Firms(all.toArray(new PartnerFirm[0]), all.size() > SCANNED ? ids : null);
  }

  int size() {
    return all.length;
  }

  /** Returns the firm at {@code index}, in the order they became known. */
  PartnerFirm at(int index) {
    return all[index];
  }

  /** Returns the index of the firm of {@code partner}, or -1; O(1). */
  int indexOf(String partner) {
    if (all.length <= SCANNED) {
      for (int i = 0; i < all.length; i++) {
        if (all[i].partner().equals(partner)) {
          return i;
        }
      }
      return -1;
    }
    return ids().lastIndex(partner);
  }

  /** Returns the firm of {@code partner}, or null; O(1). */
  @Nullable PartnerFirm get(String partner) {
    int at = indexOf(partner);
    return at < 0 ? null : all[at];
  }

  /** Returns the partner ids, made from the array once if not kept. */
  private AppendLog<String> ids() {
    AppendLog<String> made = ids;
    if (made == null) {
      made = NO_IDS;
      for (PartnerFirm firm : all) {
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
    PartnerFirm[] next = Arrays.copyOf(all, all.length + 1);
    next[all.length] = firm;
    return new Firms(next, next.length > SCANNED ? ids().append(firm.partner()) : null);
  }

  /**
   * Returns these firms with the firm at {@code index} replaced by {@code firm} of the same
   * partner.
   */
  Firms withAt(int index, PartnerFirm firm) {
    if (all[index] == firm) {
      return this;
    }
    PartnerFirm[] next = all.clone();
    next[index] = firm;
    return new Firms(next, ids);
  }

  /**
   * Returns a copy of the firms' array, for an operation replacing several firms ({@link
   * #replacedBy}).
   */
  PartnerFirm[] toArray() {
    return all.clone();
  }

  /**
   * Returns the firms of {@code all}, a copy of this one's array from {@link #toArray()} with firms
   * replaced by firms of the same partners; taken, not copied, and sharing these partner ids.
   */
  Firms replacedBy(PartnerFirm[] all) {
    return new Firms(all, ids);
  }

  /** Returns the firms as a map by partner id, in the order they became known. */
  ImmutableMap<String, PartnerFirm> asMap() {
    ImmutableMap<String, PartnerFirm> made = map;
    if (made == null) {
      ImmutableMap.Builder<String, PartnerFirm> builder =
          ImmutableMap.builderWithExpectedSize(all.length);
      for (PartnerFirm firm : all) {
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

package org.bmi4j.process.multilevel;

import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The firm processes of a multi-level alliance by partner id, in the order they became known: an
 * immutable array, so that moving one firm copies a few references instead of rebuilding a map
 * (library formalisation). An alliance has few partners, so a lookup scans the array; the map the
 * public API hands out is made on first request and kept.
 */
final class Firms {
  static final Firms NONE = new Firms(new PartnerFirm[0]);

  private final PartnerFirm[] all;
  // made on first request; a race makes equal maps, each safely published (ImmutableMap is final)
  private @Nullable ImmutableMap<String, PartnerFirm> map;

  private Firms(PartnerFirm[] all) {
    this.all = all;
  }

  /** Returns the firms in the given order; each partner once. */
  static Firms of(Iterable<PartnerFirm> firms) {
    Firms result = NONE;
    for (PartnerFirm firm : firms) {
      result = result.with(firm);
    }
    return result;
  }

  int size() {
    return all.length;
  }

  /** Returns the firm at {@code index}, in the order they became known. */
  PartnerFirm at(int index) {
    return all[index];
  }

  /** Returns the firm of {@code partner}, or null. */
  @Nullable PartnerFirm get(String partner) {
    for (PartnerFirm firm : all) {
      if (firm.partner().equals(partner)) {
        return firm;
      }
    }
    return null;
  }

  /** Returns these firms with {@code firm} in place of its partner's, or added last if new. */
  Firms with(PartnerFirm firm) {
    for (int i = 0; i < all.length; i++) {
      if (all[i].partner().equals(firm.partner())) {
        if (all[i] == firm) {
          return this;
        }
        PartnerFirm[] next = all.clone();
        next[i] = firm;
        return new Firms(next);
      }
    }
    PartnerFirm[] next = Arrays.copyOf(all, all.length + 1);
    next[all.length] = firm;
    return new Firms(next);
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
    return new Firms(next);
  }

  /**
   * Returns a copy of the firms' array, for an operation replacing several firms ({@link #wrap}).
   */
  PartnerFirm[] toArray() {
    return all.clone();
  }

  /**
   * Returns the firms of {@code all}, a copy from {@link #toArray()} with firms replaced by firms
   * of the same partners; taken, not copied.
   */
  static Firms wrap(PartnerFirm[] all) {
    return new Firms(all);
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

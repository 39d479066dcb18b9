package org.bmi4j.process.firm;

import java.util.AbstractList;
import java.util.Optional;
import java.util.RandomAccess;
import org.bmi4j.core.internal.AppendLog;
import org.jspecify.annotations.Nullable;

/**
 * The proposed partners of a firm, in the order first proposed, each as last proposed: an immutable
 * list that shares its storage with the list it grew from, so that proposing, re-proposing and
 * withdrawing a partner cost O(1) amortised however many partners there are (library
 * formalisation).
 *
 * <p>Each proposal of a partner not currently proposed takes a new place after the others; a
 * proposal of a partner already proposed appends a new version at its place; a withdrawal appends a
 * version that empties its place. The list shows the non-empty places in order; once empty places
 * outnumber the partners, the log is rebuilt from its partners (paid for by the withdrawals that
 * emptied them). Partner ids are unique.
 */
final class PartnerLog extends AbstractList<ProposedPartner> implements RandomAccess {
  /** A partner's place and its proposal there, or none once withdrawn. */
  private record Version(String id, int place, @Nullable ProposedPartner proposed) {}

  /** Empty places tolerated before a rebuild, whatever the partners' count. */
  private static final int SLACK = 16;

  static final PartnerLog EMPTY =
      new PartnerLog(AppendLog.keyed(Version::id), AppendLog.empty(), 0);

  private final AppendLog<Version> versions; // keyed by partner id; the last version counts
  private final AppendLog<String> places; // the partner id of each place, in the order proposed
  private final int size; // the non-empty places
  private volatile int @Nullable [] filled; // the non-empty places, made on first need

  private PartnerLog(AppendLog<Version> versions, AppendLog<String> places, int size) {
    this.versions = versions;
    this.places = places;
    this.size = size;
  }

  /**
   * Returns the partner proposed under actor id {@code id}, if proposed; O(1).
   *
   * @param id the partner's actor id
   * @return the partner proposed under that id, if proposed
   */
  Optional<ProposedPartner> find(String id) {
    Optional<Version> last = versions.last(id);
    return last.isPresent() ? Optional.ofNullable(last.get().proposed()) : Optional.empty();
  }

  /**
   * Returns this log with {@code proposed} in place of the earlier proposal of the same partner,
   * else after the others; O(1) amortised.
   *
   * @param proposed the proposed partner
   * @return this log with {@code proposed} among the partners
   */
  PartnerLog propose(ProposedPartner proposed) {
    String id = proposed.partner().id();
    Optional<Version> last = versions.last(id);
    if (last.isPresent() && last.get().proposed() != null) {
      return new PartnerLog(
          versions.append(new Version(id, last.get().place(), proposed)), places, size);
    }
    return new PartnerLog(
        versions.append(new Version(id, places.size(), proposed)), places.append(id), size + 1);
  }

  /**
   * Returns this log without the partner of actor id {@code id}; this log if it is not proposed.
   * O(1) amortised.
   *
   * @param id the partner's actor id
   * @return this log without that partner
   */
  PartnerLog withdraw(String id) {
    Optional<Version> last = versions.last(id);
    if (last.isEmpty() || last.get().proposed() == null) {
      return this;
    }
    PartnerLog after =
        new PartnerLog(
            versions.append(new Version(id, last.get().place(), null)), places, size - 1);
    int empty = after.places.size() - after.size;
    if (empty > SLACK && empty > after.size) {
      PartnerLog rebuilt = EMPTY;
      for (ProposedPartner partner : after) {
        rebuilt = rebuilt.propose(partner);
      }
      return rebuilt;
    }
    return after;
  }

  @Override
  public ProposedPartner get(int index) {
    java.util.Objects.checkIndex(index, size);
    int place = places.size() == size ? index : filled()[index];
    return java.util.Objects.requireNonNull(
        versions.last(places.get(place)).orElseThrow().proposed());
  }

  /** Returns the non-empty places in order, made once per version; O(places). */
  private int[] filled() {
    int[] made = filled;
    if (made == null) {
      made = new int[size];
      int n = 0;
      for (int place = 0; place < places.size(); place++) {
        Version last = versions.last(places.get(place)).orElseThrow();
        if (last.place() == place && last.proposed() != null) {
          made[n++] = place;
        }
      }
      filled = made;
    }
    return made;
  }

  @Override
  public int size() {
    return size;
  }
}

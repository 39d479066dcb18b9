package org.bmi4j.process.sst;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.AbstractList;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import org.bmi4j.core.internal.AppendLog;
import org.bmi4j.core.model.BusinessModel;

/**
 * The current business models of a cycle, in the order adopted, each as last adopted or revised: an
 * immutable list that shares its storage with the list it grew from, so that adopting beside or in
 * place of a BM, revising one and finding one by id cost O(1) amortised however many BMs there are
 * (library formalisation). Each change appends a new version of the BM at its place; the list shows
 * the last one. BM ids are unique.
 */
final class PortfolioLog extends AbstractList<BusinessModel> implements RandomAccess {
  /** A BM at its place in the portfolio. */
  private record Placed(int place, BusinessModel model) {}

  /** Where the BM of an id is, or -1 once another took its place. */
  private record At(String id, int place) {}

  static final PortfolioLog EMPTY =
      new PortfolioLog(AppendLog.keyed(Placed::place), AppendLog.keyed(At::id), 0);

  private final AppendLog<Placed> versions; // keyed by place; the last version of a place counts
  private final AppendLog<At> places; // keyed by BM id; the last entry of an id counts
  private final int size;

  private PortfolioLog(AppendLog<Placed> versions, AppendLog<At> places, int size) {
    this.versions = versions;
    this.places = places;
    this.size = size;
  }

  /**
   * Returns the log of {@code models}, in order; O(1) if it is a log already.
   *
   * @throws IllegalArgumentException if two models share an id, with {@code duplicate} as the
   *     message template (the organisation's id and the BM id)
   */
  static PortfolioLog copyOf(Iterable<BusinessModel> models, String duplicate, String owner) {
    if (models instanceof PortfolioLog log) {
      return log;
    }
    PortfolioLog log = EMPTY;
    for (BusinessModel model : models) {
      checkArgument(log.find(model.id()).isEmpty(), duplicate, owner, model.id());
      log = log.adopt(model, Optional.empty());
    }
    return log;
  }

  /** Returns the current BM of id {@code id}, if any; O(1). */
  Optional<BusinessModel> find(String id) {
    Optional<At> at = places.last(id);
    return at.isEmpty() || at.get().place() < 0
        ? Optional.empty()
        : Optional.of(get(at.get().place()));
  }

  /**
   * Returns this log with {@code model} in place of the current BM of id {@code replacing}, if
   * present and current, else after the others; O(1) amortised.
   */
  PortfolioLog adopt(BusinessModel model, Optional<String> replacing) {
    Optional<At> replaced = replacing.isPresent() ? places.last(replacing.get()) : Optional.empty();
    if (replaced.isPresent() && replaced.get().place() >= 0) {
      int place = replaced.get().place();
      AppendLog<At> after = places;
      if (!replacing.get().equals(model.id())) {
        after = after.append(new At(replacing.get(), -1)).append(new At(model.id(), place));
      }
      return new PortfolioLog(versions.append(new Placed(place, model)), after, size);
    }
    return new PortfolioLog(
        versions.append(new Placed(size, model)),
        places.append(new At(model.id(), size)),
        size + 1);
  }

  @Override
  public BusinessModel get(int index) {
    Objects.checkIndex(index, size);
    return versions.last(Integer.valueOf(index)).orElseThrow().model();
  }

  @Override
  public int size() {
    return size;
  }
}

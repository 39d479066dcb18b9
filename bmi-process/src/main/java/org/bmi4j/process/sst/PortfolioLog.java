package org.bmi4j.process.sst;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ForwardingList;
import java.util.List;
import java.util.Optional;
import java.util.RandomAccess;
import org.bmi4j.core.internal.KeyedList;
import org.bmi4j.core.model.BusinessModel;

/**
 * The current business models of a cycle, in the order adopted, each as last adopted or revised: an
 * immutable list that shares its storage with the list it grew from, so that adopting beside or in
 * place of a BM, revising one and finding one by id cost O(1) amortised however many BMs there are
 * (library formalisation). Held as a {@link KeyedList} keyed by BM id, so BM ids are unique.
 */
final class PortfolioLog extends ForwardingList<BusinessModel> implements RandomAccess {
  static final PortfolioLog EMPTY = new PortfolioLog(KeyedList.empty(BusinessModel::id));

  private final KeyedList<BusinessModel> models;

  private PortfolioLog(KeyedList<BusinessModel> models) {
    this.models = models;
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
    KeyedList<BusinessModel> log = EMPTY.models;
    for (BusinessModel model : models) {
      checkArgument(!log.containsKey(model.id()), duplicate, owner, model.id());
      log = log.put(model);
    }
    return new PortfolioLog(log);
  }

  /** Returns the current BM of id {@code id}, if any; O(1). */
  Optional<BusinessModel> find(String id) {
    return models.find(id);
  }

  /**
   * Returns this log with {@code model} in place of the current BM of id {@code replacing}, if
   * present and current, else in place of the current BM of its own id, else after the others; O(1)
   * amortised.
   *
   * @throws IllegalArgumentException if {@code model} would take the place of another BM while a
   *     current BM has its id (the Adopt guard refuses that first, as DUPLICATE_MODEL)
   */
  PortfolioLog adopt(BusinessModel model, Optional<String> replacing) {
    return new PortfolioLog(
        replacing.isPresent() ? models.putInPlaceOf(replacing.get(), model) : models.put(model));
  }

  @Override
  protected List<BusinessModel> delegate() {
    return models;
  }
}

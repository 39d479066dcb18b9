package org.bmi4j.core.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import org.bmi4j.core.model.ActivityLink;

/**
 * The identity of a business model element across two versions of a model: its kind and an id
 * unique among the elements of that kind (see {@link ElementKind} for how each kind is keyed).
 *
 * <p>Two elements with equal keys are the same element; if their values differ, it changed.
 *
 * @param kind the element's kind
 * @param id the id within the kind
 */
public record ElementKey(ElementKind kind, String id) {
  /**
   * @param kind the element's kind
   * @param id the id within the kind
   * @throws NullPointerException if either component is null
   */
  public ElementKey {
    checkNotNull(kind, "kind");
    checkNotNull(id, "id");
  }

  /**
   * Returns the key of an activity link: {@code from->to:FLOW}.
   *
   * @param link the activity link
   * @return the key of an activity link
   */
  public static ElementKey of(ActivityLink link) {
    return new ElementKey(
        ElementKind.LINK, link.upstream() + "->" + link.downstream() + ":" + link.flow());
  }

  @Override
  public String toString() {
    return kind + ":" + id;
  }
}

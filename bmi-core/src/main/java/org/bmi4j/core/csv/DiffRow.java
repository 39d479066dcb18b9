package org.bmi4j.core.csv;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One element change of a business model diff as a CSV row: {@link BmiCsv#DIFFS}.
 *
 * @param beforeModel the earlier model's id
 * @param beforeVersion the earlier model's version
 * @param afterModel the later model's id
 * @param afterVersion the later model's version
 * @param change ADDED, REMOVED or CHANGED
 * @param kind the element kind, such as OFFERING
 * @param id the element's key within its kind
 * @param valueFunctions the value functions it touches, separated by {@code ;}
 * @param designElements the activity-system design elements it touches, separated by {@code ;}
 */
public record DiffRow(
    String beforeModel,
    int beforeVersion,
    String afterModel,
    int afterVersion,
    String change,
    String kind,
    String id,
    String valueFunctions,
    String designElements) {
  /**
   * @param afterVersion the later model's version
   * @param beforeVersion the earlier model's version
   * @param beforeModel the earlier model's id
   * @param afterModel the later model's id
   * @param change ADDED, REMOVED or CHANGED
   * @param kind the element kind, such as OFFERING
   * @param id the element's key within its kind
   * @param valueFunctions the value functions it touches, separated by {@code ;}
   * @param designElements the activity-system design elements it touches, separated by {@code ;}
   * @throws NullPointerException if a component is null
   */
  public DiffRow {
    checkNotNull(beforeModel, "beforeModel");
    checkNotNull(afterModel, "afterModel");
    checkNotNull(change, "change");
    checkNotNull(kind, "kind");
    checkNotNull(id, "id");
    checkNotNull(valueFunctions, "valueFunctions");
    checkNotNull(designElements, "designElements");
  }
}

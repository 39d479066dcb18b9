package org.bmi4j.process;

/**
 * The critical point Spieth et al. name for each pair of corresponding phases of the alliance-level
 * and firm-level BMI processes, shared by both levels [SPIETH].
 *
 * <p>A critical point is the source's statement of what a phase must achieve; the exit guards of
 * the processes are the library's operational reading of it and are kept apart from it in code and
 * documentation.
 */
public enum CriticalPoint {
  /** CONCEPT / IDENTIFICATION: "a viable business case and internal approval". */
  VIABLE_BUSINESS_CASE("a viable business case and internal approval"),
  /** FOUNDATION / CONSOLIDATION: "a contract that clearly defines the working relationship". */
  CLEAR_CONTRACT("a contract that clearly defines the working relationship"),
  /** DEVELOPMENT / CREATION: "a win-win situation for all partners". */
  WIN_WIN("a win-win situation for all partners"),
  /** OPERATION / ADAPTION: "reintegrating the generated knowledge into the internal BMs". */
  KNOWLEDGE_REINTEGRATION("reintegrating the generated knowledge into the internal BMs");

  private final String description;

  CriticalPoint(String description) {
    this.description = description;
  }

  /**
   * Returns the source's wording of the critical point.
   *
   * @return the source's wording of the critical point
   */
  public String description() {
    return description;
  }
}

package org.bmi4j.process.alliance;

import java.util.Optional;
import org.bmi4j.process.CriticalPoint;
import org.jspecify.annotations.Nullable;

/** The phases and endings of the alliance-level BMI process [SPIETH]. */
public enum AlliancePhase {
  /**
   * Idea, commercial potential, market and competitor analysis, requirements split into what the
   * firm covers and what needs a partner, funding alone or shared, business case [SPIETH].
   */
  CONCEPT(CriticalPoint.VIABLE_BUSINESS_CASE),
  /**
   * Partner search, strategic and organisational fit, top-level commitment, contract,
   * organisational form, joint verification of the business case, project plan [SPIETH].
   */
  FOUNDATION(CriticalPoint.CLEAR_CONTRACT),
  /**
   * Developing and experimenting with the alliance BM, developing the product or service along the
   * milestones, measuring alliance success against each partner's input [SPIETH].
   */
  DEVELOPMENT(CriticalPoint.WIN_WIN),
  /**
   * Taking the BM to market, capturing value, balancing partners' input and output, forming a
   * vision for the alliance's future, reintegrating knowledge [SPIETH].
   */
  OPERATION(CriticalPoint.KNOWLEDGE_REINTEGRATION),
  /** Ending: the alliance BM is taken into one parent company [SPIETH]. */
  REINTEGRATED(null),
  /** Ending: the alliance BM is run on its own [SPIETH]. */
  INDEPENDENT(null),
  /** Ending: each partner continues the BM on its own, for example in split markets [SPIETH]. */
  SPLIT(null),
  /** Ending: the contract ran to the end it defined [SPIETH]. */
  COMPLETED(null),
  /**
   * Ending: the alliance business is sold to a named third party (a library addition, not in
   * [SPIETH]).
   */
  DIVESTED(null),
  /** Ending: unplanned failure, from any active phase, with a reason. */
  TERMINATED(null);

  private final @Nullable CriticalPoint criticalPoint;

  AlliancePhase(@Nullable CriticalPoint criticalPoint) {
    this.criticalPoint = criticalPoint;
  }

  /**
   * Returns the source's critical point of an active phase; empty for an ending.
   *
   * @return the source's critical point of an active phase
   */
  public Optional<CriticalPoint> criticalPoint() {
    return Optional.ofNullable(criticalPoint);
  }

  /**
   * Returns whether this is one of the four active phases.
   *
   * @return whether this is one of the four active phases
   */
  public boolean isActive() {
    return criticalPoint != null;
  }
}

package org.bmi4j.process.firm;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.EnumSet;
import org.bmi4j.core.model.ValueFunction;
import org.bmi4j.process.CriticalPoint;

/**
 * The four phases of the firm-level BMI process [Spieth, Laudien &amp; Meissner], each with the
 * business model elements it focuses on and the critical point the source names for it.
 *
 * <p>[SPIETH] describes the focus with Teece's three elements: value creation, delivery and
 * capture. Its "creation" includes articulating the value proposition, so it maps to the value
 * functions {@link ValueFunction#PROPOSITION} and {@link ValueFunction#CREATION}, delivery to
 * {@link ValueFunction#EXCHANGE} and capture to {@link ValueFunction#CAPTURE} (SPEC 4.3).
 *
 * <p>The critical point is the source's statement of what the pair of corresponding phases (one on
 * each level) must achieve; the exit guards of {@link FirmProcess} are the library's operational
 * reading of each phase and are kept apart from it.
 */
public enum FirmPhase {
  /**
   * Identifying enhancement ideas for the extant business model from technology leaps, social
   * developments, regulation, network input or scientific exchange, and lessons from former
   * alliances; focus: all four value functions [SPIETH].
   */
  IDENTIFICATION(CriticalPoint.VIABLE_BUSINESS_CASE, EnumSet.allOf(ValueFunction.class)),
  /**
   * Consolidating the ideas with a partner: aligning the two business models and finding their
   * intersection; focus: value creation, that is proposition and creation [SPIETH].
   */
  CONSOLIDATION(
      CriticalPoint.CLEAR_CONTRACT, EnumSet.of(ValueFunction.PROPOSITION, ValueFunction.CREATION)),
  /**
   * Creating the new business model on the alliance level only, the extant one staying unchanged (a
   * test balloon); focus: delivery and capture, that is exchange and capture [SPIETH].
   */
  CREATION(CriticalPoint.WIN_WIN, EnumSet.of(ValueFunction.EXCHANGE, ValueFunction.CAPTURE)),
  /**
   * Adapting the extant business model, the alliance business model serving as its role model;
   * focus: value capture [SPIETH].
   */
  ADAPTION(CriticalPoint.KNOWLEDGE_REINTEGRATION, EnumSet.of(ValueFunction.CAPTURE));

  private final CriticalPoint criticalPoint;
  private final ImmutableSet<ValueFunction> focus;

  FirmPhase(CriticalPoint criticalPoint, EnumSet<ValueFunction> focus) {
    this.criticalPoint = criticalPoint;
    this.focus = Sets.immutableEnumSet(focus);
  }

  /**
   * Returns the critical point [SPIETH] names for this phase and its alliance-level peer.
   *
   * @return the critical point names for this phase and its alliance-level peer
   */
  public CriticalPoint criticalPoint() {
    return criticalPoint;
  }

  /**
   * Returns the value functions the phase focuses on, in declaration order [SPIETH].
   *
   * @return the value functions the phase focuses on, in declaration order
   */
  public ImmutableSet<ValueFunction> focus() {
    return focus;
  }
}

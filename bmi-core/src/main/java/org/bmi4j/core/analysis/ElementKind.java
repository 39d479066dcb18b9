package org.bmi4j.core.analysis;

/**
 * The kinds of element a {@link BusinessModelDiff} compares, in the order a diff lists them.
 *
 * <p>Each constant names how an element of its kind is keyed ({@link ElementKey#id()}), the type of
 * its value ({@link ElementChange#before()}, {@link ElementChange#after()}) and the value functions
 * and design elements it touches. The keys and the mapping are the library's formalisation of SPEC
 * 3.2 and 3.3 (De Silva et al. 2019; Zott &amp; Amit 2010), not the sources' own.
 */
public enum ElementKind {
  /**
   * An actor, keyed by its id; value {@link org.bmi4j.core.model.Actor}. Touches the value
   * functions of the elements that refer to it (beneficiary of an offering: PROPOSITION; provider
   * of a resource: CREATION; party to an exchange: EXCHANGE; payer of a revenue stream or receiver
   * of a value share: CAPTURE) and STRUCTURE when it performs, co-performs or supervises an
   * activity (the performing units are the structure's nodes).
   */
  ACTOR,
  /**
   * An owner of the model, keyed by the owning actor's id; value that id as a {@link String}.
   * Touches no value function and no design element: ownership is outside both.
   */
  OWNER,
  /**
   * A mission value kind, keyed by the {@link org.bmi4j.core.model.ValueKind} name; value the
   * {@code ValueKind}. Touches PROPOSITION (what value the model is for).
   */
  MISSION,
  /**
   * An offering, keyed by its id; value {@link org.bmi4j.core.model.Offering}. Touches PROPOSITION.
   */
  OFFERING,
  /** A resource, keyed by its id; value {@link org.bmi4j.core.model.Resource}. Touches CREATION. */
  RESOURCE,
  /**
   * A value-creating activity ({@link
   * org.bmi4j.core.model.BusinessModel#valueCreatingActivities()}), keyed by the activity id; value
   * that id as a {@link String}. Touches CREATION.
   */
  VALUE_CREATING_ACTIVITY,
  /**
   * An exchange, keyed by its id; value {@link org.bmi4j.core.model.Exchange}. Touches EXCHANGE.
   */
  EXCHANGE,
  /**
   * A revenue stream, keyed by its id; value {@link org.bmi4j.core.model.RevenueStream}. Touches
   * CAPTURE.
   */
  REVENUE_STREAM,
  /** A cost item, keyed by its id; value {@link org.bmi4j.core.model.CostItem}. Touches CAPTURE. */
  COST_ITEM,
  /**
   * A value share, keyed by its id; value {@link org.bmi4j.core.model.ValueShare}. Touches CAPTURE.
   */
  VALUE_SHARE,
  /**
   * An activity, keyed by its id; value {@link org.bmi4j.core.model.Activity}. Touches CONTENT, and
   * CREATION as well when the activity is value-creating in the model holding it.
   */
  ACTIVITY,
  /**
   * A link between activities, keyed by {@code from->to:FLOW} (for example {@code
   * make->sell:GOODS}); value {@link org.bmi4j.core.model.ActivityLink}. Touches STRUCTURE. Since
   * the key is the whole link, a link is only ever added or removed, never changed.
   */
  LINK,
  /**
   * A governance assignment, keyed by the governed activity's id; value {@link
   * org.bmi4j.core.model.GovernanceAssignment}. Touches GOVERNANCE.
   */
  GOVERNANCE
}

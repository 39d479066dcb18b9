package org.bmi4j.process.sst;

/**
 * Which rule judges mission drift when a BM is designed, adopted or revised (library
 * formalisation).
 *
 * <p>[DESILVA] speaks of the dual mission at the level of the organisation: its BM innovation
 * creates social and economic value together, and scaling up must keep the dual mission. Where the
 * mission is lost is the library's reading. Both rules reject a BM that does not deliver every
 * mission value kind, naming the kinds it lacks (never delivered by the BM it revises or replaces)
 * or loses (delivered by it). {@link #OFFERING}, the default, also rejects taking a mission value
 * kind off an offering that carried it: another offering still carrying the kind does not make up
 * for it, since the offering's beneficiaries lose that value. An offering dropped altogether is
 * judged by the model-level rule alone.
 */
public enum DriftPolicy {
  /**
   * The default: the model-level rule, and no offering kept (same id) loses a mission value kind it
   * carried in the BM it revises or replaces (library formalisation).
   */
  OFFERING,
  /**
   * The model-level rule alone: the BM delivers every mission value kind (library formalisation).
   */
  MODEL
}

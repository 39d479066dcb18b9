package org.bmi4j.process.firm;

/** Whose alliance a lesson comes from [Spieth, Laudien &amp; Meissner]. */
public enum LessonSource {
  /** An alliance the firm itself conducted before [SPIETH]. */
  OWN_FORMER_ALLIANCE,
  /** An alliance the firm's partner conducted before [SPIETH]. */
  PARTNER_FORMER_ALLIANCE,
  /** Learned in this process, from the alliance of one of its cycles [SPIETH: lessons learned]. */
  LEARNED
}

package org.bmi4j.process.firm;

/** Where an enhancement idea came from [Spieth, Laudien &amp; Meissner]. */
public enum IdeaOrigin {
  /** A scientific setting, such as a joint research project [SPIETH]. */
  SCIENTIFIC_SETTING,
  /** A preceding project, such as a former alliance [SPIETH]. */
  PRECEDING_PROJECT,
  /** The firm itself [SPIETH]. */
  INTERNAL
}

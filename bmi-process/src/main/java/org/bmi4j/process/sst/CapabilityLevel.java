package org.bmi4j.process.sst;

/** The level at which a capability is deployed [DESILVA, Tables 4-5]. */
public enum CapabilityLevel {
  /** Individuals: founders' micro-foundations, or a boundary element in a firm. */
  INDIVIDUAL,
  /** The organisation. */
  ORGANISATIONAL,
  /** The ecosystem around the organisation. */
  ECOSYSTEM
}

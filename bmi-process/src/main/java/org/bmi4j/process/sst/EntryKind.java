package org.bmi4j.process.sst;

/** What a catalogue entry names [DESILVA, Tables 4-5]. */
public enum EntryKind {
  /** A capability or micro-foundation deployed at a stage. */
  CAPABILITY,
  /** What the organisation does at a stage. */
  STRATEGY,
  /** A challenge the organisation faces at a stage. */
  CHALLENGE
}

package org.bmi4j.process.multilevel;

/** How a firm's process relates to the alliance [SPIETH; coupling is the library's design]. */
public enum Attachment {
  /** A prospective partner running IDENTIFICATION on its own before it joins. */
  PROSPECTIVE,
  /** A current partner: its phase changes follow the alliance's. */
  ATTACHED,
  /** A removed partner, or any partner once the alliance ended: its process goes on alone. */
  DETACHED
}

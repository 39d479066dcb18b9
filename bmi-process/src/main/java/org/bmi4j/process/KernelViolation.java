package org.bmi4j.process;

/** The violations the kernel itself reports, whatever the process. */
public enum KernelViolation implements ViolationCode {
  /** The current state has no transition for the event's type. */
  EVENT_NOT_PERMITTED,
  /** The instance is in a terminal state, which absorbs every event. */
  PROCESS_ENDED
}

package org.bmi4j.process;

/**
 * The stable code of a violation. Each process names its codes in an enum implementing this
 * interface; constants are never renamed or removed, so applications may store them.
 */
public interface ViolationCode {
  /** Returns the code's stable name, such as {@code EVENT_NOT_PERMITTED}. */
  String name();
}

package org.bmi4j.process;

import java.util.List;
import org.bmi4j.core.model.MessageCode;

/**
 * The stable code of a violation. Each process names its codes in an enum implementing this
 * interface; constants are never renamed or removed, so applications may store them.
 *
 * <p>Every code of the library has its own sentence template, and every message of a library code
 * is that template filled in ({@link Violations#report}). A process of your own may do the same by
 * overriding {@link #sentence()}, or keep the default and add free-text messages with {@link
 * Violations#add(ViolationCode, String, String)}.
 */
public interface ViolationCode extends MessageCode {
  /**
   * Returns the code's stable name, such as {@code EVENT_NOT_PERMITTED}.
   *
   * @return the code's stable name, such as {@code EVENT_NOT_PERMITTED}
   */
  @Override
  String name();

  /**
   * Returns the sentence template of this code's messages: literal text with {@code %s} where a
   * message names what is wrong, where (id, partner, state, event) and the values involved, then
   * what would be right. The default, {@code "%s"}, is free text: the whole message is the one
   * argument.
   *
   * @return the sentence template of this code's messages
   */
  @Override
  default String sentence() {
    return "%s";
  }

  /**
   * Returns the names of the values a message of this code carries, one per {@code %s} of the
   * {@linkplain #sentence() sentence}, in order: {@link Violations#report} and {@link Violation#of}
   * put each argument into {@link Violation#values()} under its name. A name may repeat where the
   * sentence names one value twice. Each library code's Javadoc and its line in {@code
   * docs/codes.md} list these names. The default, no names, is for free-text codes.
   *
   * @return the names of the values a message of this code carries, in sentence order
   */
  @Override
  default List<String> valueNames() {
    return List.of();
  }
}

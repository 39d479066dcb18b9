package org.bmi4j.core.model;

import java.util.List;

/**
 * The stable code of a message the library reports: an integrity problem, a coherence finding, a
 * scenario problem, and in the process module a definition problem, a violation or an alliance
 * finding. Constants of the library's code enums are never renamed or removed, so applications may
 * store them and switch on them.
 *
 * <p>Each code has a sentence template of its own, and names each value its sentence uses: a
 * message of the code is the template with each {@code %s} filled, in order, by the value of the
 * same position in {@link #valueNames()}, and carries those values by name ({@link
 * CodedMessage#values()}), so that a caller acts on the values rather than parse the sentence.
 */
public interface MessageCode {
  /**
   * Returns the code's stable name, such as {@code UNKNOWN_ACTOR}.
   *
   * @return the code's stable name, such as {@code UNKNOWN_ACTOR}
   */
  String name();

  /**
   * Returns the sentence template of this code's messages: literal text with {@code %s} where a
   * message names what is wrong, where, and the values involved, then what would be right.
   *
   * @return the sentence template of this code's messages
   */
  String sentence();

  /**
   * Returns the names of the values a message of this code carries, one per {@code %s} of the
   * {@linkplain #sentence() sentence}, in order. A name may repeat where the sentence names one
   * value twice. Each library code's line in {@code docs/codes.md} lists these names.
   *
   * @return the names of the values a message of this code carries, in sentence order
   */
  List<String> valueNames();
}

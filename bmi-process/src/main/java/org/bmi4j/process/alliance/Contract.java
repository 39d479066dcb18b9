package org.bmi4j.process.alliance;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;

/**
 * The signed contract "that clearly defines the working relationship" [SPIETH]: the partner set it
 * names, its rules for the cooperation and its end, and an optional defined end (a date or a
 * condition) that COMPLETED requires.
 *
 * @param partners the actor ids of the partners it names
 * @param rules the rules of the cooperation and its end
 * @param definedEnd the end it defines, a date or a condition, if any
 */
public record Contract(ImmutableSet<String> partners, String rules, Optional<String> definedEnd) {
  /**
   * @throws NullPointerException if a component is null
   */
  public Contract {
    partners = ImmutableSet.copyOf(checkNotNull(partners, "partners"));
    checkNotNull(rules, "rules");
    checkNotNull(definedEnd, "definedEnd");
  }
}

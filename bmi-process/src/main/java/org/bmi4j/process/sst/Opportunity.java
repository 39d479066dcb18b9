package org.bmi4j.process.sst;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import org.bmi4j.core.model.ValueKind;

/**
 * An opportunity sensed by the organisation [DESILVA, sensing].
 *
 * @param id its id, unique among the cycle's opportunities
 * @param description what the opportunity is
 * @param valueKinds the kinds of value it carries, in declaration order
 * @param selected whether it is selected to be seized
 */
public record Opportunity(
    String id, String description, ImmutableSet<ValueKind> valueKinds, boolean selected) {
  /**
   * @throws NullPointerException if a component is null
   */
  public Opportunity {
    checkNotNull(id, "id");
    checkNotNull(description, "description");
    valueKinds = Sets.immutableEnumSet(checkNotNull(valueKinds, "valueKinds"));
  }

  /** Returns this opportunity, selected or not. */
  Opportunity withSelected(boolean value) {
    return new Opportunity(id, description, valueKinds, value);
  }
}

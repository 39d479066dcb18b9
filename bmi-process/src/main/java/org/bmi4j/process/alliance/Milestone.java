package org.bmi4j.process.alliance;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A milestone of the project plan, "who does what when" [SPIETH, foundation phase].
 *
 * @param id the milestone's id, unique in the plan
 * @param description what is to be done, and when
 * @param responsible the actor id of the partner responsible
 * @param done whether it is done
 */
public record Milestone(String id, String description, String responsible, boolean done) {
  /**
   * @param done whether it is done
   * @param id the milestone's id, unique in the plan
   * @param description what is to be done, and when
   * @param responsible the actor id of the partner responsible
   * @throws NullPointerException if a component is null
   */
  public Milestone {
    checkNotNull(id, "id");
    checkNotNull(description, "description");
    checkNotNull(responsible, "responsible");
  }
}

package org.bmi4j.core.dual;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** A member of a {@link BoundaryElement}: a person or role, and the function it comes from. */
@Value.Immutable
@JsonSerialize(as = TeamMember.class)
@JsonDeserialize(as = TeamMember.class)
abstract class AbstractTeamMember {
  /**
   * The member's name or role; not blank.
   *
   * @return the member's name or role
   */
  @Value.Parameter
  public abstract String name();

  /**
   * The business function the member comes from.
   *
   * @return the business function the member comes from
   */
  @Value.Parameter
  public abstract BusinessFunction function();

  @Value.Check
  void check() {
    checkArgument(!name().isBlank(), "name of a team member from %s must not be blank", function());
  }
}

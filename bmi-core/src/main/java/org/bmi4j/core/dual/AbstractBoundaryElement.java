package org.bmi4j.core.dual;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The boundary element connecting the two models of a dual business model: the cross-functional
 * innovation management team, whose members come from sales, marketing, R&amp;D and operations
 * [Andreassen &amp; Andersson].
 *
 * <p>Invariants, checked when built: the name is not blank, and the members come from at least two
 * different {@link BusinessFunction functions}, since a team of one function is not
 * cross-functional (library formalisation). The source's team draws on all four; {@link
 * #missingFunctions()} names those a team lacks, as a finding rather than an error, since a small
 * firm may not staff all four.
 */
@Value.Immutable
@JsonSerialize(as = BoundaryElement.class)
@JsonDeserialize(as = BoundaryElement.class)
@JsonPropertyOrder({"name", "members"})
abstract class AbstractBoundaryElement {
  /**
   * The team's name, such as "innovation management team"; not blank.
   *
   * @return the team's name, such as "innovation management team"
   */
  public abstract String name();

  /**
   * The members, in insertion order.
   *
   * @return the members, in insertion order
   */
  public abstract ImmutableList<TeamMember> members();

  /**
   * Returns the functions the members come from, in declaration order.
   *
   * @return the functions the members come from, in declaration order
   */
  public ImmutableSet<BusinessFunction> functions() {
    Set<BusinessFunction> functions = EnumSet.noneOf(BusinessFunction.class);
    for (TeamMember member : members()) {
      functions.add(member.function());
    }
    return Sets.immutableEnumSet(functions);
  }

  /**
   * Returns the functions of the four no member comes from, in declaration order.
   *
   * @return the functions of the four no member comes from, in declaration order
   */
  public ImmutableSet<BusinessFunction> missingFunctions() {
    return Sets.immutableEnumSet(
        Sets.difference(EnumSet.allOf(BusinessFunction.class), functions()));
  }

  @Value.Check
  void check() {
    checkArgument(
        !name().isBlank(),
        "the name of a boundary element is blank; give the"
            + " cross-functional element a non-blank name");
    checkArgument(
        functions().size() >= 2,
        "boundary element '%s' must have members from at least two business functions to be"
            + " cross-functional, had %s",
        name(),
        functions());
  }
}

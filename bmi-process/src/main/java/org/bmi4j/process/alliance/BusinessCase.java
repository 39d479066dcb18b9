package org.bmi4j.process.alliance;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.Optional;

/**
 * The business case of the concept phase [SPIETH]: the idea, its commercial potential, the
 * requirements split into what the firm covers and what needs a partner, and the funding decision.
 *
 * @param idea the idea for the alliance BM
 * @param commercialPotential the assessment of market, competitors and potential
 * @param requirements the requirements, in order
 * @param funding the funding decision, once taken
 */
public record BusinessCase(
    String idea,
    String commercialPotential,
    ImmutableList<Requirement> requirements,
    Optional<Funding> funding) {
  /**
   * @param idea the idea for the alliance BM
   * @param commercialPotential the assessment of market, competitors and potential
   * @param requirements the requirements, in order
   * @param funding the funding decision, once taken
   * @throws NullPointerException if a component is null
   */
  public BusinessCase {
    checkNotNull(idea, "idea");
    checkNotNull(commercialPotential, "commercialPotential");
    requirements = ImmutableList.copyOf(checkNotNull(requirements, "requirements"));
    checkNotNull(funding, "funding");
  }

  /**
   * A business case whose requirements come in any collection, copied in order.
   *
   * @param idea the idea for the alliance BM
   * @param commercialPotential the assessment of market, competitors and potential
   * @param requirements the requirements, in order
   * @param funding the funding decision, once taken
   * @throws NullPointerException if an argument or requirement is null
   */
  public BusinessCase(
      String idea,
      String commercialPotential,
      Collection<? extends Requirement> requirements,
      Optional<Funding> funding) {
    this(
        idea,
        commercialPotential,
        ImmutableList.<Requirement>copyOf(checkNotNull(requirements, "requirements")),
        funding);
  }

  /**
   * Returns whether a requirement needs a partner.
   *
   * @return whether a requirement needs a partner
   */
  public boolean needsPartner() {
    for (Requirement requirement : requirements) {
      if (requirement.coverage() == Coverage.PARTNER) {
        return true;
      }
    }
    return false;
  }
}

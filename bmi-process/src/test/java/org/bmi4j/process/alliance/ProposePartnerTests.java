package org.bmi4j.process.alliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.Sector;
import org.junit.jupiter.api.Test;

/** {@code ProposePartner.of(partner)} proposes a partner whose fit nobody assessed (issue 15). */
class ProposePartnerTests {
  private static final Actor RENTAL =
      Actor.of("rental", "Car rental firm", ActorRole.PARTNER, Sector.PRIVATE);

  @Test
  void aPartnerProposedWithoutFitHasNeitherStrategicNorOrganisationalFit() {
    assertEquals(
        new AllianceEvent.ProposePartner(RENTAL, Optional.empty(), Optional.empty()),
        AllianceEvent.ProposePartner.of(RENTAL));
  }

  @Test
  void noPartnerIsNoProposal() {
    assertThrows(NullPointerException.class, () -> AllianceEvent.ProposePartner.of(null));
  }
}

package org.bmi4j.process.firm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.Sector;
import org.junit.jupiter.api.Test;

/** Regression tests of forged firm start contexts: ids and decisions are checked in start. */
class HostileFirmTests {
  @Test
  void startWithAFirmOfABadIdWasAccepted() {
    Actor bad = Actor.of("BAD ID", "Bad", ActorRole.FOCAL_FIRM, Sector.PRIVATE);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> FirmProcess.start(bad, FirmFixtures.FLEET, FirmFixtures.CLOCK));
    assertEquals(
        "the firm's actor id must match [a-z0-9][a-z0-9._-]{0,63}, was 'BAD ID'", e.getMessage());
  }
}

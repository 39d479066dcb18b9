package org.bmi4j.process.multilevel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bmi4j.core.json.BmiJson;
import org.bmi4j.core.json.BmiJsonException;
import org.bmi4j.core.json.DocumentType;
import org.junit.jupiter.api.Test;

/**
 * Regression tests of forged multi-level documents: firm processes are read only for the alliance's
 * partners, each under its own firm's id.
 */
class HostileMultiLevelTests {
  private static final DocumentType<MultiLevelAlliance> JSON =
      MultiLevelAlliance.documentType(MultiLevel.CLOCK);

  @Test
  void aDetachedFirmForAPartnerTheAllianceNeverHadWasAccepted() {
    String concept = BmiJson.write(JSON, MultiLevel.concept());
    assertEquals(MultiLevel.concept(), BmiJson.read(JSON, concept));
    String forged = concept.replaceFirst("\"PROSPECTIVE\"", "\"DETACHED\"");
    BmiJsonException e = assertThrows(BmiJsonException.class, () -> BmiJson.read(JSON, forged));
    assertEquals(
        "the firm process of 'oem' is stored as DETACHED, but 'oem' is no partner of the alliance;"
            + " store firm processes only for the alliance's partners, as the multi-level alliance"
            + " wrote them",
        e.reason());
  }

  @Test
  void anAttachedFirmForAPartnerTheAllianceNeverHadWasAccepted() {
    String foundation = BmiJson.write(JSON, MultiLevel.foundation());
    assertEquals(MultiLevel.foundation(), BmiJson.read(JSON, foundation));
    // the rental firm's process stored under a partner name the alliance never had
    String forged = foundation.replace("\"partner\" : \"rental\"", "\"partner\" : \"stranger\"");
    BmiJsonException e = assertThrows(BmiJsonException.class, () -> BmiJson.read(JSON, forged));
    assertTrue(e.reason().contains("'stranger'"), e.reason());
  }
}

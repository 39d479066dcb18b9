package org.bmi4j.process.alliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.bmi4j.core.json.BmiJson;
import org.bmi4j.core.model.BusinessModel;

/**
 * The alliance context keeps its parts in nested values (its logs, what it has settled, its
 * future), yet a document holds it flat, as it always did: every property under its old name and in
 * its old order, read back into an equal context with an equal hash; equality still compares every
 * part.
 */
class AllianceContextJsonProperties {
  /** The properties of a context in a document, in the order they are written. */
  static final List<String> ORDER =
      List.of(
          "id",
          "name",
          "cycle",
          "focalFirm",
          "businessCase",
          "internalApproval",
          "partners",
          "formerPartners",
          "contract",
          "organisationalForm",
          "milestones",
          "acceptanceTestPassed",
          "allianceModel",
          "modelIterations",
          "revisions",
          "ledger",
          "winWinRatio",
          "vision",
          "visionRecordedAt",
          "learning",
          "separation",
          "knowledgeExchanges",
          "ending");

  /** The properties written whatever the context holds (the others are written when present). */
  static final List<String> ALWAYS =
      List.of(
          "id",
          "name",
          "cycle",
          "partners",
          "formerPartners",
          "milestones",
          "acceptanceTestPassed",
          "modelIterations",
          "revisions",
          "ledger",
          "winWinRatio",
          "learning",
          "separation",
          "knowledgeExchanges");

  private static final ObjectMapper MAPPER = BmiJson.mapper();

  @Property(tries = 200)
  void everyContextIsWrittenFlatInTheOldOrderAndReadBackEqual(@ForAll long seed) throws Exception {
    Random random = new Random(seed);
    AllianceInstance instance = Alliances.concept();
    for (int i = 0; i < 40; i++) {
      AllianceContext c = instance.context();
      String json = MAPPER.writeValueAsString(c);
      List<String> names = new ArrayList<>();
      for (Iterator<String> n = MAPPER.readTree(json).fieldNames(); n.hasNext(); ) {
        names.add(n.next());
      }
      List<String> expected = new ArrayList<>(ORDER);
      expected.retainAll(names);
      assertEquals(expected, names, "only the old properties, in the old order");
      assertTrue(names.containsAll(ALWAYS), () -> names + " has all of " + ALWAYS);
      AllianceContext read = MAPPER.readValue(json, AllianceContext.class);
      assertEquals(c, read, json);
      assertEquals(c.hashCode(), read.hashCode());
      assertEquals(json, MAPPER.writeValueAsString(read), "written again as it was");
      instance = instance.apply(AllianceProperties.event(random, instance)).instance();
    }
  }

  @Example
  void aContextDiffersFromOneThatDiffersInAnyPart() {
    AllianceContext c = AllianceChains.mobilityCase().context();
    BusinessModel model = c.allianceModel().orElseThrow();
    List<AllianceContext> others =
        List.of(
            c.withCycle(2),
            c.withName("another"),
            c.withModelIterations(c.modelIterations() + 1),
            c.withAcceptanceTestPassed(!c.acceptanceTestPassed()),
            c.withInternalApproval("someone else"),
            c.withAllianceModel(model.withName("another")),
            c.withPartnerList(c.partners().subList(0, 1)),
            c.withSeparationRecord(
                new SeparationRecord(1, AlliancePhase.OPERATION, SeparationMode.TEMPORAL)),
            c.withVision(Vision.split("another reason"), Instant.EPOCH),
            c.withEnding(
                new Ending(AlliancePhase.TERMINATED, "gave up", Instant.EPOCH, Optional.empty())));
    for (AllianceContext other : others) {
      assertNotEquals(c, other, other::toString);
      assertEquals(other, AllianceContext.builder().from(other).build());
      assertEquals(other.hashCode(), AllianceContext.builder().from(other).build().hashCode());
    }
  }
}

package org.bmi4j.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.bmi4j.core.json.BmiJson;
import org.bmi4j.core.json.BmiJsonException;
import org.bmi4j.core.json.DocumentType;
import org.bmi4j.process.alliance.AllianceProcess;
import org.bmi4j.process.firm.FirmProcess;
import org.bmi4j.process.multilevel.MultiLevelAlliance;
import org.bmi4j.process.sst.SenseSeizeTransform;
import org.junit.jupiter.api.Test;

/**
 * Documents of format version 1 written before visions and endings carried a reason and firms held
 * several proposed partners (the golden documents of that time, kept in {@code legacy-v1}): each
 * still reads, or fails with a message that says how to migrate it.
 */
class LegacyDocumentsTests {
  private static final Clock CLOCK = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);

  private static String legacy(String name) throws IOException {
    try (InputStream in = LegacyDocumentsTests.class.getResourceAsStream("/legacy-v1/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static <T> void readsAndWritesBackEqual(DocumentType<T> type, String name)
      throws IOException {
    T read = BmiJson.read(type, legacy(name));
    assertEquals(read, BmiJson.read(type, BmiJson.write(type, read)), name);
  }

  @Test
  void oldFirmSstAndVisionlessDocumentsStillRead() throws IOException {
    readsAndWritesBackEqual(FirmProcess.documentType(CLOCK), "process-firm-fleet.json");
    readsAndWritesBackEqual(FirmProcess.documentType(CLOCK), "process-firm-seed-22.json");
    readsAndWritesBackEqual(SenseSeizeTransform.documentType(CLOCK), "process-sst-filament.json");
  }

  @Test
  void anOldVisionWithoutAReasonFailsSayingWhatToAdd() throws IOException {
    BmiJsonException thrown =
        assertThrows(
            BmiJsonException.class,
            () ->
                BmiJson.read(
                    AllianceProcess.documentType(CLOCK), legacy("process-alliance-mobility.json")));
    assertTrue(
        thrown.getMessage().contains("this SPLIT vision has no \"reason\"")
            && thrown.getMessage().contains("add it to each record-vision event"),
        thrown.getMessage());
    BmiJsonException multiLevel =
        assertThrows(
            BmiJsonException.class,
            () ->
                BmiJson.read(
                    MultiLevelAlliance.documentType(CLOCK),
                    legacy("process-multilevel-mobility.json")));
    assertTrue(multiLevel.getMessage().contains("has no \"reason\""), multiLevel.getMessage());
  }

  @Test
  void anOldDivestVisionNamingItsBuyerByAStringFailsSayingHowToMigrate() throws IOException {
    BmiJsonException thrown =
        assertThrows(
            BmiJsonException.class,
            () ->
                BmiJson.read(
                    AllianceProcess.documentType(CLOCK), legacy("process-alliance-seed-22.json")));
    assertTrue(
        thrown.getMessage().contains("names a \"target\" ('buyer-group')")
            && thrown.getMessage().contains("a DIVEST vision's buyer as an actor in \"buyer\""),
        thrown.getMessage());
  }

  @Test
  void anOldMultiLevelDocumentWithAVisionFailsSayingWhatToAdd() throws IOException {
    BmiJsonException thrown =
        assertThrows(
            BmiJsonException.class,
            () ->
                BmiJson.read(
                    MultiLevelAlliance.documentType(CLOCK),
                    legacy("process-multilevel-seed-22.json")));
    assertTrue(
        thrown.getMessage().contains("this SPLIT vision has no \"reason\""), thrown.getMessage());
  }
}

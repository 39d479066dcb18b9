package org.bmi4j.process.firm;

import static org.bmi4j.process.firm.FirmFixtures.CLOCK;
import static org.bmi4j.process.firm.FirmFixtures.FLEET_V2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import org.bmi4j.core.json.BmiJson;
import org.bmi4j.core.json.BmiJsonException;
import org.bmi4j.core.json.DocumentType;
import org.bmi4j.process.firm.FirmEvent.AdaptExtantModel;
import org.bmi4j.process.firm.FirmEvent.Advance;
import org.bmi4j.process.firm.FirmEvent.FallBack;
import org.bmi4j.process.firm.FirmEvent.RecordLesson;
import org.bmi4j.process.firm.FirmEvent.RecordNonIntegration;
import org.junit.jupiter.api.Test;

class FirmDocumentsTests {
  private static final DocumentType<FirmInstance> TYPE = FirmProcess.documentType(CLOCK);

  @Test
  void anInstanceThroughEveryEventReadsBackEqualAndWritesTheSameText() {
    FirmInstance instance =
        FirmFixtures.adaption()
            .applyOrThrow(AdaptExtantModel.of(FLEET_V2, "fleet-data"))
            .applyOrThrow(new Advance())
            .applyOrThrow(new FirmEvent.AddEnhancementIdea(FirmFixtures.CHARGING))
            .applyOrThrow(new Advance())
            .applyOrThrow(new FallBack("the partner withdrew"));
    String json = BmiJson.write(TYPE, instance);
    FirmInstance read = BmiJson.read(TYPE, json);
    assertEquals(instance, read);
    assertEquals(json, BmiJson.write(TYPE, read));
    for (String name :
        ImmutableList.of(
            "add-enhancement-idea",
            "record-lesson",
            "propose-partner-model",
            "record-alliance-operating",
            "adapt-extant-model",
            "advance",
            "fall-back")) {
      assertTrue(json.contains("\"type\" : \"" + name + "\""), name);
    }
    assertTrue(json.contains("\"definition\" : \"firm-bmi\""), json);
  }

  @Test
  void aDocumentNamingTheOldProposePartnerTypeStillReads() {
    FirmInstance instance = FirmChains.fleetCase();
    String json = BmiJson.write(TYPE, instance);
    assertTrue(json.contains("\"type\" : \"propose-partner-model\""), json);
    String old =
        json.replace("\"type\" : \"propose-partner-model\"", "\"type\" : \"propose-partner\"");
    assertEquals(instance, BmiJson.read(TYPE, old));
  }

  @Test
  void aNonIntegrationReadsBack() {
    FirmInstance instance =
        FirmFixtures.adaption().applyOrThrow(new RecordNonIntegration("lessons did not spread"));
    String json = BmiJson.write(TYPE, instance);
    assertTrue(json.contains("\"type\" : \"record-non-integration\""), json);
    assertEquals(instance, BmiJson.read(TYPE, json));
  }

  @Test
  void aStartContextWithDecisionsAndAPartnerReadsBack() {
    FirmContext context =
        FirmFixtures.adaption()
            .applyOrThrow(AdaptExtantModel.of(FLEET_V2, "fleet-data"))
            .applyOrThrow(new Advance())
            .applyOrThrow(new RecordLesson(new Lesson("more", "More", LessonSource.LEARNED)))
            .context();
    FirmInstance instance = FirmInstance.of(FirmProcess.DEFINITION.start(context, CLOCK));
    String json = BmiJson.write(TYPE, instance);
    assertTrue(json.contains("\"type\" : \"integration\""), json);
    assertFalse(json.contains("intersection"), "derived values are not stored");
    assertEquals(instance, BmiJson.read(TYPE, json));
  }

  @Test
  void aBlankFallBackReasonInADocumentIsBadInput() {
    FirmInstance instance =
        FirmFixtures.consolidation().applyOrThrow(new FallBack("the partner withdrew"));
    String json =
        BmiJson.write(TYPE, instance)
            .replace("\"reason\" : \"the partner withdrew\"", "\"reason\" : \" \"");
    BmiJsonException e = assertThrows(BmiJsonException.class, () -> BmiJson.read(TYPE, json));
    assertTrue(
        e.reason().startsWith("step 3 (FallBack[reason= ]) is rejected on replay"), e.reason());
  }

  @Test
  void anUnknownEventTypeIsBadInput() {
    String json =
        BmiJson.write(TYPE, FirmFixtures.consolidation())
            .replace("\"type\" : \"advance\"", "\"type\" : \"leap\"");
    assertThrows(BmiJsonException.class, () -> BmiJson.read(TYPE, json));
  }
}

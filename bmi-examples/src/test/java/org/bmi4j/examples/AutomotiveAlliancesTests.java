package org.bmi4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bmi4j.process.alliance.AlliancePhase;
import org.bmi4j.process.alliance.AllianceViolation;
import org.bmi4j.process.firm.FirmPhase;
import org.bmi4j.process.multilevel.Attachment;
import org.bmi4j.process.multilevel.MultiLevelAlliance;
import org.junit.jupiter.api.Test;

class AutomotiveAlliancesTests {
  private static final Printed<AutomotiveAlliances.Result> RUN =
      Printed.run(AutomotiveAlliances::run);

  private static MultiLevelAlliance alliance(String name) {
    return RUN.result().alliances().get(name);
  }

  @Test
  void eachAllianceEndsWhereTheSourceLeavesIt() {
    assertEquals(
        List.of("Mobility", "Parking", "Charging", "Energy", "Storage"),
        List.copyOf(RUN.result().alliances().keySet()));
    assertEquals(AlliancePhase.CONCEPT, alliance("Mobility").alliance().state());
    assertEquals(2, alliance("Mobility").alliance().cycle());
    assertEquals(AlliancePhase.SPLIT, alliance("Parking").alliance().state());
    assertEquals(AlliancePhase.FOUNDATION, alliance("Charging").alliance().state());
    assertEquals(AlliancePhase.DEVELOPMENT, alliance("Energy").alliance().state());
    assertEquals(AlliancePhase.DEVELOPMENT, alliance("Storage").alliance().state());
  }

  @Test
  void mobilityLessonsGiveBothFirmsANewExtantVersionBeforeTheNewCycle() {
    MultiLevelAlliance mobility = alliance("Mobility");
    for (String firm : List.of("oem", "rental")) {
      var process = mobility.firm(firm).orElseThrow().process();
      assertEquals(2, process.context().extantModel().version(), firm);
      assertEquals(FirmPhase.IDENTIFICATION, process.state(), firm);
      assertEquals(2, process.cycle(), firm);
    }
    assertTrue(
        mobility
            .firm("rental")
            .orElseThrow()
            .process()
            .context()
            .extantModel()
            .proposition()
            .offerings()
            .stream()
            .anyMatch(o -> o.id().equals("free-floating")));
    assertTrue(
        mobility
            .firm("oem")
            .orElseThrow()
            .process()
            .context()
            .extantModel()
            .proposition()
            .offerings()
            .stream()
            .anyMatch(o -> o.id().equals("fleet-services")));
  }

  @Test
  void energyReplacedItsFirstPartnerWithTheHeatingSystemsFirm() {
    MultiLevelAlliance energy = alliance("Energy");
    assertEquals(
        List.of("oem", "heating"),
        energy.alliance().context().partners().stream().map(p -> p.id()).toList());
    assertEquals(Attachment.DETACHED, energy.firm("first-partner").orElseThrow().attachment());
    assertEquals(FirmPhase.CREATION, energy.firm("heating").orElseThrow().process().state());
    assertTrue(
        energy.alliance().history().stream()
            .anyMatch(
                step ->
                    step.from() == AlliancePhase.DEVELOPMENT
                        && step.to() == AlliancePhase.FOUNDATION));
  }

  @Test
  void chargingIsLeftInFoundationWithBothPartnersCommitted() {
    MultiLevelAlliance charging = alliance("Charging");
    assertEquals(
        List.of(true, true),
        charging.alliance().context().partners().stream().map(p -> p.committed()).toList());
    assertEquals(
        FirmPhase.CONSOLIDATION, charging.firm("charging").orElseThrow().process().state());
  }

  @Test
  void theDeliberateRejectionsCarryTheTheorysCodes() {
    assertEquals(
        List.of(
            List.of(AllianceViolation.NO_BUSINESS_CASE, AllianceViolation.NO_INTERNAL_APPROVAL),
            List.of(AllianceViolation.NO_VISION),
            List.of(
                AllianceViolation.TOO_FEW_COMMITTED_PARTNERS,
                AllianceViolation.CONTRACT_PARTNERS_CHANGED),
            List.of(
                AllianceViolation.MILESTONE_OPEN,
                AllianceViolation.NO_ACCEPTANCE_TEST,
                AllianceViolation.ALLIANCE_MODEL_INCOMPLETE)),
        List.copyOf(RUN.result().rejections().values()));
  }

  @Test
  void itCitesItsSourceSaysWhatIsIllustrativeAndDrawsMermaid() {
    String text = RUN.prose();
    assertTrue(text.contains("Source: Spieth, Laudien & Meissner"));
    assertTrue(text.contains("The source reports no status for this alliance."));
    assertTrue(text.contains(Story.ILLUSTRATIVE));
    assertTrue(RUN.text().contains("```mermaid\nstateDiagram-v2\n"));
    assertTrue(RUN.text().contains("```mermaid\ntimeline\n"));
  }
}

package org.bmi4j.process.multilevel;

import static org.bmi4j.process.multilevel.MultiLevel.accept;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.bmi4j.core.json.BmiJson;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Sector;
import org.bmi4j.process.KernelViolation;
import org.bmi4j.process.Outcome;
import org.bmi4j.process.Violation;
import org.bmi4j.process.alliance.AllianceEvent;
import org.bmi4j.process.alliance.AlliancePhase;
import org.bmi4j.process.alliance.Contract;
import org.bmi4j.process.alliance.Vision;
import org.bmi4j.process.firm.FirmEvent;
import org.bmi4j.process.firm.FirmPhase;
import org.junit.jupiter.api.Test;

/** Partners join and leave the multi-level alliance over its life, and nothing joins it after. */
class PartnersOverTimeTests {
  static final Actor FLEET_CO =
      Actor.of("fleetco", "Fleet investor", ActorRole.PARTNER, Sector.PRIVATE);
  static final BusinessModel FLEETS = MultiLevel.model("fleetco-bm", FLEET_CO, "fleet-leasing");

  private static Outcome.Rejected<MultiLevelAlliance> rejected(
      MultiLevelAlliance m, Outcome<MultiLevelAlliance> o) {
    assertInstanceOf(Outcome.Rejected.class, o);
    Outcome.Rejected<MultiLevelAlliance> rejected = (Outcome.Rejected<MultiLevelAlliance>) o;
    assertSame(m, rejected.instance());
    return rejected;
  }

  private static FirmPhase phase(MultiLevelAlliance m, String partner) {
    return m.firm(partner).orElseThrow().process().state();
  }

  private static MultiLevelAlliance ended() {
    MultiLevelAlliance m =
        accept(
            MultiLevel.operation()
                .apply(new AllianceEvent.RecordVision(Vision.split("markets diverge"))));
    return accept(m.apply(new AllianceEvent.CarryOutVision()));
  }

  /** The operating alliance with the fleet investor admitted, its firm process attached. */
  static MultiLevelAlliance admitted() {
    MultiLevelAlliance m =
        accept(MultiLevel.operation().prospect(MultiLevel.firm(FLEET_CO, FLEETS)));
    return accept(
        m.apply(new AllianceEvent.ProposePartner(FLEET_CO, Optional.empty(), Optional.empty())));
  }

  @Test
  void nothingJoinsAnEndedAlliance() {
    MultiLevelAlliance ended = ended();
    Outcome.Rejected<?> prospect =
        rejected(ended, ended.prospect(MultiLevel.firm(FLEET_CO, FLEETS)));
    assertEquals(
        List.of(
            new Violation(
                KernelViolation.PROCESS_ENDED,
                "fleetco",
                "process 'alliance-bmi' has ended in SPLIT, a terminal state that absorbs every"
                    + " event; start a new instance to go on",
                ImmutableMap.of("process", "alliance-bmi", "state", AlliancePhase.SPLIT))),
        prospect.violations());
    Outcome.Rejected<?> propose =
        rejected(
            ended,
            ended.apply(
                new AllianceEvent.ProposePartner(FLEET_CO, Optional.empty(), Optional.empty())));
    assertEquals(
        List.of(KernelViolation.PROCESS_ENDED),
        propose.violations().stream().map(Violation::code).toList());
  }

  @Test
  void aProspectOfAnEndedAllianceIsDetachedAndGoesOnAlone() {
    MultiLevelAlliance m =
        accept(MultiLevel.operation().prospect(MultiLevel.firm(FLEET_CO, FLEETS)));
    m = accept(m.apply(new AllianceEvent.Terminate("the market collapsed")));
    assertEquals(Attachment.DETACHED, m.firm("fleetco").orElseThrow().attachment());
    assertTrue(m.isCoupled());
    MultiLevelAlliance alone = accept(m.applyFirm("fleetco", new FirmEvent.Advance()));
    assertEquals(FirmPhase.CONSOLIDATION, phase(alone, "fleetco"));
    var type = MultiLevelAlliance.documentType(MultiLevel.CLOCK);
    assertEquals(alone, BmiJson.read(type, BmiJson.write(type, alone)));
  }

  @Test
  void aPartnerAdmittedInOperationAttachesAtConsolidationWithoutAFallBack() {
    MultiLevelAlliance admitted = admitted();
    assertEquals(AlliancePhase.OPERATION, admitted.alliance().state());
    assertEquals(Attachment.ATTACHED, admitted.firm("fleetco").orElseThrow().attachment());
    assertEquals(FirmPhase.CONSOLIDATION, phase(admitted, "fleetco"));
    assertEquals(FirmPhase.ADAPTION, phase(admitted, "oem"));
    assertTrue(admitted.isCoupled());
    assertTrue(
        admitted.alliance().history().stream()
            .noneMatch(step -> step.event() instanceof AllianceEvent.FallBack));
  }

  @Test
  void anAdmittedPartnerCatchesUpToAdaptionFindingTheAllianceOperating() {
    MultiLevelAlliance m = admitted();
    m =
        accept(
            m.applyFirm(
                "fleetco", new FirmEvent.ProposePartnerModel(MultiLevel.OEM, MultiLevel.FLEET)));
    m = accept(m.applyFirm("fleetco", new FirmEvent.Advance()));
    assertEquals(FirmPhase.CREATION, phase(m, "fleetco"));
    assertEquals(
        Optional.of("mobility"),
        m.firm("fleetco").orElseThrow().process().context().operatingAlliance());
    m = accept(m.applyFirm("fleetco", new FirmEvent.Advance()));
    assertEquals(FirmPhase.ADAPTION, phase(m, "fleetco"));
    assertTrue(m.isCoupled());
  }

  @Test
  void aNewCycleWaitsForAPartnerAdmittedInOperation() {
    MultiLevelAlliance m = admitted();
    m = accept(m.apply(new AllianceEvent.CommitPartner("fleetco")));
    m =
        accept(
            m.apply(
                new AllianceEvent.SignContract(
                    new Contract(
                        ImmutableSet.of("oem", "rental", "fleetco"),
                        "three owners",
                        Optional.empty()))));
    m =
        accept(
            m.apply(
                new AllianceEvent.RecordVision(
                    Vision.independent("the business stands on its own"))));
    Outcome.Rejected<?> rejected =
        rejected(m, m.apply(new AllianceEvent.StartNewCycle("free floating")));
    assertEquals(
        List.of(CouplingViolation.PARTNER_BEHIND),
        rejected.violations().stream().map(Violation::code).toList());
    assertEquals("fleetco", rejected.violations().get(0).subject());
  }

  @Test
  void aPartnerRemovedInOperationIsDetachedAndGoesOnAlone() {
    MultiLevelAlliance m =
        accept(
            MultiLevel.operation()
                .apply(new AllianceEvent.RemovePartner("rental", "sold its stake back")));
    assertEquals(AlliancePhase.OPERATION, m.alliance().state());
    assertEquals(Attachment.DETACHED, m.firm("rental").orElseThrow().attachment());
    assertEquals(Attachment.ATTACHED, m.firm("oem").orElseThrow().attachment());
    assertTrue(m.isCoupled());
    MultiLevelAlliance alone =
        accept(m.applyFirm("rental", new FirmEvent.RecordNonIntegration("lessons did not spread")));
    assertEquals(
        FirmPhase.IDENTIFICATION,
        phase(accept(alone.applyFirm("rental", new FirmEvent.Advance())), "rental"));
  }

  @Test
  void aFallBackFromOperationRejectedForFirmsInAdaptionSaysWhatToDoInstead() {
    MultiLevelAlliance operation = MultiLevel.operation();
    Outcome.Rejected<?> rejected =
        rejected(operation, operation.apply(new AllianceEvent.FallBack("a partner wants out")));
    assertEquals(
        List.of(
            new Violation(
                CouplingViolation.NO_FALL_BACK_FROM_ADAPTION,
                "oem",
                "partner 'oem' is in ADAPTION, which has no fall-back, so the alliance cannot fall"
                    + " back from OPERATION while the partner is in step; while the alliance"
                    + " operates, change partners with ProposePartner, CommitPartner,"
                    + " RemovePartner and SignContract, revise the alliance business model with"
                    + " ReviseAllianceModel, or record a vision and start a new cycle or carry it"
                    + " out",
                ImmutableMap.of("partner", "oem")),
            new Violation(
                CouplingViolation.NO_FALL_BACK_FROM_ADAPTION,
                "rental",
                "partner 'rental' is in ADAPTION, which has no fall-back, so the alliance cannot"
                    + " fall back from OPERATION while the partner is in step; while the alliance"
                    + " operates, change partners with ProposePartner, CommitPartner,"
                    + " RemovePartner and SignContract, revise the alliance business model with"
                    + " ReviseAllianceModel, or record a vision and start a new cycle or carry it"
                    + " out",
                ImmutableMap.of("partner", "rental"))),
        rejected.violations());
  }

  @Test
  void aPartnerAdmittedInOperationRoundTripsThroughJson() {
    MultiLevelAlliance m =
        accept(
            admitted()
                .applyFirm(
                    "fleetco",
                    new FirmEvent.ProposePartnerModel(MultiLevel.OEM, MultiLevel.FLEET)));
    m = accept(m.applyFirm("fleetco", new FirmEvent.Advance()));
    var type = MultiLevelAlliance.documentType(MultiLevel.CLOCK);
    String json = BmiJson.write(type, m);
    assertEquals(m, BmiJson.read(type, json));
    assertEquals(json, BmiJson.write(type, BmiJson.read(type, json)));
  }

  @Test
  void aDocumentWrittenBeforePartnersChangedInOperationStillReads() throws IOException {
    String json;
    try (InputStream in = getClass().getResourceAsStream("/legacy/multilevel-before-stakes.json")) {
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertFalse(json.contains("\"stakes\""));
    // its vision has no reason: migrate it as the reading error says (LegacyDocumentsTests)
    json =
        json.replace(
            "\"kind\" : \"SPLIT\"", "\"kind\" : \"SPLIT\", \"reason\" : \"markets diverge\"");
    MultiLevelAlliance read = BmiJson.read(MultiLevelAlliance.documentType(MultiLevel.CLOCK), json);
    assertTrue(read.isCoupled());
    assertEquals(List.of(), read.alliance().context().revisions());
  }

  @Test
  void aProspectStoredWithAnEndedAllianceBeforeNothingCouldWaitToJoinItReadsAsDetached()
      throws Exception {
    var type = MultiLevelAlliance.documentType(MultiLevel.CLOCK);
    MultiLevelAlliance m =
        accept(MultiLevel.operation().prospect(MultiLevel.firm(FLEET_CO, FLEETS)));
    com.fasterxml.jackson.databind.node.ObjectNode document =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            BmiJson.mapper()
                .readTree(
                    BmiJson.write(
                        type, accept(m.apply(new AllianceEvent.Terminate("market collapsed")))));
    // as an earlier version wrote it: the prospect left waiting
    for (com.fasterxml.jackson.databind.JsonNode firm : document.get("content").get("firms")) {
      if (firm.get("partner").asText().equals("fleetco")) {
        ((com.fasterxml.jackson.databind.node.ObjectNode) firm).put("attachment", "PROSPECTIVE");
      }
    }
    assertTrue(document.toString().contains("\"PROSPECTIVE\""), document::toString);
    MultiLevelAlliance read = BmiJson.read(type, document.toString());
    assertEquals(Attachment.DETACHED, read.firm("fleetco").orElseThrow().attachment());
    assertEquals(
        FirmPhase.CONSOLIDATION,
        phase(accept(read.applyFirm("fleetco", new FirmEvent.Advance())), "fleetco"));
  }
}

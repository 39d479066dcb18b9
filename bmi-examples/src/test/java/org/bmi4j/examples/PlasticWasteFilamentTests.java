package org.bmi4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.AmountBasis;
import org.bmi4j.core.model.CostItem;
import org.bmi4j.core.model.Money;
import org.bmi4j.core.model.ValueKind;
import org.bmi4j.core.model.ValueShare;
import org.bmi4j.process.Violation;
import org.bmi4j.process.sst.CapabilityDeployment;
import org.bmi4j.process.sst.CapabilityLevel;
import org.bmi4j.process.sst.Site;
import org.bmi4j.process.sst.SstStage;
import org.bmi4j.process.sst.SstViolation;
import org.junit.jupiter.api.Test;

class PlasticWasteFilamentTests {
  private static final Printed<PlasticWasteFilament.Result> RUN =
      Printed.run(PlasticWasteFilament::run);

  @Test
  void theCycleEndsInTheSensingOfTheSecondCycleWithTheFilamentModelAdopted() {
    var cycle = RUN.result().cycle();
    assertEquals(SstStage.SENSING, cycle.state());
    assertEquals(2, cycle.cycle());
    assertEquals(
        List.of("ethical-filament"),
        cycle.context().portfolio().stream().map(m -> m.id()).toList());
    assertEquals(List.of(RUN.result().adopted()), cycle.context().portfolio());
  }

  @Test
  void theAdoptedModelHoldsAllThreeMissionsAndSharesSocialValueWithThePickers() {
    var adopted = RUN.result().adopted();
    assertEquals(
        List.of(ValueKind.ECONOMIC, ValueKind.SOCIAL, ValueKind.ENVIRONMENTAL),
        List.copyOf(adopted.missions()));
    assertEquals(
        List.of(
            ValueShare.builder()
                .id("fair-price")
                .actor("pickers-corp")
                .kind(ValueKind.SOCIAL)
                .build()),
        adopted.capture().valueShares());
    assertEquals(List.of(), adopted.coherence());
  }

  @Test
  void designingAModelWithoutThePickersShareIsRejectedAsMissionDriftNamingSocial() {
    assertEquals(
        List.of(
            new Violation(
                SstViolation.MISSION_DRIFT,
                "filament-margin",
                "designing BM 'filament-margin' lacks mission value kinds [SOCIAL] (mission drift); let"
                    + " its offerings or value shares deliver every mission value kind [ECONOMIC, SOCIAL,"
                    + " ENVIRONMENTAL]",
                Map.of(
                    "lost",
                    Set.of(),
                    "lacking",
                    Set.of(ValueKind.SOCIAL),
                    "model",
                    "filament-margin",
                    "doing",
                    "designing BM 'filament-margin'",
                    "drift",
                    "lacks mission value kinds [SOCIAL]",
                    "remedy",
                    "let its offerings or value shares deliver",
                    "missions",
                    Set.of(ValueKind.ECONOMIC, ValueKind.SOCIAL, ValueKind.ENVIRONMENTAL)))),
        RUN.result().drift());
  }

  @Test
  void thePickersCorporationSuppliesTheFilamentAndReceivesTheSocialValueAsOneActor() {
    var pickers =
        RUN.result().adopted().actors().stream()
            .filter(actor -> actor.id().equals("pickers-corp"))
            .toList();
    assertEquals(1, pickers.size());
    assertEquals(
        Set.of(ActorRole.SUPPLIER, ActorRole.BENEFICIARY), Set.copyOf(pickers.get(0).roles()));
  }

  @Test
  void theSourcesFiguresAreInTheModelAndTheExample() {
    assertEquals(Money.of("300", "INR"), PlasticWasteFilament.FILAMENT_PRICE);
    assertEquals(Money.of("3.50", "GBP"), PlasticWasteFilament.FILAMENT_PRICE_GBP);
    assertEquals(Money.of("19", "INR"), PlasticWasteFilament.SCRAP_PRICE);
    assertEquals(
        List.of(
            CostItem.builder()
                .id("filament-purchase")
                .name("Filament from the pickers' corporation, per kg")
                .amount(Money.of("300", "INR"))
                .basis(AmountBasis.PER_UNIT)
                .payee("pickers-corp")
                .build()),
        RUN.result().adopted().capture().costs());
    String text = RUN.prose();
    assertTrue(
        text.contains(
            "its role [DESILVA, Table 5]: the founders' network bridges the developed and"
                + " developing settings"),
        "each deployment says why the capability matters");
    assertTrue(text.contains("at 300 rupees (3.50 GBP) per kg"));
    assertTrue(text.contains("about 19 rupees per kg selling the waste to scrap merchants"));
    assertTrue(text.contains("a six to eight times multiplier remains for the pickers"));
    assertTrue(text.contains("filament bought at 300.00 INR per kg"));
  }

  @Test
  void sensingAndSeizingUseDeSilvasCatalogueAndTransformingIsLabelledIllustrative() {
    var deployments = RUN.result().cycle().context().deployments();
    assertTrue(
        deployments.stream()
            .allMatch(
                d ->
                    d.catalogueEntry().isPresent()
                        && d.catalogueEntry().get().startsWith("desilva-")));
    assertEquals(
        List.of(
            Optional.of("desilva-transforming-whole-site-production"),
            Optional.of("desilva-transforming-direct-customer-relationships")),
        deployments.stream()
            .filter(d -> d.stage() == SstStage.TRANSFORMING)
            .map(CapabilityDeployment::catalogueEntry)
            .toList());
    assertTrue(
        deployments.stream()
            .anyMatch(d -> d.level() == CapabilityLevel.ECOSYSTEM && d.site() == Site.MARKET));
    assertEquals(4, RUN.result().cycle().context().challenges().size());
    String text = RUN.prose();
    assertTrue(text.contains("Source: De Silva, Al-Tabbaa & Khan"));
    assertTrue(
        text.contains("Transforming: scaling up at the ecosystem level " + Story.ILLUSTRATIVE));
    assertTrue(text.contains("A rejection on purpose " + Story.ILLUSTRATIVE));
    assertTrue(RUN.text().contains("```mermaid\nstateDiagram-v2\n"));
    assertTrue(RUN.text().contains("TRANSFORMING --> SENSING : Advance (new cycle)"));
  }
}

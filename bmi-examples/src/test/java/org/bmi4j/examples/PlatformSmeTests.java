package org.bmi4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.bmi4j.core.analysis.BmiClass;
import org.bmi4j.core.analysis.BmiRule;
import org.bmi4j.core.analysis.Novelty;
import org.bmi4j.core.analysis.NoveltyScope;
import org.bmi4j.core.model.Channel;
import org.bmi4j.core.model.ProblemCode;
import org.bmi4j.core.model.Resource;
import org.bmi4j.core.model.ResourceKind;
import org.junit.jupiter.api.Test;

class PlatformSmeTests {
  private static final Printed<PlatformSme.Result> RUN = Printed.run(PlatformSme::run);

  @Test
  void joiningThePlatformIsAnExtensionThatKeepsTheShop() {
    assertEquals(BmiClass.EXTENSION, RUN.result().verdict().bmiClass());
    assertEquals(BmiRule.ADDITIONS_KEEPING_OFFERINGS, RUN.result().verdict().rule());
    assertEquals(List.of(), RUN.result().diff().removed());
    assertEquals(1.0, RUN.result().diff().retention());
    assertEquals(2, RUN.result().after().version());
  }

  @Test
  void joiningImitatesAPeerOnThePlatformSaveForTheWasteRecoveryWhichTheVerdictNames() {
    Novelty novelty = RUN.result().novelty();
    assertEquals(NoveltyScope.NEW_TO_FIRM, novelty.scope(), novelty::summary);
    assertEquals(Optional.of("peer-sme"), novelty.closestModel());
    assertEquals(25, novelty.matched().size());
    assertEquals(
        List.of(
            "farmers",
            "ENVIRONMENTAL",
            "fertiliser",
            "waste-energy",
            "fertiliser-delivery",
            "fertiliser-share"),
        novelty.unmatched().stream().map(c -> c.key().id()).toList());
    assertTrue(
        RUN.prose()
            .contains(
                "new to firm: the peer's model has 25 of the 31 added elements (share 0.81,"
                    + " threshold 0.80)"),
        RUN::prose);
    assertTrue(
        RUN.prose()
            .contains(
                "new even beside the peer: actor Local farmers, mission environmental, offering"
                    + " Fertiliser from waste, offering Energy from waste"),
        RUN::prose);
  }

  @Test
  void thePlatformProvidesTheFiveResourcesTheStatisticsAsData() {
    List<Resource> provided =
        RUN.result().after().creation().resources().stream()
            .filter(r -> r.provider().equals("platform"))
            .toList();
    assertEquals(
        List.of(
            "online-platform",
            "logistics-network",
            "inventory-management",
            "platform-staff",
            "sales-statistics"),
        provided.stream().map(Resource::id).toList());
    assertEquals(ResourceKind.DATA, provided.get(4).kind());
  }

  @Test
  void theNewModelSellsOnlineAndTurnsWasteIntoFertiliserAndEnergy() {
    assertTrue(
        RUN.result().after().exchange().exchanges().stream()
            .anyMatch(e -> e.channel() == Channel.PLATFORM));
    assertEquals(
        List.of("food", "online-food", "fertiliser", "waste-energy"),
        RUN.result().after().proposition().offerings().stream().map(o -> o.id()).toList());
  }

  @Test
  void theBrokenActivitySystemIsRejectedWithBothProblems() {
    assertEquals(
        List.of(ProblemCode.UNKNOWN_RESOURCE, ProblemCode.UNGOVERNED_ACTIVITY),
        RUN.result().rejected());
  }

  @Test
  void itCitesItsSourceLabelsTheFeeAnAssumptionAndPrintsTheCanvas() {
    String text = RUN.prose();
    assertTrue(text.contains("Source: Bagnato & Giordino"));
    assertTrue(text.contains("online sales have completely overtaken everything"));
    assertTrue(text.contains("the source reports no commission " + Story.ILLUSTRATIVE));
    assertTrue(text.contains("# Business Model Canvas: Piedmont food and beverage SME"));
    assertTrue(RUN.text().contains("```mermaid\nflowchart LR\n"));
  }
}

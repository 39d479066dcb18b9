package org.bmi4j.core.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bmi4j.core.model.Activity;
import org.bmi4j.core.model.ActivityKind;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Channel;
import org.bmi4j.core.model.CostItem;
import org.bmi4j.core.model.Exchange;
import org.bmi4j.core.model.Exchanged;
import org.bmi4j.core.model.GovernanceMode;
import org.bmi4j.core.model.Money;
import org.bmi4j.core.model.Sector;
import org.bmi4j.core.model.ValueCapture;
import org.bmi4j.core.model.ValueExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTests {
  /** A row type of a table other than bmi4j's own: any record makes a table. */
  public record Score(String firm, int round, Sector sector, double value) {}

  private static final BusinessModel SHOP =
      BusinessModel.builder()
          .id("shop")
          .name("Corner shop")
          .version(3)
          .addOwner("shop")
          .addActor(Actor.of("shop", "The shop", ActorRole.FOCAL_FIRM, Sector.PRIVATE))
          .addActor(
              Actor.of(
                  "baker", "Baker, \"Jo\" & sons\nsince 1901", ActorRole.SUPPLIER, Sector.PRIVATE))
          .capture(
              ValueCapture.builder()
                  .addCost(
                      CostItem.builder()
                          .id("rent")
                          .name("Rent")
                          .amount(Money.of("1200.50", "EUR"))
                          .build())
                  .build())
          .addActivity(
              Activity.builder()
                  .id("baking")
                  .name("Baking")
                  .kind(ActivityKind.PRODUCTION)
                  .performer("baker")
                  .mode(GovernanceMode.MARKET_CONTRACT)
                  .contractTerm(java.time.Period.ofYears(2))
                  .addIncentive("volume bonus")
                  .addIncentive("exclusivity")
                  .build())
          .build();

  @Test
  void theElementsTableHasAHeaderInAStableColumnOrderAndOneRowPerElement() {
    assertEquals(
        List.of(
            "model_id",
            "model_version",
            "kind",
            "id",
            "name",
            "value_function",
            "design_element",
            "category",
            "sector",
            "owner",
            "actor",
            "from",
            "to",
            "what",
            "related",
            "value_kinds",
            "amount",
            "currency",
            "share",
            "contract_term",
            "supervisor",
            "incentives",
            "basis"),
        BmiCsv.ELEMENTS.columns());
    assertEquals(
        """
        model_id,model_version,kind,id,name,value_function,design_element,category,sector,owner,\
        actor,from,to,what,related,value_kinds,amount,currency,share,contract_term,supervisor,\
        incentives,basis
        shop,3,actor,shop,"The shop",,,FOCAL_FIRM,PRIVATE,true,,,,,,,,,,,,,
        shop,3,actor,baker,"Baker, ""Jo"" & sons
        since 1901",,,SUPPLIER,PRIVATE,false,,,,,,,,,,,,,
        shop,3,cost_item,rent,Rent,CAPTURE,,,,,,,,,,,1200.50,EUR,,,,,PER_PERIOD
        shop,3,activity,baking,Baking,,CONTENT,PRODUCTION,,,baker,,,,,,,,,,,,
        shop,3,governance,baking,,,GOVERNANCE,MARKET_CONTRACT,,,baker,,,,,,,,,P2Y,,\
        "volume bonus;exclusivity",
        """,
        BmiCsv.ELEMENTS.write(BmiCsv.elements(SHOP)));
  }

  @Test
  void aCostItemsPayeeAndAnExchangesIntermediaryAreInTheActorColumn() {
    BusinessModel model =
        BusinessModel.builder()
            .from(SHOP)
            .addActor(Actor.of("grocer", "Grocer", ActorRole.PARTNER, Sector.PRIVATE))
            .exchange(
                ValueExchange.builder()
                    .addExchange(
                        Exchange.builder()
                            .id("bread")
                            .provider("baker")
                            .recipient("shop")
                            .what(Exchanged.item("bread"))
                            .channel(Channel.THIRD_PARTY)
                            .intermediary("grocer")
                            .build())
                    .build())
            .capture(SHOP.capture().withCosts(SHOP.capture().costs().get(0).withPayee("baker")))
            .build();

    List<ElementRow> rows = BmiCsv.elements(model);

    assertEquals(
        List.of("grocer", "baker"),
        rows.stream()
            .filter(r -> r.kind().equals("exchange") || r.kind().equals("cost_item"))
            .map(ElementRow::actor)
            .toList());
  }

  @Test
  void anActorsRolesParentAndOwnMissionsAreInItsRow() {
    BusinessModel model =
        BusinessModel.builder()
            .from(SHOP)
            .addActor(
                Actor.builder()
                    .id("bakery-unit")
                    .name("Bakery unit")
                    .role(ActorRole.SUPPLIER)
                    .sector(Sector.PRIVATE)
                    .addOtherRole(ActorRole.BENEFICIARY)
                    .addMission(org.bmi4j.core.model.ValueKind.SOCIAL)
                    .parent("shop")
                    .build())
            .build();

    ElementRow row = BmiCsv.elements(model).get(2);

    assertEquals(
        List.of("SUPPLIER;BENEFICIARY", "shop", "SOCIAL"),
        List.of(row.category(), row.actor(), row.valueKinds()));
  }

  @Test
  void aValueWithCommasQuotesAndNewlinesSurvivesTheRoundTrip() {
    ImmutableList<ElementRow> rows = BmiCsv.elements(SHOP);
    assertEquals("Baker, \"Jo\" & sons\nsince 1901", rows.get(1).name());
    assertEquals(rows, BmiCsv.ELEMENTS.read(BmiCsv.ELEMENTS.write(rows)));
  }

  @Test
  void anyRecordMakesATableWhoseRowsReadBackEqual() {
    CsvTable<Score> scores = CsvTable.of(Score.class);
    assertEquals(List.of("firm", "round", "sector", "value"), scores.columns());
    List<Score> rows =
        List.of(
            new Score("a, b", 1, Sector.SOCIAL, 0.5),
            new Score("\"q\"\r\nx", -2, Sector.PUBLIC, 1e-9),
            new Score("€ 中文", 0, Sector.PRIVATE, 3));
    String csv = scores.write(rows);
    assertTrue(csv.startsWith("firm,round,sector,value\n\"a, b\",1,SOCIAL,0.5\n"), csv);
    assertEquals(rows, scores.read(csv));
  }

  @Test
  void anEmptyTableIsItsHeader() {
    assertEquals("firm,round,sector,value\n", CsvTable.of(Score.class).write(List.of()));
    assertEquals(List.of(), CsvTable.of(Score.class).read("firm,round,sector,value\n"));
  }

  @Test
  void writingToAWriterLeavesItOpen() {
    StringWriter out = new StringWriter();
    BmiCsv.ELEMENTS.write(BmiCsv.elements(SHOP), out);
    out.write("more");
    assertEquals(BmiCsv.ELEMENTS.write(BmiCsv.elements(SHOP)) + "more", out.toString());
  }

  @Test
  void filesAreUtf8WithoutAByteOrderMark(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("scores.csv");
    List<Score> rows = List.of(new Score("Café € 中文", 1, Sector.SOCIAL, 2.5));
    CsvTable<Score> scores = CsvTable.of(Score.class);
    scores.write(rows, file);
    byte[] bytes = Files.readAllBytes(file);
    assertEquals('f', bytes[0]);
    assertEquals(
        "firm,round,sector,value\n\"Café € 中文\",1,SOCIAL,2.5\n",
        new String(bytes, StandardCharsets.UTF_8));
    assertEquals(rows, scores.read(file));
  }

  @Test
  void aTableWithAnotherHeaderIsRejectedNamingTheLine() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> CsvTable.of(Score.class).read("firm,sector,round,value\na,SOCIAL,1,2\n"));
    assertTrue(e.getMessage().startsWith("CSV Score table, line 1: "), e.getMessage());
  }

  @Test
  void aCellOfTheWrongTypeIsRejectedNamingTheLine() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                CsvTable.of(Score.class)
                    .read("firm,round,sector,value\na,1,SOCIAL,2\nb,x,SOCIAL,3\n"));
    assertTrue(e.getMessage().startsWith("CSV Score table, line 3: "), e.getMessage());
  }

  @Test
  void severalModelsGoIntoOneTableModelAfterModel() {
    BusinessModel next = SHOP.withId("shop-2");
    ImmutableList<ElementRow> rows = BmiCsv.elements(List.of(SHOP, next));
    assertEquals(10, rows.size());
    assertEquals(
        List.of(
            "shop", "shop", "shop", "shop", "shop", "shop-2", "shop-2", "shop-2", "shop-2",
            "shop-2"),
        rows.stream().map(ElementRow::modelId).toList());
  }

  @Test
  void rowsAreEqualByValue() {
    ImmutableList<ElementRow> rows = BmiCsv.elements(SHOP);
    new EqualsTester()
        .addEqualityGroup(rows.get(0), BmiCsv.elements(SHOP).get(0))
        .addEqualityGroup(rows.get(1))
        .addEqualityGroup(BmiCsv.elements(SHOP.withVersion(4)).get(0))
        .testEquals();
  }

  @Test
  void aDiffIsOneRowPerChangeAndReadsBack() {
    BusinessModel after = SHOP.withVersion(2).withName("Shop with a new name");
    var actors = new java.util.ArrayList<>(after.actors());
    actors.set(0, actors.get(0).withName("Renamed, \"firm\""));
    BusinessModel renamed = after.withActors(actors);
    org.bmi4j.core.analysis.BusinessModelDiff diff =
        org.bmi4j.core.analysis.BusinessModelDiff.of(SHOP, renamed);
    var rows = BmiCsv.diff(diff);
    assertEquals(diff.changes().size(), rows.size());
    assertEquals("CHANGED", rows.get(0).change());
    assertEquals(SHOP.id(), rows.get(0).beforeModel());
    assertEquals(2, rows.get(0).afterVersion());
    String csv = BmiCsv.DIFFS.write(rows);
    assertEquals(
        "before_model,before_version,after_model,after_version,change,kind,id,"
            + "value_functions,design_elements",
        csv.lines().findFirst().orElseThrow());
    assertEquals(rows, BmiCsv.DIFFS.read(csv));
  }

  @Test
  void aLedgerIsOneRowPerEntrySayingWhetherItIsExpectedOrRealisedAndReadsBack() {
    var ledger =
        org.bmi4j.core.alliance.ContributionLedger.of(java.util.Currency.getInstance("EUR"))
            .withEntry(
                org.bmi4j.core.alliance.LedgerEntry.builder()
                    .partner("oem")
                    .direction(org.bmi4j.core.alliance.Direction.CONTRIBUTION)
                    .description("vehicles, 40 of them")
                    .valueKind(org.bmi4j.core.model.ValueKind.ECONOMIC)
                    .tangibility(org.bmi4j.core.alliance.Tangibility.TANGIBLE)
                    .valuation(org.bmi4j.core.model.Money.of("1200000.50", "EUR"))
                    .build())
            .withEntry(
                org.bmi4j.core.alliance.LedgerEntry.builder()
                    .partner("rental")
                    .direction(org.bmi4j.core.alliance.Direction.CONTRIBUTION)
                    .realisation(org.bmi4j.core.alliance.Realisation.EXPECTED)
                    .description("customer data")
                    .valueKind(org.bmi4j.core.model.ValueKind.ECONOMIC)
                    .tangibility(org.bmi4j.core.alliance.Tangibility.INTANGIBLE)
                    .build());
    var rows = BmiCsv.ledger(ledger);
    assertEquals(
        List.of(
            new LedgerRow(
                1,
                "oem",
                "CONTRIBUTION",
                "REALISED",
                "vehicles, 40 of them",
                "ECONOMIC",
                "TANGIBLE",
                "1200000.50",
                "EUR"),
            new LedgerRow(
                2,
                "rental",
                "CONTRIBUTION",
                "EXPECTED",
                "customer data",
                "ECONOMIC",
                "INTANGIBLE",
                "",
                "")),
        rows);
    assertEquals(rows, BmiCsv.LEDGER.read(BmiCsv.LEDGER.write(rows)));
  }

  @Test
  void offeringKindsJoinWithSemicolonsSharesAreWrittenAndEachActivityNamesItsOwnPerformer() {
    BusinessModel model =
        BusinessModel.builder()
            .from(SHOP)
            .addActor(Actor.of("locals", "Locals", ActorRole.CUSTOMER_SEGMENT, Sector.PRIVATE))
            .proposition(
                org.bmi4j.core.model.ValueProposition.builder()
                    .addOffering(
                        org.bmi4j.core.model.Offering.builder()
                            .id("bread")
                            .name("Bread")
                            .addValueKind(org.bmi4j.core.model.ValueKind.ECONOMIC)
                            .addValueKind(org.bmi4j.core.model.ValueKind.SOCIAL)
                            .addBeneficiary("locals")
                            .build())
                    .build())
            .capture(
                ValueCapture.builder()
                    .from(SHOP.capture())
                    .addValueShare(
                        org.bmi4j.core.model.ValueShare.builder()
                            .id("tips")
                            .actor("baker")
                            .kind(org.bmi4j.core.model.ValueKind.ECONOMIC)
                            .share(new java.math.BigDecimal("0.25"))
                            .build())
                    .build())
            .addActivity(
                Activity.builder()
                    .id("selling")
                    .name("Selling")
                    .kind(ActivityKind.SALES)
                    .performer("shop")
                    .mode(GovernanceMode.IN_HOUSE)
                    .build())
            .build();
    List<ElementRow> rows = BmiCsv.elements(model);
    assertEquals("ECONOMIC;SOCIAL", row(rows, "offering", "bread").valueKinds());
    assertEquals("0.25", row(rows, "value_share", "tips").share());
    assertEquals("shop", row(rows, "activity", "selling").actor());
    assertEquals("baker", row(rows, "activity", "baking").actor());
  }

  private static ElementRow row(List<ElementRow> rows, String kind, String id) {
    return rows.stream()
        .filter(r -> r.kind().equals(kind) && r.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError(kind + " " + id + " in " + rows));
  }
}

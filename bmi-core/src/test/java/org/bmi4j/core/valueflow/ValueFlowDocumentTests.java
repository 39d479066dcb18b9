package org.bmi4j.core.valueflow;

import static org.bmi4j.core.valueflow.Shops.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bmi4j.core.csv.BmiCsv;
import org.bmi4j.core.csv.ValueFlowRow;
import org.bmi4j.core.json.BmiJson;
import org.bmi4j.core.json.BmiJsonException;
import org.bmi4j.core.json.DocumentType;
import org.junit.jupiter.api.Test;

/** The value-flow-scenario JSON document and the CSV table of sheets. */
class ValueFlowDocumentTests {
  private final Scenario scenario =
      Shops.scenario()
          .addNeed(Need.of("refill", "locals", "1500", Path.of("sell", "pay")))
          .addValuation(Valuation.price("pay", eur("4.35")))
          .addValuation(Valuation.nonMoney("sell"))
          .addExpense(Expense.fixed("shop", "rent", eur("1200.00")))
          .addInvestment(Investment.of("shop", "fit-out", eur("2500.00")))
          .build();

  @Test
  void namesTheDocumentTypeAndReadsBackTheScenario() {
    String json = BmiJson.write(DocumentType.VALUE_FLOW_SCENARIO, scenario);
    assertTrue(json.contains("\"type\" : \"value-flow-scenario\""));
    assertTrue(json.contains("\"type\" : \"price\""));
    assertEquals(scenario, BmiJson.read(DocumentType.VALUE_FLOW_SCENARIO, json));
  }

  @Test
  void rejectsAnUnknownPropertyInAValuation() {
    String json =
        BmiJson.write(DocumentType.VALUE_FLOW_SCENARIO, scenario)
            .replace("\"type\" : \"price\",", "\"type\" : \"price\", \"discount\" : 1,");
    assertThrows(
        BmiJsonException.class, () -> BmiJson.read(DocumentType.VALUE_FLOW_SCENARIO, json));
  }

  @Test
  void rejectsAScenarioWithProblemsNamingThem() {
    String json =
        BmiJson.write(DocumentType.VALUE_FLOW_SCENARIO, scenario)
            .replace("\"occurrences\" : 1500", "\"occurrences\" : -1");
    BmiJsonException thrown =
        assertThrows(
            BmiJsonException.class, () -> BmiJson.read(DocumentType.VALUE_FLOW_SCENARIO, json));
    assertTrue(
        thrown.getMessage().contains("needs[0].occurrences: NEGATIVE_COUNT"), thrown.getMessage());
  }

  @Test
  void writesOneCsvRowPerTransferCostAndNet() {
    List<ValueFlowRow> rows = BmiCsv.valueFlow(NetValueFlow.of(scenario));
    List<ValueFlowRow> shop = rows.stream().filter(r -> r.actor().equals("shop")).toList();
    assertEquals(
        List.of("TRANSFER", "TRANSFER", "FIXED_EXPENSE", "INVESTMENT", "NET"),
        shop.stream().map(ValueFlowRow::line).toList());
    assertEquals(
        new ValueFlowRow(
            "test",
            "shop",
            "Refill shop",
            "NET",
            "",
            "",
            "",
            "",
            "",
            "POSITIVE",
            "",
            "2825.00",
            "EUR"),
        shop.get(4));
    String csv = BmiCsv.VALUE_FLOW.write(rows);
    assertEquals(rows, BmiCsv.VALUE_FLOW.read(csv));
    assertTrue(
        csv.startsWith(
            "scenario,actor,actor_name,line,exchange,direction,counterpart,object,occurrences,"
                + "status,valuation,total,currency\n"),
        csv);
  }
}

package org.bmi4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.bmi4j.core.model.Money;
import org.bmi4j.core.valueflow.Sensitivity;
import org.bmi4j.core.valueflow.Verdict;
import org.junit.jupiter.api.Test;

class ValueFlowCasesTests {
  private static final Printed<ValueFlowCases.Result> RUN = Printed.run(ValueFlowCases::run);
  private static final Path DOCS = Path.of("..", "docs");

  @Test
  void thePickersKeepSevenTimesWhatScrapMerchantsPay() {
    var pickers = RUN.result().filament().sheet("pickers-corp");
    // 10,000 kg x (300 - 167) = 1,330,000 = 7 x (10,000 kg x 19) [DESILVA: six to eight times]
    assertEquals(Money.of("1330000", "INR"), pickers.net());
    assertEquals(new BigDecimal("10000"), RUN.result().filament().occurrences("buy-filament"));
    assertEquals(Verdict.POSITIVE, pickers.verdict());
  }

  @Test
  void theOrganisationsFirstYearIsNegativeAndItBreaksEvenInTheThirdYear() {
    var org = RUN.result().filamentSeries().actor("filament-org");
    // 12,000,000 - 3,000,000 - 1,500,000 - 4,000,000 - 9,000,000 = -5,500,000
    assertEquals(Money.of("-5500000", "INR"), org.nets().get(0));
    assertEquals(OptionalInt.of(2), org.breakEvenPeriod());
  }

  @Test
  void thePickersTurnPositiveAbove167AndTheOrganisationNegativeAbove650RupeesAKilogram() {
    List<Sensitivity.Flip> flips = RUN.result().pickerPrice().flips();
    assertEquals(2, flips.size());
    assertEquals("pickers-corp", flips.get(0).actor());
    assertEquals(0, new BigDecimal("167").compareTo(flips.get(0).at().orElseThrow()));
    assertEquals("filament-org", flips.get(1).actor());
    // 12,000,000 - 1,500,000 - 4,000,000 = 6,500,000 pays for 10,000 kg at up to 650 a kg
    assertEquals(0, new BigDecimal("650").compareTo(flips.get(1).at().orElseThrow()));
  }

  @Test
  void thePriceComparisonTakesTheMarketVolumeFromTheScenario() {
    assertEquals(new BigDecimal("50000"), RUN.result().prices().marketVolume());
    assertEquals(Money.of("430000", "EUR"), RUN.result().prices().difference());
    assertEquals(Money.of("650000", "EUR"), RUN.result().resins().sheet("chem-sme").net());
  }

  @Test
  void labelsEveryNumberTheSourceDoesNotGive() {
    assertTrue(
        RUN.prose()
            .contains(
                "9000000.00 INR in equipment and market entry in year 0 " + Story.ILLUSTRATIVE));
    assertTrue(
        RUN.prose().contains("Five years, 25% growth, discounted at 10% " + Story.ILLUSTRATIVE));
  }

  /** The README shows these pictures; {@code -Dbmi.docs.update=true} rewrites them. */
  @Test
  void theChartsInDocsAreTheOnesTheExampleDraws() throws IOException {
    check(DOCS.resolve("value-flow-bars.svg"), ValueFlowCases.filamentBars());
    check(DOCS.resolve("value-flow-lines.svg"), ValueFlowCases.filamentLines());
  }

  private static void check(Path file, String svg) throws IOException {
    if (Boolean.getBoolean("bmi.docs.update")) {
      Files.writeString(file, svg);
    }
    assertEquals(svg, Files.readString(file), file + " is stale; run with -Dbmi.docs.update=true");
  }
}

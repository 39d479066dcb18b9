package org.bmi4j.core.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.testing.ModelArbitraries;

/** Properties of the CSV exports. */
class CsvProperties {
  @Provide
  Arbitrary<BusinessModel> models() {
    return ModelArbitraries.businessModels();
  }

  @Property
  void theElementsOfAnyModelReadBackEqual(@ForAll("models") BusinessModel model) {
    ImmutableList<ElementRow> rows = BmiCsv.elements(model);
    assertEquals(rows, BmiCsv.ELEMENTS.read(BmiCsv.ELEMENTS.write(rows)));
  }

  @Property
  void thereIsOneRowPerElement(@ForAll("models") BusinessModel model) {
    int elements =
        model.actors().size()
            + model.proposition().offerings().size()
            + model.creation().resources().size()
            + model.exchange().exchanges().size()
            + model.capture().revenueStreams().size()
            + model.capture().costs().size()
            + model.capture().valueShares().size()
            + model.activities().size()
            + model.links().size()
            + model.governance().size();
    assertEquals(elements, BmiCsv.elements(model).size());
    assertEquals(
        elements,
        BmiCsv.elements(model).stream().map(row -> row.kind() + " " + row.id()).distinct().count(),
        "kind and id are a key");
  }

  @Property
  void theDiffOfAnyTwoModelsReadsBackEqual(
      @ForAll("models") BusinessModel before, @ForAll("models") BusinessModel after) {
    var rows = BmiCsv.diff(org.bmi4j.core.analysis.BusinessModelDiff.of(before, after));
    assertEquals(rows, BmiCsv.DIFFS.read(BmiCsv.DIFFS.write(rows)));
  }
}

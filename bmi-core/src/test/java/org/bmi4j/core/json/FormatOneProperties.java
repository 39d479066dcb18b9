package org.bmi4j.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.testing.ModelArbitraries;

/** Old documents read as the models they were written from. */
class FormatOneProperties {
  @Provide
  Arbitrary<BusinessModel> models() {
    return ModelArbitraries.businessModels();
  }

  @Property
  void aModelWrittenInTheShapeOfFormatOneReadsBackEqual(@ForAll("models") BusinessModel model) {
    String old = FormatOneDocuments.write(model);

    assertEquals(model, BmiJson.read(DocumentType.BUSINESS_MODEL, old));
  }
}

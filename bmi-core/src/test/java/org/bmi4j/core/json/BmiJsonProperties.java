package org.bmi4j.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.testing.ModelArbitraries;

/** JSON round-trip properties of business models. */
class BmiJsonProperties {
  private static final ObjectMapper MAPPER = BmiJson.mapper();

  @Provide
  Arbitrary<BusinessModel> models() {
    return ModelArbitraries.businessModels();
  }

  @Property
  void aModelReadsBackEqualAndWritesTheSameBytesAgain(@ForAll("models") BusinessModel model) {
    String first = BmiJson.write(DocumentType.BUSINESS_MODEL, model);
    BusinessModel read = BmiJson.read(DocumentType.BUSINESS_MODEL, first);
    assertEquals(model, read);
    assertEquals(first, BmiJson.write(DocumentType.BUSINESS_MODEL, read));
  }

  @Property
  void theConfiguredMapperRoundTripsAModelWithoutAnEnvelope(@ForAll("models") BusinessModel model)
      throws Exception {
    String json = MAPPER.writeValueAsString(model);
    assertEquals(model, MAPPER.readValue(json, BusinessModel.class));
  }
}

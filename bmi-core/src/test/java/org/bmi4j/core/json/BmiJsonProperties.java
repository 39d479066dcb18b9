package org.bmi4j.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Resource;
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

  /** Generated models whose resources of every other position name a domain. */
  @Provide
  Arbitrary<BusinessModel> modelsWithDomains() {
    return ModelArbitraries.businessModels()
        .map(
            model -> {
              List<Resource> resources = new ArrayList<>();
              for (Resource resource : model.creation().resources()) {
                resources.add(
                    resources.size() % 2 == 0
                        ? resource.withDomain(resource.name() + " know-how")
                        : resource);
              }
              return model.withCreation(model.creation().withResources(resources));
            });
  }

  @Property
  void aModelWithResourceDomainsReadsBackEqual(@ForAll("modelsWithDomains") BusinessModel model) {
    String json = BmiJson.write(DocumentType.BUSINESS_MODEL, model);
    assertEquals(model, BmiJson.read(DocumentType.BUSINESS_MODEL, json));
  }

  @Property
  void theConfiguredMapperRoundTripsAModelWithoutAnEnvelope(@ForAll("models") BusinessModel model)
      throws Exception {
    String json = MAPPER.writeValueAsString(model);
    assertEquals(model, MAPPER.readValue(json, BusinessModel.class));
  }
}

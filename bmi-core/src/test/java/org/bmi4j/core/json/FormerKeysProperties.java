package org.bmi4j.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bmi4j.core.ecosystem.Ecosystem;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Exchange;
import org.bmi4j.core.testing.EcosystemArbitraries;
import org.bmi4j.core.testing.ModelArbitraries;

/**
 * Documents written before exchanges and ecosystem value flows named their ends {@code
 * provider}/{@code recipient} (they said {@code from}/{@code to}) still read, and read equal.
 */
class FormerKeysProperties {
  private static final ObjectMapper MAPPER = BmiJson.mapper();

  /** Reads a tree keeping every decimal's scale, so that amounts read back equal. */
  private static final ObjectMapper TREES =
      BmiJson.mapper()
          .copy()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

  @Provide
  Arbitrary<BusinessModel> models() {
    return ModelArbitraries.businessModels();
  }

  @Provide
  Arbitrary<Ecosystem> ecosystems() {
    return EcosystemArbitraries.ecosystems();
  }

  @Property
  void aModelWrittenWithTheFormerExchangeKeysReadsEqual(@ForAll("models") BusinessModel model)
      throws Exception {
    String current = BmiJson.write(DocumentType.BUSINESS_MODEL, model);
    String former = withFormerKeys(current);
    if (!model.exchange().exchanges().isEmpty()) {
      assertTrue(former.contains("\"from\""), former);
    }
    assertEquals(model, BmiJson.read(DocumentType.BUSINESS_MODEL, former));
  }

  @Property
  void anEcosystemWrittenWithTheFormerValueFlowKeysReadsEqual(
      @ForAll("ecosystems") Ecosystem ecosystem) throws Exception {
    String current = BmiJson.write(DocumentType.ECOSYSTEM, ecosystem);
    String former = withFormerKeys(current);
    assertEquals(ecosystem, BmiJson.read(DocumentType.ECOSYSTEM, former));
  }

  @Property(tries = 100)
  void anExchangeIsWrittenWithOnlyTheNewKeys(@ForAll("models") BusinessModel model)
      throws Exception {
    for (Exchange exchange : model.exchange().exchanges()) {
      String json = MAPPER.writeValueAsString(exchange);
      assertTrue(json.contains("\"provider\"") && json.contains("\"recipient\""), json);
      assertFalse(json.contains("\"from\"") || json.contains("\"to\""), json);
    }
  }

  /** The document with every object holding both "provider" and "recipient" renamed back. */
  private static String withFormerKeys(String json) throws Exception {
    JsonNode tree = TREES.readTree(json);
    rename(tree);
    return TREES.writeValueAsString(tree);
  }

  private static void rename(JsonNode node) {
    if (node instanceof ObjectNode object && object.has("provider") && object.has("recipient")) {
      // keep the keys' order: rebuild the object with the two renamed in place
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
      object.fields().forEachRemaining(fields::add);
      object.removeAll();
      for (Map.Entry<String, JsonNode> field : fields) {
        String key =
            switch (field.getKey()) {
              case "provider" -> "from";
              case "recipient" -> "to";
              default -> field.getKey();
            };
        object.set(key, field.getValue());
      }
    }
    for (JsonNode child : node) {
      rename(child);
    }
  }
}

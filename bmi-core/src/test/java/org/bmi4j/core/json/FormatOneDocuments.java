package org.bmi4j.core.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bmi4j.core.model.BusinessModel;

/**
 * Writes business models in the shape of format 1, for the tests of reading old documents: every
 * activity's governance goes to the model's {@code governance} list, its links to {@code links} and
 * its place in value creation to {@code creation.activities}, as format 1 wrote them.
 */
final class FormatOneDocuments {
  private static final ObjectMapper MAPPER = BmiJson.mapper();
  private static final Set<String> GOVERNANCE =
      Set.of("performer", "coPerformers", "mode", "contractTerm", "incentives", "supervisor");

  private FormatOneDocuments() {}

  /** Returns {@code model} as a format-1 business-model document. */
  static String write(BusinessModel model) {
    try {
      ObjectNode document =
          (ObjectNode)
              MAPPER
                  .reader()
                  .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                  .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                  .readTree(BmiJson.write(DocumentType.BUSINESS_MODEL, model));
      document.put("formatVersion", 1);
      unfold((ObjectNode) document.get("content"));
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(document);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void unfold(ObjectNode model) {
    ArrayNode creationActivities = MAPPER.createArrayNode();
    ArrayNode links = MAPPER.createArrayNode();
    ArrayNode governance = MAPPER.createArrayNode();
    for (JsonNode node : model.withArray("activities")) {
      ObjectNode activity = (ObjectNode) node;
      String id = activity.get("id").asText();
      if (activity.path("valueCreating").asBoolean(false)) {
        creationActivities.add(id);
      }
      activity.remove("valueCreating");
      JsonNode own = activity.remove("links");
      if (own != null) {
        for (JsonNode link : own) {
          ObjectNode old = links.addObject();
          old.put("from", id);
          old.set("to", link.get("downstream"));
          old.set("flow", link.get("flow"));
        }
      }
      ObjectNode assignment = MAPPER.createObjectNode();
      assignment.put("activity", id);
      List<String> fields = new ArrayList<>();
      Iterator<Map.Entry<String, JsonNode>> it = activity.fields();
      while (it.hasNext()) {
        String name = it.next().getKey();
        if (GOVERNANCE.contains(name)) {
          fields.add(name);
        }
      }
      for (String name : fields) {
        assignment.set(name, activity.remove(name));
      }
      governance.add(assignment);
    }
    ObjectNode creation = model.with("creation");
    creation.set("activities", creationActivities);
    model.set("links", links);
    model.set("governance", governance);
  }
}

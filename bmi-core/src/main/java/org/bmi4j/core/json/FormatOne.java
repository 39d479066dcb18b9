package org.bmi4j.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bmi4j.core.internal.Integrity;
import org.bmi4j.core.internal.Sentences;
import org.bmi4j.core.model.IntegrityProblem;
import org.bmi4j.core.model.ProblemCode;

/**
 * Folds the business models of a format-1 document into the shape of format 2 (library
 * formalisation of the migration).
 *
 * <p>Format 1 wrote an activity's governance, the links leaving it and its place in value creation
 * apart from the activity: a model's {@code governance} list (one assignment per activity), its
 * {@code links} list ({@code from}, {@code to}, {@code flow}) and the ids of value creation's
 * {@code activities}. Format 2 declares each of them once, in the activity. Folding moves every
 * assignment's attributes into the activity it names, every link into the activity it leaves (as
 * {@code downstream} and {@code flow}) and sets {@code valueCreating} on every activity value
 * creation named. What cannot be folded (an assignment, a link source or a value-creating id that
 * names no activity, an activity governed twice) is reported with the integrity codes a model would
 * have had, at its format-1 path.
 */
final class FormatOne {

  private FormatOne() {}

  /** A model that cannot be folded, with the problems that keep it from folding. */
  static final class Unfoldable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Where the model is in the document. */
    final String path;

    /** Why the model cannot be folded. */
    final String reason;

    /** The problems, with paths relative to the model. */
    final transient ImmutableList<IntegrityProblem> problems;

    Unfoldable(String path, ImmutableList<IntegrityProblem> problems) {
      this(path, problems, reason(problems));
    }

    private Unfoldable(String path, ImmutableList<IntegrityProblem> problems, String reason) {
      super(reason, null, false, false);
      this.path = path;
      this.reason = reason;
      this.problems = problems;
    }

    private static String reason(ImmutableList<IntegrityProblem> problems) {
      return "the format-1 business model cannot be folded into format "
          + BmiJson.FORMAT_VERSION
          + " ("
          + Sentences.count(problems.size(), "problem")
          + "): "
          + problems
          + "; correct the document's governance, links and value creation, or write it"
          + " again with this library's format "
          + BmiJson.FORMAT_VERSION;
    }
  }

  /**
   * Folds every business model inside {@code node}, in place.
   *
   * @param node the content of a format-1 document
   * @param path where {@code node} is in the document
   * @throws Unfoldable if a model cannot be folded
   */
  static void fold(JsonNode node, String path) {
    if (node instanceof ObjectNode object) {
      if (isModel(object)) {
        foldModel(object, path);
      }
      Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        fold(field.getValue(), path + "." + field.getKey());
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        fold(array.get(i), path + "[" + i + "]");
      }
    }
  }

  private static boolean isModel(ObjectNode object) {
    return object.get("activities") instanceof ArrayNode
        && object.has("owners")
        && (object.has("governance")
            || object.has("links")
            || object.path("creation").has("activities"));
  }

  private static void foldModel(ObjectNode model, String path) {
    List<IntegrityProblem> problems = new ArrayList<>();
    Map<String, ObjectNode> activities = new LinkedHashMap<>();
    for (JsonNode activity : model.get("activities")) {
      if (activity instanceof ObjectNode object && object.path("id").isTextual()) {
        activities.putIfAbsent(object.get("id").asText(), object);
      }
    }
    Object known = Integrity.known(activities.keySet());
    JsonNode creation = model.path("creation");
    if (creation instanceof ObjectNode creationObject && creation.has("activities")) {
      int i = 0;
      for (JsonNode id : creation.get("activities")) {
        ObjectNode activity = activities.get(id.asText());
        if (activity == null) {
          problems.add(
              unknown("creation.activities[" + i + "]", "value-creating activity", id, known));
        } else {
          activity.put("valueCreating", true);
        }
        i++;
      }
      creationObject.remove("activities");
    }
    JsonNode links = model.remove("links");
    if (links != null) {
      int i = 0;
      for (JsonNode link : links) {
        JsonNode from = link.path("from");
        ObjectNode activity = activities.get(from.asText());
        if (activity == null) {
          problems.add(unknown("links[" + i + "].from", "source of a link", from, known));
        } else {
          ObjectNode folded = activity.withArray("links").addObject();
          folded.set("downstream", link.path("to"));
          folded.set("flow", link.path("flow"));
        }
        i++;
      }
    }
    JsonNode governance = model.remove("governance");
    if (governance != null) {
      Map<String, Integer> governed = new HashMap<>();
      int i = 0;
      for (JsonNode assignment : governance) {
        JsonNode id = assignment.path("activity");
        ObjectNode activity = activities.get(id.asText());
        Integer first = governed.putIfAbsent(id.asText(), i);
        if (activity == null) {
          problems.add(unknown("governance[" + i + "].activity", "governed activity", id, known));
        } else if (first != null) {
          problems.add(
              IntegrityProblem.of(
                  "governance[" + i + "]",
                  ProblemCode.DUPLICATE_GOVERNANCE,
                  id.asText(),
                  "governance[" + first + "]"));
        } else {
          Iterator<Map.Entry<String, JsonNode>> fields = assignment.fields();
          while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getKey().equals("activity")) {
              activity.set(field.getKey(), field.getValue());
            }
          }
        }
        i++;
      }
    }
    if (!problems.isEmpty()) {
      throw new Unfoldable(path, ImmutableList.copyOf(problems));
    }
  }

  private static IntegrityProblem unknown(String path, String role, JsonNode id, Object known) {
    return IntegrityProblem.of(path, ProblemCode.UNKNOWN_ACTIVITY, role, id.asText(), known);
  }
}

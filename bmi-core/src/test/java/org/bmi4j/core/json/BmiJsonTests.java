package org.bmi4j.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.CostItem;
import org.bmi4j.core.model.Exchanged;
import org.bmi4j.core.model.Money;
import org.bmi4j.core.model.ProblemCode;
import org.bmi4j.core.model.Resource;
import org.bmi4j.core.model.ResourceKind;
import org.bmi4j.core.model.Sector;
import org.bmi4j.core.model.ValueCapture;
import org.bmi4j.core.model.ValueCreation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BmiJsonTests {
  private static final BusinessModel MODEL =
      BusinessModel.builder()
          .id("shop")
          .name("Shop")
          .addOwner("shop")
          .addActor(Actor.of("shop", "The shop", ActorRole.FOCAL_FIRM, Sector.PRIVATE))
          .build();

  private static String document(String content) {
    return "{\"format\":\"bmi4j\",\"formatVersion\":2,\"type\":\"business-model\",\"content\":"
        + content
        + "}";
  }

  private static final String ACTOR =
      "{\"id\":\"shop\",\"name\":\"The shop\",\"role\":\"FOCAL_FIRM\",\"sector\":\"PRIVATE\"}";

  private static BmiJsonException rejected(String json) {
    return assertThrows(
        BmiJsonException.class, () -> BmiJson.read(DocumentType.BUSINESS_MODEL, json));
  }

  @Nested
  @DisplayName("writing")
  class Writing {
    @Test
    void aDocumentStartsWithFormatVersionAndTypeAndEndsWithANewline() {
      String json = BmiJson.write(DocumentType.BUSINESS_MODEL, MODEL);
      assertTrue(
          json.startsWith(
              "{\n  \"format\" : \"bmi4j\",\n  \"formatVersion\" : 2,\n"
                  + "  \"type\" : \"business-model\",\n  \"content\" : {\n    \"id\" : \"shop\","),
          json);
      assertTrue(json.endsWith("}\n"));
      assertFalse(json.contains("\r"));
    }

    @Test
    void absentOptionalsAreOmittedAndEmptyCollectionsWritten() {
      BusinessModel model =
          MODEL.withCapture(
              ValueCapture.builder()
                  .addCost(CostItem.builder().id("rent").name("Rent").build())
                  .build());
      String json = BmiJson.write(DocumentType.BUSINESS_MODEL, model);
      assertFalse(json.contains("amount"), json);
      assertTrue(json.contains("\"valueShares\" : [ ]"), json);
    }

    @Test
    void aResourcesDomainIsWrittenAndReadBack() {
      BusinessModel model =
          MODEL.withCreation(
              ValueCreation.builder()
                  .addResource(
                      Resource.builder()
                          .id("chem")
                          .name("Battery chemistry know-how")
                          .kind(ResourceKind.INTELLECTUAL)
                          .provider("shop")
                          .domain("battery chemistry")
                          .build())
                  .build());
      String json = BmiJson.write(DocumentType.BUSINESS_MODEL, model);
      assertTrue(json.contains("\"domain\" : \"battery chemistry\""), json);
      assertEquals(model, BmiJson.read(DocumentType.BUSINESS_MODEL, json));
    }

    @Test
    void aResourceWithoutADomainIsWrittenWithoutOne() {
      BusinessModel model =
          MODEL.withCreation(
              ValueCreation.builder()
                  .addResource(Resource.of("store", "Store", ResourceKind.PHYSICAL, "shop"))
                  .build());
      assertFalse(BmiJson.write(DocumentType.BUSINESS_MODEL, model).contains("domain"));
    }

    @Test
    void moneyIsAnAmountAndAnIsoCurrencyCode() {
      BusinessModel model =
          MODEL.withCapture(
              ValueCapture.builder()
                  .addCost(
                      CostItem.builder()
                          .id("rent")
                          .name("Rent")
                          .amount(Money.of("3.50", "GBP"))
                          .build())
                  .build());
      String json = BmiJson.write(DocumentType.BUSINESS_MODEL, model);
      assertTrue(json.contains("\"amount\" : {\n"), json);
      assertTrue(json.contains("\"amount\" : 3.50,"), json);
      assertTrue(json.contains("\"currency\" : \"GBP\""), json);
      assertEquals(model, BmiJson.read(DocumentType.BUSINESS_MODEL, json));
    }

    @Test
    void anExchangedValueCarriesItsTypeName() throws Exception {
      ObjectMapper mapper = BmiJson.mapper();
      assertEquals(
          "{\"type\":\"offering\",\"offering\":\"wine\"}",
          mapper
              .writer()
              .without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
              .writeValueAsString(Exchanged.offering("wine")));
      assertEquals(
          Exchanged.item("money"),
          mapper.readValue("{\"type\":\"item\",\"name\":\"money\"}", Exchanged.class));
    }

    @Test
    void writingToAWriterLeavesItOpenAndMatchesTheString() {
      StringWriter out = new StringWriter();
      BmiJson.write(DocumentType.BUSINESS_MODEL, MODEL, out);
      out.write("more");
      assertEquals(BmiJson.write(DocumentType.BUSINESS_MODEL, MODEL) + "more", out.toString());
    }
  }

  @Nested
  @DisplayName("reading")
  class Reading {
    @Test
    void aWrittenDocumentReadsBackEqualFromAStringAndAReader() {
      String json = BmiJson.write(DocumentType.BUSINESS_MODEL, MODEL);
      assertEquals(MODEL, BmiJson.read(DocumentType.BUSINESS_MODEL, json));
      assertEquals(MODEL, BmiJson.read(DocumentType.BUSINESS_MODEL, new StringReader(json)));
    }

    @Test
    void envelopePropertiesMayComeInAnyOrder() {
      String json =
          "{\"content\":{\"id\":\"shop\",\"name\":\"Shop\",\"owners\":[\"shop\"],"
              + "\"actors\":["
              + ACTOR
              + "]},\"type\":\"business-model\",\"formatVersion\":2,"
              + "\"format\":\"bmi4j\"}";
      assertEquals(MODEL, BmiJson.read(DocumentType.BUSINESS_MODEL, json));
    }

    @Test
    void anOlderDocumentWhoseResourcesHaveNoDomainReadsWithNone() {
      String resource =
          "{\"id\":\"store\",\"name\":\"Store\",\"kind\":\"PHYSICAL\",\"provider\":\"shop\"}";
      BusinessModel model =
          BmiJson.read(
              DocumentType.BUSINESS_MODEL,
              document(
                  "{\"id\":\"shop\",\"name\":\"Shop\",\"owners\":[\"shop\"],\"actors\":["
                      + ACTOR
                      + "],\"creation\":{\"resources\":["
                      + resource
                      + "]}}"));
      assertEquals(Optional.empty(), model.creation().resources().get(0).domain());
    }

    @Test
    void aMissingVersionDefaultsToOne() {
      BusinessModel read =
          BmiJson.read(DocumentType.BUSINESS_MODEL, document("{\"id\":\"m\",\"name\":\"M\"}"));
      assertEquals(1, read.version());
    }
  }

  @Nested
  @DisplayName("rejecting")
  class Rejecting {
    @Test
    void anotherFormatVersionNamesTheVersionThisLibraryReads() {
      BmiJsonException e =
          rejected(document("{}").replace("\"formatVersion\":2", "\"formatVersion\":3"));
      assertEquals("formatVersion must be 1 to 2, the versions this library reads", e.reason());
      assertEquals(1, e.line());
      assertEquals("formatVersion", e.path());
    }

    @Test
    void anotherDocumentTypeNamesTheExpectedOne() {
      BmiJsonException e = rejected(document("{}").replace("business-model", "portfolio"));
      assertEquals("type must be \"business-model\" for this document", e.reason());
    }

    @Test
    void aMissingEnvelopePropertyIsNamed() {
      BmiJsonException e =
          rejected("{\"format\":\"bmi4j\",\"content\":{\"id\":\"m\",\"name\":\"M\"}}");
      assertEquals(
          "a document needs format, formatVersion, type and content; missing "
              + "formatVersion, type",
          e.reason());
    }

    @Test
    void anUnknownPropertyNamesItsPathAndLine() {
      String json =
          document(
              "{\n\"id\":\"m\",\"name\":\"M\",\"actors\":[\n"
                  + ACTOR.replace("\"sector\"", "\"colour\":\"red\",\"sector\"")
                  + "]}");
      BmiJsonException e = rejected(json);
      assertEquals("content.actors[0].colour", e.path());
      assertEquals(3, e.line());
      assertTrue(e.reason().contains("colour"), e.reason());
      assertTrue(
          e.getMessage().startsWith("invalid bmi4j JSON at line 3, column "), e.getMessage());
    }

    @Test
    void aDuplicateKeyIsRejected() {
      BmiJsonException e = rejected(document("{\"id\":\"m\",\"id\":\"n\",\"name\":\"M\"}"));
      assertTrue(e.reason().contains("Duplicate field 'id'"), e.reason());
      assertEquals("content.id", e.path());
    }

    @Test
    void integrityProblemsComeWithTheException() {
      String json =
          document(
              "{\"id\":\"m\",\"name\":\"M\",\"owners\":[\"ghost\"],"
                  + "\"actors\":["
                  + ACTOR
                  + ","
                  + ACTOR
                  + "]}");
      BmiJsonException e = rejected(json);
      assertEquals(
          List.of(ProblemCode.DUPLICATE_ID, ProblemCode.UNKNOWN_ACTOR),
          e.problems().stream().map(p -> p.code()).toList());
      assertEquals("actors[1].id", e.problems().get(0).path());
      assertEquals("content", e.path());
      assertTrue(e.reason().contains("ghost"), e.reason());
    }

    @Test
    void aMissingRequiredPropertyIsNamed() {
      BmiJsonException e = rejected(document("{\"id\":\"m\"}"));
      assertEquals("required properties are missing: [name]; give each of them", e.reason());
      assertEquals("content", e.path());
    }

    @Test
    void anUnknownPropertyIsNamedWithThePropertiesThatAreKnownThere() {
      BmiJsonException e = rejected(document("{\"id\":\"m\",\"name\":\"M\",\"colour\":1}"));
      assertEquals(
          "unknown property \"colour\"; the properties here are [activities, actors,"
              + " capture, creation, exchange, goals, id, missions, name, owners, proposition,"
              + " version]",
          e.reason());
      assertEquals("content.colour", e.path());
    }

    @Test
    void anUnknownEnumValueIsNamedWithTheValuesThatAreKnown() {
      BmiJsonException e =
          rejected(
              document(
                  "{\"id\":\"m\",\"name\":\"M\",\"actors\":["
                      + ACTOR.replace("\"FOCAL_FIRM\"", "\"KING\"")
                      + "]}"));
      assertEquals(
          "\"KING\" is not one of the ActorRole values "
              + java.util.Arrays.toString(org.bmi4j.core.model.ActorRole.values()),
          e.reason());
      assertEquals("content.actors[0].role", e.path());
    }

    @Test
    void aNullForARequiredPropertyIsRejected() {
      BmiJsonException e = rejected(document("{\"id\":\"m\",\"name\":null}"));
      assertTrue(e.reason().contains("name"), e.reason());
      assertEquals("required properties are missing: [name]; give each of them", e.reason());
    }

    @Test
    void aNullElementOfAListIsRejectedNamingItsPlace() {
      BmiJsonException e = rejected(document("{\"id\":\"m\",\"name\":\"M\",\"owners\":[null]}"));
      assertEquals("content.owners[0]", e.path());
      assertTrue(e.reason().contains("null"), e.reason());
    }

    @Test
    void anUnknownExchangedTypeNameIsRejectedWithoutLoadingAnyClass() {
      String json =
          document(
              "{\"id\":\"m\",\"name\":\"M\",\"actors\":["
                  + ACTOR
                  + "],"
                  + "\"exchange\":{\"exchanges\":[{\"id\":\"e\",\"from\":\"shop\",\"to\":\"shop\","
                  + "\"what\":{\"type\":\"java.lang.Runtime\"},\"channel\":\"DIRECT\"}]}}");
      BmiJsonException e = rejected(json);
      assertTrue(e.reason().contains("java.lang.Runtime"), e.reason());
      assertTrue(e.path().startsWith("content.exchange.exchanges[0].what"), e.path());
    }

    @Test
    void numbersAreNotEnumsAndStringsAreNotNumbers() {
      rejected(document("{\"id\":\"m\",\"name\":\"M\",\"missions\":[0]}"));
      rejected(document("{\"id\":\"m\",\"name\":\"M\",\"version\":\"2\"}"));
      rejected(document("{\"id\":\"m\",\"name\":\"M\",\"version\":1.5}"));
      rejected(document("{\"id\":1,\"name\":\"M\"}"));
      rejected(document("{\"id\":\"m\",\"name\":true}"));
    }

    @Test
    void nestingDeeperThanTheBoundIsRejected() {
      int depth = BmiJson.MAX_NESTING_DEPTH + 1;
      // a property before the type name is buffered, so the whole value is read
      String json =
          document(
              "{\"id\":\"m\",\"name\":\"M\",\"actors\":["
                  + ACTOR
                  + "],"
                  + "\"exchange\":{\"exchanges\":[{\"id\":\"e\",\"from\":\"shop\",\"to\":\"shop\","
                  + "\"what\":{\"extra\":"
                  + "[".repeat(depth)
                  + "]".repeat(depth)
                  + ",\"type\":\"item\",\"name\":\"x\"},\"channel\":\"DIRECT\"}]}}");
      BmiJsonException e = rejected(json);
      assertTrue(e.reason().contains("nesting depth"), e.reason());
    }

    @Test
    void aStringLongerThanTheBoundIsRejected() {
      BmiJsonException e =
          rejected(
              document(
                  "{\"id\":\"m\",\"name\":\"" + "x".repeat(BmiJson.MAX_STRING_LENGTH + 1) + "\"}"));
      assertTrue(e.reason().contains("String value length"), e.reason());
    }

    @Test
    void aNumberLongerThanTheBoundIsRejected() {
      BmiJsonException e =
          rejected(
              document(
                  "{\"id\":\"m\",\"name\":\"M\",\"version\":"
                      + "1".repeat(BmiJson.MAX_NUMBER_LENGTH + 1)
                      + "}"));
      assertTrue(e.reason().contains("Number value length"), e.reason());
    }

    @Test
    void malformedJsonNamesTheLocation() {
      BmiJsonException e = rejected("{\"format\":\"bmi4j\",\n\"formatVersion\":1,,}");
      assertEquals(2, e.line());
      assertTrue(e.getMessage().startsWith("invalid bmi4j JSON at line 2"), e.getMessage());
    }

    @Test
    void trailingContentNullContentAndNonObjectsAreRejected() {
      rejected(document("{\"id\":\"m\",\"name\":\"M\"}") + "{}");
      assertEquals("content must not be null", rejected(document("null")).reason());
      rejected("[]");
      rejected("");
    }
  }

  @Test
  void defaultTypingIsNeverEnabledSoNoDocumentCanNameAClassToLoad() {
    ObjectMapper mapper = BmiJson.mapper();
    for (Class<?> type : List.of(Object.class, BusinessModel.class, Exchanged.class)) {
      assertNull(
          mapper.getDeserializationConfig().getDefaultTyper(mapper.constructType(type)),
          type.getName());
    }
    BmiJsonException e =
        rejected(document("{\"@class\":\"java.net.URL\",\"id\":\"m\"," + "\"name\":\"M\"}"));
    assertEquals("content.@class", e.path());
  }

  @Test
  void theMapperIsACopyThatCannotChangeThisClass() {
    ObjectMapper copy = BmiJson.mapper();
    copy.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    rejected(document("{\"id\":\"m\",\"name\":\"M\",\"extra\":1}"));
  }

  @Test
  void aDocumentTypeNameFollowsTheIdPattern() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> DocumentType.of("Business Model", BusinessModel.class));
    assertEquals(
        "document type name must match [a-z0-9][a-z0-9._-]{0,63}, was 'Business Model'",
        e.getMessage());
  }
}

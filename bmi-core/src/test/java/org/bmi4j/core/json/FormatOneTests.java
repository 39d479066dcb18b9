package org.bmi4j.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.bmi4j.core.model.Activity;
import org.bmi4j.core.model.ActivityKind;
import org.bmi4j.core.model.ActivityLink;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Flow;
import org.bmi4j.core.model.GovernanceMode;
import org.bmi4j.core.model.IntegrityProblem;
import org.bmi4j.core.model.Link;
import org.bmi4j.core.model.ProblemCode;
import org.bmi4j.core.model.Resource;
import org.bmi4j.core.model.ResourceKind;
import org.bmi4j.core.model.Sector;
import org.bmi4j.core.model.ValueCreation;
import org.junit.jupiter.api.Test;

/**
 * Documents of format 1, which listed governance, links and value-creating activities apart from
 * the activities, read folded into format 2.
 */
class FormatOneTests {
  /** A refill shop as format 1 wrote it. */
  private static final String REFILL_SHOP_V1 =
      """
      {
        "format" : "bmi4j",
        "formatVersion" : 1,
        "type" : "business-model",
        "content" : {
          "id" : "refill-shop",
          "name" : "Refill shop",
          "version" : 1,
          "owners" : [ "shop" ],
          "actors" : [ {
            "id" : "shop", "name" : "Refill shop", "role" : "FOCAL_FIRM", "sector" : "PRIVATE"
          }, {
            "id" : "growers", "name" : "Growers", "role" : "COMMUNITY", "sector" : "SOCIAL"
          }, {
            "id" : "customers", "name" : "Customers", "role" : "CUSTOMER_SEGMENT",
            "sector" : "PRIVATE"
          } ],
          "missions" : [ ],
          "creation" : {
            "activities" : [ "selling" ],
            "resources" : [ {
              "id" : "store", "name" : "Store", "kind" : "PHYSICAL", "provider" : "shop"
            } ]
          },
          "activities" : [ {
            "id" : "sourcing", "name" : "Sourcing", "kind" : "LOGISTICS", "resources" : [ ]
          }, {
            "id" : "selling", "name" : "Selling", "kind" : "SALES", "resources" : [ "store" ]
          } ],
          "links" : [ { "from" : "sourcing", "to" : "selling", "flow" : "GOODS" } ],
          "governance" : [ {
            "activity" : "sourcing",
            "performer" : "growers",
            "coPerformers" : [ ],
            "mode" : "COOPERATIVE",
            "contractTerm" : "P2Y",
            "incentives" : [ "fair price" ],
            "supervisor" : "shop"
          }, {
            "activity" : "selling",
            "performer" : "shop",
            "coPerformers" : [ "customers" ],
            "mode" : "IN_HOUSE",
            "incentives" : [ ]
          } ]
        }
      }
      """;

  private static final BusinessModel REFILL_SHOP =
      BusinessModel.builder()
          .id("refill-shop")
          .name("Refill shop")
          .addOwner("shop")
          .addActor(Actor.of("shop", "Refill shop", ActorRole.FOCAL_FIRM, Sector.PRIVATE))
          .addActor(Actor.of("growers", "Growers", ActorRole.COMMUNITY, Sector.SOCIAL))
          .addActor(Actor.of("customers", "Customers", ActorRole.CUSTOMER_SEGMENT, Sector.PRIVATE))
          .creation(
              ValueCreation.builder()
                  .addResource(Resource.of("store", "Store", ResourceKind.PHYSICAL, "shop"))
                  .build())
          .addActivity(
              Activity.builder()
                  .id("sourcing")
                  .name("Sourcing")
                  .kind(ActivityKind.LOGISTICS)
                  .performer("growers")
                  .mode(GovernanceMode.COOPERATIVE)
                  .contractTerm(Period.ofYears(2))
                  .addIncentive("fair price")
                  .supervisor("shop")
                  .addLink(Link.of("selling", Flow.GOODS))
                  .build())
          .addActivity(
              Activity.builder()
                  .id("selling")
                  .name("Selling")
                  .kind(ActivityKind.SALES)
                  .valueCreating(true)
                  .addResource("store")
                  .performer("shop")
                  .addCoPerformer("customers")
                  .mode(GovernanceMode.IN_HOUSE)
                  .build())
          .build();

  @Test
  void aFormatOneModelReadsAsTheSameModelDeclaredOnce() {
    assertEquals(REFILL_SHOP, BmiJson.read(DocumentType.BUSINESS_MODEL, REFILL_SHOP_V1));
  }

  @Test
  void aFormatOneModelKeepsItsGovernanceLinksAndValueCreationViews() {
    BusinessModel read = BmiJson.read(DocumentType.BUSINESS_MODEL, REFILL_SHOP_V1);

    assertEquals(List.of(ActivityLink.of("sourcing", "selling", Flow.GOODS)), read.links());
    assertEquals(
        List.of("sourcing", "selling"), read.governance().stream().map(g -> g.activity()).toList());
    assertEquals(List.of("selling"), read.valueCreatingActivities().asList());
  }

  @Test
  void aFormatOneDocumentIsWrittenAgainInTheCurrentFormat() {
    BusinessModel read = BmiJson.read(DocumentType.BUSINESS_MODEL, REFILL_SHOP_V1);
    String written = BmiJson.write(DocumentType.BUSINESS_MODEL, read);

    assertTrue(written.contains("\"formatVersion\" : 2,"), written);
    assertTrue(!written.contains("\"governance\""), written);
    assertEquals(read, BmiJson.read(DocumentType.BUSINESS_MODEL, written));
  }

  @Test
  void theFormatVersionMayFollowTheContent() {
    String late =
        REFILL_SHOP_V1
            .replace("\"formatVersion\" : 1,\n", "")
            .replace("\"type\" : \"business-model\",", "\"type\" : \"business-model\",")
            .replaceFirst("\n}\n$", ",\n\"formatVersion\" : 1\n}\n");

    assertEquals(REFILL_SHOP, BmiJson.read(DocumentType.BUSINESS_MODEL, late));
  }

  @Test
  void anActivityGovernedTwiceIsRejectedWithDuplicateGovernance() {
    String twice =
        REFILL_SHOP_V1.replace(
            "\"governance\" : [ {",
            "\"governance\" : [ {\"activity\" : \"selling\", \"performer\" : \"shop\","
                + " \"mode\" : \"PLATFORM\"}, {");

    BmiJsonException e =
        assertThrows(
            BmiJsonException.class, () -> BmiJson.read(DocumentType.BUSINESS_MODEL, twice));

    assertEquals(
        List.of(
            new IntegrityProblem(
                "governance[2]",
                ProblemCode.DUPLICATE_GOVERNANCE,
                "activity 'selling' is governed already, by governance[0]; an activity has"
                    + " exactly one governance assignment, so merge the two",
                ImmutableMap.of("activity", "selling", "first", "governance[0]"))),
        e.problems());
    assertEquals("content", e.path());
    assertTrue(e.reason().contains("write it again with this library's format 2"), e.reason());
  }

  @Test
  void governanceOfAnUnknownActivityIsRejectedWithUnknownActivity() {
    String unknown =
        REFILL_SHOP_V1.replace("\"activity\" : \"sourcing\"", "\"activity\" : \"delivery\"");

    BmiJsonException e =
        assertThrows(
            BmiJsonException.class, () -> BmiJson.read(DocumentType.BUSINESS_MODEL, unknown));

    assertEquals(
        List.of("governance[0].activity UNKNOWN_ACTIVITY"),
        e.problems().stream().map(p -> p.path() + " " + p.code()).toList());
    assertEquals(
        Optional.of("'selling', 'sourcing'"),
        e.problems().get(0).value("knownActivities", String.class),
        e.problems().get(0).message());
  }

  @Test
  void aLinkFromAnUnknownActivityIsRejectedWithUnknownActivity() {
    String unknown =
        REFILL_SHOP_V1.replace("{ \"from\" : \"sourcing\"", "{ \"from\" : \"delivery\"");

    BmiJsonException e =
        assertThrows(
            BmiJsonException.class, () -> BmiJson.read(DocumentType.BUSINESS_MODEL, unknown));

    assertEquals(
        List.of("links[0].from UNKNOWN_ACTIVITY"),
        e.problems().stream().map(p -> p.path() + " " + p.code()).toList());
  }

  @Test
  void anUnknownValueCreatingActivityIsRejectedWithUnknownActivity() {
    String unknown =
        REFILL_SHOP_V1.replace("\"activities\" : [ \"selling\" ]", "\"activities\" : [ \"x\" ]");

    BmiJsonException e =
        assertThrows(
            BmiJsonException.class, () -> BmiJson.read(DocumentType.BUSINESS_MODEL, unknown));

    assertEquals(
        List.of("creation.activities[0] UNKNOWN_ACTIVITY"),
        e.problems().stream().map(p -> p.path() + " " + p.code()).toList());
  }

  @Test
  void aLinkToAnUnknownActivityIsFoldedAndReportedByIntegrity() {
    String unknown = REFILL_SHOP_V1.replace("\"to\" : \"selling\"", "\"to\" : \"delivery\"");

    BmiJsonException e =
        assertThrows(
            BmiJsonException.class, () -> BmiJson.read(DocumentType.BUSINESS_MODEL, unknown));

    assertEquals(
        List.of("activities[0].links[0].downstream UNKNOWN_ACTIVITY"),
        e.problems().stream().map(p -> p.path() + " " + p.code()).toList());
  }

  @Test
  void aFormatTwoDocumentWithFormatOneListsIsRejectedNamingTheProperty() {
    String mixed = REFILL_SHOP_V1.replace("\"formatVersion\" : 1", "\"formatVersion\" : 2");

    BmiJsonException e =
        assertThrows(
            BmiJsonException.class, () -> BmiJson.read(DocumentType.BUSINESS_MODEL, mixed));

    assertTrue(e.reason().startsWith("unknown property \"activities\""), e.reason());
  }
}

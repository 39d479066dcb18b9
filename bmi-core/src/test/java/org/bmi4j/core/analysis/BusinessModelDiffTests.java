package org.bmi4j.core.analysis;

import static org.bmi4j.core.analysis.Shop.BOTTLES;
import static org.bmi4j.core.analysis.Shop.MODEL;
import static org.bmi4j.core.analysis.Shop.REFILL;
import static org.bmi4j.core.analysis.Shop.RENT;
import static org.bmi4j.core.analysis.Shop.WAGES;
import static org.bmi4j.core.analysis.Shop.key;
import static org.bmi4j.core.analysis.Shop.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bmi4j.core.model.Activity;
import org.bmi4j.core.model.ActivityKind;
import org.bmi4j.core.model.ActivityLink;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Channel;
import org.bmi4j.core.model.DesignElement;
import org.bmi4j.core.model.Exchange;
import org.bmi4j.core.model.Exchanged;
import org.bmi4j.core.model.Flow;
import org.bmi4j.core.model.GovernanceMode;
import org.bmi4j.core.model.Link;
import org.bmi4j.core.model.Offering;
import org.bmi4j.core.model.Resource;
import org.bmi4j.core.model.ResourceKind;
import org.bmi4j.core.model.RevenueMechanism;
import org.bmi4j.core.model.RevenueStream;
import org.bmi4j.core.model.Sector;
import org.bmi4j.core.model.ValueCapture;
import org.bmi4j.core.model.ValueCreation;
import org.bmi4j.core.model.ValueExchange;
import org.bmi4j.core.model.ValueFunction;
import org.bmi4j.core.model.ValueKind;
import org.bmi4j.core.model.ValueProposition;
import org.bmi4j.core.model.ValueShare;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BusinessModelDiffTests {
  private static final BusinessModel EMPTY =
      BusinessModel.builder().id("shop").name("Shop").build();

  private static final ActivityLink MAKE_TO_SELL = ActivityLink.of("make", "sell", Flow.GOODS);

  /** A model with an element of every kind. */
  private static final BusinessModel RICH =
      BusinessModel.builder()
          .id("shop")
          .name("Shop")
          .addActor(Actor.of("shop", "Shop", ActorRole.FOCAL_FIRM, Sector.PRIVATE))
          .addActor(Actor.of("buyers", "Buyers", ActorRole.CUSTOMER_SEGMENT, Sector.PRIVATE))
          .addActor(Actor.of("maker", "Maker", ActorRole.PARTNER, Sector.SOCIAL))
          .addActor(Actor.of("idle", "Idle", ActorRole.COMMUNITY, Sector.SOCIAL))
          .addOwner("shop")
          .addMission(ValueKind.SOCIAL)
          .proposition(ValueProposition.builder().addOffering(REFILL).build())
          .creation(
              ValueCreation.builder()
                  .addResource(Resource.of("store", "Store", ResourceKind.PHYSICAL, "shop"))
                  .build())
          .exchange(
              ValueExchange.builder()
                  .addExchange(
                      Exchange.builder()
                          .id("deliver")
                          .provider("shop")
                          .recipient("buyers")
                          .what(Exchanged.offering("refill"))
                          .channel(Channel.OWN_OUTLET)
                          .build())
                  .build())
          .capture(
              ValueCapture.builder()
                  .addRevenueStream(
                      RevenueStream.builder()
                          .id("sales")
                          .payer("buyers")
                          .mechanism(RevenueMechanism.SALE)
                          .build())
                  .addCost(RENT)
                  .addValueShare(
                      ValueShare.builder().id("fair").actor("maker").kind(ValueKind.SOCIAL).build())
                  .build())
          .addActivity(
              Activity.builder()
                  .id("make")
                  .name("Make")
                  .kind(ActivityKind.PRODUCTION)
                  .addResource("store")
                  .performer("shop")
                  .addCoPerformer("maker")
                  .mode(GovernanceMode.PARTNER)
                  .valueCreating(true)
                  .addLink(Link.of("sell", Flow.GOODS))
                  .build())
          .addActivity(
              Activity.builder()
                  .id("sell")
                  .name("Sell")
                  .kind(ActivityKind.SALES)
                  .performer("shop")
                  .mode(GovernanceMode.IN_HOUSE)
                  .build())
          .build();

  private static String touched(ElementChange change) {
    return change.functions() + " " + change.designElements();
  }

  @Nested
  @DisplayName("what an element touches")
  class Touches {
    @Test
    void everyKindMapsToTheFunctionsAndDesignElementsOfTheDocumentedTable() {
      Map<String, String> touched = new LinkedHashMap<>();
      for (ElementChange change : BusinessModelDiff.of(EMPTY, RICH).added()) {
        touched.put(change.key().toString(), touched(change));
      }
      Map<String, String> expected = new LinkedHashMap<>();
      expected.put("ACTOR:shop", "[CREATION, EXCHANGE] [STRUCTURE]");
      expected.put("ACTOR:buyers", "[PROPOSITION, EXCHANGE, CAPTURE] []");
      expected.put("ACTOR:maker", "[CAPTURE] [STRUCTURE]");
      expected.put("ACTOR:idle", "[] []");
      expected.put("OWNER:shop", "[] []");
      expected.put("MISSION:SOCIAL", "[PROPOSITION] []");
      expected.put("OFFERING:refill", "[PROPOSITION] []");
      expected.put("RESOURCE:store", "[CREATION] []");
      expected.put("VALUE_CREATING_ACTIVITY:make", "[CREATION] []");
      expected.put("EXCHANGE:deliver", "[EXCHANGE] []");
      expected.put("REVENUE_STREAM:sales", "[CAPTURE] []");
      expected.put("COST_ITEM:rent", "[CAPTURE] []");
      expected.put("VALUE_SHARE:fair", "[CAPTURE] []");
      expected.put("ACTIVITY:make", "[CREATION] [CONTENT]");
      expected.put("ACTIVITY:sell", "[] [CONTENT]");
      expected.put("LINK:make->sell:GOODS", "[] [STRUCTURE]");
      expected.put("GOVERNANCE:make", "[] [GOVERNANCE]");
      expected.put("GOVERNANCE:sell", "[] [GOVERNANCE]");
      assertEquals(expected, touched);
    }

    @Test
    void theDiffTouchesTheUnionOfWhatItsElementsTouch() {
      BusinessModelDiff diff = BusinessModelDiff.of(EMPTY, RICH);
      assertEquals(ImmutableSet.copyOf(ValueFunction.values()), diff.functions());
      assertEquals(ImmutableSet.copyOf(DesignElement.values()), diff.designElements());
      BusinessModelDiff costs = BusinessModelDiff.of(MODEL, Shop.withCosts(MODEL, RENT, WAGES));
      assertEquals(ImmutableSet.of(ValueFunction.CAPTURE), costs.functions());
      assertEquals(ImmutableSet.of(), costs.designElements());
    }

    @Test
    void aRemovedElementIsReadInTheEarlierModel() {
      BusinessModel withoutMake =
          BusinessModel.builder()
              .from(RICH)
              .activities(List.of(RICH.activities().get(1).withLinks()))
              .build();
      BusinessModelDiff diff = BusinessModelDiff.of(RICH, withoutMake);
      ElementChange make =
          diff.removed().stream()
              .filter(c -> c.key().equals(key(ElementKind.ACTIVITY, "make")))
              .findFirst()
              .orElseThrow();
      assertEquals("[CREATION] [CONTENT]", touched(make));
      assertEquals(
          List.of(),
          diff.changed(),
          "maker no longer co-performs, but its value is unchanged, so it did not change");
    }

    @Test
    void aChangedActorTouchesWhatReferredToItBeforeOrAfter() {
      Actor buyers = MODEL.actors().get(1);
      BusinessModel after =
          BusinessModel.builder()
              .from(MODEL)
              .actors(List.of(MODEL.actors().get(0), buyers.withName("Customers")))
              .capture(ValueCapture.builder().addCost(RENT).build())
              .build();
      BusinessModelDiff diff = BusinessModelDiff.of(MODEL, after);
      assertEquals(List.of(key(ElementKind.ACTOR, "buyers")), keys(diff.changed()));
      assertEquals("[PROPOSITION, EXCHANGE, CAPTURE] []", touched(diff.changed().get(0)));
    }
  }

  @Nested
  @DisplayName("added, removed and changed")
  class Differences {
    @Test
    void aChangedElementKeepsItsKeyAndCarriesBothValues() {
      Offering renamed = REFILL.withName("Refills");
      BusinessModelDiff diff =
          BusinessModelDiff.of(MODEL, Shop.withOfferings(MODEL, renamed, BOTTLES));
      assertEquals(List.of(), diff.added());
      assertEquals(List.of(), diff.removed());
      ElementChange change = diff.changed().get(0);
      assertEquals(
          new ElementChange(
              key(ElementKind.OFFERING, "refill"),
              Optional.of(REFILL),
              Optional.of(renamed),
              ImmutableSet.of(ValueFunction.PROPOSITION),
              ImmutableSet.of()),
          change);
      assertTrue(change.isChanged());
      assertFalse(change.isAdded() || change.isRemoved());
    }

    @Test
    void aLinkWithAnotherFlowIsRemovedAndAddedNeverChanged() {
      ActivityLink money = ActivityLink.of("make", "sell", Flow.MONEY);
      BusinessModel moneyOnly =
          RICH.withActivities(
              RICH.activities().get(0).withLinks(Link.of("sell", Flow.MONEY)),
              RICH.activities().get(1).withLinks());
      BusinessModelDiff diff = BusinessModelDiff.of(RICH, moneyOnly);
      assertEquals(
          List.of(new ElementKey(ElementKind.LINK, "make->sell:GOODS")), keys(diff.removed()));
      assertEquals(List.of(ElementKey.of(money)), keys(diff.added()));
      assertEquals(List.of(), diff.changed());
      assertEquals(Optional.of(money), diff.added().get(0).after());
    }

    @Test
    void ownersAndMissionsAreKeyedByActorIdAndValueKind() {
      BusinessModelDiff diff =
          BusinessModelDiff.of(MODEL, MODEL.withOwners(List.of()).withMissions(ValueKind.SOCIAL));
      assertEquals(
          List.of(key(ElementKind.OWNER, "shop"), key(ElementKind.MISSION, "ECONOMIC")),
          keys(diff.removed()));
      assertEquals(List.of(key(ElementKind.MISSION, "SOCIAL")), keys(diff.added()));
      assertEquals(Optional.of(ValueKind.SOCIAL), diff.added().get(0).after());
      assertEquals(Optional.of("shop"), diff.removed().get(0).before());
    }

    @Test
    void changesListTheEarlierModelsOrderThenTheLaterModelsNewElements() {
      Offering jars = Offering.builder().id("jars").name("Jars").build();
      BusinessModel after =
          Shop.withCosts(
              Shop.withOfferings(MODEL, jars, REFILL.withName("Refills"), BOTTLES), WAGES);
      BusinessModelDiff diff = BusinessModelDiff.of(MODEL, after);
      assertEquals(
          List.of(
              key(ElementKind.OFFERING, "refill"),
              key(ElementKind.COST_ITEM, "rent"),
              key(ElementKind.OFFERING, "jars"),
              key(ElementKind.COST_ITEM, "wages")),
          keys(diff.changes()));
      assertEquals(
          List.of(key(ElementKind.OFFERING, "jars"), key(ElementKind.COST_ITEM, "wages")),
          keys(diff.added()));
      assertEquals(List.of(key(ElementKind.COST_ITEM, "rent")), keys(diff.removed()));
      assertEquals(List.of(key(ElementKind.OFFERING, "refill")), keys(diff.changed()));
    }

    @Test
    void theKeysOfEachModelAreListedByKindThenInModelOrder() {
      assertEquals(
          List.of(
              "ACTOR:shop",
              "ACTOR:buyers",
              "OWNER:shop",
              "MISSION:ECONOMIC",
              "OFFERING:refill",
              "OFFERING:bottles",
              "RESOURCE:store",
              "EXCHANGE:deliver",
              "REVENUE_STREAM:sales",
              "COST_ITEM:rent"),
          BusinessModelDiff.of(EMPTY, MODEL).afterKeys().stream()
              .map(ElementKey::toString)
              .toList());
    }
  }

  @Nested
  @DisplayName("similarity")
  class Similarity {
    @Test
    void similarityIsSharedKeysOverAllKeys() {
      BusinessModelDiff added = BusinessModelDiff.of(MODEL, Shop.withCosts(MODEL, RENT, WAGES));
      assertEquals(10.0 / 11, added.similarity());
      assertEquals(1.0, added.retention());
      BusinessModelDiff removed = BusinessModelDiff.of(MODEL, Shop.withCosts(MODEL));
      assertEquals(9.0 / 10, removed.similarity());
      assertEquals(9.0 / 10, removed.retention());
    }

    @Test
    void changedElementsCountAsShared() {
      assertEquals(
          1.0,
          BusinessModelDiff.of(
                  MODEL, Shop.withOfferings(MODEL, REFILL.withName("Refills"), BOTTLES))
              .similarity());
    }

    @Test
    void modelsWithNoKeyInCommonHaveSimilarityZero() {
      BusinessModel other =
          BusinessModel.builder()
              .id("other")
              .name("Other")
              .addActor(Actor.of("someone", "Someone", ActorRole.PARTNER, Sector.PUBLIC))
              .build();
      BusinessModelDiff diff = BusinessModelDiff.of(MODEL, other);
      assertEquals(0.0, diff.similarity());
      assertEquals(0.0, diff.retention());
    }

    @Test
    void twoModelsWithoutElementsAreIdentical() {
      BusinessModelDiff diff = BusinessModelDiff.of(EMPTY, EMPTY.withId("other"));
      assertEquals(1.0, diff.similarity());
      assertEquals(1.0, diff.retention());
      assertTrue(diff.isEmpty());
    }
  }

  @Nested
  @DisplayName("changes a reader can count")
  class CountableChanges {
    private final BusinessModel withShipping =
        BusinessModel.builder()
            .from(RICH)
            .creation(ValueCreation.builder().from(RICH.creation()).build())
            .addActivity(
                Activity.builder()
                    .id("ship")
                    .name("Ship")
                    .kind(ActivityKind.LOGISTICS)
                    .performer("maker")
                    .mode(GovernanceMode.MARKET_CONTRACT)
                    .addLink(Link.of("sell", Flow.GOODS))
                    .valueCreating(true)
                    .build())
            .build();

    @Test
    void anActivityAddedWithItsGovernanceAndLinksIsOneChangeWithParts() {
      BusinessModelDiff diff = BusinessModelDiff.of(RICH, withShipping);

      assertEquals(4, diff.added().size());
      assertEquals(1, diff.changeGroups().size());
      ChangeGroup group = diff.changeGroups().get(0);
      assertEquals(key(ElementKind.ACTIVITY, "ship"), group.unit());
      assertTrue(group.added());
      assertEquals(
          List.of(
              key(ElementKind.VALUE_CREATING_ACTIVITY, "ship"),
              key(ElementKind.ACTIVITY, "ship"),
              key(ElementKind.LINK, "ship->sell:GOODS"),
              key(ElementKind.GOVERNANCE, "ship")),
          keys(group.parts()));
    }

    @Test
    void aLinkAddedBetweenKeptActivitiesChangesItsSourceActivity() {
      BusinessModel linked =
          RICH.withActivities(
              RICH.activities().get(0),
              RICH.activities().get(1).withLinks(Link.of("make", Flow.INFORMATION)));

      ChangeGroup group = BusinessModelDiff.of(RICH, linked).changeGroups().get(0);

      assertEquals(key(ElementKind.ACTIVITY, "sell"), group.unit());
      assertTrue(group.isChanged());
    }

    @Test
    void retentionCountsAnActivityWithItsGovernanceAndLinksAsOneElement() {
      BusinessModelDiff diff = BusinessModelDiff.of(withShipping, RICH);

      assertEquals(15, diff.beforeUnits().size(), "4 actors, 9 more elements, 3 activities");
      assertEquals(14.0 / 15, diff.retention(), 1e-12);
      assertEquals(14.0 / 15, diff.similarity(), 1e-12);
      assertEquals(1, diff.changeGroups().size());
      assertTrue(diff.changeGroups().get(0).removed());
    }

    @Test
    void removingActivitiesWithTheirPartsCountsOneChangePerActivityInTheClassification() {
      BusinessModel.Builder three =
          BusinessModel.builder()
              .id("line")
              .name("Line")
              .addActor(Actor.of("firm", "Firm", ActorRole.FOCAL_FIRM, Sector.PRIVATE))
              .addActor(Actor.of("buyers", "Buyers", ActorRole.CUSTOMER_SEGMENT, Sector.PRIVATE));
      Map<String, String> next = Map.of("a", "b", "b", "c");
      for (String id : List.of("a", "b", "c")) {
        Activity.Builder activity =
            Activity.builder()
                .id(id)
                .name(id)
                .kind(ActivityKind.PRODUCTION)
                .valueCreating(true)
                .performer("firm")
                .mode(GovernanceMode.IN_HOUSE);
        if (next.containsKey(id)) {
          activity.addLink(Link.of(next.get(id), Flow.GOODS));
        }
        three.addActivity(activity.build());
      }
      BusinessModel before = three.build();
      BusinessModel after =
          BusinessModel.builder()
              .from(before)
              .activities(List.of(before.activities().get(0).withLinks()))
              .version(2)
              .build();
      BusinessModelDiff diff = BusinessModelDiff.of(before, after);

      assertEquals(8, diff.removed().size(), "8 of 13 element keys removed");
      assertEquals(3, diff.changeGroups().size(), "a changed (its link), b and c removed");
      assertEquals(0.6, diff.retention(), 1e-12);
      assertEquals(
          BmiRule.REMOVALS_WITHOUT_ADDITIONS,
          ClassificationPolicy.defaults().classify(diff).rule());
    }
  }

  @Nested
  @DisplayName("two models or two versions")
  class TwoModels {
    private final BusinessModel rival = MODEL.withId("rival").withName("Rival refills");

    @Test
    void aDiffOfModelsWithDifferentIdsSaysItComparesTwoModelsNotTwoVersions() {
      BusinessModelDiff diff = BusinessModelDiff.of(MODEL, Shop.withCosts(rival, RENT, WAGES));

      assertTrue(diff.comparesTwoModels());
      assertEquals(
          "two models, 'shop' v1 and 'rival' v1, not two versions of one model", diff.subject());
      assertEquals(
          "BusinessModelDiff[two models, 'shop' v1 and 'rival' v1, not two versions of one model:"
              + " added=[COST_ITEM:wages], removed=[], changed=[]]",
          diff.toString());
    }

    @Test
    void theVerdictOfADiffOfTwoModelsSaysSoToo() {
      BmiVerdict verdict =
          ClassificationPolicy.defaults()
              .classify(BusinessModelDiff.of(MODEL, Shop.withCosts(rival, RENT, WAGES)));

      assertTrue(verdict.comparesTwoModels());
      assertEquals(BmiRule.ADDITIONS_KEEPING_OFFERINGS, verdict.rule());
    }

    @Test
    void twoModelsWithTheSameElementsStillCompareTwoModels() {
      BusinessModelDiff diff = BusinessModelDiff.of(MODEL, rival);

      assertTrue(diff.isEmpty());
      assertTrue(diff.comparesTwoModels());
      assertTrue(ClassificationPolicy.defaults().classify(diff).comparesTwoModels());
    }

    @Test
    void aDiffOfOneModelsVersionsSaysItComparesVersions() {
      BusinessModelDiff diff =
          BusinessModelDiff.of(MODEL, Shop.withCosts(MODEL, RENT, WAGES).withVersion(2));

      assertFalse(diff.comparesTwoModels());
      assertEquals("versions 1 and 2 of model 'shop'", diff.subject());
      assertFalse(ClassificationPolicy.defaults().classify(diff).comparesTwoModels());
    }
  }

  @Nested
  @DisplayName("arguments and values")
  class Values {
    @Test
    void nullModelsAreRejectedByName() {
      NullPointerException e =
          assertThrows(NullPointerException.class, () -> BusinessModelDiff.of(null, MODEL));
      assertEquals("before", e.getMessage());
      e = assertThrows(NullPointerException.class, () -> BusinessModelDiff.of(MODEL, null));
      assertEquals("after", e.getMessage());
    }

    @Test
    void aChangeWithoutValuesIsRejected() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  new ElementChange(
                      key(ElementKind.COST_ITEM, "rent"),
                      Optional.empty(),
                      Optional.empty(),
                      ImmutableSet.of(),
                      ImmutableSet.of()));
      assertEquals(
          "a change of COST_ITEM:rent needs a before or an after value, had neither",
          e.getMessage());
    }

    @Test
    void aChangeBetweenEqualValuesIsRejected() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  new ElementChange(
                      key(ElementKind.COST_ITEM, "rent"),
                      Optional.of(RENT),
                      Optional.of(RENT),
                      ImmutableSet.of(),
                      ImmutableSet.of()));
      assertEquals(
          "a change of COST_ITEM:rent needs different before and after values, both were "
              + "Optional["
              + RENT
              + "]",
          e.getMessage());
    }

    @Test
    void aReversedChangeSwapsItsValues() {
      ElementChange removed = BusinessModelDiff.of(MODEL, Shop.withCosts(MODEL)).removed().get(0);
      ElementChange added = removed.reversed();
      assertTrue(added.isAdded());
      assertEquals(Optional.of(RENT), added.after());
      assertEquals(removed, added.reversed());
    }

    @Test
    void theDiffNamesBothModelsAndItsKeys() {
      assertEquals(
          "BusinessModelDiff[shop v1 -> shop v2: added=[COST_ITEM:wages], removed=[], "
              + "changed=[]]",
          BusinessModelDiff.of(MODEL, Shop.withCosts(MODEL, RENT, WAGES).withVersion(2))
              .toString());
    }

    @Test
    void keysAreEqualByKindAndId() {
      new EqualsTester()
          .addEqualityGroup(key(ElementKind.ACTIVITY, "make"), key(ElementKind.ACTIVITY, "make"))
          .addEqualityGroup(key(ElementKind.GOVERNANCE, "make"))
          .addEqualityGroup(key(ElementKind.ACTIVITY, "sell"))
          .addEqualityGroup(ElementKey.of(MAKE_TO_SELL), key(ElementKind.LINK, "make->sell:GOODS"))
          .testEquals();
    }

    @Test
    void changesAreEqualByAllTheirParts() {
      ElementKey rent = key(ElementKind.COST_ITEM, "rent");
      ImmutableSet<ValueFunction> capture = ImmutableSet.of(ValueFunction.CAPTURE);
      new EqualsTester()
          .addEqualityGroup(
              new ElementChange(
                  rent, Optional.of(RENT), Optional.empty(), capture, ImmutableSet.of()),
              BusinessModelDiff.of(MODEL, Shop.withCosts(MODEL)).removed().get(0))
          .addEqualityGroup(
              new ElementChange(
                  rent, Optional.empty(), Optional.of(RENT), capture, ImmutableSet.of()))
          .addEqualityGroup(
              new ElementChange(
                  key(ElementKind.COST_ITEM, "wages"),
                  Optional.of(RENT),
                  Optional.empty(),
                  capture,
                  ImmutableSet.of()))
          .addEqualityGroup(
              new ElementChange(
                  rent, Optional.of(RENT), Optional.of(WAGES), capture, ImmutableSet.of()))
          .addEqualityGroup(
              new ElementChange(
                  rent, Optional.of(RENT), Optional.empty(), ImmutableSet.of(), ImmutableSet.of()))
          .addEqualityGroup(
              new ElementChange(
                  rent,
                  Optional.of(RENT),
                  Optional.empty(),
                  capture,
                  ImmutableSet.of(DesignElement.CONTENT)))
          .testEquals();
    }

    @Test
    void diffsAreEqualWhenTheirModelsAre() {
      BusinessModel later = Shop.withCosts(MODEL, RENT, WAGES);
      new EqualsTester()
          .addEqualityGroup(
              BusinessModelDiff.of(MODEL, later),
              BusinessModelDiff.of(BusinessModel.builder().from(MODEL).build(), later))
          .addEqualityGroup(BusinessModelDiff.of(later, MODEL))
          .addEqualityGroup(BusinessModelDiff.of(MODEL, MODEL))
          .testEquals();
    }

    @Test
    @SuppressWarnings("deprecation") // clear() is deprecated on immutable lists: it always throws
    void theDiffsListsAreImmutable() {
      BusinessModelDiff diff = BusinessModelDiff.of(MODEL, Shop.withCosts(MODEL, RENT, WAGES));
      assertTrue(diff.added() instanceof ImmutableList);
      assertThrows(UnsupportedOperationException.class, () -> diff.changes().clear());
    }
  }
}

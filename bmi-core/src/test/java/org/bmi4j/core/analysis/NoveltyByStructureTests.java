package org.bmi4j.core.analysis;

import static org.bmi4j.core.analysis.Shop.MODEL;
import static org.bmi4j.core.analysis.Shop.key;
import static org.bmi4j.core.analysis.Shop.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Channel;
import org.bmi4j.core.model.CostItem;
import org.bmi4j.core.model.Exchange;
import org.bmi4j.core.model.Exchanged;
import org.bmi4j.core.model.Offering;
import org.bmi4j.core.model.Resource;
import org.bmi4j.core.model.ResourceKind;
import org.bmi4j.core.model.RevenueMechanism;
import org.bmi4j.core.model.RevenueStream;
import org.bmi4j.core.model.Sector;
import org.bmi4j.core.model.ValueCapture;
import org.bmi4j.core.model.ValueCreation;
import org.bmi4j.core.model.ValueExchange;
import org.bmi4j.core.model.ValueKind;
import org.bmi4j.core.model.ValueProposition;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Novelty compares what a change adds with the reference models by structure (element kinds, roles,
 * value kinds), never by names, and calls it new to the firm when one reference model has at least
 * the threshold share of the added elements (library formalisation).
 */
class NoveltyByStructureTests {
  /** The shop adds five elements: jars, an online exchange, subscriptions, wages and a van. */
  private static final BusinessModel GROWN =
      BusinessModel.builder()
          .from(MODEL)
          .proposition(
              ValueProposition.builder()
                  .from(MODEL.proposition())
                  .addOffering(offering("jars", "buyers"))
                  .build())
          .creation(
              ValueCreation.builder()
                  .from(MODEL.creation())
                  .addResource(Resource.of("van", "Van", ResourceKind.PHYSICAL, "shop"))
                  .build())
          .exchange(
              ValueExchange.builder()
                  .from(MODEL.exchange())
                  .addExchange(online("post", "shop", "buyers", "jars"))
                  .build())
          .capture(
              ValueCapture.builder()
                  .from(MODEL.capture())
                  .addRevenueStream(subscription("subs", "buyers"))
                  .addCost(CostItem.builder().id("wages").name("Wages").build())
                  .build())
          .build();

  private static final BusinessModelDiff ADDS_FIVE = BusinessModelDiff.of(MODEL, GROWN);

  private static Offering offering(String id, String beneficiary) {
    return Offering.builder()
        .id(id)
        .name(id)
        .addValueKind(ValueKind.ECONOMIC)
        .addBeneficiary(beneficiary)
        .build();
  }

  private static Exchange online(String id, String from, String to, String offering) {
    return Exchange.builder()
        .id(id)
        .provider(from)
        .recipient(to)
        .what(Exchanged.offering(offering))
        .channel(Channel.ONLINE)
        .build();
  }

  private static RevenueStream subscription(String id, String payer) {
    return RevenueStream.builder()
        .id(id)
        .payer(payer)
        .mechanism(RevenueMechanism.SUBSCRIPTION)
        .build();
  }

  /**
   * A rival firm under ids and names of its own, in other sectors, with what the shop adds except
   * the van (and the van too when {@code withVan}).
   */
  private static BusinessModel rival(String id, boolean withVan) {
    ValueCreation.Builder creation = ValueCreation.builder();
    if (withVan) {
      creation.addResource(Resource.of("truck", "Lorry", ResourceKind.PHYSICAL, "firm"));
    }
    return BusinessModel.builder()
        .id(id)
        .name("Rival")
        .addActor(Actor.of("firm", "Rival firm", ActorRole.FOCAL_FIRM, Sector.SOCIAL))
        .addActor(Actor.of("people", "People", ActorRole.CUSTOMER_SEGMENT, Sector.PUBLIC))
        .addOwner("firm")
        .proposition(ValueProposition.builder().addOffering(offering("glass", "people")).build())
        .creation(creation.build())
        .exchange(
            ValueExchange.builder().addExchange(online("web", "firm", "people", "glass")).build())
        .capture(
            ValueCapture.builder()
                .addRevenueStream(subscription("fees", "people"))
                .addCost(CostItem.builder().id("pay").name("Salaries").build())
                .build())
        .build();
  }

  @Nested
  @DisplayName("by structure, not by names")
  class Structure {
    @Test
    void elementsThatDifferOnlyInNamesAndIdsMatch() {
      Novelty novelty = Novelty.of(ADDS_FIVE, List.of(rival("rival", true)), 1.0);
      assertEquals(NoveltyScope.NEW_TO_FIRM, novelty.scope());
      assertEquals(ADDS_FIVE.added(), novelty.matched());
      assertEquals(List.of(), novelty.unmatched());
    }

    @Test
    void anItemExchangedMatchesAnItemOfAnotherNameBetweenTheSameRoles() {
      Exchange cash =
          Exchange.builder()
              .id("cash")
              .provider("buyers")
              .recipient("shop")
              .what(Exchanged.item("Cash"))
              .channel(Channel.DIRECT)
              .build();
      BusinessModel paid =
          MODEL.withExchange(
              ValueExchange.builder().from(MODEL.exchange()).addExchange(cash).build());
      BusinessModel rival = rival("rival", true);
      BusinessModel rivalPaid =
          rival.withExchange(
              ValueExchange.builder()
                  .from(rival.exchange())
                  .addExchange(
                      Exchange.builder()
                          .id("payment")
                          .provider("people")
                          .recipient("firm")
                          .what(Exchanged.item("Payment"))
                          .channel(Channel.DIRECT)
                          .build())
                  .build());
      Novelty novelty = Novelty.of(BusinessModelDiff.of(MODEL, paid), List.of(rivalPaid));
      assertEquals(NoveltyScope.NEW_TO_FIRM, novelty.scope());
      assertEquals(List.of(key(ElementKind.EXCHANGE, "cash")), keys(novelty.matched()));
    }

    @Test
    void aCostPaidToAnotherRoleDoesNotMatch() {
      BusinessModel paysSupplier =
          BusinessModel.builder()
              .from(MODEL)
              .addActor(Actor.of("mill", "Mill", ActorRole.SUPPLIER, Sector.PRIVATE))
              .capture(
                  ValueCapture.builder()
                      .from(MODEL.capture())
                      .addCost(CostItem.builder().id("flour").name("Flour").payee("mill").build())
                      .build())
              .build();
      Novelty novelty =
          Novelty.of(BusinessModelDiff.of(MODEL, paysSupplier), List.of(rival("rival", true)));
      assertEquals(NoveltyScope.NEW_TO_INDUSTRY, novelty.scope());
      assertEquals(
          List.of(key(ElementKind.ACTOR, "mill"), key(ElementKind.COST_ITEM, "flour")),
          keys(novelty.unmatched()));
    }
  }

  @Nested
  @DisplayName("the threshold of matched added elements")
  class Threshold {
    @Test
    void aReferenceModelWithAtLeastTheThresholdShareOfTheAdditionsMakesThemNewToTheFirm() {
      Novelty novelty = Novelty.of(ADDS_FIVE, List.of(rival("rival", false)));
      assertEquals(NoveltyScope.NEW_TO_FIRM, novelty.scope());
      assertEquals(List.of("rival"), novelty.sharingModels());
      assertEquals(Optional.of("rival"), novelty.closestModel());
      assertEquals(0.8, novelty.matchedShare());
      assertEquals(
          List.of(
              key(ElementKind.OFFERING, "jars"),
              key(ElementKind.EXCHANGE, "post"),
              key(ElementKind.REVENUE_STREAM, "subs"),
              key(ElementKind.COST_ITEM, "wages")),
          keys(novelty.matched()));
      assertEquals(List.of(key(ElementKind.RESOURCE, "van")), keys(novelty.unmatched()));
    }

    @Test
    void belowTheThresholdShareTheAdditionsAreNewToTheIndustryAndTheVerdictSaysWhy() {
      Novelty novelty = Novelty.of(ADDS_FIVE, List.of(rival("rival", false)), 0.9);
      assertEquals(NoveltyScope.NEW_TO_INDUSTRY, novelty.scope());
      assertEquals(List.of(), novelty.sharingModels());
      assertEquals(Optional.of("rival"), novelty.closestModel());
      assertEquals(4, novelty.matched().size());
      assertEquals(List.of(key(ElementKind.RESOURCE, "van")), keys(novelty.unmatched()));
      assertEquals(
          "NEW_TO_INDUSTRY: the closest reference model, 'rival', has 4 of the 5 added elements"
              + " (share 0.8, below the threshold 0.9); matched: OFFERING:jars, EXCHANGE:post,"
              + " REVENUE_STREAM:subs, COST_ITEM:wages; unmatched: RESOURCE:van",
          novelty.summary());
    }

    @Test
    void theClosestModelIsTheOneMatchingMostAndTheFirstOnATie() {
      Novelty novelty =
          Novelty.of(
              ADDS_FIVE,
              List.of(MODEL.withId("other"), rival("near", false), rival("nearer", true)),
              1.0);
      assertEquals(NoveltyScope.NEW_TO_FIRM, novelty.scope());
      assertEquals(Optional.of("nearer"), novelty.closestModel());
      assertEquals(List.of("nearer"), novelty.sharingModels());
      Novelty tie = Novelty.of(ADDS_FIVE, List.of(rival("near", false), rival("also", false)));
      assertEquals(Optional.of("near"), tie.closestModel());
      assertEquals(List.of("near", "also"), tie.sharingModels());
    }

    @Test
    void aThresholdOfOneAsksAReferenceModelForEveryAddedElement() {
      Novelty novelty = Novelty.of(ADDS_FIVE, List.of(rival("rival", false)), 1.0);
      assertEquals(NoveltyScope.NEW_TO_INDUSTRY, novelty.scope());
      assertEquals(List.of(key(ElementKind.RESOURCE, "van")), keys(novelty.unmatched()));
    }

    @Test
    void theDefaultThresholdIsTheDocumentedShare() {
      assertEquals(0.8, Novelty.DEFAULT_THRESHOLD);
      assertEquals(0.8, Novelty.of(ADDS_FIVE, List.of()).threshold());
    }

    @Test
    void aThresholdOutsideZeroExclusiveToOneIsRejectedNamingIt() {
      IllegalArgumentException zero =
          assertThrows(IllegalArgumentException.class, () -> Novelty.of(ADDS_FIVE, List.of(), 0));
      assertEquals(
          "threshold must be in (0, 1] (the share of added elements a reference model must have),"
              + " was 0.0",
          zero.getMessage());
      assertThrows(IllegalArgumentException.class, () -> Novelty.of(ADDS_FIVE, List.of(), 1.5));
      assertThrows(
          IllegalArgumentException.class, () -> Novelty.of(ADDS_FIVE, List.of(), Double.NaN));
    }

    @Test
    void withoutReferenceModelsEveryAdditionIsUnmatchedAndNoModelIsClosest() {
      Novelty novelty = Novelty.of(ADDS_FIVE, List.of());
      assertEquals(NoveltyScope.NEW_TO_INDUSTRY, novelty.scope());
      assertEquals(Optional.empty(), novelty.closestModel());
      assertEquals(ADDS_FIVE.added(), novelty.unmatched());
      assertEquals(0.0, novelty.matchedShare());
      assertEquals(
          "NEW_TO_INDUSTRY: no reference model to compare the 5 added elements with; unmatched:"
              + " OFFERING:jars, RESOURCE:van, EXCHANGE:post, REVENUE_STREAM:subs,"
              + " COST_ITEM:wages",
          novelty.summary());
    }

    @Test
    void aDiffThatAddsNothingIsNewToTheFirmAndSaysSo() {
      Novelty novelty = Novelty.of(BusinessModelDiff.of(MODEL, MODEL), List.of(MODEL));
      assertEquals(NoveltyScope.NEW_TO_FIRM, novelty.scope());
      assertEquals(1.0, novelty.matchedShare());
      assertEquals("NEW_TO_FIRM: the change adds no element", novelty.summary());
    }
  }
}

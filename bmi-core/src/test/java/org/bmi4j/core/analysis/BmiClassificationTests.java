package org.bmi4j.core.analysis;

import static org.bmi4j.core.analysis.Shop.BOTTLES;
import static org.bmi4j.core.analysis.Shop.MODEL;
import static org.bmi4j.core.analysis.Shop.REFILL;
import static org.bmi4j.core.analysis.Shop.RENT;
import static org.bmi4j.core.analysis.Shop.SALES;
import static org.bmi4j.core.analysis.Shop.WAGES;
import static org.bmi4j.core.analysis.Shop.key;
import static org.bmi4j.core.analysis.Shop.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Optional;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.CostItem;
import org.bmi4j.core.model.Offering;
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

class BmiClassificationTests {
  private static final ClassificationPolicy DEFAULTS = ClassificationPolicy.defaults();
  private static final Offering JARS =
      Offering.builder()
          .id("jars")
          .name("Jars")
          .addValueKind(ValueKind.SOCIAL)
          .addBeneficiary("buyers")
          .build();

  private static BmiVerdict classify(BusinessModel after) {
    return DEFAULTS.classify(BusinessModelDiff.of(MODEL, after));
  }

  /** The shop without owner, mission, bottles, store and rent: 5 of its 10 elements retained. */
  private static BusinessModel.Builder fiveRemoved() {
    return BusinessModel.builder()
        .from(MODEL)
        .owners(List.of())
        .missions(List.of())
        .proposition(ValueProposition.builder().addOffering(REFILL).build())
        .creation(ValueCreation.builder().build())
        .capture(ValueCapture.builder().addRevenueStream(SALES).build());
  }

  private static BusinessModel withStreams(RevenueStream... streams) {
    return MODEL.withCapture(MODEL.capture().withRevenueStreams(streams));
  }

  @Nested
  @DisplayName("NONE")
  class None {
    @Test
    void aModelComparedWithItselfIsNoneByNoDifferenceWithNoElements() {
      BmiVerdict verdict = classify(MODEL);
      assertEquals(BmiClass.NONE, verdict.bmiClass());
      assertEquals(BmiRule.NO_DIFFERENCE, verdict.rule());
      assertFalse(verdict.isMajor());
      assertEquals(List.of(), verdict.elements());
    }

    @Test
    void aNewNameAndVersionAloneAreNoDifference() {
      assertEquals(BmiRule.NO_DIFFERENCE, classify(MODEL.withName("Shop 2").withVersion(2)).rule());
    }
  }

  @Nested
  @DisplayName("REPLACEMENT")
  class Replacement {
    @Test
    void removingEveryOriginalOfferingIsAReplacementNamingThem() {
      BmiVerdict verdict =
          classify(
              BusinessModel.builder()
                  .from(MODEL)
                  .proposition(ValueProposition.builder().build())
                  .exchange(ValueExchange.builder().build())
                  .build());
      assertEquals(BmiClass.REPLACEMENT, verdict.bmiClass());
      assertEquals(BmiRule.OFFERINGS_ALL_GONE, verdict.rule());
      assertEquals(
          List.of(key(ElementKind.OFFERING, "refill"), key(ElementKind.OFFERING, "bottles")),
          keys(verdict.elements()));
    }

    @Test
    void newOfferingsInPlaceOfAllTheOriginalOnesAreAReplacementNotAnExtension() {
      BmiVerdict verdict =
          classify(
              BusinessModel.builder()
                  .from(MODEL)
                  .proposition(ValueProposition.builder().addOffering(JARS).build())
                  .exchange(ValueExchange.builder().build())
                  .build());
      assertEquals(BmiRule.OFFERINGS_ALL_GONE, verdict.rule());
    }

    @Test
    void aModelWithoutOfferingsOrRevenueStreamsLosesNoneOfThem() {
      BusinessModel before =
          BusinessModel.builder()
              .from(MODEL)
              .proposition(ValueProposition.builder().build())
              .exchange(ValueExchange.builder().build())
              .capture(ValueCapture.builder().addCost(RENT).build())
              .build();
      assertEquals(
          BmiRule.REMOVALS_WITHOUT_ADDITIONS,
          DEFAULTS
              .classify(
                  BusinessModelDiff.of(before, before.withCapture(ValueCapture.builder().build())))
              .rule());
      assertEquals(
          BmiRule.ADDITIONS_KEEPING_OFFERINGS,
          DEFAULTS
              .classify(BusinessModelDiff.of(before, Shop.withCosts(before, RENT, WAGES)))
              .rule());
    }

    @Test
    void changingTheOnlyRevenueMechanismIsAReplacementNotAChange() {
      BmiVerdict verdict =
          classify(withStreams(SALES.withMechanism(RevenueMechanism.SUBSCRIPTION)));
      assertEquals(BmiClass.REPLACEMENT, verdict.bmiClass());
      assertEquals(BmiRule.REVENUE_MECHANISMS_ALL_GONE, verdict.rule());
      assertEquals(List.of(key(ElementKind.REVENUE_STREAM, "sales")), keys(verdict.elements()));
      assertTrue(verdict.elements().get(0).isChanged());
    }

    @Test
    void replacingTheStreamsByOnesOfAnotherMechanismIsAReplacementNamingTheOldStreams() {
      BmiVerdict verdict =
          classify(
              withStreams(
                  RevenueStream.builder()
                      .id("subs")
                      .payer("buyers")
                      .mechanism(RevenueMechanism.SUBSCRIPTION)
                      .build()));
      assertEquals(BmiRule.REVENUE_MECHANISMS_ALL_GONE, verdict.rule());
      assertEquals(List.of(key(ElementKind.REVENUE_STREAM, "sales")), keys(verdict.elements()));
      assertTrue(verdict.elements().get(0).isRemoved());
    }

    @Test
    void aNewStreamWithAnOriginalMechanismKeepsTheMechanism() {
      BmiVerdict verdict = classify(withStreams(SALES.withId("sales-2")));
      assertEquals(BmiRule.ADDITIONS_KEEPING_OFFERINGS, verdict.rule());
    }

    @Test
    void offeringsAllGoneComesBeforeRevenueMechanismsAllGone() {
      BmiVerdict verdict =
          classify(
              BusinessModel.builder()
                  .from(MODEL)
                  .proposition(ValueProposition.builder().build())
                  .exchange(ValueExchange.builder().build())
                  .capture(ValueCapture.builder().build())
                  .build());
      assertEquals(BmiRule.OFFERINGS_ALL_GONE, verdict.rule());
    }

    @Test
    void retainingLessThanTheReplacementShareIsAReplacementNamingTheRemovedElements() {
      BmiVerdict verdict =
          classify(fiveRemoved().exchange(ValueExchange.builder().build()).build());
      assertEquals(BmiClass.REPLACEMENT, verdict.bmiClass());
      assertEquals(BmiRule.RETAINED_BELOW_REPLACEMENT_SHARE, verdict.rule());
      assertEquals(
          List.of(
              key(ElementKind.OWNER, "shop"),
              key(ElementKind.MISSION, "ECONOMIC"),
              key(ElementKind.OFFERING, "bottles"),
              key(ElementKind.RESOURCE, "store"),
              key(ElementKind.EXCHANGE, "deliver"),
              key(ElementKind.COST_ITEM, "rent")),
          keys(verdict.elements()));
    }

    @Test
    void retainingExactlyTheReplacementShareIsNoReplacement() {
      BusinessModelDiff diff = BusinessModelDiff.of(MODEL, fiveRemoved().build());
      assertEquals(0.5, diff.retention());
      assertEquals(BmiRule.REMOVALS_WITHOUT_ADDITIONS, DEFAULTS.classify(diff).rule());
    }

    @Test
    void aHigherReplacementShareMakesTheSameRemovalsAReplacement() {
      BusinessModelDiff diff = BusinessModelDiff.of(MODEL, fiveRemoved().build());
      assertEquals(
          BmiRule.RETAINED_BELOW_REPLACEMENT_SHARE,
          new ClassificationPolicy(0.9, 0.6).classify(diff).rule());
    }
  }

  @Nested
  @DisplayName("EXTENSION")
  class Extension {
    @Test
    void anAdditionKeepingEverythingIsAnExtensionNamingTheAddition() {
      BmiVerdict verdict = classify(Shop.withCosts(MODEL, RENT, WAGES));
      assertEquals(BmiClass.EXTENSION, verdict.bmiClass());
      assertEquals(BmiRule.ADDITIONS_KEEPING_OFFERINGS, verdict.rule());
      assertFalse(verdict.isMajor());
      assertEquals(List.of(key(ElementKind.COST_ITEM, "wages")), keys(verdict.elements()));
    }

    @Test
    void retainingExactlyTheRetainedShareIsAPlainExtension() {
      BusinessModelDiff diff =
          BusinessModelDiff.of(MODEL, Shop.withoutResources(Shop.withCosts(MODEL, WAGES)));
      assertEquals(0.8, diff.retention());
      BmiVerdict verdict = DEFAULTS.classify(diff);
      assertEquals(BmiRule.ADDITIONS_KEEPING_OFFERINGS, verdict.rule());
      assertFalse(verdict.isMajor());
    }

    @Test
    void retainingLessThanTheRetainedShareButKeepingTheOfferingsIsAMajorExtension() {
      BusinessModelDiff diff =
          BusinessModelDiff.of(
              MODEL, Shop.withoutResources(Shop.withCosts(MODEL, WAGES)).withMissions(List.of()));
      assertEquals(0.7, diff.retention(), 1e-12);
      BmiVerdict verdict = DEFAULTS.classify(diff);
      assertEquals(BmiClass.EXTENSION, verdict.bmiClass());
      assertEquals(BmiRule.ADDITIONS_KEEPING_OFFERINGS_BELOW_RETAINED_SHARE, verdict.rule());
      assertTrue(verdict.isMajor());
      assertEquals(List.of(key(ElementKind.COST_ITEM, "wages")), keys(verdict.elements()));
    }

    @Test
    void additionsThatDropSomeOfferingsAcrossFunctionsAreAMajorExtension() {
      BmiVerdict verdict = classify(Shop.withCosts(Shop.withOfferings(MODEL, REFILL), RENT, WAGES));
      assertEquals(BmiClass.EXTENSION, verdict.bmiClass());
      assertEquals(BmiRule.ADDITIONS_DROPPING_SOME_OFFERINGS, verdict.rule());
      assertTrue(verdict.isMajor());
      assertEquals(
          List.of(key(ElementKind.COST_ITEM, "wages"), key(ElementKind.OFFERING, "bottles")),
          keys(verdict.elements()));
    }

    @Test
    void aFirstElementForAModelWithNoneIsAnExtension() {
      BusinessModel empty = BusinessModel.builder().id("shop").name("Shop").build();
      BmiVerdict verdict = DEFAULTS.classify(BusinessModelDiff.of(empty, MODEL));
      assertEquals(BmiRule.ADDITIONS_KEEPING_OFFERINGS, verdict.rule());
      assertEquals(10, verdict.elements().size());
    }
  }

  @Nested
  @DisplayName("INCREMENTAL")
  class Incremental {
    @Test
    void changingAnExistingElementIsIncrementalNamingIt() {
      BmiVerdict verdict = classify(Shop.withOfferings(MODEL, REFILL.withName("Refills"), BOTTLES));
      assertEquals(BmiClass.INCREMENTAL, verdict.bmiClass());
      assertEquals(BmiRule.CHANGES_ONLY, verdict.rule());
      assertEquals(List.of(key(ElementKind.OFFERING, "refill")), keys(verdict.elements()));
    }

    @Test
    void removingAnElementIsIncremental() {
      BmiVerdict verdict = classify(Shop.withCosts(MODEL));
      assertEquals(BmiClass.INCREMENTAL, verdict.bmiClass());
      assertEquals(BmiRule.REMOVALS_WITHOUT_ADDITIONS, verdict.rule());
      assertEquals(List.of(key(ElementKind.COST_ITEM, "rent")), keys(verdict.elements()));
    }

    @Test
    void removalsWithChangesNameBothInTheEarlierModelsOrder() {
      BmiVerdict verdict =
          classify(Shop.withCosts(Shop.withOfferings(MODEL, REFILL.withName("Refills"), BOTTLES)));
      assertEquals(BmiRule.REMOVALS_WITHOUT_ADDITIONS, verdict.rule());
      assertEquals(
          List.of(key(ElementKind.OFFERING, "refill"), key(ElementKind.COST_ITEM, "rent")),
          keys(verdict.elements()));
    }

    @Test
    void swappingOneOfferingForAnotherStaysWithinOneValueFunction() {
      BmiVerdict verdict = classify(Shop.withOfferings(MODEL, REFILL, JARS));
      assertEquals(BmiClass.INCREMENTAL, verdict.bmiClass());
      assertEquals(BmiRule.CONFINED_TO_ONE_VALUE_FUNCTION, verdict.rule());
      assertEquals(
          List.of(key(ElementKind.OFFERING, "bottles"), key(ElementKind.OFFERING, "jars")),
          keys(verdict.elements()));
    }
  }

  @Nested
  @DisplayName("a portfolio")
  class Portfolio {
    private final BusinessModel online = MODEL.withId("online");
    private final BusinessModel extended = Shop.withCosts(MODEL, RENT, WAGES);

    @Test
    void gainingANewModelBesideTheExtantOneIsParallel() {
      PortfolioVerdict verdict = DEFAULTS.classify(List.of(MODEL), List.of(MODEL, online));
      assertEquals(BmiClass.PARALLEL, verdict.bmiClass());
      assertEquals(BmiRule.NEW_MODEL_BESIDE_EXTANT, verdict.rule());
      assertFalse(verdict.isMajor());
      assertEquals(List.of("online"), verdict.newModels());
      assertEquals(List.of(), verdict.droppedModels());
      assertEquals(
          ImmutableMap.of("shop", new BmiVerdict(BmiRule.NO_DIFFERENCE, ImmutableList.of())),
          verdict.keptModels());
      assertEquals(Optional.empty(), verdict.model());
    }

    @Test
    void aNewModelIsParallelEvenWhenTheExtantOneChangesAndAnotherIsDropped() {
      BusinessModel old = MODEL.withId("old");
      PortfolioVerdict verdict = DEFAULTS.classify(List.of(old, MODEL), List.of(extended, online));
      assertEquals(BmiRule.NEW_MODEL_BESIDE_EXTANT, verdict.rule());
      assertEquals(List.of("old"), verdict.droppedModels());
      assertEquals(BmiRule.ADDITIONS_KEEPING_OFFERINGS, verdict.keptModels().get("shop").rule());
    }

    @Test
    void newModelsWithNoExtantOneLeftAreAReplacement() {
      PortfolioVerdict verdict = DEFAULTS.classify(List.of(MODEL), List.of(online));
      assertEquals(BmiClass.REPLACEMENT, verdict.bmiClass());
      assertEquals(BmiRule.ALL_MODELS_REPLACED, verdict.rule());
      assertEquals(List.of("shop"), verdict.droppedModels());
      assertEquals(ImmutableMap.of(), verdict.keptModels());
    }

    @Test
    void aFirstModelIsAnExtension() {
      PortfolioVerdict verdict = DEFAULTS.classify(List.of(), List.of(MODEL));
      assertEquals(BmiClass.EXTENSION, verdict.bmiClass());
      assertEquals(BmiRule.FIRST_MODEL, verdict.rule());
    }

    @Test
    void droppingAModelIsIncremental() {
      PortfolioVerdict verdict = DEFAULTS.classify(List.of(MODEL, online), List.of(MODEL));
      assertEquals(BmiClass.INCREMENTAL, verdict.bmiClass());
      assertEquals(BmiRule.MODELS_DROPPED, verdict.rule());
      assertEquals(List.of("online"), verdict.droppedModels());
      assertEquals(Optional.empty(), verdict.model());
    }

    @Test
    void droppingAModelWinsATieWithAnIncrementalKeptModel() {
      PortfolioVerdict verdict =
          DEFAULTS.classify(List.of(MODEL, online), List.of(Shop.withCosts(MODEL)));
      assertEquals(BmiRule.MODELS_DROPPED, verdict.rule());
      assertEquals(BmiRule.REMOVALS_WITHOUT_ADDITIONS, verdict.keptModels().get("shop").rule());
    }

    @Test
    void withoutNewModelsTheMostSevereKeptVerdictDecidesAndNamesItsModel() {
      BusinessModel renamed = Shop.withOfferings(MODEL, REFILL.withName("Refills"), BOTTLES);
      BusinessModel replaced =
          online.withCapture(
              online.capture().withRevenueStreams(SALES.withMechanism(RevenueMechanism.DONATION)));
      PortfolioVerdict verdict =
          DEFAULTS.classify(List.of(MODEL, online), List.of(replaced, renamed));
      assertEquals(BmiRule.REVENUE_MECHANISMS_ALL_GONE, verdict.rule());
      assertEquals(Optional.of("online"), verdict.model());
      assertEquals(List.of("shop", "online"), verdict.keptModels().keySet().asList());
    }

    @Test
    void aMajorExtensionOutranksAPlainOne() {
      BusinessModel major = Shop.withCosts(Shop.withOfferings(MODEL, REFILL), RENT, WAGES);
      BusinessModel plain = Shop.withCosts(online, RENT, WAGES);
      PortfolioVerdict verdict = DEFAULTS.classify(List.of(online, MODEL), List.of(plain, major));
      assertEquals(BmiRule.ADDITIONS_DROPPING_SOME_OFFERINGS, verdict.rule());
      assertTrue(verdict.isMajor());
      assertEquals(Optional.of("shop"), verdict.model());
    }

    @Test
    void anUnchangedPortfolioIsNone() {
      assertEquals(
          BmiRule.NO_DIFFERENCE,
          DEFAULTS.classify(List.of(MODEL, online), List.of(online, MODEL)).rule());
      assertEquals(BmiRule.NO_DIFFERENCE, DEFAULTS.classify(List.of(), List.of()).rule());
    }

    @Test
    void twoModelsWithOneIdInAPortfolioAreRejected() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> DEFAULTS.classify(List.of(MODEL, extended), List.of(MODEL)));
      assertEquals(
          "beforePortfolio holds two models with id 'shop'; "
              + "model ids must be unique within a portfolio",
          e.getMessage());
      e =
          assertThrows(
              IllegalArgumentException.class,
              () -> DEFAULTS.classify(List.of(MODEL), List.of(MODEL, extended)));
      assertEquals(
          "afterPortfolio holds two models with id 'shop'; "
              + "model ids must be unique within a portfolio",
          e.getMessage());
    }
  }

  @Nested
  @DisplayName("novelty")
  class NoveltyScopes {
    private final BusinessModelDiff addsJarsAndWages =
        BusinessModelDiff.of(
            MODEL, Shop.withCosts(Shop.withOfferings(MODEL, REFILL, BOTTLES, JARS), RENT, WAGES));

    private BusinessModel rival(ActorRole customers, String costName) {
      return BusinessModel.builder()
          .id("rival-" + costName.strip().toLowerCase())
          .name("Rival")
          .addActor(Actor.of("people", "People", customers, Sector.SOCIAL))
          .proposition(
              ValueProposition.builder()
                  .addOffering(
                      Offering.builder()
                          .id("glass")
                          .name("Glass")
                          .addValueKind(ValueKind.SOCIAL)
                          .addBeneficiary("people")
                          .build())
                  .build())
          .capture(
              ValueCapture.builder()
                  .addCost(CostItem.builder().id("pay").name(costName).build())
                  .build())
          .build();
    }

    @Test
    void additionsAReferenceModelAlreadyHasUnderOtherIdsAreNewToTheFirm() {
      BusinessModel rival = rival(ActorRole.CUSTOMER_SEGMENT, " WAGES ");
      Novelty novelty = Novelty.of(addsJarsAndWages, List.of(MODEL.withId("other"), rival));
      assertEquals(NoveltyScope.NEW_TO_FIRM, novelty.scope());
      assertEquals(List.of("rival-wages"), novelty.sharingModels());
      assertEquals(List.of(), novelty.unmatched());
    }

    @Test
    void additionsNoReferenceModelHasEnoughOfAreNewToTheIndustryNamingWhatTheClosestLacks() {
      Novelty novelty = Novelty.of(addsJarsAndWages, List.of(MODEL.withId("other")));
      assertEquals(NoveltyScope.NEW_TO_INDUSTRY, novelty.scope());
      assertEquals(List.of(), novelty.sharingModels());
      assertEquals(Optional.of("other"), novelty.closestModel());
      assertEquals(List.of(key(ElementKind.COST_ITEM, "wages")), keys(novelty.matched()));
      assertEquals(List.of(key(ElementKind.OFFERING, "jars")), keys(novelty.unmatched()));
    }

    @Test
    void anOfferingForAnotherRoleIsNotShared() {
      Novelty novelty =
          Novelty.of(addsJarsAndWages, List.of(rival(ActorRole.BENEFICIARY, "Wages")));
      assertEquals(NoveltyScope.NEW_TO_INDUSTRY, novelty.scope());
      assertEquals(List.of(key(ElementKind.OFFERING, "jars")), keys(novelty.unmatched()));
    }

    @Test
    void aCombinationNoSingleReferenceModelHasIsNewToTheIndustryUnderThresholdOne() {
      BusinessModel jarsWithoutCosts =
          Shop.withOfferings(MODEL, REFILL, BOTTLES, JARS)
              .withId("jars-only")
              .withCapture(ValueCapture.builder().addRevenueStream(SALES).build());
      Novelty novelty =
          Novelty.of(
              addsJarsAndWages,
              List.of(rival(ActorRole.BENEFICIARY, "Salaries"), jarsWithoutCosts),
              1.0);
      assertEquals(NoveltyScope.NEW_TO_INDUSTRY, novelty.scope());
      assertEquals(Optional.of("rival-salaries"), novelty.closestModel());
      assertEquals(0.5, novelty.matchedShare());
    }

    @Test
    void againstAnEmptyReferenceSetEveryAdditionIsNewToTheIndustry() {
      Novelty novelty = Novelty.of(addsJarsAndWages, List.of());
      assertEquals(NoveltyScope.NEW_TO_INDUSTRY, novelty.scope());
      assertEquals(2, novelty.unmatched().size());
    }

    @Test
    void aDiffThatAddsNothingIsNewToTheFirmOnly() {
      Novelty novelty = Novelty.of(BusinessModelDiff.of(MODEL, Shop.withCosts(MODEL)), List.of());
      assertEquals(
          new Novelty(
              NoveltyScope.NEW_TO_FIRM,
              Novelty.DEFAULT_THRESHOLD,
              ImmutableList.of(),
              Optional.empty(),
              ImmutableList.of(),
              ImmutableList.of()),
          novelty);
    }
  }

  @Nested
  @DisplayName("the policy")
  class Policy {
    @Test
    void theDefaultsAreTheDocumentedShares() {
      assertEquals(new ClassificationPolicy(0.8, 0.5), ClassificationPolicy.defaults());
      assertEquals(0.8, DEFAULTS.retainedShare());
      assertEquals(0.5, DEFAULTS.replacementShare());
    }

    @Test
    void theBoundariesAreAccepted() {
      new ClassificationPolicy(0, 0);
      new ClassificationPolicy(1, 1);
      new ClassificationPolicy(1, 0);
    }

    @Test
    void aReplacementShareAboveTheRetainedShareIsRejectedNamingBoth() {
      assertRejected(0.5, 0.6, "were replacementShare=0.6 and retainedShare=0.5");
    }

    @Test
    void aRetainedShareAboveOneIsRejectedNamingBoth() {
      assertRejected(1.5, 0.5, "were replacementShare=0.5 and retainedShare=1.5");
    }

    @Test
    void aNegativeReplacementShareIsRejectedNamingBoth() {
      assertRejected(0.8, -0.1, "were replacementShare=-0.1 and retainedShare=0.8");
    }

    @Test
    void notANumberIsRejectedNamingBoth() {
      assertRejected(Double.NaN, 0.5, "were replacementShare=0.5 and retainedShare=NaN");
      assertRejected(0.8, Double.NaN, "were replacementShare=NaN and retainedShare=0.8");
    }

    private void assertRejected(double retainedShare, double replacementShare, String were) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> new ClassificationPolicy(retainedShare, replacementShare));
      assertEquals(
          "thresholds must satisfy 0 <= replacementShare <= retainedShare <= 1, " + were,
          e.getMessage());
    }
  }

  @Nested
  @DisplayName("equality")
  class Equality {
    @Test
    void policiesAreEqualByTheirThresholds() {
      new EqualsTester()
          .addEqualityGroup(ClassificationPolicy.defaults(), new ClassificationPolicy(0.8, 0.5))
          .addEqualityGroup(new ClassificationPolicy(0.8, 0.4))
          .addEqualityGroup(new ClassificationPolicy(0.9, 0.5))
          .testEquals();
    }

    @Test
    void verdictsAreEqualByRuleAndElements() {
      BmiVerdict plain = classify(Shop.withCosts(MODEL, RENT, WAGES));
      new EqualsTester()
          .addEqualityGroup(plain, new BmiVerdict(plain.rule(), plain.elements()))
          .addEqualityGroup(
              new BmiVerdict(
                  BmiRule.ADDITIONS_KEEPING_OFFERINGS_BELOW_RETAINED_SHARE, plain.elements()))
          .addEqualityGroup(new BmiVerdict(plain.rule(), ImmutableList.of()))
          .testEquals();
    }

    @Test
    void portfolioVerdictsAreEqualByAllTheirParts() {
      BmiVerdict none = new BmiVerdict(BmiRule.NO_DIFFERENCE, ImmutableList.of());
      PortfolioVerdict parallel = DEFAULTS.classify(List.of(MODEL), List.of(MODEL, online()));
      new EqualsTester()
          .addEqualityGroup(
              parallel,
              new PortfolioVerdict(
                  BmiRule.NEW_MODEL_BESIDE_EXTANT,
                  Optional.empty(),
                  ImmutableList.of("online"),
                  ImmutableList.of(),
                  ImmutableMap.of("shop", none)))
          .addEqualityGroup(
              new PortfolioVerdict(
                  BmiRule.FIRST_MODEL,
                  Optional.empty(),
                  ImmutableList.of("online"),
                  ImmutableList.of(),
                  ImmutableMap.of("shop", none)))
          .addEqualityGroup(
              new PortfolioVerdict(
                  BmiRule.NEW_MODEL_BESIDE_EXTANT,
                  Optional.of("shop"),
                  ImmutableList.of("online"),
                  ImmutableList.of(),
                  ImmutableMap.of("shop", none)))
          .addEqualityGroup(
              new PortfolioVerdict(
                  BmiRule.NEW_MODEL_BESIDE_EXTANT,
                  Optional.empty(),
                  ImmutableList.of(),
                  ImmutableList.of(),
                  ImmutableMap.of("shop", none)))
          .addEqualityGroup(
              new PortfolioVerdict(
                  BmiRule.NEW_MODEL_BESIDE_EXTANT,
                  Optional.empty(),
                  ImmutableList.of("online"),
                  ImmutableList.of("old"),
                  ImmutableMap.of("shop", none)))
          .addEqualityGroup(
              new PortfolioVerdict(
                  BmiRule.NEW_MODEL_BESIDE_EXTANT,
                  Optional.empty(),
                  ImmutableList.of("online"),
                  ImmutableList.of(),
                  ImmutableMap.of()))
          .testEquals();
    }

    @Test
    void noveltiesAreEqualByScopeModelsAndElements() {
      BusinessModelDiff diff = BusinessModelDiff.of(MODEL, Shop.withCosts(MODEL, RENT, WAGES));
      Novelty industry = Novelty.of(diff, List.of());
      ImmutableList<String> none = ImmutableList.of();
      new EqualsTester()
          .addEqualityGroup(
              industry, novelty(NoveltyScope.NEW_TO_INDUSTRY, 0.8, none, diff.added()))
          .addEqualityGroup(novelty(NoveltyScope.NEW_TO_FIRM, 0.8, none, diff.added()))
          .addEqualityGroup(novelty(NoveltyScope.NEW_TO_INDUSTRY, 0.9, none, diff.added()))
          .addEqualityGroup(
              novelty(NoveltyScope.NEW_TO_INDUSTRY, 0.8, ImmutableList.of("x"), diff.added()))
          .addEqualityGroup(
              new Novelty(
                  NoveltyScope.NEW_TO_INDUSTRY,
                  0.8,
                  none,
                  Optional.of("x"),
                  ImmutableList.of(),
                  diff.added()))
          .addEqualityGroup(
              new Novelty(
                  NoveltyScope.NEW_TO_INDUSTRY,
                  0.8,
                  none,
                  Optional.empty(),
                  diff.added(),
                  ImmutableList.of()))
          .addEqualityGroup(novelty(NoveltyScope.NEW_TO_INDUSTRY, 0.8, none, ImmutableList.of()))
          .testEquals();
    }
  }

  @Test
  void nullArgumentsAreRejectedEverywhere() {
    BusinessModelDiff diff = BusinessModelDiff.of(MODEL, Shop.withCosts(MODEL, RENT, WAGES));
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(BusinessModel.class, MODEL)
            .setDefault(BusinessModelDiff.class, diff)
            .setDefault(ElementKey.class, new ElementKey(ElementKind.COST_ITEM, "rent"))
            .setDefault(Optional.class, Optional.of(RENT));
    tester.testAllPublicStaticMethods(BusinessModelDiff.class);
    tester.testAllPublicStaticMethods(Novelty.class);
    tester.testAllPublicStaticMethods(ElementKey.class);
    tester.testAllPublicInstanceMethods(DEFAULTS);
    tester.testAllPublicConstructors(ElementKey.class);
    tester.testAllPublicConstructors(BmiVerdict.class);
    tester.testAllPublicConstructors(PortfolioVerdict.class);
    tester.testAllPublicConstructors(Novelty.class);
  }

  private static Novelty novelty(
      NoveltyScope scope,
      double threshold,
      ImmutableList<String> sharing,
      ImmutableList<ElementChange> unmatched) {
    return new Novelty(scope, threshold, sharing, Optional.empty(), ImmutableList.of(), unmatched);
  }

  private static BusinessModel online() {
    return MODEL.withId("online");
  }
}

package org.bmi4j.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.google.common.base.Strings;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.time.Period;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bmi4j.core.analysis.ImpactAnalysis;
import org.bmi4j.core.json.DocumentType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The value-type contracts every model type promises: structural {@code equals}/{@code hashCode},
 * no nulls, builders; plus {@link Money}'s and {@link Ids}' rules.
 */
class ValueTypeContractTests {
  private static final Currency EUR = Currency.getInstance("EUR");

  @Test
  void aBusinessModelsToStringNamesItAndCountsItsPartsInsteadOfPrintingIt() {
    BusinessModel model =
        BusinessModel.builder()
            .id("shop")
            .name("Corner shop")
            .addOwner("shop")
            .addActor(Actor.of("shop", "Corner shop", ActorRole.FOCAL_FIRM, Sector.PRIVATE))
            .build();

    assertEquals(
        "BusinessModel[shop v1 'Corner shop': 1 actor, 0 offerings, 0 activities]",
        model.toString());
  }

  @Nested
  @DisplayName("equals and hashCode")
  class Equality {
    @Test
    void actor() {
      new EqualsTester()
          .addEqualityGroup(
              Actor.of("shop", "Refill shop", ActorRole.FOCAL_FIRM, Sector.PRIVATE),
              Actor.builder()
                  .id("shop")
                  .name("Refill shop")
                  .role(ActorRole.FOCAL_FIRM)
                  .sector(Sector.PRIVATE)
                  .build())
          .addEqualityGroup(Actor.of("shop-2", "Refill shop", ActorRole.FOCAL_FIRM, Sector.PRIVATE))
          .addEqualityGroup(Actor.of("shop", "Refill Shop", ActorRole.FOCAL_FIRM, Sector.PRIVATE))
          .addEqualityGroup(Actor.of("shop", "Refill shop", ActorRole.PARTNER, Sector.PRIVATE))
          .addEqualityGroup(Actor.of("shop", "Refill shop", ActorRole.FOCAL_FIRM, Sector.SOCIAL))
          .testEquals();
    }

    @Test
    void offering() {
      Offering refill = ModelDraft.REFILL;
      new EqualsTester()
          .addEqualityGroup(
              refill,
              Offering.builder()
                  .id("refill")
                  .name("Refills without packaging")
                  .addValueKind(ValueKind.ECONOMIC)
                  .addBeneficiary("customers")
                  .build())
          .addEqualityGroup(refill.withId("refill-2"))
          .addEqualityGroup(refill.withName("Refills"))
          .addEqualityGroup(refill.withValueKinds(ValueKind.ECONOMIC, ValueKind.SOCIAL))
          .addEqualityGroup(refill.withBeneficiaries("customers", "growers"))
          .testEquals();
    }

    @Test
    void offeringValueKindsAreASetInDeclarationOrder() {
      Offering offering = ModelDraft.REFILL.withValueKinds(ValueKind.SOCIAL, ValueKind.ECONOMIC);

      assertEquals(List.of(ValueKind.ECONOMIC, ValueKind.SOCIAL), offering.valueKinds().asList());
      assertEquals(
          offering, ModelDraft.REFILL.withValueKinds(ValueKind.ECONOMIC, ValueKind.SOCIAL));
    }

    @Test
    void valueProposition() {
      new EqualsTester()
          .addEqualityGroup(
              ValueProposition.builder().addOffering(ModelDraft.REFILL).build(),
              ValueProposition.builder().addAllOfferings(List.of(ModelDraft.REFILL)).build())
          .addEqualityGroup(
              ValueProposition.builder().addOffering(ModelDraft.REFILL.withName("Refills")).build())
          .addEqualityGroup(ValueProposition.builder().build())
          .testEquals();
    }

    @Test
    void resource() {
      Resource store = ModelDraft.STORE;
      new EqualsTester()
          .addEqualityGroup(
              store,
              Resource.builder()
                  .id("store")
                  .name("Store and dispensers")
                  .kind(ResourceKind.PHYSICAL)
                  .provider("shop")
                  .build())
          .addEqualityGroup(store.withId("store-2"))
          .addEqualityGroup(store.withName("Store"))
          .addEqualityGroup(store.withKind(ResourceKind.FINANCIAL))
          .addEqualityGroup(store.withProvider("growers"))
          .testEquals();
    }

    @Test
    void valueCreation() {
      ValueCreation creation = ValueCreation.builder().addResource(ModelDraft.STORE).build();
      new EqualsTester()
          .addEqualityGroup(creation, ValueCreation.builder().addResource(ModelDraft.STORE).build())
          .addEqualityGroup(creation.withResources(ModelDraft.STAFF))
          .addEqualityGroup(creation.withResources())
          .testEquals();
    }

    @Test
    void exchange() {
      Exchange refills = ModelDraft.REFILLS;
      new EqualsTester()
          .addEqualityGroup(
              refills,
              Exchange.builder()
                  .id("refills")
                  .provider("shop")
                  .recipient("customers")
                  .what(new Exchanged.OfferingRef("refill"))
                  .channel(Channel.OWN_OUTLET)
                  .build())
          .addEqualityGroup(refills.withId("refills-2"))
          .addEqualityGroup(refills.withProvider("growers"))
          .addEqualityGroup(refills.withRecipient("growers"))
          .addEqualityGroup(refills.withWhat(Exchanged.item("refill")))
          .addEqualityGroup(refills.withChannel(Channel.ONLINE))
          .testEquals();
    }

    @Test
    void exchangedOfferingRef() {
      new EqualsTester()
          .addEqualityGroup(Exchanged.offering("refill"), new Exchanged.OfferingRef("refill"))
          .addEqualityGroup(Exchanged.offering("refill-2"))
          .addEqualityGroup(Exchanged.item("refill"))
          .testEquals();
    }

    @Test
    void exchangedItem() {
      new EqualsTester()
          .addEqualityGroup(Exchanged.item("money"), new Exchanged.Item("money"))
          .addEqualityGroup(Exchanged.item("Money"))
          .addEqualityGroup(Exchanged.offering("money"))
          .testEquals();
    }

    @Test
    void valueExchange() {
      new EqualsTester()
          .addEqualityGroup(
              ValueExchange.builder().addExchanges(ModelDraft.REFILLS, ModelDraft.PRODUCE).build(),
              ValueExchange.builder()
                  .addExchange(ModelDraft.REFILLS)
                  .addExchange(ModelDraft.PRODUCE)
                  .build())
          .addEqualityGroup(
              ValueExchange.builder().addExchanges(ModelDraft.PRODUCE, ModelDraft.REFILLS).build())
          .addEqualityGroup(ValueExchange.builder().addExchanges(ModelDraft.REFILLS).build())
          .testEquals();
    }

    @Test
    void revenueStream() {
      RevenueStream sales = ModelDraft.REFILL_SALES;
      new EqualsTester()
          .addEqualityGroup(
              sales,
              RevenueStream.builder()
                  .id("refill-sales")
                  .payer("customers")
                  .mechanism(RevenueMechanism.SALE)
                  .amount(Money.of("12.5", "EUR"))
                  .build())
          .addEqualityGroup(sales.withId("sales"))
          .addEqualityGroup(sales.withPayer("growers"))
          .addEqualityGroup(sales.withMechanism(RevenueMechanism.FEE))
          .addEqualityGroup(sales.withAmount(Money.of("12.50", "USD")))
          .addEqualityGroup(sales.withAmount(Optional.empty()))
          .testEquals();
    }

    @Test
    void costItem() {
      CostItem rent = ModelDraft.RENT;
      new EqualsTester()
          .addEqualityGroup(rent, rent.withAmount(Money.of("900.00", "EUR")))
          .addEqualityGroup(rent.withId("rent-2"))
          .addEqualityGroup(rent.withName("Rent"))
          .addEqualityGroup(rent.withAmount(Money.of("901", "EUR")))
          .addEqualityGroup(CostItem.builder().id("rent").name("Shop rent").build())
          .testEquals();
    }

    @Test
    void valueShare() {
      ValueShare fairPrice = ModelDraft.FAIR_PRICE;
      new EqualsTester()
          .addEqualityGroup(
              fairPrice,
              ValueShare.builder()
                  .id("fair-price")
                  .actor("growers")
                  .kind(ValueKind.SOCIAL)
                  .share(new BigDecimal("0.2"))
                  .build())
          .addEqualityGroup(fairPrice.withId("fair-price-2"))
          .addEqualityGroup(fairPrice.withActor("customers"))
          .addEqualityGroup(fairPrice.withKind(ValueKind.ENVIRONMENTAL))
          .addEqualityGroup(fairPrice.withShare(new BigDecimal("0.3")))
          .addEqualityGroup(fairPrice.withShare(Optional.empty()))
          .testEquals();
    }

    @Test
    void valueCapture() {
      ValueCapture capture =
          ValueCapture.builder()
              .addRevenueStream(ModelDraft.REFILL_SALES)
              .addCost(ModelDraft.RENT)
              .addValueShare(ModelDraft.FAIR_PRICE)
              .build();
      new EqualsTester()
          .addEqualityGroup(
              capture,
              ValueCapture.builder()
                  .addValueShare(ModelDraft.FAIR_PRICE)
                  .addCost(ModelDraft.RENT)
                  .addRevenueStream(ModelDraft.REFILL_SALES)
                  .build())
          .addEqualityGroup(capture.withRevenueStreams())
          .addEqualityGroup(capture.withCosts())
          .addEqualityGroup(capture.withValueShares())
          .testEquals();
    }

    @Test
    void activity() {
      Activity selling = ModelDraft.SELLING;
      new EqualsTester()
          .addEqualityGroup(
              selling,
              Activity.builder()
                  .id("selling")
                  .name("Selling refills")
                  .kind(ActivityKind.SALES)
                  .addResource("store")
                  .addResource("staff")
                  .valueCreating(true)
                  .performer("shop")
                  .mode(GovernanceMode.IN_HOUSE)
                  .addCoPerformer("customers")
                  .build())
          .addEqualityGroup(selling.withValueCreating(false))
          .addEqualityGroup(selling.withPerformer("growers"))
          .addEqualityGroup(selling.withPerformer(Optional.empty()))
          .addEqualityGroup(selling.withCoPerformers())
          .addEqualityGroup(selling.withMode(GovernanceMode.PLATFORM))
          .addEqualityGroup(selling.withContractTerm(Period.ofYears(1)))
          .addEqualityGroup(selling.withIncentives("loyalty points"))
          .addEqualityGroup(selling.withSupervisor("growers"))
          .addEqualityGroup(selling.withLinks(Link.of("sourcing", Flow.INFORMATION)))
          .addEqualityGroup(selling.withId("selling-2"))
          .addEqualityGroup(selling.withName("Selling"))
          .addEqualityGroup(selling.withKind(ActivityKind.SERVICE))
          .addEqualityGroup(selling.withResources("store"))
          .testEquals();
    }

    @Test
    void activityLink() {
      new EqualsTester()
          .addEqualityGroup(
              ActivityLink.of("sourcing", "selling", Flow.GOODS),
              ActivityLink.builder()
                  .upstream("sourcing")
                  .downstream("selling")
                  .flow(Flow.GOODS)
                  .build())
          .addEqualityGroup(ActivityLink.of("marketing", "selling", Flow.GOODS))
          .addEqualityGroup(ActivityLink.of("selling", "sourcing", Flow.GOODS))
          .addEqualityGroup(ActivityLink.of("sourcing", "selling", Flow.MONEY))
          .testEquals();
    }

    @Test
    void link() {
      new EqualsTester()
          .addEqualityGroup(
              Link.of("selling", Flow.GOODS),
              Link.builder().downstream("selling").flow(Flow.GOODS).build())
          .addEqualityGroup(Link.of("sourcing", Flow.GOODS))
          .addEqualityGroup(Link.of("selling", Flow.MONEY))
          .testEquals();
    }

    @Test
    void governanceAssignment() {
      GovernanceAssignment sourcing = ModelDraft.SOURCING.governance().orElseThrow();
      new EqualsTester()
          .addEqualityGroup(
              sourcing,
              GovernanceAssignment.builder()
                  .activity("sourcing")
                  .performer("growers")
                  .mode(GovernanceMode.COOPERATIVE)
                  .supervisor("shop")
                  .contractTerm(Period.ofYears(2))
                  .addIncentive("fair price")
                  .build())
          .addEqualityGroup(sourcing.withActivity("selling"))
          .addEqualityGroup(sourcing.withPerformer("shop"))
          .addEqualityGroup(sourcing.withCoPerformers("customers"))
          .addEqualityGroup(sourcing.withMode(GovernanceMode.MARKET_CONTRACT))
          .addEqualityGroup(sourcing.withContractTerm(Period.ofYears(3)))
          .addEqualityGroup(sourcing.withContractTerm(Optional.empty()))
          .addEqualityGroup(sourcing.withIncentives("fair price", "volume guarantee"))
          .addEqualityGroup(sourcing.withSupervisor("customers"))
          .addEqualityGroup(sourcing.withSupervisor(Optional.empty()))
          .testEquals();
    }

    @Test
    void businessModel() {
      BusinessModel model = ModelDraft.valid().build();
      new EqualsTester()
          .addEqualityGroup(model, ModelDraft.valid().build())
          .addEqualityGroup(model.withId("refill-shop-2"))
          .addEqualityGroup(model.withName("Another refill shop"))
          .addEqualityGroup(model.withVersion(2))
          .addEqualityGroup(
              model.withMissions(ValueKind.ECONOMIC, ValueKind.SOCIAL, ValueKind.ENVIRONMENTAL))
          .addEqualityGroup(
              model.withActivities(model.activities().stream().map(a -> a.withLinks()).toList()))
          .addEqualityGroup(model.withCapture(model.capture().withCosts()))
          .testEquals();
    }

    @Test
    void money() {
      new EqualsTester()
          .addEqualityGroup(
              Money.of("3.5", "EUR"),
              Money.of("3.50", "EUR"),
              Money.of("3.500000", "EUR"),
              new Money(new BigDecimal("35E-1"), EUR))
          .addEqualityGroup(Money.of("3.5", "USD"))
          .addEqualityGroup(Money.of("3.51", "EUR"))
          .addEqualityGroup(Money.of("-3.5", "EUR"))
          .addEqualityGroup(
              Money.of("100", "EUR"), Money.of("1E+2", "EUR"), Money.of("100.00", "EUR"))
          .addEqualityGroup(Money.of("0", "EUR"), Money.of("0.00", "EUR"), Money.of("-0", "EUR"))
          .testEquals();
    }

    @Test
    void completeness() {
      new EqualsTester()
          .addEqualityGroup(
              new Completeness(ImmutableSet.of(ValueFunction.PROPOSITION, ValueFunction.CAPTURE)),
              new Completeness(ImmutableSet.of(ValueFunction.CAPTURE, ValueFunction.PROPOSITION)))
          .addEqualityGroup(new Completeness(ImmutableSet.of(ValueFunction.PROPOSITION)))
          .addEqualityGroup(
              new Completeness(ImmutableSet.of()), ModelDraft.valid().build().completeness())
          .testEquals();
    }

    @Test
    void integrityProblem() {
      new EqualsTester()
          .addEqualityGroup(
              new IntegrityProblem("links[0]", ProblemCode.SELF_LINK, "a link to itself"),
              new IntegrityProblem("links[0]", ProblemCode.SELF_LINK, "a link to itself"))
          .addEqualityGroup(
              new IntegrityProblem("links[1]", ProblemCode.SELF_LINK, "a link to itself"))
          .addEqualityGroup(
              new IntegrityProblem("links[0]", ProblemCode.DUPLICATE_LINK, "a link to itself"))
          .addEqualityGroup(new IntegrityProblem("links[0]", ProblemCode.SELF_LINK, "another text"))
          .addEqualityGroup(
              new IntegrityProblem(
                  "links[0]",
                  ProblemCode.SELF_LINK,
                  "a link to itself",
                  ImmutableMap.of("activity", "selling")))
          .testEquals();
    }

    @Test
    void coherenceFinding() {
      new EqualsTester()
          .addEqualityGroup(
              new CoherenceFinding("missions[0]", FindingCode.MISSION_NOT_DELIVERED, "drift"),
              new CoherenceFinding("missions[0]", FindingCode.MISSION_NOT_DELIVERED, "drift"))
          .addEqualityGroup(
              new CoherenceFinding("missions[1]", FindingCode.MISSION_NOT_DELIVERED, "drift"))
          .addEqualityGroup(
              new CoherenceFinding("missions[0]", FindingCode.UNDELIVERED_OFFERING, "drift"))
          .addEqualityGroup(
              new CoherenceFinding("missions[0]", FindingCode.MISSION_NOT_DELIVERED, "other"))
          .addEqualityGroup(
              new CoherenceFinding(
                  "missions[0]",
                  FindingCode.MISSION_NOT_DELIVERED,
                  "drift",
                  ImmutableMap.of("mission", ValueKind.SOCIAL)))
          .testEquals();
    }

    @Test
    void impactAnalysis() {
      new EqualsTester()
          .addEqualityGroup(
              ImpactAnalysis.standard(),
              ImpactAnalysis.builder()
                  .affects(ValueFunction.EXCHANGE, ValueFunction.CAPTURE)
                  .affects(ValueFunction.CREATION, ValueFunction.CAPTURE)
                  .affects(ValueFunction.PROPOSITION, ValueFunction.CAPTURE)
                  .affects(ValueFunction.CREATION, ValueFunction.EXCHANGE)
                  .affects(ValueFunction.PROPOSITION, ValueFunction.CREATION)
                  .build())
          .addEqualityGroup(
              ImpactAnalysis.builder()
                  .affects(ValueFunction.CAPTURE, ValueFunction.EXCHANGE)
                  .build())
          .addEqualityGroup(
              ImpactAnalysis.builder()
                  .affects(ValueFunction.EXCHANGE, ValueFunction.CAPTURE)
                  .build())
          .addEqualityGroup(ImpactAnalysis.builder().build(), ImpactAnalysis.builder().build())
          .testEquals();
    }

    @Test
    void documentType() {
      new EqualsTester()
          .addEqualityGroup(
              DocumentType.BUSINESS_MODEL,
              DocumentType.of("business-model", BusinessModel.class),
              DocumentType.of("business-model", new TypeReference<BusinessModel>() {}))
          .addEqualityGroup(DocumentType.of("business-model-2", BusinessModel.class))
          .addEqualityGroup(DocumentType.of("business-model", Actor.class))
          .addEqualityGroup(
              DocumentType.of("actors", new TypeReference<List<Actor>>() {}),
              DocumentType.of("actors", new TypeReference<List<Actor>>() {}))
          .addEqualityGroup(DocumentType.of("actors", new TypeReference<List<Resource>>() {}))
          .testEquals();
    }
  }

  @Nested
  @DisplayName("no nulls")
  class NoNulls {
    private final NullPointerTester tester =
        new NullPointerTester()
            .setDefault(String.class, "1")
            .setDefault(Currency.class, EUR)
            .setDefault(BigDecimal.class, BigDecimal.ONE)
            .setDefault(Exchanged.class, Exchanged.item("money"));

    @Test
    void publicStaticFactoriesRejectNull() {
      tester.testAllPublicStaticMethods(Actor.class);
      tester.testAllPublicStaticMethods(Resource.class);
      tester.testAllPublicStaticMethods(ActivityLink.class);
      tester.testAllPublicStaticMethods(Exchanged.class);
      tester.testAllPublicStaticMethods(Money.class);
    }

    @Test
    void recordConstructorsRejectNull() {
      tester.testAllPublicConstructors(Money.class);
      tester.testAllPublicConstructors(Exchanged.OfferingRef.class);
      tester.testAllPublicConstructors(Exchanged.Item.class);
      tester.testAllPublicConstructors(IntegrityProblem.class);
      tester.testAllPublicConstructors(CoherenceFinding.class);
      tester.testAllPublicConstructors(Completeness.class);
    }

    @Test
    void builderSettersRejectNull() {
      tester.testAllPublicInstanceMethods(Actor.builder());
      tester.testAllPublicInstanceMethods(Offering.builder());
      tester.testAllPublicInstanceMethods(ValueProposition.builder());
      tester.testAllPublicInstanceMethods(Resource.builder());
      tester.testAllPublicInstanceMethods(ValueCreation.builder());
      tester.testAllPublicInstanceMethods(Exchange.builder());
      tester.testAllPublicInstanceMethods(ValueExchange.builder());
      tester.testAllPublicInstanceMethods(RevenueStream.builder());
      tester.testAllPublicInstanceMethods(CostItem.builder());
      tester.testAllPublicInstanceMethods(ValueShare.builder());
      tester.testAllPublicInstanceMethods(ValueCapture.builder());
      tester.testAllPublicInstanceMethods(Activity.builder());
      tester.testAllPublicInstanceMethods(ActivityLink.builder());
      tester.testAllPublicInstanceMethods(GovernanceAssignment.builder());
      tester.testAllPublicInstanceMethods(BusinessModel.builder());
    }

    @Test
    void withCopiesRejectNull() {
      BusinessModel model = ModelDraft.valid().build();
      tester.testAllPublicInstanceMethods(model);
      tester.testAllPublicInstanceMethods(model.proposition());
      tester.testAllPublicInstanceMethods(model.creation());
      tester.testAllPublicInstanceMethods(model.exchange());
      tester.testAllPublicInstanceMethods(model.capture());
      tester.testAllPublicInstanceMethods(ModelDraft.SHOP);
      tester.testAllPublicInstanceMethods(ModelDraft.REFILL);
      tester.testAllPublicInstanceMethods(ModelDraft.STORE);
      tester.testAllPublicInstanceMethods(ModelDraft.REFILLS);
      tester.testAllPublicInstanceMethods(ModelDraft.REFILL_SALES);
      tester.testAllPublicInstanceMethods(ModelDraft.RENT);
      tester.testAllPublicInstanceMethods(ModelDraft.FAIR_PRICE);
      tester.testAllPublicInstanceMethods(ModelDraft.SELLING);
      tester.testAllPublicInstanceMethods(ModelDraft.SOURCING);
      tester.testAllPublicInstanceMethods(Link.of("selling", Flow.GOODS));
      tester.testAllPublicInstanceMethods(ActivityLink.of("sourcing", "selling", Flow.GOODS));
      tester.testAllPublicInstanceMethods(ModelDraft.SOURCING.governance().orElseThrow());
    }

    @Test
    void analysesRejectNull() {
      tester.testAllPublicInstanceMethods(ImpactAnalysis.standard());
      tester.testAllPublicInstanceMethods(ImpactAnalysis.builder());
    }

    @Test
    void documentTypeFactoriesRejectANullType() {
      assertThrows(
          NullPointerException.class, () -> DocumentType.of("actors", (Class<Actor>) null));
      assertThrows(
          NullPointerException.class, () -> DocumentType.of("actors", (TypeReference<Actor>) null));
    }

    @Test
    void aCollectionElementMayNotBeNull() {
      assertThrows(
          NullPointerException.class,
          () -> BusinessModel.builder().addAllOwners(Arrays.asList("shop", null)));
      assertThrows(
          NullPointerException.class,
          () -> ModelDraft.SELLING.withResources(Arrays.asList("store", null)));
    }
  }

  @Nested
  @DisplayName("builders")
  class Builders {
    @Test
    void aMissingRequiredAttributeIsRejectedNamingIt() {
      IllegalStateException thrown =
          assertThrows(IllegalStateException.class, () -> Actor.builder().id("shop").build());

      assertTrue(thrown.getMessage().contains("name"), thrown.getMessage());
      assertTrue(thrown.getMessage().contains("role"), thrown.getMessage());
      assertTrue(thrown.getMessage().contains("sector"), thrown.getMessage());
    }

    @Test
    void collectionsAreAddedToNotReplaced() {
      Activity activity =
          Activity.builder()
              .id("selling")
              .name("Selling")
              .kind(ActivityKind.SALES)
              .addResource("store")
              .addResources("staff", "till")
              .addAllResources(List.of("van"))
              .build();

      assertEquals(List.of("store", "staff", "till", "van"), activity.resources().asList());
    }

    @Test
    void aBuilderSeededFromAValueCopiesEveryAttribute() {
      Activity copy = Activity.builder().from(ModelDraft.SOURCING).build();

      assertEquals(ModelDraft.SOURCING, copy);
    }

    @Test
    void builtCollectionsAreImmutable() {
      BusinessModel model = ModelDraft.valid().build();
      List<Actor> actors = model.actors();
      Set<String> owners = model.owners();
      Set<ValueKind> missions = model.missions();

      assertThrows(UnsupportedOperationException.class, () -> actors.add(ModelDraft.SHOP));
      assertThrows(UnsupportedOperationException.class, owners::clear);
      assertThrows(
          UnsupportedOperationException.class, () -> missions.add(ValueKind.ENVIRONMENTAL));
    }
  }

  @Nested
  @DisplayName("Money")
  class MoneyRules {
    @Test
    void aMoneyValueOfThirtyFractionDigitsIsAccepted() {
      Money money = Money.of("0." + Strings.repeat("0", 29) + "1", "EUR");

      assertEquals(30, money.amount().scale());
    }

    @Test
    void anAmountWithMoreThanThirtyFractionDigitsIsRejectedNamingTheBound() {
      BigDecimal amount = new BigDecimal("0." + Strings.repeat("0", 30) + "1");

      IllegalArgumentException thrown =
          assertThrows(IllegalArgumentException.class, () -> new Money(amount, EUR));

      assertTrue(thrown.getMessage().contains("at most 30 digits"), thrown.getMessage());
      assertTrue(thrown.getMessage().contains(amount.toString()), thrown.getMessage());
    }

    @Test
    void anAmountOfThirtyIntegerDigitsIsAcceptedAndThirtyOneRejected() {
      String thirtyNines = Strings.repeat("9", 30);

      assertEquals(thirtyNines + " EUR", Money.of(thirtyNines, "EUR").toString());
      IllegalArgumentException thrown =
          assertThrows(IllegalArgumentException.class, () -> Money.of("1" + thirtyNines, "EUR"));
      assertTrue(thrown.getMessage().contains("30"), thrown.getMessage());
      assertThrows(IllegalArgumentException.class, () -> Money.of("1E+30", "EUR"));
    }

    /**
     * Open bug: the integer-digit bound is computed as {@code precision - scale}, which for a zero
     * with a positive exponent counts the exponent: {@code 0E+31} (plainly {@code 0}, one integer
     * digit, equal to {@code Money.of("0", ...)}) is rejected as having 32 integer digits.
     */
    @Test
    @DisplayName("zero written with a positive exponent has one integer digit and is accepted")
    void zeroWithAPositiveExponentIsAcceptedSinceItHasOneIntegerDigit() {
      Money zero = Money.of("0", "EUR");

      assertEquals(zero, Money.of("0E+5", "EUR"));
      assertEquals(zero, Money.of("0E+31", "EUR"));
    }

    @Test
    void moneyPrintsItsPlainAmountAndCurrencyCode() {
      assertEquals("1000000 EUR", Money.of("1E+6", "EUR").toString());
      assertEquals("-3.50 USD", Money.of("-3.50", "USD").toString());
    }

    @Test
    void onlyAnAmountBelowZeroIsNegative() {
      assertTrue(Money.of("-0.01", "EUR").isNegative());
      assertFalse(Money.of("0.00", "EUR").isNegative());
      assertFalse(Money.of("-0", "EUR").isNegative());
      assertFalse(Money.of("3.5", "EUR").isNegative());
    }

    @Test
    void aMalformedAmountOrCurrencyIsRejected() {
      assertThrows(NumberFormatException.class, () -> Money.of("3,50", "EUR"));
      assertThrows(IllegalArgumentException.class, () -> Money.of("3.50", "EURO"));
      assertThrows(IllegalArgumentException.class, () -> Money.of("3.50", "eur"));
    }
  }

  @Nested
  @DisplayName("Ids")
  class IdRules {
    @ParameterizedTest
    @ValueSource(strings = {"a", "0", "refill-shop", "a.b_c-d", "9lives", "x-"})
    void idsOfLowerCaseLettersDigitsAndPunctuationAreValid(String id) {
      assertTrue(Ids.isValid(id));
    }

    @Test
    void anIdOf64CharactersIsValidAnd65IsNot() {
      assertTrue(Ids.isValid(Strings.repeat("a", 64)));
      assertFalse(Ids.isValid(Strings.repeat("a", 65)));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "",
          " ",
          "\t",
          "Shop",
          "SHOP",
          "refill Shop",
          "-shop",
          ".shop",
          "_shop",
          "refill shop",
          "shop\n",
          "réfill",
          "shop/1",
          "shop:1"
        })
    void otherIdsAreInvalid(String id) {
      assertFalse(Ids.isValid(id));
    }

    @ParameterizedTest
    @NullSource
    void noIdIsInvalid(String id) {
      assertFalse(Ids.isValid(id));
    }
  }
}

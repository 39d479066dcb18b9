package org.bmi4j.core.model;

import static org.bmi4j.core.model.ModelDraft.change;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.base.Strings;
import java.math.BigDecimal;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Example tests of a business model's structural integrity (SPEC 3.4): each starts from the valid
 * {@link ModelDraft#valid() refill shop}, introduces exactly one problem and checks its code, exact
 * path and message.
 */
class IntegrityTests {

  /**
   * A draft change, named for the parameterized test's display name, with the path and one named
   * value of the problem it provokes.
   */
  record Mutation(
      String description, Consumer<ModelDraft> change, String path, String name, Object value) {
    @Override
    public String toString() {
      return description;
    }
  }

  private static Mutation mutation(
      String description, Consumer<ModelDraft> change, String path, String name, Object value) {
    return new Mutation(description, change, path, name, value);
  }

  /** A mutation whose test checks the whole message rather than one value. */
  private static Mutation mutation(String description, Consumer<ModelDraft> change, String path) {
    return new Mutation(description, change, path, "", "");
  }

  private static ModelDraft mutated(Consumer<ModelDraft> change) {
    ModelDraft draft = ModelDraft.valid();
    change.accept(draft);
    return draft;
  }

  private static List<IntegrityProblem> problemsOf(ModelDraft draft) {
    List<IntegrityProblem> problems =
        assertThrows(ModelIntegrityException.class, draft::build).problems();
    org.bmi4j.core.testing.Messages.check(problems);
    return problems;
  }

  /**
   * Asserts that building the draft fails with exactly one problem, as described: its code, path
   * and the values it carries under the given names ({@code namesAndValues} alternates a name and
   * its expected value).
   */
  private static IntegrityProblem assertOnlyProblem(
      ModelDraft draft, ProblemCode code, String path, Object... namesAndValues) {
    List<IntegrityProblem> problems = problemsOf(draft);
    assertEquals(1, problems.size(), () -> "expected exactly one problem, got " + problems);
    IntegrityProblem problem = problems.get(0);
    assertEquals(code, problem.code(), problem::toString);
    assertEquals(path, problem.path(), problem::toString);
    for (int i = 0; i < namesAndValues.length; i += 2) {
      String name = (String) namesAndValues[i];
      assertEquals(
          namesAndValues[i + 1],
          ModelDraft.printed(problem.values().get(name)),
          () -> name + " of " + problem);
    }
    return problem;
  }

  private static void assertOnlyProblem(Mutation mutation, ProblemCode code) {
    assertOnlyProblem(
        mutated(mutation.change()), code, mutation.path(), mutation.name(), mutation.value());
  }

  @Nested
  @DisplayName("valid models")
  class ValidModels {
    @Test
    void theValidFixtureBuildsAndKeepsItsElementsInInsertionOrder() {
      BusinessModel model = assertDoesNotThrow(ModelDraft.valid()::build);

      assertEquals(
          List.of(ModelDraft.SHOP, ModelDraft.CUSTOMERS, ModelDraft.GROWERS), model.actors());
      assertEquals(List.of(ModelDraft.SOURCING, ModelDraft.SELLING), model.activities());
      assertEquals(List.of(ModelDraft.REFILLS, ModelDraft.PRODUCE), model.exchange().exchanges());
      assertEquals(1, model.version());
    }

    @Test
    void aModelUnderDesignWithEmptyValueFunctionsBuilds() {
      BusinessModel model =
          assertDoesNotThrow(
              () ->
                  BusinessModel.builder()
                      .id("refill-shop")
                      .name("Refill shop")
                      .addActor(ModelDraft.SHOP)
                      .addOwner("shop")
                      .build());

      assertEquals(EnumSet.allOf(ValueFunction.class), model.completeness().empty());
    }

    @Test
    void aModelWithNoActorsAndNoOwnersBuilds() {
      BusinessModel model =
          assertDoesNotThrow(() -> BusinessModel.builder().id("idea").name("An idea").build());

      assertTrue(model.actors().isEmpty());
    }

    @Test
    void incoherenceIsNotAnIntegrityProblem() {
      ModelDraft draft = ModelDraft.valid();
      draft.revenueStreams.clear();
      draft.missions.add(ValueKind.ENVIRONMENTAL);

      BusinessModel model = assertDoesNotThrow(draft::build);

      assertEquals(2, model.coherence().size(), model.coherence()::toString);
    }

    @Test
    void boundaryValuesAreAccepted() {
      ModelDraft draft = ModelDraft.valid();
      draft.id = "a" + Strings.repeat("b", 63);
      change(draft.valueShares, 0, share -> share.withShare(BigDecimal.ONE));
      draft.valueShares.add(
          ValueShare.builder()
              .id("nothing")
              .actor("customers")
              .kind(ValueKind.SOCIAL)
              .share(BigDecimal.ZERO)
              .build());
      change(draft.revenueStreams, 0, stream -> stream.withAmount(Money.of("0.00", "EUR")));
      change(draft.activities, 0, activity -> activity.withContractTerm(Period.ofDays(1)));

      assertDoesNotThrow(draft::build);
    }

    @Test
    void linksBetweenTheSameActivitiesWithDifferentFlowsAreNotDuplicates() {
      ModelDraft draft = ModelDraft.valid();
      draft.link("sourcing", "selling", Flow.INFORMATION);
      draft.link("selling", "sourcing", Flow.GOODS);

      assertDoesNotThrow(draft::build);
    }
  }

  @Nested
  @DisplayName("BAD_ID")
  class BadId {
    @ParameterizedTest
    @ValueSource(strings = {"Refill-Shop", "-refill", ".refill", "", " ", "refill shop", "réfill"})
    void aBadModelIdIsReportedAtId(String id) {
      ModelDraft draft = ModelDraft.valid();
      draft.id = id;

      assertOnlyProblem(draft, ProblemCode.BAD_ID, "id", "element", "the model", "id", id);
    }

    @Test
    void aModelIdOf65CharactersIsReported() {
      ModelDraft draft = ModelDraft.valid();
      draft.id = Strings.repeat("a", 65);

      assertOnlyProblem(draft, ProblemCode.BAD_ID, "id", "id", draft.id);
    }

    static Stream<Mutation> badIds() {
      return Stream.of(
          mutation(
              "actor",
              d -> d.actors.add(Actor.of("Bank", "Bank", ActorRole.INVESTOR, Sector.PRIVATE)),
              "actors[3].id",
              "id",
              "Bank"),
          mutation(
              "offering",
              d -> d.offerings.add(ModelDraft.REFILL.withId("gift card")),
              "proposition.offerings[1].id",
              "id",
              "gift card"),
          mutation(
              "resource",
              d -> d.resources.add(ModelDraft.STORE.withId("_van")),
              "creation.resources[2].id",
              "id",
              "_van"),
          mutation(
              "exchange",
              d -> d.exchanges.add(ModelDraft.REFILLS.withId("Refills-2")),
              "exchange.exchanges[2].id",
              "id",
              "Refills-2"),
          mutation(
              "revenue stream",
              d -> d.revenueStreams.add(ModelDraft.REFILL_SALES.withId("sales!")),
              "capture.revenueStreams[1].id",
              "id",
              "sales!"),
          mutation(
              "cost item",
              d -> d.costs.add(ModelDraft.RENT.withId("")),
              "capture.costs[1].id",
              "id",
              ""),
          mutation(
              "value share",
              d -> d.valueShares.add(ModelDraft.FAIR_PRICE.withId("fair/price")),
              "capture.valueShares[1].id",
              "id",
              "fair/price"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badIds")
    void aBadElementIdIsReportedAtTheElementsIdPath(Mutation mutation) {
      assertOnlyProblem(mutation, ProblemCode.BAD_ID);
    }

    @Test
    void aBadIdIsNotAlsoReportedAsADuplicate() {
      ModelDraft draft = ModelDraft.valid();
      draft.costs.add(ModelDraft.RENT.withId("Rent"));
      draft.costs.add(ModelDraft.RENT.withId("Rent"));

      List<IntegrityProblem> problems = problemsOf(draft);

      assertEquals(
          List.of(ProblemCode.BAD_ID, ProblemCode.BAD_ID),
          problems.stream().map(IntegrityProblem::code).collect(Collectors.toList()),
          problems::toString);
    }
  }

  @Nested
  @DisplayName("BLANK_TEXT")
  class BlankText {
    @Test
    void aBlankModelNameIsReportedAtName() {
      ModelDraft draft = ModelDraft.valid();
      draft.name = " \t";

      assertOnlyProblem(draft, ProblemCode.BLANK_TEXT, "name", "field", "the model's name");
    }

    static Stream<Mutation> blankTexts() {
      return Stream.of(
          mutation(
              "actor name",
              d -> change(d.actors, 1, a -> a.withName("")),
              "actors[1].name",
              "field",
              "the name of actor 'customers'"),
          mutation(
              "offering name",
              d -> change(d.offerings, 0, o -> o.withName(" ")),
              "proposition.offerings[0].name",
              "field",
              "the name of offering 'refill'"),
          mutation(
              "resource name",
              d -> change(d.resources, 1, r -> r.withName("\n")),
              "creation.resources[1].name",
              "field",
              "the name of resource 'staff'"),
          mutation(
              "resource domain",
              d -> change(d.resources, 1, r -> r.withDomain(" ")),
              "creation.resources[1].domain",
              "field",
              "the domain of resource 'staff'"),
          mutation(
              "exchanged item name",
              d -> change(d.exchanges, 1, e -> e.withWhat(Exchanged.item("  "))),
              "exchange.exchanges[1].what.name",
              "field",
              "the item exchange 'produce' passes"),
          mutation(
              "cost item name",
              d -> change(d.costs, 0, c -> c.withName("")),
              "capture.costs[0].name",
              "field",
              "the name of cost item 'rent'"),
          mutation(
              "activity name",
              d -> change(d.activities, 1, a -> a.withName(" ")),
              "activities[1].name",
              "field",
              "the name of activity 'selling'"),
          mutation(
              "incentive",
              d -> change(d.activities, 0, a -> a.withIncentives("fair price", " ")),
              "activities[0].incentives[1]",
              "field",
              "an incentive of activity 'sourcing'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blankTexts")
    void aBlankTextIsReportedAtItsPathNamingItsElement(Mutation mutation) {
      assertOnlyProblem(mutation, ProblemCode.BLANK_TEXT);
    }
  }

  @Nested
  @DisplayName("DUPLICATE_ID")
  class DuplicateId {
    @Test
    void duplicateActorIdIsReportedWithItsPath() {
      ModelDraft draft = ModelDraft.valid();
      draft.actors.add(Actor.of("shop", "Another shop", ActorRole.PARTNER, Sector.PRIVATE));

      assertOnlyProblem(
          draft,
          ProblemCode.DUPLICATE_ID,
          "actors[3].id",
          "element",
          "actor",
          "id",
          "shop",
          "first",
          "actors[0]");
    }

    static Stream<Mutation> duplicates() {
      return Stream.of(
          mutation(
              "offering",
              d -> d.offerings.add(ModelDraft.REFILL.withName("Refill again")),
              "proposition.offerings[1].id",
              "id",
              "refill"),
          mutation(
              "resource",
              d -> d.resources.add(0, ModelDraft.STAFF.withName("Volunteers")),
              "creation.resources[2].id",
              "id",
              "staff"),
          mutation(
              "exchange",
              d -> d.exchanges.add(ModelDraft.PRODUCE.withId("refills")),
              "exchange.exchanges[2].id",
              "id",
              "refills"),
          mutation(
              "revenue stream",
              d ->
                  d.revenueStreams.add(
                      ModelDraft.REFILL_SALES.withMechanism(RevenueMechanism.SUBSCRIPTION)),
              "capture.revenueStreams[1].id",
              "id",
              "refill-sales"),
          mutation(
              "cost item",
              d -> d.costs.add(ModelDraft.RENT.withName("Rent again")),
              "capture.costs[1].id",
              "id",
              "rent"),
          mutation(
              "value share",
              d -> d.valueShares.add(ModelDraft.FAIR_PRICE.withActor("customers")),
              "capture.valueShares[1].id",
              "id",
              "fair-price"),
          mutation(
              "activity",
              d -> d.activities.add(ModelDraft.SOURCING.withName("Sourcing again")),
              "activities[2].id",
              "id",
              "sourcing"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("duplicates")
    void theSecondElementWithAnIdIsReported(Mutation mutation) {
      assertOnlyProblem(mutation, ProblemCode.DUPLICATE_ID);
    }

    @Test
    void elementsOfDifferentKindsMayShareAnId() {
      ModelDraft draft = ModelDraft.valid();
      draft.resources.add(ModelDraft.STORE.withId("shop"));
      draft.costs.add(ModelDraft.RENT.withId("refill"));
      draft.valueShares.add(ModelDraft.FAIR_PRICE.withId("selling"));

      assertDoesNotThrow(draft::build);
    }

    @Test
    void everyFurtherRepetitionIsReported() {
      ModelDraft draft = ModelDraft.valid();
      draft.costs.add(ModelDraft.RENT);
      draft.costs.add(ModelDraft.RENT);

      List<IntegrityProblem> problems = problemsOf(draft);

      assertEquals(
          List.of("capture.costs[1].id", "capture.costs[2].id"),
          problems.stream().map(IntegrityProblem::path).collect(Collectors.toList()));
    }
  }

  @Nested
  @DisplayName("BAD_VERSION")
  class BadVersion {
    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void aVersionBelowOneIsReportedAtVersion(int version) {
      ModelDraft draft = ModelDraft.valid();
      draft.version = version;

      IntegrityProblem problem = assertOnlyProblem(draft, ProblemCode.BAD_VERSION, "version");
      assertEquals(
          "the model's version is " + version + "; versions count from 1", problem.message());
    }

    @Test
    void theVersionDefaultsToOne() {
      BusinessModel model = BusinessModel.builder().id("idea").name("An idea").build();

      assertEquals(1, model.version());
    }
  }

  @Nested
  @DisplayName("UNKNOWN_ACTOR")
  class UnknownActor {
    static Stream<Mutation> unknownActors() {
      return Stream.of(
          mutation("owner", d -> d.owners.add("tourists"), "owners[1]", "actor", "tourists"),
          mutation(
              "offering beneficiary",
              d -> change(d.offerings, 0, o -> o.withBeneficiaries("customers", "tourists")),
              "proposition.offerings[0].beneficiaries[1]",
              "actor",
              "tourists"),
          mutation(
              "resource provider",
              d -> change(d.resources, 1, r -> r.withProvider("tourists")),
              "creation.resources[1].provider",
              "actor",
              "tourists"),
          mutation(
              "exchange giver",
              d -> change(d.exchanges, 1, e -> e.withProvider("tourists")),
              "exchange.exchanges[1].provider",
              "actor",
              "tourists"),
          mutation(
              "exchange recipient",
              d -> change(d.exchanges, 0, e -> e.withRecipient("tourists")),
              "exchange.exchanges[0].recipient",
              "actor",
              "tourists"),
          mutation(
              "revenue payer",
              d -> change(d.revenueStreams, 0, r -> r.withPayer("tourists")),
              "capture.revenueStreams[0].payer",
              "actor",
              "tourists"),
          mutation(
              "cost item payee",
              d -> change(d.costs, 0, c -> c.withPayee("tourists")),
              "capture.costs[0].payee",
              "actor",
              "tourists"),
          mutation(
              "exchange intermediary",
              d ->
                  change(
                      d.exchanges,
                      1,
                      e -> e.withChannel(Channel.THIRD_PARTY).withIntermediary("tourists")),
              "exchange.exchanges[1].intermediary",
              "actor",
              "tourists"),
          mutation(
              "value share actor",
              d -> change(d.valueShares, 0, s -> s.withActor("tourists")),
              "capture.valueShares[0].actor",
              "actor",
              "tourists"),
          mutation(
              "performer",
              d -> change(d.activities, 1, a -> a.withPerformer("tourists")),
              "activities[1].performer",
              "actor",
              "tourists"),
          mutation(
              "co-performer",
              d -> change(d.activities, 1, a -> a.withCoPerformers("customers", "tourists")),
              "activities[1].coPerformers[1]",
              "actor",
              "tourists"),
          mutation(
              "supervisor",
              d -> change(d.activities, 0, a -> a.withSupervisor("tourists")),
              "activities[0].supervisor",
              "actor",
              "tourists"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unknownActors")
    void aReferenceToAnUnknownActorIsReportedAtTheReference(Mutation mutation) {
      assertOnlyProblem(mutation, ProblemCode.UNKNOWN_ACTOR);
    }

    @Test
    void theMessageListsTheKnownActorsSorted() {
      ModelDraft draft = ModelDraft.valid();
      draft.owners.add("tourists");

      IntegrityProblem problem = assertOnlyProblem(draft, ProblemCode.UNKNOWN_ACTOR, "owners[1]");
      assertEquals(
          "the owner is 'tourists', which is not an actor of the model; known actors:"
              + " 'customers', 'growers', 'shop'",
          problem.message());
    }

    @Test
    void theMessageSaysWhenThereIsNoActorYet() {
      ModelDraft draft = ModelDraft.underDesign();
      draft.actors.clear();

      assertOnlyProblem(
          draft,
          ProblemCode.UNKNOWN_ACTOR,
          "owners[0]",
          "actor",
          "shop",
          "knownActors",
          "none yet");
    }

    @Test
    void theMessageShowsAtMostEightKnownActors() {
      ModelDraft draft = ModelDraft.valid();
      for (int i = 1; i <= 7; i++) {
        draft.actors.add(
            Actor.of("partner-" + i, "Partner " + i, ActorRole.PARTNER, Sector.PRIVATE));
      }
      draft.owners.add("tourists");

      assertOnlyProblem(
          draft,
          ProblemCode.UNKNOWN_ACTOR,
          "owners[1]",
          "knownActors",
          "'customers', 'growers', 'partner-1', 'partner-2', 'partner-3', 'partner-4',"
              + " 'partner-5', 'partner-6', and 2 more");
    }
  }

  @Nested
  @DisplayName("UNKNOWN_OFFERING")
  class UnknownOffering {
    @Test
    void anExchangeOfAnUnknownOfferingIsReportedAtWhat() {
      ModelDraft draft = ModelDraft.valid();
      change(draft.exchanges, 0, e -> e.withWhat(Exchanged.offering("delivery")));

      assertOnlyProblem(
          draft,
          ProblemCode.UNKNOWN_OFFERING,
          "exchange.exchanges[0].what",
          "exchange",
          "refills",
          "offering",
          "delivery",
          "knownOfferings",
          "'refill'");
    }

    @Test
    void anItemNamedLikeNoOfferingIsNoReference() {
      ModelDraft draft = ModelDraft.valid();
      change(draft.exchanges, 1, e -> e.withWhat(Exchanged.item("delivery")));

      assertDoesNotThrow(draft::build);
    }
  }

  @Nested
  @DisplayName("UNKNOWN_RESOURCE")
  class UnknownResource {
    @Test
    void anActivityUsingAnUnknownResourceIsReportedAtTheResource() {
      ModelDraft draft = ModelDraft.valid();
      change(draft.activities, 0, a -> a.withResources("van"));

      assertOnlyProblem(
          draft,
          ProblemCode.UNKNOWN_RESOURCE,
          "activities[0].resources[0]",
          "activity",
          "sourcing",
          "resource",
          "van");
    }

    @Test
    void theResourceIndexIsItsPositionInTheActivity() {
      ModelDraft draft = ModelDraft.valid();
      change(draft.activities, 1, a -> a.withResources("store", "van", "staff"));

      assertOnlyProblem(
          draft, ProblemCode.UNKNOWN_RESOURCE, "activities[1].resources[1]", "resource", "van");
    }
  }

  @Nested
  @DisplayName("UNKNOWN_ACTIVITY")
  class UnknownActivity {
    static Stream<Mutation> unknownActivities() {
      return Stream.of(
          mutation(
              "link target",
              d -> d.link("selling", "delivery", Flow.GOODS),
              "activities[1].links[0].downstream",
              "activity",
              "delivery"),
          mutation(
              "second link target",
              d -> d.link("sourcing", "delivery", Flow.GOODS),
              "activities[0].links[1].downstream",
              "activity",
              "delivery"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unknownActivities")
    void aReferenceToAnUnknownActivityIsReportedAtTheReference(Mutation mutation) {
      assertOnlyProblem(mutation, ProblemCode.UNKNOWN_ACTIVITY);
    }
  }

  @Nested
  @DisplayName("SELF_EXCHANGE")
  class SelfExchange {
    @Test
    void anExchangeFromAnActorToItselfIsReportedAtTheExchange() {
      ModelDraft draft = ModelDraft.valid();
      draft.exchanges.add(ModelDraft.PRODUCE.withId("restock").withProvider("shop"));

      assertOnlyProblem(
          draft,
          ProblemCode.SELF_EXCHANGE,
          "exchange.exchanges[2]",
          "exchange",
          "restock",
          "actor",
          "shop");
    }
  }

  @Nested
  @DisplayName("SELF_LINK")
  class SelfLink {
    @Test
    void aLinkFromAnActivityToItselfIsReportedAtTheLink() {
      ModelDraft draft = ModelDraft.valid();
      draft.link("selling", "selling", Flow.INFORMATION);

      assertOnlyProblem(
          draft, ProblemCode.SELF_LINK, "activities[1].links[0]", "activity", "selling");
    }
  }

  @Nested
  @DisplayName("DUPLICATE_LINK")
  class DuplicateLink {
    @Test
    void theSecondOfTwoEqualLinksIsReported() {
      ModelDraft draft = ModelDraft.valid();
      draft.link("selling", "sourcing", Flow.INFORMATION);
      draft.link("sourcing", "selling", Flow.GOODS);

      assertOnlyProblem(
          draft,
          ProblemCode.DUPLICATE_LINK,
          "activities[0].links[1]",
          "upstream",
          "sourcing",
          "downstream",
          "selling",
          "flow",
          Flow.GOODS,
          "first",
          "activities[0].links[0]");
    }
  }

  @Nested
  @DisplayName("UNGOVERNED_ACTIVITY")
  class UngovernedActivity {
    @Test
    void anActivityWithoutPerformerAndModeIsReportedAtTheActivity() {
      ModelDraft draft = ModelDraft.valid();
      draft.ungovern(1);

      assertOnlyProblem(
          draft, ProblemCode.UNGOVERNED_ACTIVITY, "activities[1]", "activity", "selling");
    }

    @Test
    void aNewActivityNeedsItsGovernance() {
      ModelDraft draft = ModelDraft.valid();
      draft.activities.add(
          0,
          Activity.builder()
              .id("marketing")
              .name("Marketing")
              .kind(ActivityKind.MARKETING)
              .build());

      assertOnlyProblem(
          draft, ProblemCode.UNGOVERNED_ACTIVITY, "activities[0]", "activity", "marketing");
    }
  }

  @Nested
  @DisplayName("INCOMPLETE_GOVERNANCE")
  class IncompleteGovernance {
    @Test
    void anActivityWithAPerformerButNoModeIsReportedAtTheMode() {
      ModelDraft draft = ModelDraft.valid();
      change(draft.activities, 1, a -> a.withMode(Optional.empty()));

      assertOnlyProblem(
          draft,
          ProblemCode.INCOMPLETE_GOVERNANCE,
          "activities[1].mode",
          "activity",
          "selling",
          "named",
          "performer",
          "missing",
          "mode");
    }

    @Test
    void anActivityWithAModeButNoPerformerIsReportedAtThePerformer() {
      ModelDraft draft = ModelDraft.valid();
      change(draft.activities, 0, a -> a.withPerformer(Optional.empty()));

      assertOnlyProblem(
          draft,
          ProblemCode.INCOMPLETE_GOVERNANCE,
          "activities[0].performer",
          "activity",
          "sourcing",
          "named",
          "mode",
          "missing",
          "performer");
    }

    @Test
    void aModelOfIncompleteGovernanceHasNoGovernanceViewOfThatActivity() {
      Activity selling = ModelDraft.SELLING.withMode(Optional.empty());

      assertEquals(Optional.empty(), selling.governance());
      assertEquals(Optional.of("shop"), selling.performer());
    }
  }

  @Nested
  @DisplayName("PERFORMER_REPEATED")
  class PerformerRepeated {
    @Test
    void thePerformerAsCoPerformerIsReportedAtTheCoPerformer() {
      ModelDraft draft = ModelDraft.valid();
      change(draft.activities, 1, a -> a.withCoPerformers("customers", "shop"));

      assertOnlyProblem(
          draft,
          ProblemCode.PERFORMER_REPEATED,
          "activities[1].coPerformers[1]",
          "actor",
          "shop",
          "role",
          "co-performer",
          "activity",
          "selling");
    }

    @Test
    void thePerformerAsSupervisorIsReportedAtTheSupervisor() {
      ModelDraft draft = ModelDraft.valid();
      change(draft.activities, 0, a -> a.withSupervisor("growers"));

      assertOnlyProblem(
          draft,
          ProblemCode.PERFORMER_REPEATED,
          "activities[0].supervisor",
          "actor",
          "growers",
          "role",
          "supervisor",
          "activity",
          "sourcing");
    }
  }

  @Nested
  @DisplayName("BAD_CONTRACT_TERM")
  class BadContractTerm {
    @ParameterizedTest
    @ValueSource(strings = {"P0D", "P-1Y", "P-2M", "P0Y0M-3D"})
    void aZeroOrNegativeTermIsReportedAtTheTerm(String term) {
      Period period = Period.parse(term);
      ModelDraft draft = ModelDraft.valid();
      change(draft.activities, 0, a -> a.withContractTerm(period));

      assertOnlyProblem(
          draft,
          ProblemCode.BAD_CONTRACT_TERM,
          "activities[0].contractTerm",
          "activity",
          "sourcing",
          "term",
          period);
    }
  }

  @Nested
  @DisplayName("NEGATIVE_AMOUNT")
  class NegativeAmount {
    @Test
    void aNegativeRevenueAmountIsReportedAtTheAmount() {
      ModelDraft draft = ModelDraft.valid();
      change(draft.revenueStreams, 0, r -> r.withAmount(Money.of("-0.01", "EUR")));

      assertOnlyProblem(
          draft,
          ProblemCode.NEGATIVE_AMOUNT,
          "capture.revenueStreams[0].amount",
          "item",
          "revenue stream 'refill-sales'",
          "amount",
          Money.of("-0.01", "EUR"));
    }

    @Test
    void aNegativeCostAmountIsReportedAtTheAmount() {
      ModelDraft draft = ModelDraft.valid();
      change(draft.costs, 0, c -> c.withAmount(Money.of("-900", "GBP")));

      assertOnlyProblem(
          draft,
          ProblemCode.NEGATIVE_AMOUNT,
          "capture.costs[0].amount",
          "item",
          "cost item 'rent'",
          "amount",
          Money.of("-900", "GBP"));
    }

    @Test
    void anAbsentAmountIsNoProblem() {
      ModelDraft draft = ModelDraft.valid();
      change(draft.costs, 0, c -> c.withAmount(Optional.empty()));

      assertDoesNotThrow(draft::build);
    }
  }

  @Nested
  @DisplayName("SHARE_OUT_OF_RANGE")
  class ShareOutOfRange {
    @ParameterizedTest
    @ValueSource(strings = {"1.01", "-0.5", "2", "-0.0001"})
    void aShareOutsideZeroToOneIsReportedAtTheShare(String share) {
      ModelDraft draft = ModelDraft.valid();
      change(draft.valueShares, 0, s -> s.withShare(new BigDecimal(share)));

      assertOnlyProblem(
          draft,
          ProblemCode.SHARE_OUT_OF_RANGE,
          "capture.valueShares[0].share",
          "share",
          "fair-price",
          "fraction",
          new BigDecimal(share));
    }
  }

  @Nested
  @DisplayName("INTERMEDIARY_WITHOUT_THIRD_PARTY")
  class IntermediaryWithoutThirdParty {
    @Test
    void anIntermediaryOnADirectExchangeIsReportedAtTheIntermediary() {
      ModelDraft draft = ModelDraft.valid();
      change(draft.exchanges, 0, e -> e.withIntermediary("growers"));

      assertOnlyProblem(
          draft,
          ProblemCode.INTERMEDIARY_WITHOUT_THIRD_PARTY,
          "exchange.exchanges[0].intermediary",
          "exchange",
          "refills",
          "intermediary",
          "growers",
          "channel",
          Channel.OWN_OUTLET);
    }

    @Test
    void aThirdPartyExchangeMayNameItsIntermediary() {
      ModelDraft draft = ModelDraft.valid();
      change(
          draft.exchanges, 0, e -> e.withChannel(Channel.THIRD_PARTY).withIntermediary("growers"));

      assertEquals(
          Optional.of("growers"), draft.build().exchange().exchanges().get(0).intermediary());
    }
  }

  @Nested
  @DisplayName("INTERMEDIARY_IS_PARTY")
  class IntermediaryIsParty {
    @ParameterizedTest
    @ValueSource(strings = {"shop", "customers"})
    void theGiverOrRecipientAsIntermediaryIsReported(String party) {
      ModelDraft draft = ModelDraft.valid();
      change(draft.exchanges, 0, e -> e.withChannel(Channel.THIRD_PARTY).withIntermediary(party));

      assertOnlyProblem(
          draft,
          ProblemCode.INTERMEDIARY_IS_PARTY,
          "exchange.exchanges[0].intermediary",
          "actor",
          party,
          "party",
          party.equals("shop") ? "giver" : "recipient",
          "exchange",
          "refills");
    }
  }

  @Test
  void aParentChainIsReportedAtEveryActorOnTheCycleAndAnActorAboveItIsNot() {
    ModelDraft draft = ModelDraft.valid();
    draft.actors.add(
        Actor.of("group", "Group", ActorRole.PARTNER, Sector.PRIVATE).withParent("shop"));
    change(draft.actors, 0, a -> a.withParent("group"));
    draft.actors.add(
        Actor.of("plant", "Plant", ActorRole.SUPPLIER, Sector.PRIVATE).withParent("shop"));

    List<IntegrityProblem> problems = problemsOf(draft);

    assertEquals(
        List.of("actors[0].parent PARENT_CYCLE", "actors[3].parent PARENT_CYCLE"),
        problems.stream().map(p -> p.path() + " " + p.code()).toList());
    assertEquals(
        Optional.of("shop -> group -> shop"),
        problems.get(0).value("chain", String.class),
        problems::toString);
  }

  @Test
  void aUnitNamesItsParentAndADanglingParentIsAnUnknownActor() {
    ModelDraft draft = ModelDraft.valid();
    draft.actors.add(
        Actor.of("plant", "Plant", ActorRole.SUPPLIER, Sector.PRIVATE).withParent("shop"));
    assertEquals(Optional.of("shop"), draft.build().actors().get(3).parent());

    change(draft.actors, 3, a -> a.withParent("holding"));
    assertOnlyProblem(
        draft,
        ProblemCode.UNKNOWN_ACTOR,
        "actors[3].parent",
        "reference",
        "parent of actor 'plant'",
        "actor",
        "holding");
  }

  @Test
  void aBlankGoalIsBlankText() {
    ModelDraft draft = ModelDraft.valid();
    change(draft.actors, 2, a -> a.withGoals("fair income", " "));

    assertOnlyProblem(
        draft, ProblemCode.BLANK_TEXT, "actors[2].goals[1]", "field", "a goal of actor 'growers'");
  }

  @Test
  void aCostItemNamesTheActorItIsPaidTo() {
    ModelDraft draft = ModelDraft.valid();
    change(draft.costs, 0, c -> c.withPayee("growers"));

    assertEquals(Optional.of("growers"), draft.build().capture().costs().get(0).payee());
  }

  @Nested
  @DisplayName("SHARE_TOO_PRECISE")
  class ShareTooPrecise {
    @ParameterizedTest
    @ValueSource(strings = {"1e-999999999", "0E-999999999", "0E+2147483647", "1E-31"})
    void aShareOfHugeScaleThatMadeTheCanvasAllocateGigabytesIsReported(String share) {
      ModelDraft draft = ModelDraft.valid();
      change(draft.valueShares, 0, s -> s.withShare(new BigDecimal(share)));

      assertOnlyProblem(
          draft,
          ProblemCode.SHARE_TOO_PRECISE,
          "capture.valueShares[0].share",
          "share",
          "fair-price",
          "fraction",
          new BigDecimal(share));
    }
  }

  @Nested
  @DisplayName("reporting")
  class Reporting {
    @Test
    void severalProblemsAreAllReportedAtOnceInModelOrder() {
      ModelDraft draft = ModelDraft.valid();
      // introduced out of model order on purpose
      draft.ungovern(1);
      draft.link("sourcing", "sourcing", Flow.KNOWLEDGE);
      change(draft.costs, 0, c -> c.withAmount(Money.of("-1", "EUR")));
      change(draft.offerings, 0, o -> o.withBeneficiaries("tourists"));
      change(draft.actors, 2, a -> a.withName(""));
      draft.version = 0;
      draft.id = "Refill";

      List<IntegrityProblem> problems = problemsOf(draft);

      assertEquals(
          List.of(
              "id BAD_ID",
              "version BAD_VERSION",
              "actors[2].name BLANK_TEXT",
              "proposition.offerings[0].beneficiaries[0] UNKNOWN_ACTOR",
              "capture.costs[0].amount NEGATIVE_AMOUNT",
              "activities[0].links[1] SELF_LINK",
              "activities[1] UNGOVERNED_ACTIVITY"),
          problems.stream().map(p -> p.path() + " " + p.code()).collect(Collectors.toList()));
    }

    @Test
    void theExceptionMessageListsEveryProblem() {
      ModelDraft draft = ModelDraft.valid();
      draft.version = 0;
      draft.owners.add("tourists");
      draft.link("selling", "selling", Flow.MONEY);

      ModelIntegrityException thrown = assertThrows(ModelIntegrityException.class, draft::build);

      assertEquals("refill-shop", thrown.modelId());
      assertEquals(3, thrown.problems().size());
      String message = thrown.getMessage();
      assertTrue(
          message.startsWith("business model 'refill-shop' has 3 integrity problems:"), message);
      for (IntegrityProblem problem : thrown.problems()) {
        assertTrue(message.contains("\n  " + problem), () -> problem + " missing from " + message);
      }
    }

    @Test
    void aSingleProblemIsNamedInTheSingular() {
      ModelDraft draft = ModelDraft.valid();
      draft.version = 0;

      ModelIntegrityException thrown = assertThrows(ModelIntegrityException.class, draft::build);

      assertEquals(
          "business model 'refill-shop' has 1 integrity problem:\n  version: BAD_VERSION: "
              + thrown.problems().get(0).message(),
          thrown.getMessage());
    }

    @Test
    void theExceptionIsAnIllegalArgumentException() {
      ModelDraft draft = ModelDraft.valid();
      draft.version = 0;

      assertThrows(IllegalArgumentException.class, draft::build);
    }

    @Test
    void aProblemPrintsAsPathCodeAndMessage() {
      IntegrityProblem problem =
          new IntegrityProblem("links[0]", ProblemCode.SELF_LINK, "a link to itself");

      assertEquals("links[0]: SELF_LINK: a link to itself", problem.toString());
    }

    @Test
    void theExceptionRejectsAnEmptyProblemList() {
      IllegalArgumentException thrown =
          assertThrows(
              IllegalArgumentException.class,
              () -> new ModelIntegrityException("refill-shop", List.of()));

      assertEquals(
          "problems of business model 'refill-shop' must hold at least one integrity"
              + " problem, was empty; a model without problems builds",
          thrown.getMessage());
    }

    @Test
    void theExceptionKeepsACopyOfTheProblems() {
      List<IntegrityProblem> problems = new ArrayList<>();
      problems.add(new IntegrityProblem("version", ProblemCode.BAD_VERSION, "too low"));
      ModelIntegrityException exception = new ModelIntegrityException("refill-shop", problems);

      problems.clear();

      assertEquals(1, exception.problems().size());
    }
  }

  @Nested
  @DisplayName("messages")
  class Messages {
    /** One exact message per code: what, where and what would be right, read as a user would. */
    static Stream<Arguments> oneMessagePerCode() {
      return Stream.of(
          Arguments.of(
              ProblemCode.BAD_ID,
              mutation(
                  "actor id",
                  d ->
                      d.actors.add(
                          Actor.of(
                              "Tourists", "Tourists", ActorRole.CUSTOMER_SEGMENT, Sector.PRIVATE)),
                  "actors[3].id"),
              "actor id 'Tourists' does not match [a-z0-9][a-z0-9._-]{0,63} (lower-case letters,"
                  + " digits, '.', '_', '-'; 1 to 64 characters, starting with a letter or digit)"),
          Arguments.of(
              ProblemCode.BLANK_TEXT,
              mutation(
                  "actor name", d -> change(d.actors, 2, a -> a.withName(" ")), "actors[2].name"),
              "the name of actor 'growers' is blank; give a non-blank text"),
          Arguments.of(
              ProblemCode.DUPLICATE_ID,
              mutation(
                  "cost id",
                  d -> d.costs.add(ModelDraft.RENT.withName("Storage rent")),
                  "capture.costs[1].id"),
              "cost item id 'rent' is used already, at capture.costs[0]; give each cost item its"
                  + " own id"),
          Arguments.of(
              ProblemCode.BAD_VERSION,
              mutation("version", d -> d.version = 0, "version"),
              "the model's version is 0; versions count from 1"),
          Arguments.of(
              ProblemCode.UNKNOWN_ACTOR,
              mutation(
                  "payer",
                  d -> change(d.revenueStreams, 0, r -> r.withPayer("tourists")),
                  "capture.revenueStreams[0].payer"),
              "the payer of revenue stream 'refill-sales' is 'tourists', which is not an actor of"
                  + " the model; known actors: 'customers', 'growers', 'shop'"),
          Arguments.of(
              ProblemCode.UNKNOWN_OFFERING,
              mutation(
                  "offering",
                  d -> change(d.exchanges, 0, e -> e.withWhat(Exchanged.offering("delivery"))),
                  "exchange.exchanges[0].what"),
              "exchange 'refills' passes offering 'delivery', which is not an offering of the value"
                  + " proposition; known offerings: 'refill'"),
          Arguments.of(
              ProblemCode.UNKNOWN_RESOURCE,
              mutation(
                  "resource",
                  d -> change(d.activities, 0, a -> a.withResources("staff", "van")),
                  "activities[0].resources[1]"),
              "activity 'sourcing' uses resource 'van', which is not a resource of value creation;"
                  + " known resources: 'staff', 'store'"),
          Arguments.of(
              ProblemCode.UNKNOWN_ACTIVITY,
              mutation(
                  "link target",
                  d -> d.link("selling", "delivery", Flow.GOODS),
                  "activities[1].links[0].downstream"),
              "the target of a link from activity 'selling' is 'delivery', which is not an"
                  + " activity of the model; known activities: 'selling', 'sourcing'"),
          Arguments.of(
              ProblemCode.SELF_EXCHANGE,
              mutation(
                  "exchange",
                  d -> change(d.exchanges, 1, e -> e.withRecipient("growers")),
                  "exchange.exchanges[1]"),
              "exchange 'produce' goes from actor 'growers' to itself; an exchange needs two"
                  + " different actors"),
          Arguments.of(
              ProblemCode.SELF_LINK,
              mutation(
                  "link", d -> d.link("selling", "selling", Flow.MONEY), "activities[1].links[0]"),
              "the link from activity 'selling' leads back to it; a link connects two different"
                  + " activities"),
          Arguments.of(
              ProblemCode.DUPLICATE_LINK,
              mutation(
                  "link", d -> d.link("sourcing", "selling", Flow.GOODS), "activities[0].links[1]"),
              "the link from activity 'sourcing' to 'selling' carrying GOODS is listed already, at"
                  + " activities[0].links[0]; keep one"),
          Arguments.of(
              ProblemCode.UNGOVERNED_ACTIVITY,
              mutation("governance", d -> d.ungovern(1), "activities[1]"),
              "activity 'selling' has no governance; name its performer and mode in the activity"),
          Arguments.of(
              ProblemCode.INCOMPLETE_GOVERNANCE,
              mutation(
                  "mode",
                  d -> change(d.activities, 1, a -> a.withMode(Optional.empty())),
                  "activities[1].mode"),
              "activity 'selling' names its performer but not its mode; governance names both the"
                  + " performer and the mode"),
          Arguments.of(
              ProblemCode.PERFORMER_REPEATED,
              mutation(
                  "supervisor",
                  d -> change(d.activities, 0, a -> a.withSupervisor("growers")),
                  "activities[0].supervisor"),
              "actor 'growers' is both performer and supervisor of activity 'sourcing'; name it"
                  + " once, as performer"),
          Arguments.of(
              ProblemCode.BAD_CONTRACT_TERM,
              mutation(
                  "term",
                  d -> change(d.activities, 0, a -> a.withContractTerm(Period.ofMonths(-6))),
                  "activities[0].contractTerm"),
              "the contract term of activity 'sourcing' is P-6M; a term is positive, such as P10Y"),
          Arguments.of(
              ProblemCode.NEGATIVE_AMOUNT,
              mutation(
                  "cost",
                  d -> change(d.costs, 0, c -> c.withAmount(Money.of("-900", "EUR"))),
                  "capture.costs[0].amount"),
              "the amount of cost item 'rent' is "
                  + Money.of("-900", "EUR")
                  + "; an amount is zero or more"),
          Arguments.of(
              ProblemCode.SHARE_OUT_OF_RANGE,
              mutation(
                  "share",
                  d -> change(d.valueShares, 0, v -> v.withShare(new BigDecimal("1.5"))),
                  "capture.valueShares[0].share"),
              "value share 'fair-price' is 1.5; a share is a fraction from 0 to 1"),
          Arguments.of(
              ProblemCode.INTERMEDIARY_WITHOUT_THIRD_PARTY,
              mutation(
                  "intermediary",
                  d -> change(d.exchanges, 0, e -> e.withIntermediary("growers")),
                  "exchange.exchanges[0].intermediary"),
              "exchange 'refills' names intermediary 'growers' but goes through channel"
                  + " OWN_OUTLET; only a THIRD_PARTY exchange has an intermediary, so set the"
                  + " channel to THIRD_PARTY or drop the intermediary"),
          Arguments.of(
              ProblemCode.INTERMEDIARY_IS_PARTY,
              mutation(
                  "intermediary",
                  d ->
                      change(
                          d.exchanges,
                          0,
                          e -> e.withChannel(Channel.THIRD_PARTY).withIntermediary("customers")),
                  "exchange.exchanges[0].intermediary"),
              "actor 'customers' is both the recipient and the intermediary of exchange 'refills';"
                  + " an intermediary stands between giver and recipient, so name another actor or"
                  + " drop it"),
          Arguments.of(
              ProblemCode.ROLE_REPEATED,
              mutation(
                  "roles",
                  d ->
                      change(
                          d.actors,
                          2,
                          a -> a.withOtherRoles(ActorRole.SUPPLIER, ActorRole.COMMUNITY)),
                  "actors[2].otherRoles"),
              "actor 'growers' has COMMUNITY as its main role and again among its other roles;"
                  + " name it once, as the main role"),
          Arguments.of(
              ProblemCode.PARENT_CYCLE,
              mutation(
                  "parent",
                  d -> change(d.actors, 0, a -> a.withParent("shop")),
                  "actors[0].parent"),
              "actor 'shop' is its own parent through shop -> shop; a subsidiary or unit has a"
                  + " parent above it, never itself, so break the chain"),
          Arguments.of(
              ProblemCode.SHARE_TOO_PRECISE,
              mutation(
                  "share",
                  d -> change(d.valueShares, 0, v -> v.withShare(new BigDecimal("1e-999999999"))),
                  "capture.valueShares[0].share"),
              "value share 'fair-price' is 1E-999999999, outside the numeric domain of at most 30"
                  + " digits on each side of the decimal point; give the fraction with at most 30"
                  + " digits, such as 0.25"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneMessagePerCode")
    void eachCodeSaysWhatIsWrongWhereAndWhatWouldBeRight(
        ProblemCode code, Mutation mutation, String message) {
      IntegrityProblem problem =
          assertOnlyProblem(mutated(mutation.change()), code, mutation.path());

      assertEquals(message, problem.message());
    }

    @Test
    void everyCodeHasAnExactMessageAbove() {
      // only a format-1 document governs an activity twice: FormatOneTests has its message
      assertEquals(
          EnumSet.complementOf(EnumSet.of(ProblemCode.DUPLICATE_GOVERNANCE)),
          oneMessagePerCode()
              .map(arguments -> (ProblemCode) arguments.get()[0])
              .collect(Collectors.toCollection(() -> EnumSet.noneOf(ProblemCode.class))));
    }
  }

  @Nested
  @DisplayName("copies")
  class WithCopies {
    private final BusinessModel model = ModelDraft.valid().build();

    @Test
    void aWithCopyOfTheModelIsChecked() {
      ModelIntegrityException thrown =
          assertThrows(ModelIntegrityException.class, () -> model.withVersion(0));

      assertEquals(
          List.of(ProblemCode.BAD_VERSION),
          thrown.problems().stream().map(IntegrityProblem::code).collect(Collectors.toList()));
    }

    @Test
    void aWithCopyReplacingAFunctionIsChecked() {
      ModelIntegrityException thrown =
          assertThrows(
              ModelIntegrityException.class,
              () ->
                  model.withCapture(
                      model
                          .capture()
                          .withValueShares(
                              ModelDraft.FAIR_PRICE.withShare(new BigDecimal("1.5")))));

      assertEquals("capture.valueShares[0].share", thrown.problems().get(0).path());
    }

    @Test
    void aWithCopyDroppingAReferencedActorReportsEveryDanglingReference() {
      ModelIntegrityException thrown =
          assertThrows(
              ModelIntegrityException.class,
              () -> model.withActors(ModelDraft.SHOP, ModelDraft.CUSTOMERS));

      assertEquals(
          List.of(
              "exchange.exchanges[1].provider",
              "capture.valueShares[0].actor",
              "activities[0].performer"),
          thrown.problems().stream().map(IntegrityProblem::path).collect(Collectors.toList()));
      assertTrue(
          thrown.problems().stream()
              .allMatch(
                  p ->
                      p.code() == ProblemCode.UNKNOWN_ACTOR
                          && p.value("actor", String.class).equals(Optional.of("growers"))));
    }

    @Test
    void aBuilderSeededFromTheModelChangesInterdependentPartsAtOnce() {
      Activity marketing =
          Activity.builder().id("marketing").name("Marketing").kind(ActivityKind.MARKETING).build();

      ModelIntegrityException thrown =
          assertThrows(
              ModelIntegrityException.class,
              () -> model.withActivities(ModelDraft.SOURCING, ModelDraft.SELLING, marketing));
      BusinessModel next =
          BusinessModel.builder()
              .from(model)
              .addActivity(
                  Activity.builder()
                      .from(marketing)
                      .performer("shop")
                      .mode(GovernanceMode.IN_HOUSE)
                      .addLink(Link.of("selling", Flow.INFORMATION))
                      .build())
              .build();

      assertEquals(ProblemCode.UNGOVERNED_ACTIVITY, thrown.problems().get(0).code());
      assertEquals(
          List.of("sourcing", "selling", "marketing"),
          next.activities().stream().map(Activity::id).collect(Collectors.toList()));
    }

    @Test
    void aBuilderSeededFromTheModelIsCheckedOnBuild() {
      BusinessModel.Builder builder =
          BusinessModel.builder()
              .from(model)
              .addActivity(
                  ModelDraft.SELLING
                      .withId("reselling")
                      .withLinks(Link.of("reselling", Flow.MONEY)));

      ModelIntegrityException thrown = assertThrows(ModelIntegrityException.class, builder::build);

      assertEquals("activities[2].links[0]", thrown.problems().get(0).path());
    }

    @Test
    void aValidWithCopyBuilds() {
      BusinessModel next =
          model
              .withVersion(2)
              .withActivities(
                  model.activities().stream().map(a -> a.withLinks(List.of())).toList());

      assertEquals(2, next.version());
      assertTrue(next.links().isEmpty());
    }
  }

  @Test
  void revenueStreamsCostItemsAndValueSharesHaveSeparateIdSpaces() {
    ModelDraft draft = ModelDraft.valid();
    change(draft.revenueStreams, 0, stream -> stream.withId("shared"));
    change(draft.costs, 0, cost -> cost.withId("shared"));
    change(draft.valueShares, 0, share -> share.withId("shared"));
    org.junit.jupiter.api.Assertions.assertDoesNotThrow(draft::build);
  }
}

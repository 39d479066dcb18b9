package org.bmi4j.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bmi4j.core.internal.Integrity;
import org.bmi4j.core.testing.Corruption;
import org.bmi4j.core.testing.Corruptions;
import org.bmi4j.core.testing.Messages;
import org.bmi4j.core.testing.ModelArbitraries;

/** Properties of building business models. */
class ModelProperties {
  private static final List<String> WORDS = List.of("a", "b", "c", "A", " ", "", "a b", "-a");

  @Provide
  Arbitrary<BusinessModel> models() {
    return ModelArbitraries.businessModels();
  }

  @Provide
  Arbitrary<Corruption> corruptions() {
    return Corruptions.corruptions();
  }

  @Property
  void everySingleCorruptionIsRejectedWithExactlyItsCode(@ForAll("corruptions") Corruption c) {
    ModelIntegrityException e = assertThrows(ModelIntegrityException.class, c.build()::get);
    assertEquals(1, e.problems().size(), () -> c + " reported " + e.problems());
    assertEquals(c.expected(), e.problems().get(0).code(), () -> c + " reported " + e.problems());
    assertFollowsItsTemplate(e.problems().get(0));
  }

  /**
   * Dangling payees and intermediaries: whichever cost items and exchanges of a valid model are
   * made to name an actor that does not exist, building reports each of them, at its own path, as
   * {@link ProblemCode#UNKNOWN_ACTOR}, and nothing else; no model is built.
   */
  @Property
  void everyDanglingPayeeOrIntermediaryIsReportedAndNoModelIsBuilt(
      @ForAll("models") BusinessModel model, @ForAll long seed) {
    Random random = new Random(seed);
    Set<String> expected = new TreeSet<>();
    List<CostItem> costs = new ArrayList<>();
    for (CostItem cost : model.capture().costs()) {
      if (random.nextBoolean()) {
        expected.add("capture.costs[" + costs.size() + "].payee");
        cost = cost.withPayee("zz.gone-" + costs.size());
      }
      costs.add(cost);
    }
    List<Exchange> exchanges = new ArrayList<>();
    for (Exchange exchange : model.exchange().exchanges()) {
      if (random.nextBoolean()) {
        expected.add("exchange.exchanges[" + exchanges.size() + "].intermediary");
        exchange =
            exchange
                .withChannel(Channel.THIRD_PARTY)
                .withIntermediary("zz.gone-" + exchanges.size());
      }
      exchanges.add(exchange);
    }
    BusinessModel.Builder builder =
        BusinessModel.builder()
            .from(model)
            .capture(model.capture().withCosts(costs))
            .exchange(model.exchange().withExchanges(exchanges));
    if (expected.isEmpty()) {
      assertEquals(model.capture().costs(), builder.build().capture().costs());
      return;
    }
    ModelIntegrityException e = assertThrows(ModelIntegrityException.class, builder::build);
    Set<String> reported = new TreeSet<>();
    for (IntegrityProblem problem : e.problems()) {
      assertEquals(ProblemCode.UNKNOWN_ACTOR, problem.code(), problem::toString);
      assertFollowsItsTemplate(problem);
      reported.add(problem.path());
    }
    assertEquals(expected, reported);
    assertEquals(expected.size(), e.problems().size(), () -> e.problems().toString());
  }

  @Property
  void aValidModelRebuildsEqualFromItsParts(@ForAll("models") BusinessModel model) {
    BusinessModel copy = BusinessModel.builder().from(model).build();
    assertEquals(model, copy);
    assertEquals(model.hashCode(), copy.hashCode());
    assertEquals(model.coherence(), copy.coherence());
    assertEquals(model.completeness(), copy.completeness());
  }

  /**
   * Models assembled from a tiny vocabulary of ids, names and references, so that collisions, bad
   * ids, blanks and dangling references are frequent: building either succeeds or throws the one
   * documented exception, never anything else, and a rejection lists at least one problem, each
   * with a path and a sentence.
   */
  @Property
  void buildingThrowsNothingButTheDocumentedException(@ForAll long seed) {
    BusinessModel.Builder builder = wild(new Random(seed));
    try {
      BusinessModel model = builder.build();
      assertTrue(Integrity.problems(model).isEmpty());
    } catch (ModelIntegrityException e) {
      assertFalse(e.problems().isEmpty());
      for (IntegrityProblem problem : e.problems()) {
        assertFalse(problem.path().isEmpty() || problem.message().isBlank(), problem::toString);
        assertFollowsItsTemplate(problem);
      }
    }
  }

  /**
   * Every coherence finding of any model is its code's template filled with the values it carries
   * ({@link Messages#check(CodedMessage)}).
   */
  @Property
  void everyCoherenceFindingIsItsCodesTemplateFilledWithItsValues(
      @ForAll("models") BusinessModel model) {
    Messages.check(model.coherence());
  }

  /** Checks a problem with the template check of every coded message. */
  private static void assertFollowsItsTemplate(IntegrityProblem problem) {
    Messages.check(problem);
  }

  private static BusinessModel.Builder wild(Random random) {
    BusinessModel.Builder model =
        BusinessModel.builder().id(word(random)).name(word(random)).version(random.nextInt(4) - 1);
    int n = random.nextInt(4);
    for (int i = 0; i < n; i++) {
      model.addActor(Actor.of(word(random), word(random), ActorRole.PARTNER, Sector.PRIVATE));
      model.addOwner(word(random));
      model.addMission(ValueKind.values()[random.nextInt(3)]);
    }
    ValueProposition.Builder proposition = ValueProposition.builder();
    ValueCreation.Builder creation = ValueCreation.builder();
    ValueExchange.Builder exchange = ValueExchange.builder();
    ValueCapture.Builder capture = ValueCapture.builder();
    n = random.nextInt(4);
    for (int i = 0; i < n; i++) {
      proposition.addOffering(
          Offering.builder()
              .id(word(random))
              .name(word(random))
              .addBeneficiary(word(random))
              .addValueKind(ValueKind.SOCIAL)
              .build());
      creation.addResource(
          Resource.of(word(random), word(random), ResourceKind.DATA, word(random)));
      exchange.addExchange(
          Exchange.builder()
              .id(word(random))
              .provider(word(random))
              .recipient(word(random))
              .what(
                  random.nextBoolean()
                      ? Exchanged.offering(word(random))
                      : Exchanged.item(word(random)))
              .channel(Channel.ONLINE)
              .build());
      capture.addRevenueStream(
          RevenueStream.builder()
              .id(word(random))
              .payer(word(random))
              .mechanism(RevenueMechanism.FEE)
              .amount(Money.of(random.nextInt(5) - 2 + "", "EUR"))
              .build());
      capture.addCost(CostItem.builder().id(word(random)).name(word(random)).build());
      capture.addValueShare(
          ValueShare.builder()
              .id(word(random))
              .actor(word(random))
              .kind(ValueKind.SOCIAL)
              .share(BigDecimal.valueOf(random.nextInt(5) - 1, 0))
              .build());
      Activity.Builder activity =
          Activity.builder()
              .id(word(random))
              .name(word(random))
              .kind(ActivityKind.OTHER)
              .valueCreating(random.nextBoolean())
              .addResource(word(random))
              .addLink(Link.of(word(random), Flow.MONEY))
              .addCoPerformer(word(random))
              .addIncentive(word(random));
      if (random.nextInt(4) != 0) {
        activity.performer(word(random));
      }
      if (random.nextInt(4) != 0) {
        activity.mode(GovernanceMode.TRUST_BASED);
      }
      if (random.nextBoolean()) {
        activity.supervisor(word(random));
      }
      if (random.nextBoolean()) {
        activity.contractTerm(Period.ofMonths(random.nextInt(3) - 1));
      }
      model.addActivity(activity.build());
    }
    return model
        .proposition(proposition.build())
        .creation(creation.build())
        .exchange(exchange.build())
        .capture(capture.build());
  }

  private static String word(Random random) {
    return WORDS.get(random.nextInt(WORDS.size()));
  }
}

package org.bmi4j.core.dual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Exchanged;
import org.bmi4j.core.model.Offering;
import org.bmi4j.core.testing.ModelArbitraries;

/** Properties of moving offerings between the two models of a dual business model. */
class DualBusinessModelProperties {
  private static final BoundaryElement TEAM =
      BoundaryElement.builder()
          .name("IMT")
          .addMember(TeamMember.of("Ann", BusinessFunction.SALES))
          .addMember(TeamMember.of("Bo", BusinessFunction.R_AND_D))
          .build();

  @Provide
  Arbitrary<BusinessModel> models() {
    return ModelArbitraries.businessModels();
  }

  /**
   * A generated model as the collaborative one, owned by its first actor, beside a market model of
   * that actor alone.
   */
  private static DualBusinessModel dual(BusinessModel generated) {
    Actor firm = generated.actors().get(0);
    BusinessModel collaborative =
        BusinessModel.builder().from(generated).addOwner(firm.id()).build();
    BusinessModel market =
        BusinessModel.builder()
            .id(generated.id() + ".market")
            .name("Market")
            .addOwner(firm.id())
            .addActor(firm)
            .build();
    return DualBusinessModel.builder()
        .firm(firm.id())
        .collaborative(collaborative)
        .market(market)
        .boundary(TEAM)
        .build();
  }

  @Property
  void sharingEveryOfferingMovesThemAllKeepingTheirOrderAndRaisingVersionsOncePerMove(
      @ForAll("models") BusinessModel generated) {
    DualBusinessModel dual = dual(generated);
    List<Offering> offerings = dual.collaborative().proposition().offerings();
    Assume.that(offerings.stream().allMatch(o -> !o.beneficiaries().isEmpty()));
    DualBusinessModel next = dual;
    for (Offering offering : offerings) {
      next =
          next.withChoice(
              OfferingChoice.of(
                  offering.id(),
                  offering.beneficiaries().iterator().next(),
                  CustomerChoice.SHARED));
    }
    assertEquals(List.of(), next.collaborative().proposition().offerings());
    assertEquals(offerings, next.market().proposition().offerings());
    assertEquals(dual.collaborative().version() + offerings.size(), next.collaborative().version());
    assertEquals(1 + offerings.size(), next.market().version());
    assertTrue(
        next.collaborative().exchange().exchanges().stream()
            .noneMatch(e -> e.what() instanceof Exchanged.OfferingRef));
    Set<String> marketActors =
        next.market().actors().stream().map(Actor::id).collect(Collectors.toSet());
    for (Offering offering : offerings) {
      assertTrue(marketActors.containsAll(offering.beneficiaries()));
    }
  }

  @Property
  void anExclusiveChoiceChangesNothingButTheRecord(@ForAll("models") BusinessModel generated) {
    DualBusinessModel dual = dual(generated);
    List<Offering> offerings = new ArrayList<>(dual.collaborative().proposition().offerings());
    offerings.removeIf(o -> o.beneficiaries().isEmpty());
    Assume.that(!offerings.isEmpty());
    Offering offering = offerings.get(0);
    OfferingChoice choice =
        OfferingChoice.of(
            offering.id(), offering.beneficiaries().iterator().next(), CustomerChoice.EXCLUSIVE);

    DualBusinessModel next = dual.withChoice(choice);

    assertEquals(dual.withChoices(choice), next);
  }
}

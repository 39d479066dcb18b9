package org.bmi4j.process.firm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bmi4j.core.model.ValueFunction;
import org.bmi4j.core.model.ValueKind;
import org.bmi4j.process.Outcome;
import org.bmi4j.process.Violation;
import org.bmi4j.process.alliance.AllianceViolation;
import org.bmi4j.process.alliance.BusinessCase;
import org.bmi4j.process.alliance.Contract;
import org.bmi4j.process.alliance.Coverage;
import org.bmi4j.process.alliance.Funding;
import org.bmi4j.process.alliance.Requirement;
import org.bmi4j.process.alliance.Stake;
import org.bmi4j.process.sst.Opportunity;
import org.junit.jupiter.api.Test;

/**
 * Every public constructor of bmi-process that takes a collection compiles with {@code List.of} and
 * {@code Set.of} (and {@code Map.of}), copies it, and returns Guava's immutable types (issue 15).
 */
class CollectionArgumentsTests {
  @Test
  void businessCaseTakesAList() {
    BusinessCase viaList =
        new BusinessCase(
            "idea",
            "potential",
            List.of(new Requirement("stations", Coverage.PARTNER)),
            Optional.of(Funding.SHARED));
    assertInstanceOf(ImmutableList.class, viaList.requirements());
    assertEquals(
        new BusinessCase(
            "idea",
            "potential",
            ImmutableList.of(new Requirement("stations", Coverage.PARTNER)),
            Optional.of(Funding.SHARED)),
        viaList);
  }

  @Test
  void contractTakesASetAndAMap() {
    Contract viaSet = new Contract(Set.of("oem"), "rules", Optional.empty());
    assertEquals(new Contract(ImmutableSet.of("oem"), "rules", Optional.empty()), viaSet);
    Contract viaMap =
        new Contract(
            List.of("oem", "rental"),
            "rules",
            Optional.empty(),
            Map.of("oem", Stake.controlling(new BigDecimal("0.5"))));
    assertInstanceOf(ImmutableSet.class, viaMap.partners());
    assertInstanceOf(ImmutableMap.class, viaMap.stakes());
    assertEquals(List.of("oem", "rental"), viaMap.partners().asList());
  }

  @Test
  void enhancementIdeaTakesASet() {
    EnhancementIdea idea =
        new EnhancementIdea(
            "idea",
            "an idea",
            IdeaTrigger.values()[0],
            IdeaOrigin.values()[0],
            Set.of(ValueFunction.CREATION, ValueFunction.PROPOSITION));
    assertEquals(
        ImmutableSet.of(ValueFunction.PROPOSITION, ValueFunction.CREATION), idea.targets());
  }

  @Test
  void opportunityTakesASet() {
    Opportunity opportunity =
        new Opportunity("o", "an opportunity", Set.of(ValueKind.SOCIAL, ValueKind.ECONOMIC), false);
    assertInstanceOf(ImmutableSet.class, opportunity.valueKinds());
  }

  @Test
  void adaptionEventAndDecisionTakeAList() {
    FirmEvent.AdaptExtantModel event =
        new FirmEvent.AdaptExtantModel(FirmFixtures.FLEET_V2, List.of("l1", "l2"));
    assertEquals(ImmutableSet.of("l1", "l2"), event.lessonIds());
    AdaptionDecision.Integration integration =
        new AdaptionDecision.Integration(FirmFixtures.FLEET, FirmFixtures.FLEET_V2, List.of("l1"));
    assertEquals(ImmutableSet.of("l1"), integration.lessons());
  }

  @Test
  void aRejectionTakesAList() {
    Violation violation = new Violation(AllianceViolation.values()[0], "", "a sentence");
    Outcome.Rejected<String> rejected = Outcome.Rejected.of("instance", List.of(violation));
    assertEquals(ImmutableList.of(violation), rejected.violations());
  }
}

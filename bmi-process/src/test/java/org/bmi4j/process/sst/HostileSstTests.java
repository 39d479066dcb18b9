package org.bmi4j.process.sst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.bmi4j.core.json.BmiJson;
import org.bmi4j.core.json.BmiJsonException;
import org.bmi4j.core.json.DocumentType;
import org.bmi4j.process.sst.SstEvent.Advance;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: forged sense-seize-transform start contexts. Deployments and challenges are stamped
 * with a cycle that never decreases, so the TRANSFORMING exit reads only the current cycle's tail
 * of the deployments; a start context (and so a stored document, which replays from it) whose
 * stamps break that order, or claim a stage the cycle has not reached, is rejected.
 */
class HostileSstTests {
  private static CapabilityDeployment deployment(
      String capability, SstStage stage, Site site, int cycle) {
    return new CapabilityDeployment(
        capability,
        Optional.empty(),
        stage,
        CapabilityLevel.ECOSYSTEM,
        site,
        "filament-org",
        cycle);
  }

  private static SstContext.Builder context() {
    return SstContext.builder().organisation(Ssts.ORG).missions(Ssts.DUAL);
  }

  /** Builds the forged context (which building accepts) and returns why a cycle cannot start. */
  private static String refusalToStart(SstContext.Builder forged) {
    SstContext built = forged.build();
    return assertThrows(
            IllegalArgumentException.class, () -> SenseSeizeTransform.start(built, Ssts.CLOCK))
        .getMessage();
  }

  @Test
  void startWithAnOrganisationOfABadIdWasAccepted() {
    org.bmi4j.core.model.Actor bad =
        org.bmi4j.core.model.Actor.of(
            "BAD ID",
            "Bad",
            org.bmi4j.core.model.ActorRole.FOCAL_FIRM,
            org.bmi4j.core.model.Sector.PRIVATE);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SenseSeizeTransform.start(bad, Ssts.DUAL, List.of(), Ssts.CLOCK));
    assertEquals(
        "the organisation's actor id must match [a-z0-9][a-z0-9._-]{0,63}, was 'BAD ID'",
        e.getMessage());
  }

  @Test
  void aPortfolioWithTwoBmsOfOneIdWasAccepted() {
    // adopting in place of that id then replaced both, and currentModel found the first only
    var model = Ssts.model("filament-bm", Ssts.DUAL);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> context().portfolioList(List.of(model, model.withVersion(2))).build());
    assertEquals(
        "the portfolio of 'filament-org' holds two BMs of id 'filament-bm'; give each current BM"
            + " its own id",
        e.getMessage());
  }

  @Test
  void aStartContextWithADeploymentOfALaterCycleWasAccepted() {
    assertEquals(
        "the start context of 'filament-org' records deployment 1 ('reach') in cycle 2, after the"
            + " context's cycle 1; deployments are stamped with cycles from 1 that never decrease"
            + " and never pass the context's cycle",
        refusalToStart(
            context()
                .deploymentList(
                    List.of(
                        deployment("scale", SstStage.SENSING, Site.PRODUCTION, 1),
                        deployment("reach", SstStage.SENSING, Site.MARKET, 2)))));
  }

  @Test
  void aStartContextWithADeploymentOfCycleZeroWasAccepted() {
    assertEquals(
        "the start context of 'filament-org' records deployment 0 ('scale') in cycle 0, before"
            + " cycle 1; deployments are stamped with cycles from 1 that never decrease and never"
            + " pass the context's cycle",
        refusalToStart(
            context()
                .deploymentList(
                    List.of(deployment("scale", SstStage.SENSING, Site.PRODUCTION, 0)))));
  }

  @Test
  void aStartContextWhoseDeploymentsGoBackACycleWasAccepted() {
    assertEquals(
        "the start context of 'filament-org' records deployment 1 ('reach') in cycle 1, after one"
            + " of cycle 2; deployments are stamped with cycles from 1 that never decrease and"
            + " never pass the context's cycle",
        refusalToStart(
            context()
                .cycle(3)
                .deploymentList(
                    List.of(
                        deployment("scale", SstStage.TRANSFORMING, Site.PRODUCTION, 2),
                        deployment("reach", SstStage.TRANSFORMING, Site.MARKET, 1)))));
  }

  @Test
  void aStartContextWithDeploymentsStampedTransformingLetTheCycleLeaveTransformingWithoutThem() {
    assertEquals(
        "the start context of 'filament-org' records deployment 0 ('scale') in TRANSFORMING of"
            + " its own cycle 1, a stage the cycle has not reached; a cycle starts in SENSING",
        refusalToStart(
            context()
                .deploymentList(
                    List.of(
                        deployment("scale", SstStage.TRANSFORMING, Site.PRODUCTION, 1),
                        deployment("reach", SstStage.TRANSFORMING, Site.MARKET, 1)))));
  }

  @Test
  void aStartContextWithAChallengeOfALaterCycleWasAccepted() {
    assertEquals(
        "the start context of 'filament-org' records challenge 0 ('funding') in cycle 5, after the"
            + " context's cycle 1; challenges are stamped with cycles from 1 that never decrease"
            + " and never pass the context's cycle",
        refusalToStart(
            context()
                .challengeList(
                    List.of(
                        new AddressedChallenge(
                            "funding", Optional.empty(), "grants", SstStage.SENSING, 5)))));
  }

  @Test
  void aStoredCycleWhoseStartContextHasAForgedDeploymentIsRejectedAsBadInput() throws Exception {
    DocumentType<SstInstance> type = SenseSeizeTransform.documentType(Ssts.CLOCK);
    SstInstance stored =
        Ssts.transforming()
            .applyOrThrow(Ssts.ecosystem(Site.PRODUCTION))
            .applyOrThrow(Ssts.ecosystem(Site.MARKET));
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode document = (ObjectNode) mapper.readTree(BmiJson.write(type, stored));
    ObjectNode start = document.findParent("organisation");
    ArrayNode deployments = start.putArray("deployments");
    ObjectNode forged = deployments.addObject();
    forged.put("capability", "forged");
    forged.put("stage", "SENSING");
    forged.put("level", "ECOSYSTEM");
    forged.put("site", "MARKET");
    forged.put("actor", "filament-org");
    forged.put("cycle", 7);
    String json = mapper.writeValueAsString(document);
    BmiJsonException e = assertThrows(BmiJsonException.class, () -> BmiJson.read(type, json));
    assertTrue(
        e.getMessage().contains("records deployment 0 ('forged') in cycle 7"), e.getMessage());
  }

  @Test
  void theTransformingExitCountsOnlyThisCyclesDeploymentsAfterManyCycles() {
    SstInstance cycle = Ssts.transforming();
    for (int i = 0; i < 3; i++) {
      cycle =
          cycle
              .applyOrThrow(Ssts.ecosystem(Site.PRODUCTION))
              .applyOrThrow(Ssts.ecosystem(Site.MARKET))
              .applyOrThrow(new Advance())
              .applyOrThrow(new SstEvent.SelectOpportunity("filament"))
              .applyOrThrow(new Advance())
              .applyOrThrow(new SstEvent.DesignModel(Ssts.model("filament-bm", Ssts.DUAL)))
              .applyOrThrow(SstEvent.Adopt.replacing("filament-bm"));
    }
    assertEquals(4, cycle.context().cycle());
    SstInstance onlyProduction = cycle.applyOrThrow(Ssts.ecosystem(Site.PRODUCTION));
    var rejected = onlyProduction.apply(new Advance());
    assertEquals(
        List.of(SstViolation.NO_MARKET_SITE_DEPLOYMENT),
        rejected.violations().stream().map(v -> v.code()).toList());
    assertTrue(
        onlyProduction.applyOrThrow(Ssts.ecosystem(Site.MARKET)).apply(new Advance()).isAccepted());
  }
}

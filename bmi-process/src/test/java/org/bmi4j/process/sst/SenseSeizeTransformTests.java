package org.bmi4j.process.sst;

import static org.bmi4j.process.sst.Ssts.DUAL;
import static org.bmi4j.process.sst.Ssts.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bmi4j.core.json.BmiJson;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.ValueFunction;
import org.bmi4j.core.model.ValueKind;
import org.bmi4j.process.Outcome;
import org.bmi4j.process.ProcessDiagrams;
import org.bmi4j.process.TimelineRow;
import org.bmi4j.process.Violation;
import org.bmi4j.process.ViolationsAccess;
import org.bmi4j.process.sst.SstEvent.AddressChallenge;
import org.bmi4j.process.sst.SstEvent.Adopt;
import org.bmi4j.process.sst.SstEvent.Advance;
import org.bmi4j.process.sst.SstEvent.DesignModel;
import org.bmi4j.process.sst.SstEvent.IdentifyOpportunity;
import org.bmi4j.process.sst.SstEvent.RecordDeployment;
import org.bmi4j.process.sst.SstEvent.ReturnToSensing;
import org.bmi4j.process.sst.SstEvent.ReviseModel;
import org.bmi4j.process.sst.SstEvent.SelectOpportunity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SenseSeizeTransformTests {
  private static final ImmutableSet<ValueKind> ECONOMIC = ImmutableSet.of(ValueKind.ECONOMIC);
  private static final ImmutableSet<ValueKind> SOCIAL = ImmutableSet.of(ValueKind.SOCIAL);
  private static final ImmutableSet<ValueKind> NONE = ImmutableSet.of();

  /** The named values of a mission drift: the kinds lost and lacking, and where. */
  static Map<String, Object> drift(
      Set<ValueKind> lost, Set<ValueKind> lacking, String where, String id) {
    return Map.of("lost", lost, "lacking", lacking, where, id);
  }

  /**
   * The named values of a mission drift held to the dual missions: the kinds lost and lacking and
   * where ({@link #drift}), what was being done, the drift, and the remedy the sentence proposes.
   */
  static ImmutableMap<String, Object> driftValues(
      Map<String, Object> drift, String doing, String drifted, String remedy) {
    return ImmutableMap.<String, Object>builder()
        .putAll(drift)
        .put("doing", doing)
        .put("drift", drifted)
        .put("remedy", remedy)
        .put("missions", ImmutableSet.of(ValueKind.ECONOMIC, ValueKind.SOCIAL))
        .buildOrThrow();
  }

  private static List<Violation> rejected(SstInstance instance, SstEvent event) {
    Outcome<SstInstance> outcome = instance.apply(event);
    assertFalse(outcome.isAccepted(), () -> event + " should be rejected");
    assertEquals(instance, outcome.instance());
    return ((Outcome.Rejected<SstInstance>) outcome).violations();
  }

  @Nested
  class Starting {
    @Test
    void startsInSensingCycleOneWithTheGivenPortfolio() {
      var instance =
          SenseSeizeTransform.start(Ssts.ORG, DUAL, List.of(model("old", DUAL)), Ssts.CLOCK);
      assertEquals(SstStage.SENSING, instance.state());
      assertEquals(1, instance.cycle());
      assertEquals(
          List.of("old"), instance.context().portfolio().stream().map(BusinessModel::id).toList());
    }

    @Test
    void rejectsAPortfolioThatAlreadyDrifted() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  SenseSeizeTransform.start(
                      Ssts.ORG, DUAL, List.of(model("old", ECONOMIC)), Ssts.CLOCK));
      assertEquals(
          "the current portfolio of 'filament-org' must deliver every mission value"
              + " kind, but delivers no [SOCIAL]",
          e.getMessage());
    }

    @Test
    void rejectsAnOrganisationWithoutMission() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> SenseSeizeTransform.start(Ssts.ORG, ImmutableSet.of(), List.of(), Ssts.CLOCK));
      assertEquals(
          "the organisation 'filament-org' must have at least one mission value kind,"
              + " had none",
          e.getMessage());
    }
  }

  @Nested
  class Sensing {
    @Test
    void cannotLeaveWithoutASelectedOpportunity() {
      var identified = Ssts.sensing().applyOrThrow(Ssts.filamentOpportunity());
      List<Violation> violations = rejected(identified, new Advance());
      assertEquals(
          List.of(
              new Violation(
                  SstViolation.NO_SELECTED_OPPORTUNITY,
                  "",
                  "no opportunity is selected; select one carrying every mission value kind [ECONOMIC,"
                      + " SOCIAL]",
                  ImmutableMap.of(
                      "missions", ImmutableSet.of(ValueKind.ECONOMIC, ValueKind.SOCIAL)))),
          violations);
    }

    @Test
    void leavesForSeizingWithASelectedOpportunityCarryingEveryMission() {
      assertEquals(SstStage.SEIZING, Ssts.seizing().state());
      assertTrue(Ssts.seizing().context().opportunity("filament").orElseThrow().selected());
    }

    @Test
    void rejectsADuplicateOpportunityAndAnUnknownSelection() {
      var identified = Ssts.sensing().applyOrThrow(Ssts.filamentOpportunity());
      assertEquals(
          SstViolation.DUPLICATE_OPPORTUNITY,
          rejected(identified, Ssts.filamentOpportunity()).get(0).code());
      assertEquals(
          List.of(
              new Violation(
                  SstViolation.UNKNOWN_OPPORTUNITY,
                  "ghost",
                  "opportunity 'ghost' is not identified; identify it with IdentifyOpportunity,"
                      + " then select it",
                  ImmutableMap.of("opportunity", "ghost", "then", "select it"))),
          rejected(identified, new SelectOpportunity("ghost")));
    }

    @Test
    void leavingSensingWhenOnlyADriftedOpportunityIsSelectedIsMissionDrift() {
      SstContext context =
          Ssts.sensing()
              .context()
              .withOpportunityList(
                  List.of(
                      new Opportunity("scrap", "sell waste to scrap merchants", ECONOMIC, true)));
      var instance = SstInstance.of(SenseSeizeTransform.DEFINITION.start(context, Ssts.CLOCK));
      assertEquals(
          List.of(
              new Violation(
                  SstViolation.MISSION_DRIFT,
                  "scrap",
                  "advancing with"
                      + " selected opportunity 'scrap' lacks mission value kinds [SOCIAL] (mission drift);"
                      + " select an opportunity carrying every mission value kind [ECONOMIC, SOCIAL]",
                  driftValues(
                      drift(NONE, SOCIAL, "opportunity", "scrap"),
                      "advancing with selected opportunity 'scrap'",
                      "lacks mission value kinds [SOCIAL]",
                      "select an opportunity carrying"))),
          rejected(instance, new Advance()));
    }
  }

  @Nested
  class Seizing {
    @Test
    void cannotAdoptWithoutADesignedModel() {
      assertEquals(
          List.of(
              new Violation(
                  SstViolation.NO_DESIGNED_MODEL,
                  "",
                  "no BM is designed; design the BM exploiting the opportunity with DesignModel before"
                      + " adopting it")),
          rejected(Ssts.seizing(), Adopt.beside()));
    }

    @Test
    void cannotAdoptAnIncompleteModel() {
      BusinessModel incomplete =
          model("draft", DUAL).withExchange(org.bmi4j.core.model.ValueExchange.builder().build());
      var designed = Ssts.seizing().applyOrThrow(new DesignModel(incomplete));
      assertEquals(
          List.of(
              new Violation(
                  SstViolation.MODEL_INCOMPLETE,
                  "draft",
                  "the designed BM 'draft' has empty value functions [EXCHANGE]; fill all four value"
                      + " functions",
                  ImmutableMap.of(
                      "kind",
                      "the designed BM",
                      "model",
                      "draft",
                      "emptyFunctions",
                      ImmutableSet.of(ValueFunction.EXCHANGE)))),
          rejected(designed, Adopt.beside()));
    }

    @Test
    void leavingSeizingAdoptsTheDesignedModelBesideTheCurrentOnes() {
      var start =
          SenseSeizeTransform.start(Ssts.ORG, DUAL, List.of(model("collab", DUAL)), Ssts.CLOCK)
              .applyOrThrow(Ssts.filamentOpportunity())
              .applyOrThrow(new SelectOpportunity("filament"))
              .applyOrThrow(new Advance())
              .applyOrThrow(new DesignModel(model("market", DUAL)))
              .applyOrThrow(Adopt.beside());
      assertEquals(SstStage.TRANSFORMING, start.state());
      assertEquals(
          List.of("collab", "market"),
          start.context().portfolio().stream().map(BusinessModel::id).toList());
      assertEquals(Optional.empty(), start.context().designed());
    }

    @Test
    void leavingSeizingMayReplaceANamedCurrentModel() {
      var start =
          SenseSeizeTransform.start(
                  Ssts.ORG, DUAL, List.of(model("collab", DUAL), model("old", DUAL)), Ssts.CLOCK)
              .applyOrThrow(Ssts.filamentOpportunity())
              .applyOrThrow(new SelectOpportunity("filament"))
              .applyOrThrow(new Advance())
              .applyOrThrow(new DesignModel(model("new", DUAL)))
              .applyOrThrow(Adopt.replacing("collab"));
      assertEquals(
          List.of("new", "old"),
          start.context().portfolio().stream().map(BusinessModel::id).toList());
    }

    @Test
    void rejectsReplacingAnUnknownModelAndAdoptingADuplicateId() {
      var designed =
          SenseSeizeTransform.start(Ssts.ORG, DUAL, List.of(model("collab", DUAL)), Ssts.CLOCK)
              .applyOrThrow(Ssts.filamentOpportunity())
              .applyOrThrow(new SelectOpportunity("filament"))
              .applyOrThrow(new Advance())
              .applyOrThrow(new DesignModel(model("collab", DUAL)));
      assertEquals(
          List.of(
              new Violation(
                  SstViolation.UNKNOWN_MODEL,
                  "ghost",
                  "'ghost' is not a"
                      + " BM of the current portfolio [collab]; replace one of them or adopt beside them",
                  ImmutableMap.of(
                      "model",
                      "ghost",
                      "portfolio",
                      List.of("collab"),
                      "then",
                      "replace one of them or adopt beside them"))),
          rejected(designed, Adopt.replacing("ghost")));
      assertEquals(
          List.of(
              new Violation(
                  SstViolation.DUPLICATE_MODEL,
                  "collab",
                  "a current BM is"
                      + " already called 'collab'; replace it or give the designed BM another id",
                  ImmutableMap.of("model", "collab"))),
          rejected(designed, Adopt.beside()));
      assertTrue(designed.apply(Adopt.replacing("collab")).isAccepted());
    }

    @Test
    void mayReturnToSensingWithAReasonKeepingTheDesign() {
      var designed = Ssts.seizing().applyOrThrow(new DesignModel(model("bm", DUAL)));
      var back = designed.applyOrThrow(new ReturnToSensing("buyers want certified filament"));
      assertEquals(SstStage.SENSING, back.state());
      assertEquals(1, back.cycle());
      assertEquals(designed.context().designed(), back.context().designed());
      assertEquals(
          SstViolation.BLANK_TEXT, rejected(designed, new ReturnToSensing(" ")).get(0).code());
    }
  }

  @Nested
  class Transforming {
    @Test
    void cannotLeaveWithoutEcosystemDeploymentsAtBothSites() {
      var transforming =
          Ssts.transforming()
              .applyOrThrow(
                  new RecordDeployment(
                      "co-creation",
                      Optional.empty(),
                      CapabilityLevel.ORGANISATIONAL,
                      Site.PRODUCTION,
                      "filament-org"));
      assertEquals(
          List.of(
              new Violation(
                  SstViolation.NO_PRODUCTION_SITE_DEPLOYMENT,
                  "",
                  "no ECOSYSTEM-level"
                      + " deployment at the PRODUCTION site is recorded in TRANSFORMING of cycle 1; record one, such as"
                      + " production capabilities of the whole site for scale",
                  ImmutableMap.of("cycle", 1)),
              new Violation(
                  SstViolation.NO_MARKET_SITE_DEPLOYMENT,
                  "",
                  "no ECOSYSTEM-level"
                      + " deployment at the MARKET site is recorded in TRANSFORMING of cycle 1; record one, such as"
                      + " direct customer relationships",
                  ImmutableMap.of("cycle", 1))),
          rejected(transforming, new Advance()));
      assertEquals(
          List.of(SstViolation.NO_MARKET_SITE_DEPLOYMENT),
          rejected(transforming.applyOrThrow(Ssts.ecosystem(Site.PRODUCTION)), new Advance())
              .stream()
              .map(Violation::code)
              .toList());
    }

    @Test
    void leavesForTheNextCycleWithBothSitesAndUnselectsOpportunities() {
      var next =
          Ssts.transforming()
              .applyOrThrow(Ssts.ecosystem(Site.PRODUCTION))
              .applyOrThrow(Ssts.ecosystem(Site.MARKET))
              .applyOrThrow(new Advance());
      assertEquals(SstStage.SENSING, next.state());
      assertEquals(2, next.cycle());
      assertEquals(2, next.context().cycle());
      assertFalse(next.context().opportunity("filament").orElseThrow().selected());
      assertEquals(
          SstViolation.NO_SELECTED_OPPORTUNITY, rejected(next, new Advance()).get(0).code());
    }

    @Test
    void deploymentsOfAnEarlierCycleDoNotCount() {
      var next =
          Ssts.transforming()
              .applyOrThrow(Ssts.ecosystem(Site.PRODUCTION))
              .applyOrThrow(Ssts.ecosystem(Site.MARKET))
              .applyOrThrow(new Advance())
              .applyOrThrow(new SelectOpportunity("filament"))
              .applyOrThrow(new Advance())
              .applyOrThrow(new DesignModel(model("second", DUAL)))
              .applyOrThrow(Adopt.beside());
      assertEquals(
          List.of(
              SstViolation.NO_PRODUCTION_SITE_DEPLOYMENT, SstViolation.NO_MARKET_SITE_DEPLOYMENT),
          rejected(next, new Advance()).stream().map(Violation::code).toList());
    }

    @Test
    void onlyDeploymentsRecordedInTransformingOfThisCycleCountForScaleUp() {
      var early =
          Ssts.sensing()
              .applyOrThrow(Ssts.ecosystem(Site.PRODUCTION))
              .applyOrThrow(Ssts.ecosystem(Site.MARKET))
              .applyOrThrow(Ssts.filamentOpportunity())
              .applyOrThrow(new SelectOpportunity("filament"))
              .applyOrThrow(new Advance())
              .applyOrThrow(Ssts.ecosystem(Site.PRODUCTION))
              .applyOrThrow(Ssts.ecosystem(Site.MARKET))
              .applyOrThrow(new DesignModel(model("filament-bm", DUAL)))
              .applyOrThrow(Adopt.beside());
      assertEquals(
          List.of(
              SstViolation.NO_PRODUCTION_SITE_DEPLOYMENT, SstViolation.NO_MARKET_SITE_DEPLOYMENT),
          rejected(early, new Advance()).stream().map(Violation::code).toList());
      assertEquals(
          SstStage.SENSING,
          early
              .applyOrThrow(Ssts.ecosystem(Site.PRODUCTION))
              .applyOrThrow(Ssts.ecosystem(Site.MARKET))
              .applyOrThrow(new Advance())
              .state());
    }

    @Test
    void leavingWhenThePortfolioNoLongerDeliversAMissionIsMissionDrift() {
      var transforming =
          Ssts.transforming()
              .applyOrThrow(Ssts.ecosystem(Site.PRODUCTION))
              .applyOrThrow(Ssts.ecosystem(Site.MARKET));
      var drifted =
          transforming.context().withPortfolioList(List.of(model("filament-bm", ECONOMIC)));
      // no step reaches the drifted context (and no cycle starts from a context with deployments
      // of TRANSFORMING): its TRANSFORMING exit is checked through the guard directly
      org.bmi4j.process.Violations collected = ViolationsAccess.create();
      SenseSeizeTransform.transformingExit(drifted, new Advance(), collected);
      assertEquals(
          List.of(
              new Violation(
                  SstViolation.MISSION_DRIFT,
                  "",
                  "the portfolio"
                      + " [filament-bm] loses mission value kinds [SOCIAL] (mission drift); revise its BMs to"
                      + " deliver every mission value kind [ECONOMIC, SOCIAL]",
                  driftValues(
                      Map.<String, Object>of("lost", SOCIAL, "lacking", NONE),
                      "the portfolio [filament-bm]",
                      "loses mission value kinds [SOCIAL]",
                      "revise its BMs to deliver"))),
          ViolationsAccess.list(collected));
    }

    @Test
    void recordsDeploymentsAndChallengesWithTheirStageAndCycle() {
      CatalogueEntry scaling =
          CapabilityCatalogue.deSilva()
              .byId("desilva-transforming-challenge-scaling-up")
              .orElseThrow();
      CatalogueEntry whole =
          CapabilityCatalogue.deSilva()
              .byId("desilva-transforming-whole-site-production")
              .orElseThrow();
      var transforming =
          Ssts.transforming()
              .applyOrThrow(
                  RecordDeployment.of(whole, CapabilityLevel.ECOSYSTEM, Site.PRODUCTION, "pickers"))
              .applyOrThrow(AddressChallenge.of(scaling, "price share kept in every new market"));
      assertEquals(
          new CapabilityDeployment(
              "production capabilities of the whole site for scale",
              Optional.of("desilva-transforming-whole-site-production"),
              SstStage.TRANSFORMING,
              CapabilityLevel.ECOSYSTEM,
              Site.PRODUCTION,
              "pickers",
              1),
          transforming.context().deployments().get(0));
      assertEquals(
          new AddressedChallenge(
              "scaling up while keeping the dual mission",
              Optional.of("desilva-transforming-challenge-scaling-up"),
              "price share kept in every new market",
              SstStage.TRANSFORMING,
              1),
          transforming.context().challenges().get(0));
      assertEquals(
          List.of(
              new Violation(
                  SstViolation.BLANK_TEXT,
                  "",
                  "the deploying actor's id in RecordDeployment is blank; the cycle keeps only non-blank"
                      + " texts, so write one",
                  ImmutableMap.of(
                      "field", "the deploying actor's id", "event", "RecordDeployment"))),
          rejected(
              transforming,
              new RecordDeployment(
                  "co-creation", Optional.empty(), CapabilityLevel.ECOSYSTEM, Site.MARKET, "")));
    }

    @Test
    void aRevisionChangesTheModelAndRaisesItsVersionByExactlyOne() {
      var transforming = Ssts.transforming();
      assertEquals(
          List.of(
              new Violation(
                  SstViolation.MODEL_UNCHANGED,
                  "filament-bm",
                  "the revision of BM 'filament-bm' equals the current BM; revise what changed,"
                      + " or record nothing",
                  ImmutableMap.of("model", "filament-bm"))),
          rejected(transforming, new ReviseModel(model("filament-bm", DUAL))));
      assertEquals(
          List.of(
              new Violation(
                  SstViolation.BAD_REVISION_VERSION,
                  "filament-bm",
                  "the revision of BM 'filament-bm' has version 3 but the current BM has version"
                      + " 1; a revision raises the version by exactly one, to 2",
                  ImmutableMap.of(
                      "model",
                      "filament-bm",
                      "version",
                      3,
                      "currentVersion",
                      1,
                      "expectedVersion",
                      2))),
          rejected(
              transforming,
              new ReviseModel(model("filament-bm", DUAL).withVersion(3).withName("Renamed"))));
      assertEquals(
          SstViolation.BAD_REVISION_VERSION,
          rejected(transforming, new ReviseModel(model("filament-bm", DUAL).withName("Renamed")))
              .get(0)
              .code());
    }

    @Test
    void revisesACurrentModelOfTheSameId() {
      var revised =
          Ssts.transforming()
              .applyOrThrow(new ReviseModel(model("filament-bm", DUAL).withVersion(2)));
      assertEquals(2, revised.context().portfolio().get(0).version());
      assertEquals(
          List.of(
              new Violation(
                  SstViolation.UNKNOWN_MODEL,
                  "ghost",
                  "'ghost' is not a"
                      + " BM of the current portfolio [filament-bm]; revise one of them",
                  ImmutableMap.of(
                      "model",
                      "ghost",
                      "portfolio",
                      List.of("filament-bm"),
                      "then",
                      "revise one of them"))),
          rejected(revised, new ReviseModel(model("ghost", DUAL))));
    }
  }

  @Nested
  class MissionDrift {
    @Test
    void selectingAnOpportunityThatLosesAMissionKind() {
      var identified =
          Ssts.sensing()
              .applyOrThrow(
                  new IdentifyOpportunity("scrap", "sell waste to scrap merchants", ECONOMIC));
      assertEquals(
          List.of(
              new Violation(
                  SstViolation.MISSION_DRIFT,
                  "scrap",
                  "selecting"
                      + " opportunity 'scrap' lacks mission value kinds [SOCIAL] (mission drift); select an"
                      + " opportunity carrying every mission value kind [ECONOMIC, SOCIAL]",
                  driftValues(
                      drift(NONE, SOCIAL, "opportunity", "scrap"),
                      "selecting opportunity 'scrap'",
                      "lacks mission value kinds [SOCIAL]",
                      "select an opportunity carrying"))),
          rejected(identified, new SelectOpportunity("scrap")));
    }

    @Test
    void designingAModelThatLosesAMissionKind() {
      assertEquals(
          List.of(
              new Violation(
                  SstViolation.MISSION_DRIFT,
                  "profit",
                  "designing BM"
                      + " 'profit' lacks mission value kinds [SOCIAL] (mission drift); let its offerings or"
                      + " value shares deliver every mission value kind [ECONOMIC, SOCIAL]",
                  driftValues(
                      drift(NONE, SOCIAL, "model", "profit"),
                      "designing BM 'profit'",
                      "lacks mission value kinds [SOCIAL]",
                      "let its offerings or value shares deliver"))),
          rejected(Ssts.seizing(), new DesignModel(model("profit", ECONOMIC))));
    }

    @Test
    void designingAModelThatLosesEveryMissionKindNamesThemAll() {
      BusinessModel none = model("none", ImmutableSet.of(ValueKind.ENVIRONMENTAL));
      assertEquals(
          Optional.of(ImmutableSet.of(ValueKind.ECONOMIC, ValueKind.SOCIAL)),
          rejected(Ssts.seizing(), new DesignModel(none)).get(0).value("lacking", Set.class));
    }

    @Test
    void adoptingADesignThatLosesAMissionKind() {
      // a design drafted before the organisation took on its social mission
      SstContext context = Ssts.seizing().context().withDesigned(model("draft", ECONOMIC));
      var seizing =
          SstInstance.of(SenseSeizeTransform.DEFINITION.start(context, Ssts.CLOCK))
              .applyOrThrow(new Advance());
      assertEquals(
          List.of(
              new Violation(
                  SstViolation.MISSION_DRIFT,
                  "draft",
                  "adopting BM"
                      + " 'draft' lacks mission value kinds [SOCIAL] (mission drift); let its offerings or"
                      + " value shares deliver every mission value kind [ECONOMIC, SOCIAL]",
                  driftValues(
                      drift(NONE, SOCIAL, "model", "draft"),
                      "adopting BM 'draft'",
                      "lacks mission value kinds [SOCIAL]",
                      "let its offerings or value shares deliver"))),
          rejected(seizing, Adopt.beside()));
    }

    @Test
    void adoptingInPlaceOfTheOnlyModelDeliveringAKindLosesItFromThePortfolio() {
      SstContext context =
          Ssts.seizing()
              .context()
              .withPortfolioList(List.of(model("market", ECONOMIC), model("collab", SOCIAL)))
              .withDesigned(model("draft", ECONOMIC));
      var seizing =
          SstInstance.of(SenseSeizeTransform.DEFINITION.start(context, Ssts.CLOCK))
              .applyOrThrow(new Advance());
      List<Violation> violations = rejected(seizing, Adopt.replacing("collab"));
      assertEquals(
          new Violation(
              SstViolation.MISSION_DRIFT,
              "collab",
              "replacing BM 'collab' by"
                  + " 'draft' in the portfolio [market, collab] loses mission value kinds [SOCIAL]"
                  + " (mission drift); keep a portfolio delivering every mission value kind [ECONOMIC,"
                  + " SOCIAL]",
              driftValues(
                  drift(SOCIAL, NONE, "model", "collab"),
                  "replacing BM 'collab' by 'draft' in the portfolio [market, collab]",
                  "loses mission value kinds [SOCIAL]",
                  "keep a portfolio delivering")),
          violations.get(1));
    }

    @Test
    void revisingACurrentModelSoItLosesAKind() {
      var transforming = Ssts.transforming();
      assertEquals(
          List.of(
              new Violation(
                  SstViolation.MISSION_DRIFT,
                  "filament-bm",
                  "revising BM"
                      + " 'filament-bm' loses mission value kinds [SOCIAL] (mission drift); let its offerings"
                      + " or value shares deliver every mission value kind [ECONOMIC, SOCIAL]",
                  driftValues(
                      drift(SOCIAL, NONE, "model", "filament-bm"),
                      "revising BM 'filament-bm'",
                      "loses mission value kinds [SOCIAL]",
                      "let its offerings or value shares deliver"))),
          rejected(transforming, new ReviseModel(model("filament-bm", ECONOMIC).withVersion(2))));
    }

    @Test
    void aRevisedModelDeliversEveryMissionKindEvenBesideAnotherThatDoes() {
      var transforming =
          SenseSeizeTransform.start(
                  Ssts.ORG, DUAL, List.of(model("market", DUAL), model("collab", DUAL)), Ssts.CLOCK)
              .applyOrThrow(Ssts.filamentOpportunity())
              .applyOrThrow(new SelectOpportunity("filament"))
              .applyOrThrow(new Advance())
              .applyOrThrow(new DesignModel(model("new", DUAL)))
              .applyOrThrow(Adopt.replacing("collab"));
      assertEquals(
          List.of(SstViolation.MISSION_DRIFT),
          rejected(transforming, new ReviseModel(model("market", ECONOMIC).withVersion(2))).stream()
              .map(Violation::code)
              .toList());
    }

    @Test
    void undeliveredFollowsTheCoherenceRuleOfOfferingsAndValueShares() {
      assertEquals(ImmutableSet.of(), SenseSeizeTransform.undelivered(model("bm", DUAL), DUAL));
      assertEquals(
          ImmutableSet.of(ValueKind.SOCIAL),
          SenseSeizeTransform.undelivered(model("bm", ECONOMIC), DUAL));
      assertEquals(
          ImmutableSet.of(ValueKind.ECONOMIC),
          SenseSeizeTransform.undelivered(model("bm", SOCIAL), DUAL));
      assertEquals(
          ImmutableSet.of(ValueKind.ECONOMIC, ValueKind.SOCIAL),
          SenseSeizeTransform.lostByPortfolio(List.of(), DUAL));
    }
  }

  @Nested
  class Exports {
    @Test
    void mermaidShowsTheCycle() {
      String mermaid = ProcessDiagrams.mermaid(SenseSeizeTransform.DEFINITION);
      assertTrue(
          mermaid.startsWith(
              "stateDiagram-v2\n    %% sense-seize-transform\n" + "    [*] --> SENSING\n"),
          mermaid);
      assertTrue(mermaid.contains("    SENSING --> SEIZING : Advance\n"), mermaid);
      assertTrue(mermaid.contains("    SEIZING --> SENSING : ReturnToSensing\n"), mermaid);
      assertTrue(mermaid.contains("    SEIZING --> TRANSFORMING : Adopt\n"), mermaid);
      assertTrue(mermaid.contains("    TRANSFORMING --> SENSING : Advance (new cycle)\n"), mermaid);
      assertFalse(mermaid.contains("--> [*]"), "the cycle has no end");
    }

    @Test
    void dotShowsTheCycle() {
      String dot = ProcessDiagrams.dot(SenseSeizeTransform.DEFINITION);
      assertTrue(dot.startsWith("digraph \"sense-seize-transform\" {\n"), dot);
      assertTrue(dot.contains("  \"(start)\" -> \"SENSING\";\n"), dot);
      assertTrue(
          dot.contains("  \"TRANSFORMING\" -> \"SENSING\" [label=\"Advance (new cycle)\"];\n"),
          dot);
      assertTrue(dot.contains("  \"SEIZING\" -> \"SENSING\" [label=\"ReturnToSensing\"];\n"), dot);
    }

    @Test
    void timelineListsEveryStepWithItsCycle() {
      var next =
          Ssts.transforming()
              .applyOrThrow(Ssts.ecosystem(Site.PRODUCTION))
              .applyOrThrow(Ssts.ecosystem(Site.MARKET))
              .applyOrThrow(new Advance());
      String timeline = ProcessDiagrams.timeline(next);
      assertTrue(timeline.startsWith("timeline\n    title sense-seize-transform\n"), timeline);
      assertTrue(timeline.contains(" step 3, Advance from SENSING to SEIZING\n"), timeline);
      assertTrue(
          timeline.contains(
              "    section cycle 2\n        2026-03-01\n            : 09:00:00Z step 8, Advance"
                  + " from TRANSFORMING to SENSING\n"),
          timeline);
      List<TimelineRow> rows = TimelineRow.of(next);
      assertEquals(8, rows.size());
      assertEquals("Adopt", rows.get(4).event());
      assertEquals("TRANSFORMING", rows.get(4).to());
      assertEquals(2, rows.get(7).cycle());
    }
  }

  @Nested
  class Json {
    @Test
    void roundTripsAnInstanceThroughItsHistory() {
      var next =
          Ssts.transforming()
              .applyOrThrow(Ssts.ecosystem(Site.PRODUCTION))
              .applyOrThrow(Ssts.ecosystem(Site.MARKET))
              .applyOrThrow(new Advance());
      var type = SenseSeizeTransform.documentType(Ssts.CLOCK);
      String json = BmiJson.write(type, next);
      assertTrue(json.contains("\"type\" : \"adopt\""), json);
      assertEquals(next, BmiJson.read(type, json));
    }
  }
}

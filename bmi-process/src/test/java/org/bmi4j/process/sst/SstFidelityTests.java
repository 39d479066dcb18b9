package org.bmi4j.process.sst;

import static org.bmi4j.process.sst.Ssts.DUAL;
import static org.bmi4j.process.sst.Ssts.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bmi4j.core.dual.BoundaryElement;
import org.bmi4j.core.dual.BusinessFunction;
import org.bmi4j.core.dual.DualBusinessModel;
import org.bmi4j.core.dual.TeamMember;
import org.bmi4j.core.json.BmiJson;
import org.bmi4j.core.json.BmiJsonException;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.ValueKind;
import org.bmi4j.core.model.ValueProposition;
import org.bmi4j.process.KernelViolation;
import org.bmi4j.process.Outcome;
import org.bmi4j.process.Violation;
import org.bmi4j.process.sst.SstEvent.AddressChallenge;
import org.bmi4j.process.sst.SstEvent.Adopt;
import org.bmi4j.process.sst.SstEvent.Advance;
import org.bmi4j.process.sst.SstEvent.DesignModel;
import org.bmi4j.process.sst.SstEvent.IdentifyOpportunity;
import org.bmi4j.process.sst.SstEvent.RecordDeployment;
import org.bmi4j.process.sst.SstEvent.ReviseModel;
import org.bmi4j.process.sst.SstEvent.ReviseOpportunity;
import org.bmi4j.process.sst.SstEvent.SelectOpportunity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The rules that make the cycle faithful to real cases: deployments that fit the catalogue entry
 * they claim, only the organisation's own BMs, drift at the offering, revisable opportunities, the
 * dual business model handed over, and stored cycles that keep reading.
 */
class SstFidelityTests {
  private static final ImmutableSet<ValueKind> ECONOMIC = ImmutableSet.of(ValueKind.ECONOMIC);
  private static final ImmutableSet<ValueKind> SOCIAL = ImmutableSet.of(ValueKind.SOCIAL);
  private static final ImmutableSet<ValueKind> NONE = ImmutableSet.of();
  private static final CapabilityCatalogue DESILVA = CapabilityCatalogue.deSilva();

  private static List<Violation> rejected(SstInstance instance, SstEvent event) {
    Outcome<SstInstance> outcome = instance.apply(event);
    assertFalse(outcome.isAccepted(), () -> event + " should be rejected");
    assertEquals(instance, outcome.instance());
    return ((Outcome.Rejected<SstInstance>) outcome).violations();
  }

  private static CatalogueEntry entry(String id) {
    return CapabilityCatalogue.shipped().byId(id).orElseThrow();
  }

  /** A cycle started from {@code context} and taken to TRANSFORMING with a new BM beside. */
  private static SstInstance transforming(SstContext context) {
    return SenseSeizeTransform.start(context, Ssts.CLOCK)
        .applyOrThrow(Ssts.filamentOpportunity())
        .applyOrThrow(new SelectOpportunity("filament"))
        .applyOrThrow(new Advance())
        .applyOrThrow(new DesignModel(model("new", DUAL)))
        .applyOrThrow(Adopt.beside());
  }

  private static SstContext.Builder context(BusinessModel... portfolio) {
    return SstContext.builder()
        .organisation(Ssts.ORG)
        .missions(DUAL)
        .portfolioList(List.of(portfolio));
  }

  private static BusinessModel twoOfferings(Set<ValueKind> filament) {
    return Ssts.twoOfferings("two", filament);
  }

  @Nested
  class ADeploymentMustFitWhatItClaims {
    @Test
    void aDeploymentNamingAnEntryOfAnotherLevelIsRejected() {
      CatalogueEntry coDevelopment = entry("desilva-seizing-co-development");
      assertEquals(
          List.of(
              new Violation(
                  SstViolation.DEPLOYMENT_LEVEL_MISMATCH,
                  "desilva-seizing-co-development",
                  "catalogue entry 'desilva-seizing-co-development' belongs to level ORGANISATIONAL,"
                      + " but the deployment records level ECOSYSTEM; record it at level"
                      + " ORGANISATIONAL, or name no entry for a deployment of your own",
                  ImmutableMap.of(
                      "entry",
                      "desilva-seizing-co-development",
                      "entryLevel",
                      CapabilityLevel.ORGANISATIONAL,
                      "level",
                      CapabilityLevel.ECOSYSTEM))),
          rejected(
              Ssts.transforming(),
              RecordDeployment.of(
                  coDevelopment, CapabilityLevel.ECOSYSTEM, Site.PRODUCTION, "filament-org")));
    }

    @Test
    void aDeploymentAtItsEntrysLevelIsRecorded() {
      var recorded =
          Ssts.seizing()
              .applyOrThrow(
                  RecordDeployment.of(
                      entry("desilva-seizing-co-development"), Site.PRODUCTION, "filament-org"));
      assertEquals(CapabilityLevel.ORGANISATIONAL, recorded.context().deployments().get(0).level());
    }

    @Test
    void aDeploymentWithoutCatalogueEntryStaysFreeAtEveryLevel() {
      var instance = Ssts.sensing();
      for (CapabilityLevel level : CapabilityLevel.values()) {
        instance =
            instance.applyOrThrow(
                new RecordDeployment(
                    "our own recycler network",
                    Optional.empty(),
                    level,
                    Site.PRODUCTION,
                    "filament-org"));
      }
      assertEquals(3, instance.context().deployments().size());
    }

    @Test
    void anEntryOutsideTheCyclesCatalogueIsRejectedForDeploymentsAndChallenges() {
      assertEquals(
          List.of(
              new Violation(
                  SstViolation.UNKNOWN_CATALOGUE_ENTRY,
                  "own-recyclers",
                  "catalogue entry 'own-recyclers' named by RecordDeployment is not in the cycle's"
                      + " catalogue; start the cycle with a catalogue holding it, or name no"
                      + " entry",
                  ImmutableMap.of("entry", "own-recyclers", "deployment", "RecordDeployment"))),
          rejected(
              Ssts.sensing(),
              new RecordDeployment(
                  "recyclers",
                  Optional.of("own-recyclers"),
                  CapabilityLevel.ECOSYSTEM,
                  Site.PRODUCTION,
                  "filament-org")));
      assertEquals(
          List.of(SstViolation.UNKNOWN_CATALOGUE_ENTRY),
          rejected(
                  Ssts.sensing(),
                  new AddressChallenge("recyclers leave", Optional.of("own-challenge"), "pay"))
              .stream()
              .map(Violation::code)
              .toList());
    }

    @Test
    void theCycleChecksAgainstTheCatalogueItStartedWithTheShippedOneByDefault() {
      CatalogueEntry own =
          new CatalogueEntry(
              "own-recyclers",
              "a network of municipal recyclers",
              SstStage.TRANSFORMING,
              CapabilityLevel.ECOSYSTEM,
              EntryKind.CAPABILITY,
              "our field notes");
      assertEquals(CapabilityCatalogue.shipped(), Ssts.sensing().context().catalogue());
      var own1 =
          SenseSeizeTransform.start(
              context().catalogue(CapabilityCatalogue.shipped().with(own)).build(), Ssts.CLOCK);
      var recorded = own1.applyOrThrow(RecordDeployment.of(own, Site.PRODUCTION, "filament-org"));
      assertEquals(
          Optional.of("own-recyclers"), recorded.context().deployments().get(0).catalogueEntry());
      var type = SenseSeizeTransform.documentType(Ssts.CLOCK);
      String json = BmiJson.write(type, recorded);
      assertTrue(json.contains("\"shipped\" : true"), json);
      assertTrue(json.contains("\"id\" : \"own-recyclers\""), json);
      assertFalse(json.contains("\"id\" : \"desilva-sensing-networking\""), json);
      assertEquals(recorded, BmiJson.read(type, json), "replay judges with the stored catalogue");
    }
  }

  @Nested
  class AdoptOnlyYourOwnModel {
    private final BusinessModel pickers = model("pickers-bm", DUAL).withOwners("pickers");

    @Test
    void designingABmTheOrganisationDoesNotOwnIsRejected() {
      assertEquals(
          List.of(
              new Violation(
                  SstViolation.NOT_OWN_MODEL,
                  "pickers-bm",
                  "BM 'pickers-bm' is owned by [pickers], not by 'filament-org', the organisation"
                      + " running the cycle; add 'filament-org' to its owners, or design a BM of the"
                      + " organisation's own",
                  ImmutableMap.of(
                      "model",
                      "pickers-bm",
                      "owners",
                      ImmutableSet.of("pickers"),
                      "organisation",
                      "filament-org"))),
          rejected(Ssts.seizing(), new DesignModel(pickers)));
      assertTrue(
          Ssts.seizing()
              .apply(new DesignModel(pickers.withOwners("pickers", "filament-org")))
              .isAccepted(),
          "a BM the organisation co-owns is its own");
    }

    @Test
    void adoptingADesignTheOrganisationDoesNotOwnIsRejected() {
      var seizing =
          SstInstance.of(
                  SenseSeizeTransform.DEFINITION.start(
                      Ssts.seizing().context().withDesigned(pickers), Ssts.CLOCK))
              .applyOrThrow(new Advance());
      assertEquals(
          List.of(SstViolation.NOT_OWN_MODEL),
          rejected(seizing, Adopt.beside()).stream().map(Violation::code).toList());
    }

    @Test
    void revisingIntoABmTheOrganisationDoesNotOwnIsRejected() {
      assertEquals(
          List.of(SstViolation.NOT_OWN_MODEL),
          rejected(
                  Ssts.transforming(),
                  new ReviseModel(model("filament-bm", DUAL).withVersion(2).withOwners("pickers")))
              .stream()
              .map(Violation::code)
              .toList());
    }
  }

  @Nested
  class DriftAtTheOffering {
    @Test
    void takingAMissionKindOffAnOfferingIsDriftEvenWhenAnotherOfferingCarriesIt() {
      var transforming = transforming(context(twoOfferings(DUAL)).build());
      BusinessModel revised = twoOfferings(ECONOMIC).withVersion(2);
      assertEquals(
          ImmutableSet.of(),
          SenseSeizeTransform.undelivered(revised, DUAL),
          "the BM delivers both");
      List<Violation> violations = rejected(transforming, new ReviseModel(revised));
      assertEquals(
          List.of(
              new Violation(
                  SstViolation.MISSION_DRIFT,
                  "two",
                  "revising BM 'two' at offering 'filament' loses mission value kinds [SOCIAL]"
                      + " (mission drift); keep on the offering every mission value kind [ECONOMIC,"
                      + " SOCIAL]",
                  ImmutableMap.<String, Object>builder()
                      .putAll(
                          Map.of(
                              "lost",
                              SOCIAL,
                              "lacking",
                              NONE,
                              "model",
                              "two",
                              "offering",
                              "filament"))
                      .put("doing", "revising BM 'two' at offering 'filament'")
                      .put("drift", "loses mission value kinds [SOCIAL]")
                      .put("remedy", "keep on the offering")
                      .put("missions", ImmutableSet.of(ValueKind.ECONOMIC, ValueKind.SOCIAL))
                      .buildOrThrow())),
          violations);
      Violation drift = violations.get(0);
      assertEquals(Optional.of("filament"), drift.value("offering", String.class));
      assertEquals(Optional.of(SOCIAL), drift.value("lost", Set.class));
    }

    @Test
    void aRedesignOfACurrentBmIsJudgedAgainstItAtEachOffering() {
      var seizing =
          SenseSeizeTransform.start(context(twoOfferings(DUAL)).build(), Ssts.CLOCK)
              .applyOrThrow(Ssts.filamentOpportunity())
              .applyOrThrow(new SelectOpportunity("filament"))
              .applyOrThrow(new Advance());
      assertEquals(
          List.of(
              Map.of(
                  "lost", SOCIAL,
                  "lacking", NONE,
                  "model", "two",
                  "offering", "filament",
                  "doing", "designing BM 'two' at offering 'filament'",
                  "drift", "loses mission value kinds [SOCIAL]",
                  "remedy", "keep on the offering",
                  "missions", ImmutableSet.of(ValueKind.ECONOMIC, ValueKind.SOCIAL))),
          rejected(seizing, new DesignModel(twoOfferings(ECONOMIC))).stream()
              .map(Violation::values)
              .toList());
    }

    @Test
    void adoptingInPlaceOfABmIsJudgedAgainstItAtEachOffering() {
      var seizing =
          SenseSeizeTransform.start(context(twoOfferings(DUAL)).build(), Ssts.CLOCK)
              .applyOrThrow(Ssts.filamentOpportunity())
              .applyOrThrow(new SelectOpportunity("filament"))
              .applyOrThrow(new Advance())
              .applyOrThrow(new DesignModel(Ssts.twoOfferings("next", ECONOMIC)));
      assertTrue(
          seizing.apply(Adopt.beside()).isAccepted(), "beside, no offering of another BM is lost");
      assertEquals(
          List.of(
              Map.of(
                  "lost", SOCIAL,
                  "lacking", NONE,
                  "model", "next",
                  "offering", "filament",
                  "doing", "adopting BM 'next' at offering 'filament'",
                  "drift", "loses mission value kinds [SOCIAL]",
                  "remedy", "keep on the offering",
                  "missions", ImmutableSet.of(ValueKind.ECONOMIC, ValueKind.SOCIAL))),
          rejected(seizing, Adopt.replacing("two")).stream().map(Violation::values).toList());
    }

    @Test
    void theModelLevelPolicyAcceptsWhatAnotherOfferingStillDelivers() {
      var transforming =
          transforming(context(twoOfferings(DUAL)).driftPolicy(DriftPolicy.MODEL).build());
      assertTrue(
          transforming.apply(new ReviseModel(twoOfferings(ECONOMIC).withVersion(2))).isAccepted());
    }

    @Test
    void anOfferingDroppedAltogetherIsJudgedByTheModelLevelRule() {
      var transforming = transforming(context(twoOfferings(DUAL)).build());
      BusinessModel two = twoOfferings(DUAL);
      BusinessModel withoutTraining =
          two.withProposition(
                  ValueProposition.builder()
                      .addOffering(two.proposition().offerings().get(0))
                      .build())
              .withVersion(2);
      assertTrue(transforming.apply(new ReviseModel(withoutTraining)).isAccepted());
    }

    @Test
    void theSentenceSaysLacksForAKindNeverThereAndLosesForOneThatWas() {
      // collab delivers SOCIAL only, market ECONOMIC only: together they deliver both
      var transforming =
          transforming(context(model("market", ECONOMIC), model("collab", SOCIAL)).build());
      Violation both =
          rejected(transforming, new ReviseModel(model("collab", NONE).withVersion(2))).get(0);
      assertEquals(
          "revising BM 'collab' loses mission value kinds [SOCIAL] and lacks mission value kinds"
              + " [ECONOMIC] (mission drift); let its offerings or value shares deliver every"
              + " mission value kind [ECONOMIC, SOCIAL]",
          both.message());
      assertEquals(
          Map.of(
              "lost", SOCIAL,
              "lacking", ECONOMIC,
              "model", "collab",
              "doing", "revising BM 'collab'",
              "drift",
                  "loses mission value kinds [SOCIAL] and lacks mission value kinds [ECONOMIC]",
              "remedy", "let its offerings or value shares deliver",
              "missions", ImmutableSet.of(ValueKind.ECONOMIC, ValueKind.SOCIAL)),
          both.values());
      assertTrue(
          rejected(Ssts.seizing(), new DesignModel(model("fresh", ECONOMIC)))
              .get(0)
              .message()
              .startsWith("designing BM 'fresh' lacks mission value kinds [SOCIAL]"));
    }
  }

  @Nested
  class OpportunitiesCanBeRevised {
    private final SstInstance selected =
        Ssts.sensing()
            .applyOrThrow(Ssts.filamentOpportunity())
            .applyOrThrow(new SelectOpportunity("filament"));

    @Test
    void aRevisionChangesTheDescriptionAndKindsAndKeepsTheSelection() {
      var revised =
          selected.applyOrThrow(
              new ReviseOpportunity(
                  "filament",
                  "certified filament",
                  ImmutableSet.of(ValueKind.ECONOMIC, ValueKind.SOCIAL, ValueKind.ENVIRONMENTAL)));
      assertEquals(
          new Opportunity(
              "filament",
              "certified filament",
              ImmutableSet.of(ValueKind.ECONOMIC, ValueKind.SOCIAL, ValueKind.ENVIRONMENTAL),
              true),
          revised.context().opportunity("filament").orElseThrow());
      assertEquals(SstStage.SEIZING, revised.applyOrThrow(new Advance()).state());
    }

    @Test
    void aRevisionTakingOffAMissionKindIsMissionDrift() {
      assertEquals(
          List.of(
              new Violation(
                  SstViolation.MISSION_DRIFT,
                  "filament",
                  "revising opportunity 'filament' loses mission value kinds [SOCIAL] (mission"
                      + " drift); select an opportunity carrying every mission value kind"
                      + " [ECONOMIC, SOCIAL]",
                  ImmutableMap.<String, Object>builder()
                      .putAll(Map.of("lost", SOCIAL, "lacking", NONE, "opportunity", "filament"))
                      .put("doing", "revising opportunity 'filament'")
                      .put("drift", "loses mission value kinds [SOCIAL]")
                      .put("remedy", "select an opportunity carrying")
                      .put("missions", ImmutableSet.of(ValueKind.ECONOMIC, ValueKind.SOCIAL))
                      .buildOrThrow())),
          rejected(selected, new ReviseOpportunity("filament", "plain filament", ECONOMIC)));
    }

    @Test
    void reidentifyingAnOpportunitySaysHowToReviseIt() {
      assertEquals(
          List.of(
              new Violation(
                  SstViolation.DUPLICATE_OPPORTUNITY,
                  "filament",
                  "opportunity 'filament' is already identified; give the new one its own id, or"
                      + " change the identified one with ReviseOpportunity",
                  ImmutableMap.of("opportunity", "filament"))),
          rejected(selected, Ssts.filamentOpportunity()));
    }

    @Test
    void anUnknownOrUnchangedRevisionIsRejectedAndOnlySensingRevises() {
      assertEquals(
          List.of(
              new Violation(
                  SstViolation.UNKNOWN_OPPORTUNITY,
                  "ghost",
                  "opportunity 'ghost' is not identified; identify it with IdentifyOpportunity,"
                      + " then revise it",
                  ImmutableMap.of("opportunity", "ghost", "then", "revise it"))),
          rejected(selected, new ReviseOpportunity("ghost", "idea", DUAL)));
      assertEquals(
          List.of(
              new Violation(
                  SstViolation.OPPORTUNITY_UNCHANGED,
                  "filament",
                  "the revision of opportunity 'filament' equals the identified one; revise its"
                      + " description or value kinds, or record nothing",
                  ImmutableMap.of("opportunity", "filament"))),
          rejected(
              selected,
              new ReviseOpportunity(
                  "filament", "ethical 3D-printer filament from plastic waste", DUAL)));
      assertEquals(
          KernelViolation.EVENT_NOT_PERMITTED,
          rejected(Ssts.seizing(), new ReviseOpportunity("filament", "other", DUAL)).get(0).code());
    }

    @Test
    void anOpportunityIdIsCheckedLikeEveryOtherId() {
      String expected = "opportunity id must match [a-z0-9][a-z0-9._-]{0,63}, was 'Waste Filament'";
      for (Runnable make :
          List.<Runnable>of(
              () -> new IdentifyOpportunity("Waste Filament", "idea", DUAL),
              () -> new SelectOpportunity("Waste Filament"),
              () -> new ReviseOpportunity("Waste Filament", "idea", DUAL),
              () -> new Opportunity("Waste Filament", "idea", DUAL, false))) {
        assertEquals(
            expected, assertThrows(IllegalArgumentException.class, make::run).getMessage());
      }
    }
  }

  @Nested
  class TheDualBusinessModelFromTheCycle {
    private final BoundaryElement team =
        BoundaryElement.builder()
            .name("innovation management team")
            .addMember(TeamMember.of("Key account manager", BusinessFunction.SALES))
            .addMember(TeamMember.of("Lab head", BusinessFunction.R_AND_D))
            .build();

    @Test
    void aPortfolioWithACollaborationBasedAndAMarketBasedBmHandsOverItsDual() {
      var cycle =
          SenseSeizeTransform.start(
              context(model("collab", DUAL), model("market", DUAL))
                  .baseList(
                      List.of(
                          Map.entry("collab", ModelBasis.COLLABORATION_BASED),
                          Map.entry("market", ModelBasis.MARKET_BASED)))
                  .build(),
              Ssts.CLOCK);
      DualBusinessModel dual = cycle.context().dual(team).orElseThrow();
      assertEquals("filament-org", dual.firm());
      assertEquals(model("collab", DUAL), dual.collaborative());
      assertEquals(model("market", DUAL), dual.market());
      assertEquals(team, dual.boundary());
    }

    @Test
    void aDesignedBasisComesIntoThePortfolioOnAdoptionAndGoesWithTheReplacedBm() {
      var start =
          SenseSeizeTransform.start(
              context(model("collab", DUAL))
                  .baseList(List.of(Map.entry("collab", ModelBasis.COLLABORATION_BASED)))
                  .build(),
              Ssts.CLOCK);
      assertEquals(Optional.empty(), start.context().dual(team), "no market-based BM yet");
      var seizing =
          start
              .applyOrThrow(Ssts.filamentOpportunity())
              .applyOrThrow(new SelectOpportunity("filament"))
              .applyOrThrow(new Advance());
      var adopted =
          seizing
              .applyOrThrow(DesignModel.marketBased(model("market", DUAL)))
              .applyOrThrow(Adopt.beside());
      assertEquals(
          Map.of("collab", ModelBasis.COLLABORATION_BASED, "market", ModelBasis.MARKET_BASED),
          adopted.context().bases());
      assertEquals("market", adopted.context().dual(team).orElseThrow().market().id());
      var replaced =
          seizing
              .applyOrThrow(new DesignModel(model("plain", DUAL)))
              .applyOrThrow(Adopt.replacing("collab"));
      assertEquals(Map.of(), replaced.context().bases());
    }

    @Test
    void twoBmsOfOneBasisAreNoSinglePair() {
      var cycle =
          SenseSeizeTransform.start(
              context(model("a", DUAL), model("b", DUAL), model("m", DUAL))
                  .baseList(
                      List.of(
                          Map.entry("a", ModelBasis.COLLABORATION_BASED),
                          Map.entry("b", ModelBasis.COLLABORATION_BASED),
                          Map.entry("m", ModelBasis.MARKET_BASED)))
                  .build(),
              Ssts.CLOCK);
      IllegalStateException e =
          assertThrows(IllegalStateException.class, () -> cycle.context().dual(team));
      assertEquals(
          "the portfolio of 'filament-org' holds collaboration-based BMs [a, b] and market-based"
              + " BMs [m]; a dual business model pairs one of each, so adopt the others in place of"
              + " them",
          e.getMessage());
    }

    @Test
    void aStartNamingTheBasisOfNoCurrentBmIsRejected() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  SenseSeizeTransform.start(
                      context(model("collab", DUAL))
                          .baseList(List.of(Map.entry("ghost", ModelBasis.MARKET_BASED)))
                          .build(),
                      Ssts.CLOCK));
      assertEquals(
          "the start names the basis of BM 'ghost', which is not in the portfolio [collab]; name"
              + " the bases of current BMs only",
          e.getMessage());
    }
  }

  @Nested
  class StoredCycles {
    private String formatOne() throws IOException {
      try (InputStream in = getClass().getResourceAsStream("/sst/format-1-filament.json")) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }

    @Test
    void aFormatOneDocumentReadsWithTheShippedCatalogueAndTheDefaultPolicy() throws IOException {
      var type = SenseSeizeTransform.documentType(Ssts.CLOCK);
      var read = BmiJson.read(type, formatOne());
      assertEquals(SstChains.filamentCase(), read, "replay reproduces the stored instance");
      assertEquals(CapabilityCatalogue.shipped(), read.start().catalogue());
      assertEquals(DriftPolicy.OFFERING, read.start().driftPolicy());
      assertEquals(Map.of(), read.start().bases());
    }

    @Test
    void aFormatOneDocumentTheNewRulesRejectSaysWhichStepAndWhatToChange() throws IOException {
      String mismatched =
          formatOne()
              .replaceFirst(
                  "\"capability\" : \"production capabilities of the whole site for scale\",",
                  "\"capability\" : \"co-development\", \"catalogueEntry\" :"
                      + " \"desilva-seizing-co-development\",");
      BmiJsonException e =
          assertThrows(
              BmiJsonException.class,
              () -> BmiJson.read(SenseSeizeTransform.documentType(Ssts.CLOCK), mismatched));
      assertTrue(e.getMessage().contains("step 6"), e.getMessage());
      assertTrue(e.getMessage().contains("is rejected on replay"), e.getMessage());
      assertTrue(
          e.getMessage()
              .contains(
                  "record it at level ORGANISATIONAL, or name no entry for a deployment of your"
                      + " own"),
          e.getMessage());
    }

    @Test
    void everyNewFieldRoundTrips() {
      CatalogueEntry own =
          new CatalogueEntry(
                  "own-recyclers",
                  "a network of municipal recyclers",
                  SstStage.TRANSFORMING,
                  CapabilityLevel.ECOSYSTEM,
                  EntryKind.CAPABILITY,
                  "our field notes")
              .withRole("keeps the supply steady", "desilva-transforming-challenge-scaling-up");
      var instance =
          SenseSeizeTransform.start(
                  context(model("collab", DUAL))
                      .catalogue(CapabilityCatalogue.deSilva().with(own))
                      .driftPolicy(DriftPolicy.MODEL)
                      .baseList(List.of(Map.entry("collab", ModelBasis.COLLABORATION_BASED)))
                      .build(),
                  Ssts.CLOCK)
              .applyOrThrow(Ssts.filamentOpportunity())
              .applyOrThrow(new ReviseOpportunity("filament", "certified filament", DUAL))
              .applyOrThrow(new SelectOpportunity("filament"))
              .applyOrThrow(new Advance())
              .applyOrThrow(DesignModel.marketBased(model("market", DUAL)));
      var type = SenseSeizeTransform.documentType(Ssts.CLOCK);
      String json = BmiJson.write(type, instance);
      assertTrue(json.contains("\"shipped\" : false"), json);
      assertTrue(json.contains("\"role\" : \"keeps the supply steady\""), json);
      assertTrue(json.contains("\"driftPolicy\" : \"MODEL\""), json);
      assertTrue(json.contains("\"basis\" : \"MARKET_BASED\""), json);
      assertTrue(json.contains("\"type\" : \"revise-opportunity\""), json);
      var read = BmiJson.read(type, json);
      assertEquals(instance, read);
      assertEquals(Optional.of(ModelBasis.MARKET_BASED), read.context().designedBasis());
      assertEquals(CapabilityCatalogue.deSilva().with(own), read.context().catalogue());
    }
  }
}

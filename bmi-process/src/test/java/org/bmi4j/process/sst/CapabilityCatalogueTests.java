package org.bmi4j.process.sst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CapabilityCatalogueTests {
  private static final CatalogueEntry OWN =
      new CatalogueEntry(
          "own-recycler-network",
          "a network of municipal recyclers",
          SstStage.TRANSFORMING,
          CapabilityLevel.ECOSYSTEM,
          EntryKind.CAPABILITY,
          "our field notes 2026");

  private static List<String> texts(List<CatalogueEntry> entries) {
    return entries.stream().map(CatalogueEntry::text).toList();
  }

  @Nested
  class Shipped {
    @Test
    void everyEntryHasAStageALevelAKindAndASource() {
      for (CatalogueEntry entry : CapabilityCatalogue.shipped().entries()) {
        assertTrue(
            entry.stage() != null && entry.level() != null && entry.kind() != null,
            entry.toString());
        assertTrue(
            entry.source().equals(CapabilityCatalogue.DESILVA)
                || entry.source().equals(CapabilityCatalogue.DESILVA_TABLE_4)
                || entry.source().equals(CapabilityCatalogue.ANDREASSEN),
            entry.toString());
      }
      assertEquals(34, CapabilityCatalogue.shipped().entries().size());
    }

    @Test
    void deSilvaSensingIsIndividualLevelWordForWord() {
      assertEquals(
          List.of(
              "identify an opportunity",
              "qualification",
              "local experience",
              "understanding of local problems",
              "technical competency",
              "networking",
              "entrepreneurial mind-set",
              "innovativeness",
              "in a firm a boundary element such as a cross-functional team",
              "generating novel ideas that become economically and socially intertwined"
                  + " opportunities"),
          texts(CapabilityCatalogue.deSilva().byStage(SstStage.SENSING)));
      for (CatalogueEntry entry : CapabilityCatalogue.deSilva().byStage(SstStage.SENSING)) {
        assertEquals(CapabilityLevel.INDIVIDUAL, entry.level());
      }
    }

    @Test
    void deSilvaSeizingIsOrganisationalLevelWordForWord() {
      assertEquals(
          List.of(
              "develop a new BM to exploit the opportunity",
              "production-site capability building",
              "providing external production capabilities",
              "co-development",
              "production- and market-site relational capabilities",
              "meeting socially and economically driven demand",
              "knowledge exchange between sites",
              "capability development of producers (technical, managerial and entrepreneurial)",
              "developing collegial feelings with producers",
              "trust-based approaches that work in the production site",
              "making producers aware of the customers' needs",
              "sharing best practices",
              "strategies that reduce operational costs",
              "providing external capabilities when required",
              "lack of production-related capabilities",
              "market entry barriers to developed-country consumers"),
          texts(CapabilityCatalogue.deSilva().byLevel(CapabilityLevel.ORGANISATIONAL)));
    }

    @Test
    void deSilvaTransformingIsEcosystemLevelWordForWord() {
      assertEquals(
          List.of(
              "adapt the resource base, organisation design and culture to embrace,"
                  + " maintain and scale up the new BM",
              "production capabilities of the whole site for scale",
              "direct customer relationships",
              "co-creation",
              "scaling up while keeping the dual mission"),
          texts(CapabilityCatalogue.deSilva().byStage(SstStage.TRANSFORMING)));
    }

    @Test
    void deSilvaChallengesPerStage() {
      List<CatalogueEntry> challenges = CapabilityCatalogue.deSilva().byKind(EntryKind.CHALLENGE);
      assertEquals(
          List.of(SstStage.SENSING, SstStage.SEIZING, SstStage.SEIZING, SstStage.TRANSFORMING),
          challenges.stream().map(CatalogueEntry::stage).toList());
    }

    @Test
    void andreassenReadsTheStagesThroughTheDualBusinessModel() {
      assertEquals(
          List.of(
              "sensing by the innovation management team as boundary element",
              "seizing through the collaboration-based BM",
              "transforming through the market-based BM"),
          texts(CapabilityCatalogue.andreassen().entries()));
      assertEquals(
          List.of(SstStage.SENSING, SstStage.SEIZING, SstStage.TRANSFORMING),
          CapabilityCatalogue.andreassen().entries().stream().map(CatalogueEntry::stage).toList());
      for (CatalogueEntry entry : CapabilityCatalogue.andreassen().entries()) {
        assertEquals("[ANDREASSEN]", entry.source());
      }
    }

    @Test
    void tableFourListsTheProductionSiteStrategiesOfSeizingWordForWord() {
      List<CatalogueEntry> table4 =
          CapabilityCatalogue.deSilva().entries().stream()
              .filter(e -> e.source().equals(CapabilityCatalogue.DESILVA_TABLE_4))
              .toList();
      assertEquals(
          List.of(
              "capability development of producers (technical, managerial and entrepreneurial)",
              "developing collegial feelings with producers",
              "trust-based approaches that work in the production site",
              "making producers aware of the customers' needs",
              "sharing best practices",
              "strategies that reduce operational costs",
              "providing external capabilities when required"),
          texts(table4));
      for (CatalogueEntry entry : table4) {
        assertEquals(SstStage.SEIZING, entry.stage(), entry.id());
        assertEquals(CapabilityLevel.ORGANISATIONAL, entry.level(), entry.id());
        assertEquals(EntryKind.STRATEGY, entry.kind(), entry.id());
        assertEquals(
            List.of("lack of production-related capabilities"),
            texts(CapabilityCatalogue.deSilva().challengesOf(entry)),
            entry.id());
      }
    }

    @Test
    void everyDeSilvaCapabilityAndStrategyCarriesItsRoleAndAChallengeOfItsStage() {
      for (CatalogueEntry entry : CapabilityCatalogue.deSilva().entries()) {
        if (entry.kind() == EntryKind.CHALLENGE) {
          assertEquals(Optional.empty(), entry.role(), entry.id());
          assertEquals(List.of(), entry.challenges(), entry.id());
          continue;
        }
        assertTrue(entry.role().isPresent(), entry.id() + " carries its role");
        List<CatalogueEntry> addressed = CapabilityCatalogue.deSilva().challengesOf(entry);
        assertFalse(addressed.isEmpty(), entry.id() + " addresses a challenge");
        for (CatalogueEntry challenge : addressed) {
          assertEquals(EntryKind.CHALLENGE, challenge.kind(), entry.id());
          assertEquals(entry.stage(), challenge.stage(), entry.id() + " addresses its stage's");
        }
      }
    }

    @Test
    void theRolesSpecQuotesFromTableFiveAreWordForWord() {
      CapabilityCatalogue c = CapabilityCatalogue.deSilva();
      assertEquals(
          Optional.of("the founders' network bridges the developed and developing settings"),
          c.byId("desilva-sensing-networking").orElseThrow().role());
      assertEquals(
          Optional.of(
              "makes producers aware of customer needs and brings buyers to meet producers"),
          c.byId("desilva-seizing-knowledge-exchange").orElseThrow().role());
      assertEquals(
          Optional.of("moves the organisation beyond relying on third parties for market entry"),
          c.byId("desilva-transforming-direct-customer-relationships").orElseThrow().role());
      assertEquals(
          List.of(
              "lack of production-related capabilities",
              "market entry barriers to developed-country consumers"),
          texts(c.challengesOf(c.byId("desilva-seizing-knowledge-exchange").orElseThrow())));
    }

    @Test
    void idsAreUniqueAndFoundById() {
      Set<String> ids = new HashSet<>();
      for (CatalogueEntry entry : CapabilityCatalogue.shipped().entries()) {
        assertTrue(ids.add(entry.id()), entry.id());
        assertEquals(Optional.of(entry), CapabilityCatalogue.shipped().byId(entry.id()));
      }
      assertEquals(Optional.empty(), CapabilityCatalogue.shipped().byId("ghost"));
    }
  }

  @Nested
  class UserEntries {
    @Test
    void anAddedEntryIsFoundByTheSameLookups() {
      CapabilityCatalogue extended = CapabilityCatalogue.deSilva().with(OWN);
      assertEquals(Optional.of(OWN), extended.byId("own-recycler-network"));
      assertEquals(OWN, last(extended.byStage(SstStage.TRANSFORMING)));
      assertEquals(OWN, last(extended.byLevel(CapabilityLevel.ECOSYSTEM)));
      assertEquals(OWN, last(extended.byKind(EntryKind.CAPABILITY)));
      assertFalse(
          CapabilityCatalogue.deSilva().entries().contains(OWN),
          "the shipped catalogue is unchanged");
    }

    @Test
    void aUserCatalogueCombinesWithTheShippedOnes() {
      CapabilityCatalogue combined =
          CapabilityCatalogue.of(OWN).with(CapabilityCatalogue.shipped());
      assertEquals(OWN, combined.entries().get(0));
      assertEquals(35, combined.entries().size());
      assertEquals(Optional.of(OWN), combined.byId(OWN.id()));
      assertEquals(combined, CapabilityCatalogue.of(combined.entries()));
    }

    @Test
    void rejectsAnEntryReusingAnId() {
      CatalogueEntry clash =
          new CatalogueEntry(
              "desilva-seizing-co-development",
              "our own",
              SstStage.SEIZING,
              CapabilityLevel.ORGANISATIONAL,
              EntryKind.CAPABILITY,
              "us");
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class, () -> CapabilityCatalogue.deSilva().with(clash));
      assertEquals(
          "catalogue entry id 'desilva-seizing-co-development' is used twice; give each"
              + " entry its own id",
          e.getMessage());
    }

    @Test
    void rejectsAnEntryWithoutSourceOrText() {
      IllegalArgumentException source =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  new CatalogueEntry(
                      "mine",
                      "text",
                      SstStage.SENSING,
                      CapabilityLevel.INDIVIDUAL,
                      EntryKind.CAPABILITY,
                      " "));
      assertEquals("catalogue entry 'mine' must name its source, was blank", source.getMessage());
      IllegalArgumentException text =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  new CatalogueEntry(
                      "mine",
                      "",
                      SstStage.SENSING,
                      CapabilityLevel.INDIVIDUAL,
                      EntryKind.CAPABILITY,
                      "us"));
      assertEquals("catalogue entry 'mine' must have a text, was blank", text.getMessage());
      IllegalArgumentException id =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  new CatalogueEntry(
                      "Mine!",
                      "text",
                      SstStage.SENSING,
                      CapabilityLevel.INDIVIDUAL,
                      EntryKind.CAPABILITY,
                      "us"));
      assertEquals(
          "catalogue entry id must match [a-z0-9][a-z0-9._-]{0,63}, was 'Mine!'", id.getMessage());
    }

    @Test
    void anEntryMayAddressAChallengeOfTheCatalogueItJoins() {
      CatalogueEntry mine =
          OWN.withRole(
              "recyclers keep the waste supply steady as production grows",
              "desilva-transforming-challenge-scaling-up");
      CapabilityCatalogue extended = CapabilityCatalogue.deSilva().with(mine);
      assertEquals(
          List.of("scaling up while keeping the dual mission"), texts(extended.challengesOf(mine)));
      IllegalArgumentException alone =
          assertThrows(IllegalArgumentException.class, () -> CapabilityCatalogue.of(mine));
      assertEquals(
          "catalogue entry 'own-recycler-network' addresses"
              + " 'desilva-transforming-challenge-scaling-up', which is no challenge of this"
              + " catalogue; add the challenge entry to the catalogue as well",
          alone.getMessage());
      IllegalArgumentException notAChallenge =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  CapabilityCatalogue.deSilva()
                      .with(OWN.withRole("steady supply", "desilva-transforming-co-creation")));
      assertTrue(notAChallenge.getMessage().contains("which is no challenge"));
    }

    @Test
    void aChallengeHasNoRoleAndAddressesNoChallenge() {
      CatalogueEntry challenge =
          new CatalogueEntry(
              "own-challenge",
              "recyclers leave",
              SstStage.TRANSFORMING,
              CapabilityLevel.ECOSYSTEM,
              EntryKind.CHALLENGE,
              "us");
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> challenge.withRole("x", "y"));
      assertEquals(
          "catalogue entry 'own-challenge' is a challenge, so it has no role and addresses no"
              + " challenge; give those to the capabilities and strategies that address it",
          e.getMessage());
    }

    private static CatalogueEntry last(List<CatalogueEntry> entries) {
      return entries.get(entries.size() - 1);
    }
  }
}

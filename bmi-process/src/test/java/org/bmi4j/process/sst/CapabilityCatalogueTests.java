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
                || entry.source().equals(CapabilityCatalogue.ANDREASSEN),
            entry.toString());
      }
      assertEquals(27, CapabilityCatalogue.shipped().entries().size());
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
      assertEquals(28, combined.entries().size());
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

    private static CatalogueEntry last(List<CatalogueEntry> entries) {
      return entries.get(entries.size() - 1);
    }
  }
}

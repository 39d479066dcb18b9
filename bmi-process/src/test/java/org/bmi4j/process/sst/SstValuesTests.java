package org.bmi4j.process.sst;

import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import java.util.Optional;
import org.bmi4j.core.model.ValueKind;
import org.junit.jupiter.api.Test;

class SstValuesTests {
  @Test
  void opportunitiesAreEqualByValue() {
    new EqualsTester()
        .addEqualityGroup(
            new Opportunity("o", "d", Ssts.DUAL, false),
            new Opportunity("o", "d", ImmutableSet.of(ValueKind.SOCIAL, ValueKind.ECONOMIC), false))
        .addEqualityGroup(new Opportunity("p", "d", Ssts.DUAL, false))
        .addEqualityGroup(new Opportunity("o", "e", Ssts.DUAL, false))
        .addEqualityGroup(new Opportunity("o", "d", ImmutableSet.of(ValueKind.ECONOMIC), false))
        .addEqualityGroup(new Opportunity("o", "d", Ssts.DUAL, true))
        .testEquals();
  }

  @Test
  void deploymentsAreEqualByValue() {
    CapabilityDeployment base =
        new CapabilityDeployment(
            "c",
            Optional.empty(),
            SstStage.SENSING,
            CapabilityLevel.INDIVIDUAL,
            Site.PRODUCTION,
            "a",
            1);
    new EqualsTester()
        .addEqualityGroup(
            base,
            new CapabilityDeployment(
                "c",
                Optional.empty(),
                SstStage.SENSING,
                CapabilityLevel.INDIVIDUAL,
                Site.PRODUCTION,
                "a",
                1))
        .addEqualityGroup(
            new CapabilityDeployment(
                "d",
                Optional.empty(),
                SstStage.SENSING,
                CapabilityLevel.INDIVIDUAL,
                Site.PRODUCTION,
                "a",
                1))
        .addEqualityGroup(
            new CapabilityDeployment(
                "c",
                Optional.of("e"),
                SstStage.SENSING,
                CapabilityLevel.INDIVIDUAL,
                Site.PRODUCTION,
                "a",
                1))
        .addEqualityGroup(
            new CapabilityDeployment(
                "c",
                Optional.empty(),
                SstStage.SEIZING,
                CapabilityLevel.INDIVIDUAL,
                Site.PRODUCTION,
                "a",
                1))
        .addEqualityGroup(
            new CapabilityDeployment(
                "c",
                Optional.empty(),
                SstStage.SENSING,
                CapabilityLevel.ECOSYSTEM,
                Site.PRODUCTION,
                "a",
                1))
        .addEqualityGroup(
            new CapabilityDeployment(
                "c",
                Optional.empty(),
                SstStage.SENSING,
                CapabilityLevel.INDIVIDUAL,
                Site.MARKET,
                "a",
                1))
        .addEqualityGroup(
            new CapabilityDeployment(
                "c",
                Optional.empty(),
                SstStage.SENSING,
                CapabilityLevel.INDIVIDUAL,
                Site.PRODUCTION,
                "b",
                1))
        .addEqualityGroup(
            new CapabilityDeployment(
                "c",
                Optional.empty(),
                SstStage.SENSING,
                CapabilityLevel.INDIVIDUAL,
                Site.PRODUCTION,
                "a",
                2))
        .testEquals();
  }

  @Test
  void addressedChallengesAreEqualByValue() {
    new EqualsTester()
        .addEqualityGroup(
            new AddressedChallenge("c", Optional.empty(), "h", SstStage.SEIZING, 1),
            new AddressedChallenge("c", Optional.empty(), "h", SstStage.SEIZING, 1))
        .addEqualityGroup(new AddressedChallenge("d", Optional.empty(), "h", SstStage.SEIZING, 1))
        .addEqualityGroup(new AddressedChallenge("c", Optional.of("e"), "h", SstStage.SEIZING, 1))
        .addEqualityGroup(new AddressedChallenge("c", Optional.empty(), "i", SstStage.SEIZING, 1))
        .addEqualityGroup(new AddressedChallenge("c", Optional.empty(), "h", SstStage.SENSING, 1))
        .addEqualityGroup(new AddressedChallenge("c", Optional.empty(), "h", SstStage.SEIZING, 2))
        .testEquals();
  }

  @Test
  void catalogueEntriesAndCataloguesAreEqualByValue() {
    CatalogueEntry a =
        new CatalogueEntry(
            "a", "t", SstStage.SENSING, CapabilityLevel.INDIVIDUAL, EntryKind.CAPABILITY, "s");
    CatalogueEntry b =
        new CatalogueEntry(
            "b", "t", SstStage.SENSING, CapabilityLevel.INDIVIDUAL, EntryKind.CAPABILITY, "s");
    new EqualsTester()
        .addEqualityGroup(
            a,
            new CatalogueEntry(
                "a", "t", SstStage.SENSING, CapabilityLevel.INDIVIDUAL, EntryKind.CAPABILITY, "s"))
        .addEqualityGroup(b)
        .addEqualityGroup(
            new CatalogueEntry(
                "a", "u", SstStage.SENSING, CapabilityLevel.INDIVIDUAL, EntryKind.CAPABILITY, "s"))
        .addEqualityGroup(
            new CatalogueEntry(
                "a", "t", SstStage.SEIZING, CapabilityLevel.INDIVIDUAL, EntryKind.CAPABILITY, "s"))
        .addEqualityGroup(
            new CatalogueEntry(
                "a", "t", SstStage.SENSING, CapabilityLevel.ECOSYSTEM, EntryKind.CAPABILITY, "s"))
        .addEqualityGroup(
            new CatalogueEntry(
                "a", "t", SstStage.SENSING, CapabilityLevel.INDIVIDUAL, EntryKind.CHALLENGE, "s"))
        .addEqualityGroup(
            new CatalogueEntry(
                "a", "t", SstStage.SENSING, CapabilityLevel.INDIVIDUAL, EntryKind.CAPABILITY, "r"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(CapabilityCatalogue.of(a, b), CapabilityCatalogue.of(a).with(b))
        .addEqualityGroup(CapabilityCatalogue.of(b, a))
        .addEqualityGroup(CapabilityCatalogue.of())
        .addEqualityGroup(
            CapabilityCatalogue.deSilva(),
            CapabilityCatalogue.of(CapabilityCatalogue.deSilva().entries()))
        .testEquals();
  }
}

package org.bmi4j.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import java.util.List;
import org.bmi4j.core.analysis.BusinessModelIntersection.Comparison;
import org.bmi4j.core.analysis.BusinessModelIntersection.ComplementBasis;
import org.bmi4j.core.analysis.BusinessModelIntersection.ComplementaryResource;
import org.bmi4j.core.analysis.BusinessModelIntersection.OverlappingOffering;
import org.bmi4j.core.analysis.BusinessModelIntersection.SharedSegment;
import org.bmi4j.core.model.Activity;
import org.bmi4j.core.model.ActivityKind;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.GovernanceMode;
import org.bmi4j.core.model.Offering;
import org.bmi4j.core.model.Resource;
import org.bmi4j.core.model.ResourceKind;
import org.bmi4j.core.model.Sector;
import org.bmi4j.core.model.ValueCreation;
import org.bmi4j.core.model.ValueKind;
import org.bmi4j.core.model.ValueProposition;
import org.junit.jupiter.api.Test;

class BusinessModelIntersectionTests {
  private static final Comparison NOTHING =
      new Comparison(
          ImmutableList.of(),
          ImmutableList.of(),
          ImmutableList.of(),
          ImmutableList.of(),
          ImmutableList.of(),
          ImmutableList.of());

  private static BusinessModel.Builder firm(String id) {
    return BusinessModel.builder()
        .id(id)
        .name(id)
        .addOwner(id)
        .addActor(Actor.of(id, id, ActorRole.FOCAL_FIRM, Sector.PRIVATE));
  }

  private static Offering offering(String id, ValueKind kind, String... beneficiaries) {
    return Offering.builder()
        .id(id)
        .name(id)
        .addValueKind(kind)
        .addBeneficiaries(beneficiaries)
        .build();
  }

  private static BusinessModel withActivity(
      BusinessModel.Builder model, String owner, String activity, Resource... resources) {
    Activity.Builder a =
        Activity.builder()
            .id(activity)
            .name(activity)
            .kind(ActivityKind.OTHER)
            .valueCreating(true)
            .performer(owner)
            .mode(GovernanceMode.IN_HOUSE);
    for (Resource r : resources) {
      a.addResource(r.id());
    }
    return model
        .creation(ValueCreation.builder().addResources(resources).build())
        .addActivity(a.build())
        .build();
  }

  @Test
  void aCustomerSegmentBothModelsHaveIsSharedWithTheOfferingsAddressingIt() {
    BusinessModel oem =
        firm("oem")
            .addActor(Actor.of("drivers", "Drivers", ActorRole.CUSTOMER_SEGMENT, Sector.PRIVATE))
            .proposition(
                ValueProposition.builder()
                    .addOffering(offering("cars", ValueKind.ECONOMIC, "drivers"))
                    .build())
            .build();
    BusinessModel rental =
        firm("rental")
            .addActor(Actor.of("drivers", "Drivers", ActorRole.CUSTOMER_SEGMENT, Sector.PRIVATE))
            .addActor(Actor.of("tourists", "Tourists", ActorRole.CUSTOMER_SEGMENT, Sector.PRIVATE))
            .build();

    BusinessModelIntersection intersection = BusinessModelIntersection.of(oem, rental);

    assertEquals(
        List.of(new SharedSegment("drivers", ImmutableList.of("cars"), ImmutableList.of())),
        intersection.sharedSegments());
    assertTrue(intersection.hasSynergy());
  }

  @Test
  void anOfferingsBeneficiaryIsASegmentWhateverItsRole() {
    BusinessModel a =
        firm("a")
            .addActor(Actor.of("city", "City", ActorRole.PUBLIC_BODY, Sector.PUBLIC))
            .proposition(
                ValueProposition.builder()
                    .addOffering(offering("clean-air", ValueKind.ENVIRONMENTAL, "city"))
                    .build())
            .build();
    BusinessModel b =
        firm("b").addActor(Actor.of("city", "City", ActorRole.BENEFICIARY, Sector.PUBLIC)).build();

    assertEquals(
        List.of(new SharedSegment("city", ImmutableList.of("clean-air"), ImmutableList.of())),
        BusinessModelIntersection.of(a, b).sharedSegments());
  }

  @Test
  void anActorInBothModelsThatIsNoSegmentInOneIsNotShared() {
    BusinessModel a =
        firm("a").addActor(Actor.of("bank", "Bank", ActorRole.INVESTOR, Sector.PRIVATE)).build();
    BusinessModel b =
        firm("b")
            .addActor(Actor.of("bank", "Bank", ActorRole.CUSTOMER_SEGMENT, Sector.PRIVATE))
            .build();

    assertEquals(List.of(), BusinessModelIntersection.of(a, b).sharedSegments());
  }

  @Test
  void aResourceOfAKindTheOtherModelLacksIsComplementaryNamingTheActivitiesThatLackIt() {
    Resource data = Resource.of("usage-data", "Usage data", ResourceKind.DATA, "a");
    Resource cars = Resource.of("fleet", "Fleet", ResourceKind.PHYSICAL, "a");
    BusinessModel a = withActivity(firm("a"), "a", "rent", data, cars);
    Resource garage = Resource.of("garage", "Garage", ResourceKind.PHYSICAL, "b");
    BusinessModel b = withActivity(firm("b"), "b", "park", garage);

    BusinessModelIntersection intersection = BusinessModelIntersection.of(a, b);

    assertEquals(
        List.of(new ComplementaryResource("a", data, "b", ImmutableList.of("park"))),
        intersection.complementaryResources());
    assertTrue(intersection.hasSynergy());
  }

  @Test
  void aModelWithoutActivitiesLacksNothingToComplement() {
    Resource data = Resource.of("usage-data", "Usage data", ResourceKind.DATA, "a");
    BusinessModel a = withActivity(firm("a"), "a", "rent", data);
    BusinessModel b = firm("b").build();

    BusinessModelIntersection intersection = BusinessModelIntersection.of(a, b);

    assertEquals(List.of(), intersection.complementaryResources());
    assertFalse(intersection.hasSynergy());
  }

  @Test
  void complementaryResourcesOfBothSidesAreListedFirstModelFirst() {
    Resource data = Resource.of("data", "Data", ResourceKind.DATA, "a");
    Resource money = Resource.of("capital", "Capital", ResourceKind.FINANCIAL, "b");
    BusinessModel a = withActivity(firm("a"), "a", "x", data);
    BusinessModel b = withActivity(firm("b"), "b", "y", money);

    assertEquals(
        List.of(
            new ComplementaryResource("a", data, "b", ImmutableList.of("y")),
            new ComplementaryResource("b", money, "a", ImmutableList.of("x"))),
        BusinessModelIntersection.of(a, b).complementaryResources());
  }

  private static Resource knowHow(String id, String provider, String domain) {
    return Resource.builder()
        .id(id)
        .name(id)
        .kind(ResourceKind.INTELLECTUAL)
        .provider(provider)
        .domain(domain)
        .build();
  }

  @Test
  void twoFirmsDifferentKnowHowOfTheSameKindComplementEachOtherByDomain() {
    Resource chemistry = knowHow("chemistry", "a", "battery chemistry");
    Resource telematics = knowHow("telematics", "b", "fleet telematics");
    BusinessModel a = withActivity(firm("a"), "a", "develop", chemistry);
    BusinessModel b = withActivity(firm("b"), "b", "operate", telematics);

    BusinessModelIntersection intersection = BusinessModelIntersection.of(a, b);

    assertEquals(
        List.of(
            new ComplementaryResource(
                "a", chemistry, "b", ImmutableList.of("operate"), ComplementBasis.DOMAIN),
            new ComplementaryResource(
                "b", telematics, "a", ImmutableList.of("develop"), ComplementBasis.DOMAIN)),
        intersection.complementaryResources());
    assertTrue(intersection.hasSynergy());
  }

  @Test
  void domainMatchingTakesPrecedenceOverKindMatching() {
    Resource chemistry = knowHow("chemistry", "a", "battery chemistry");
    Resource telematics = knowHow("telematics", "b", "fleet telematics");
    BusinessModel a = withActivity(firm("a"), "a", "develop", chemistry);
    BusinessModel b = withActivity(firm("b"), "b", "operate", telematics);
    BusinessModel withoutDomains =
        withActivity(
            firm("b"), "b", "operate", Resource.of("know", "Know", ResourceKind.INTELLECTUAL, "b"));

    assertEquals(
        List.of(),
        BusinessModelIntersection.of(a, withoutDomains).complementaryResources(),
        "by kind alone, both hold INTELLECTUAL resources and nothing complements");
    assertEquals(
        2,
        BusinessModelIntersection.of(a, b).complementaryResources().size(),
        "by domain, the same kind with different domains complements");
  }

  @Test
  void theSameDomainOfTheSameKindIsNoComplementIgnoringCaseAndSurroundingSpace() {
    BusinessModel a =
        withActivity(firm("a"), "a", "develop", knowHow("chemistry", "a", "Battery Chemistry "));
    BusinessModel b =
        withActivity(
            firm("b"),
            "b",
            "operate",
            knowHow("telematics", "b", "fleet telematics"),
            knowHow("cells", "b", "battery chemistry"));

    assertEquals(
        List.of("telematics"),
        BusinessModelIntersection.of(a, b).complementaryResources().stream()
            .map(c -> c.resource().id())
            .toList());
  }

  @Test
  void aResourceWithoutADomainMatchesEveryResourceOfItsKind() {
    Resource unnamed = Resource.of("know", "Know", ResourceKind.INTELLECTUAL, "a");
    BusinessModel a = withActivity(firm("a"), "a", "develop", unnamed);
    BusinessModel b =
        withActivity(firm("b"), "b", "operate", knowHow("telematics", "b", "fleet telematics"));

    assertEquals(List.of(), BusinessModelIntersection.of(a, b).complementaryResources());
  }

  @Test
  void aKindTheOtherModelLacksIsComplementaryByKindWhateverTheDomain() {
    Resource chemistry = knowHow("chemistry", "a", "battery chemistry");
    BusinessModel a = withActivity(firm("a"), "a", "develop", chemistry);
    BusinessModel b =
        withActivity(
            firm("b"), "b", "operate", Resource.of("depot", "Depot", ResourceKind.PHYSICAL, "b"));

    assertEquals(
        ComplementBasis.KIND,
        BusinessModelIntersection.of(a, b).complementaryResources().get(0).basis());
  }

  @Test
  void overlapsStayConflictsBesideADomainComplement() {
    BusinessModel a =
        withActivity(
            firm("a")
                .proposition(
                    ValueProposition.builder()
                        .addOffering(offering("charging", ValueKind.ECONOMIC))
                        .build()),
            "a",
            "develop",
            knowHow("chemistry", "a", "battery chemistry"));
    BusinessModel b =
        withActivity(
            firm("b")
                .proposition(
                    ValueProposition.builder()
                        .addOffering(offering("charging", ValueKind.ECONOMIC))
                        .build()),
            "b",
            "operate",
            knowHow("telematics", "b", "fleet telematics"));

    BusinessModelIntersection intersection = BusinessModelIntersection.of(a, b);

    assertEquals(1, intersection.overlappingOfferings().size());
    assertEquals(2, intersection.complementaryResources().size());
    assertTrue(intersection.hasSynergy());
  }

  @Test
  void theComparedSentenceNamesTheSegmentsResourcesAndOverlapsThatWereCompared() {
    BusinessModel a =
        withActivity(
            firm("a")
                .addActor(
                    Actor.of("drivers", "Drivers", ActorRole.CUSTOMER_SEGMENT, Sector.PRIVATE))
                .proposition(
                    ValueProposition.builder()
                        .addOffering(offering("charging", ValueKind.ECONOMIC, "drivers"))
                        .build()),
            "a",
            "develop",
            knowHow("chemistry", "a", "battery chemistry"),
            Resource.of("plant", "Plant", ResourceKind.PHYSICAL, "a"));
    BusinessModel b =
        firm("b")
            .addActor(Actor.of("fleets", "Fleets", ActorRole.CUSTOMER_SEGMENT, Sector.PRIVATE))
            .proposition(
                ValueProposition.builder()
                    .addOffering(offering("charging", ValueKind.ECONOMIC, "fleets"))
                    .build())
            .build();

    BusinessModelIntersection intersection = BusinessModelIntersection.of(a, b);

    assertFalse(intersection.hasSynergy());
    assertEquals(
        "customer segments of 'a' [drivers] against those of 'b' [fleets];"
            + " resources of 'a' [INTELLECTUAL (battery chemistry), PHYSICAL] against those of"
            + " 'b' [], and 'b' has no activity a resource could complement;"
            + " overlapping offerings, which are conflicts and do not count: [charging/charging]",
        intersection.compared());
  }

  @Test
  void offeringsWithTheSameIdOverlapAndAreNoSynergy() {
    BusinessModel a =
        firm("a")
            .proposition(
                ValueProposition.builder()
                    .addOffering(offering("charging", ValueKind.ECONOMIC))
                    .build())
            .build();
    BusinessModel b =
        firm("b")
            .proposition(
                ValueProposition.builder()
                    .addOffering(offering("charging", ValueKind.SOCIAL))
                    .build())
            .build();

    BusinessModelIntersection intersection = BusinessModelIntersection.of(a, b);

    assertEquals(
        List.of(
            new OverlappingOffering(
                "charging", "charging", true, ImmutableSet.of(), ImmutableSet.of())),
        intersection.overlappingOfferings());
    assertFalse(intersection.hasSynergy());
  }

  @Test
  void offeringsDeliveringACommonValueKindToACommonBeneficiaryOverlap() {
    BusinessModel a =
        firm("a")
            .addActor(Actor.of("drivers", "Drivers", ActorRole.PARTNER, Sector.PRIVATE))
            .addActor(Actor.of("fleets", "Fleets", ActorRole.PARTNER, Sector.PRIVATE))
            .proposition(
                ValueProposition.builder()
                    .addOffering(offering("parking", ValueKind.ECONOMIC, "drivers", "fleets"))
                    .addOffering(offering("parks", ValueKind.SOCIAL, "drivers"))
                    .build())
            .build();
    BusinessModel b =
        firm("b")
            .addActor(Actor.of("drivers", "Drivers", ActorRole.PARTNER, Sector.PRIVATE))
            .proposition(
                ValueProposition.builder()
                    .addOffering(offering("spaces", ValueKind.ECONOMIC, "drivers"))
                    .build())
            .build();

    assertEquals(
        List.of(
            new OverlappingOffering(
                "parking",
                "spaces",
                false,
                ImmutableSet.of(ValueKind.ECONOMIC),
                ImmutableSet.of("drivers"))),
        BusinessModelIntersection.of(a, b).overlappingOfferings());
  }

  @Test
  void twoUnrelatedModelsIntersectInNothing() {
    BusinessModelIntersection intersection =
        BusinessModelIntersection.of(firm("a").build(), firm("b").build());

    assertEquals(
        new BusinessModelIntersection(
            "a", "b", ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), NOTHING),
        intersection);
    assertFalse(intersection.hasSynergy());
  }

  @Test
  void findingsAreValues() {
    Resource r = Resource.of("r", "R", ResourceKind.DATA, "a");
    new EqualsTester()
        .addEqualityGroup(
            new SharedSegment("s", ImmutableList.of("o"), ImmutableList.of()),
            new SharedSegment("s", ImmutableList.of("o"), ImmutableList.of()))
        .addEqualityGroup(new SharedSegment("s", ImmutableList.of(), ImmutableList.of("o")))
        .addEqualityGroup(
            new ComplementaryResource("a", r, "b", ImmutableList.of("x")),
            new ComplementaryResource("a", r, "b", ImmutableList.of("x")))
        .addEqualityGroup(new ComplementaryResource("a", r, "c", ImmutableList.of("x")))
        .addEqualityGroup(
            new OverlappingOffering("o", "o", true, ImmutableSet.of(), ImmutableSet.of()),
            new OverlappingOffering("o", "o", true, ImmutableSet.of(), ImmutableSet.of()))
        .addEqualityGroup(
            new OverlappingOffering(
                "o", "p", false, ImmutableSet.of(ValueKind.SOCIAL), ImmutableSet.of("x")))
        .addEqualityGroup(
            new BusinessModelIntersection(
                "a", "b", ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), NOTHING),
            new BusinessModelIntersection(
                "a", "b", ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), NOTHING))
        .addEqualityGroup(
            new BusinessModelIntersection(
                "b", "a", ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), NOTHING))
        .testEquals();
  }
}

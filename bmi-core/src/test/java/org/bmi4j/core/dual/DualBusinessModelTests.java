package org.bmi4j.core.dual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import java.util.List;
import org.bmi4j.core.json.BmiJson;
import org.bmi4j.core.json.DocumentType;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Channel;
import org.bmi4j.core.model.Exchange;
import org.bmi4j.core.model.Exchanged;
import org.bmi4j.core.model.ModelIntegrityException;
import org.bmi4j.core.model.Offering;
import org.bmi4j.core.model.ProblemCode;
import org.bmi4j.core.model.Sector;
import org.bmi4j.core.model.ValueExchange;
import org.bmi4j.core.model.ValueKind;
import org.bmi4j.core.model.ValueProposition;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DualBusinessModelTests {
  private static final Actor FIRM =
      Actor.of("chemco", "ChemCo", ActorRole.FOCAL_FIRM, Sector.PRIVATE);
  private static final Actor SHIPYARD =
      Actor.of("shipyard", "Shipyard", ActorRole.CUSTOMER_SEGMENT, Sector.PRIVATE);
  private static final Actor DISTRIBUTORS =
      Actor.of("distributors", "Distributors", ActorRole.CUSTOMER_SEGMENT, Sector.PRIVATE);
  private static final Offering COATING =
      Offering.builder()
          .id("coating")
          .name("Hull coating")
          .addValueKind(ValueKind.ECONOMIC)
          .addBeneficiary("shipyard")
          .build();
  private static final Offering SEALANT =
      Offering.builder()
          .id("sealant")
          .name("Sealant")
          .addValueKind(ValueKind.ECONOMIC)
          .addBeneficiary("shipyard")
          .build();
  private static final Offering PAINT =
      Offering.builder()
          .id("paint")
          .name("Standard paint")
          .addValueKind(ValueKind.ECONOMIC)
          .addBeneficiary("distributors")
          .build();
  private static final Exchange DELIVER_COATING =
      Exchange.builder()
          .id("deliver-coating")
          .provider("chemco")
          .recipient("shipyard")
          .what(Exchanged.offering("coating"))
          .channel(Channel.DIRECT)
          .build();
  private static final Exchange FEEDBACK =
      Exchange.builder()
          .id("feedback")
          .provider("shipyard")
          .recipient("chemco")
          .what(Exchanged.item("feedback"))
          .channel(Channel.DIRECT)
          .build();

  private static final BusinessModel COLLABORATIVE =
      BusinessModel.builder()
          .id("co-development")
          .name("Co-development with customers")
          .addOwner("chemco")
          .addActor(FIRM)
          .addActor(SHIPYARD)
          .proposition(ValueProposition.builder().addOffering(COATING).addOffering(SEALANT).build())
          .exchange(
              ValueExchange.builder().addExchange(DELIVER_COATING).addExchange(FEEDBACK).build())
          .build();
  private static final BusinessModel MARKET =
      BusinessModel.builder()
          .id("market")
          .name("Standard products at market prices")
          .addOwner("chemco")
          .addActor(FIRM)
          .addActor(DISTRIBUTORS)
          .proposition(ValueProposition.builder().addOffering(PAINT).build())
          .build();
  private static final BoundaryElement TEAM =
      BoundaryElement.builder()
          .name("Innovation management team")
          .addMember(TeamMember.of("Key account manager", BusinessFunction.SALES))
          .addMember(TeamMember.of("Lab head", BusinessFunction.R_AND_D))
          .addMember(TeamMember.of("Plant manager", BusinessFunction.OPERATIONS))
          .build();
  private static final DualBusinessModel DUAL =
      DualBusinessModel.builder()
          .firm("chemco")
          .collaborative(COLLABORATIVE)
          .market(MARKET)
          .boundary(TEAM)
          .build();

  @Nested
  @DisplayName("on the customer's choice")
  class Choice {
    @Test
    void sharedMovesTheOfferingToTheMarketModelRaisingBothVersions() {
      OfferingChoice shared = OfferingChoice.of("coating", "shipyard", CustomerChoice.SHARED);

      DualBusinessModel next = DUAL.withChoice(shared);

      assertEquals(List.of(SEALANT), next.collaborative().proposition().offerings());
      assertEquals(List.of(FEEDBACK), next.collaborative().exchange().exchanges());
      assertEquals(2, next.collaborative().version());
      assertEquals(List.of(PAINT, COATING), next.market().proposition().offerings());
      assertEquals(List.of(FIRM, DISTRIBUTORS, SHIPYARD), next.market().actors());
      assertEquals(2, next.market().version());
      assertEquals(List.of(shared), next.choices());
      assertEquals(TEAM, next.boundary());
    }

    @Test
    void exclusiveKeepsTheOfferingAndBothModelsAndRecordsTheChoice() {
      OfferingChoice exclusive = OfferingChoice.of("coating", "shipyard", CustomerChoice.EXCLUSIVE);

      DualBusinessModel next = DUAL.withChoice(exclusive);

      assertEquals(COLLABORATIVE, next.collaborative());
      assertEquals(MARKET, next.market());
      assertEquals(List.of(exclusive), next.choices());
    }

    @Test
    void anExclusiveOfferingMayLaterBeShared() {
      DualBusinessModel next =
          DUAL.withChoice(OfferingChoice.of("coating", "shipyard", CustomerChoice.EXCLUSIVE))
              .withChoice(OfferingChoice.of("coating", "shipyard", CustomerChoice.SHARED));

      assertEquals(
          List.of(CustomerChoice.EXCLUSIVE, CustomerChoice.SHARED),
          next.choices().stream().map(OfferingChoice::choice).toList());
      assertEquals(List.of(PAINT, COATING), next.market().proposition().offerings());
    }

    @Test
    void aChoiceOnAnOfferingNotInTheCollaborativeModelIsRejected() {
      DualBusinessModel shared =
          DUAL.withChoice(OfferingChoice.of("coating", "shipyard", CustomerChoice.SHARED));
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  shared.withChoice(
                      OfferingChoice.of("coating", "shipyard", CustomerChoice.SHARED)));
      assertEquals(
          "offering 'coating' is not an offering of the collaboration-based model"
              + " 'co-development'",
          e.getMessage());
    }

    @Test
    void aChoiceByACustomerWhoIsNoBeneficiaryIsRejected() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> DUAL.withChoice(OfferingChoice.of("coating", "chemco", CustomerChoice.SHARED)));
      assertEquals(
          "customer 'chemco' is not a beneficiary of offering 'coating' in the"
              + " collaboration-based model 'co-development'",
          e.getMessage());
    }

    @Test
    void sharingAnOfferingWhoseIdTheMarketModelUsesBreaksIntegrity() {
      Offering clash = Offering.builder().from(PAINT).id("coating").build();
      DualBusinessModel dual =
          DUAL.withMarket(
              MARKET.withProposition(ValueProposition.builder().addOffering(clash).build()));

      ModelIntegrityException e =
          assertThrows(
              ModelIntegrityException.class,
              () ->
                  dual.withChoice(OfferingChoice.of("coating", "shipyard", CustomerChoice.SHARED)));
      assertEquals(
          List.of(ProblemCode.DUPLICATE_ID), e.problems().stream().map(p -> p.code()).toList());
    }
  }

  @Nested
  @DisplayName("when built")
  class Building {
    @Test
    void theFirmMustOwnTheCollaborativeModel() {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> DUAL.withFirm("shipyard"));
      assertEquals(
          "firm 'shipyard' must own the collaboration-based model 'co-development',"
              + " whose owners are [chemco]",
          e.getMessage());
    }

    @Test
    void theFirmMustOwnTheMarketModel() {
      BusinessModel market =
          BusinessModel.builder().from(MARKET).owners(List.of("distributors")).build();
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> DUAL.withMarket(market));
      assertEquals(
          "firm 'chemco' must own the market-based model 'market', whose owners are"
              + " [distributors]",
          e.getMessage());
    }

    @Test
    void theTwoModelsMustHaveDifferentIds() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> DUAL.withMarket(MARKET.withId("co-development")));
      assertEquals(
          "the collaboration-based and market-based models must have different ids, both"
              + " were 'co-development'",
          e.getMessage());
    }

    @Test
    void theBoundaryElementMustBeCrossFunctional() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  BoundaryElement.builder()
                      .name("Sales team")
                      .addMember(TeamMember.of("Ann", BusinessFunction.SALES))
                      .addMember(TeamMember.of("Bo", BusinessFunction.SALES))
                      .build());
      assertEquals(
          "boundary element 'Sales team' must have members from at least two business"
              + " functions to be cross-functional, had [SALES]",
          e.getMessage());
    }

    @Test
    void theBoundaryElementHasAName() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> BoundaryElement.builder().from(TEAM).name(" ").build());
      assertEquals(
          "the name of a boundary element is blank; give the cross-functional element a"
              + " non-blank name",
          e.getMessage());
    }

    @Test
    void theBoundaryElementNamesTheFunctionsItLacks() {
      assertEquals(List.of(BusinessFunction.MARKETING), List.copyOf(TEAM.missingFunctions()));
      assertEquals(
          List.of(BusinessFunction.SALES, BusinessFunction.R_AND_D, BusinessFunction.OPERATIONS),
          List.copyOf(TEAM.functions()));
    }

    @Test
    void aTeamMemberHasAName() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class, () -> TeamMember.of(" ", BusinessFunction.MARKETING));
      assertEquals("name of a team member from MARKETING must not be blank", e.getMessage());
    }
  }

  @Test
  void aDualModelReadsBackEqualFromJson() {
    DocumentType<DualBusinessModel> type =
        DocumentType.of("dual-business-model", DualBusinessModel.class);
    DualBusinessModel dual =
        DUAL.withChoice(OfferingChoice.of("coating", "shipyard", CustomerChoice.EXCLUSIVE));
    assertEquals(dual, BmiJson.read(type, BmiJson.write(type, dual)));
  }

  @Test
  void dualTypesAreValues() {
    new EqualsTester()
        .addEqualityGroup(
            TeamMember.of("Ann", BusinessFunction.SALES),
            TeamMember.of("Ann", BusinessFunction.SALES))
        .addEqualityGroup(TeamMember.of("Ann", BusinessFunction.MARKETING))
        .addEqualityGroup(TEAM, BoundaryElement.builder().from(TEAM).build())
        .addEqualityGroup(TEAM.withName("IMT"))
        .addEqualityGroup(
            OfferingChoice.of("coating", "shipyard", CustomerChoice.SHARED),
            OfferingChoice.of("coating", "shipyard", CustomerChoice.SHARED))
        .addEqualityGroup(OfferingChoice.of("coating", "shipyard", CustomerChoice.EXCLUSIVE))
        .addEqualityGroup(DUAL, DualBusinessModel.builder().from(DUAL).build())
        .addEqualityGroup(
            DUAL.withChoice(OfferingChoice.of("coating", "shipyard", CustomerChoice.EXCLUSIVE)))
        .testEquals();
  }

  @Test
  void theFirmMustBeAnActorId() {
    assertEquals(
        "firm must be an actor id matching "
            + org.bmi4j.core.model.Ids.PATTERN.pattern()
            + ", was 'Chem Co'",
        assertThrows(
                IllegalArgumentException.class,
                () -> DualBusinessModel.builder().from(DUAL).firm("Chem Co").build())
            .getMessage());
  }

  @Test
  void twoBusinessFunctionsAreEnoughForABoundaryElement() {
    BoundaryElement pair =
        BoundaryElement.builder()
            .name("Pair")
            .addMember(TeamMember.of("Ann", BusinessFunction.SALES))
            .addMember(TeamMember.of("Bo", BusinessFunction.R_AND_D))
            .build();
    assertEquals(2, pair.functions().size());
  }
}

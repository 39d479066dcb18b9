package org.bmi4j.core.model;

import static org.bmi4j.core.model.ModelDraft.change;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bmi4j.core.testing.Messages;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Example tests of {@link BusinessModel#coherence()} (SPEC 3.4): findings are reported as values,
 * in model order, never thrown.
 */
class CoherenceTests {

  private static List<CoherenceFinding> findingsOf(ModelDraft draft) {
    List<CoherenceFinding> findings = draft.build().coherence();
    Messages.check(findings);
    return findings;
  }

  /**
   * Asserts exactly one finding, with the given code, path and values under the given names ({@code
   * namesAndValues} alternates a name and its expected value).
   */
  private static void assertOnlyFinding(
      ModelDraft draft, FindingCode code, String path, Object... namesAndValues) {
    List<CoherenceFinding> findings = findingsOf(draft);
    assertEquals(1, findings.size(), () -> "expected exactly one finding, got " + findings);
    CoherenceFinding finding = findings.get(0);
    assertEquals(code, finding.code(), finding::toString);
    assertEquals(path, finding.path(), finding::toString);
    for (int i = 0; i < namesAndValues.length; i += 2) {
      String name = (String) namesAndValues[i];
      assertEquals(
          namesAndValues[i + 1],
          ModelDraft.printed(finding.values().get(name)),
          () -> name + " of " + finding);
    }
  }

  private static Exchange exchange(String id, String from, String to, Exchanged what) {
    return Exchange.builder()
        .id(id)
        .provider(from)
        .recipient(to)
        .what(what)
        .channel(Channel.DIRECT)
        .build();
  }

  @Test
  void theCoherentFixtureHasNoFinding() {
    assertEquals(List.of(), findingsOf(ModelDraft.valid()));
  }

  @Test
  void aModelUnderDesignWithoutMissionsHasNoFinding() {
    assertEquals(List.of(), findingsOf(ModelDraft.underDesign()));
  }

  @Nested
  @DisplayName("UNDELIVERED_OFFERING")
  class UndeliveredOffering {
    @Test
    void anOfferingNoExchangeDeliversIsReportedAtTheOffering() {
      ModelDraft draft = ModelDraft.valid();
      draft.offerings.add(ModelDraft.REFILL.withId("gift-cards").withName("Gift cards"));

      assertOnlyFinding(
          draft,
          FindingCode.UNDELIVERED_OFFERING,
          "proposition.offerings[1]",
          "offering",
          "gift-cards");
    }

    @Test
    void anItemNamedLikeTheOfferingDoesNotDeliverIt() {
      ModelDraft draft = ModelDraft.valid();
      change(draft.exchanges, 0, e -> e.withWhat(Exchanged.item("refill")));

      assertOnlyFinding(
          draft,
          FindingCode.UNDELIVERED_OFFERING,
          "proposition.offerings[0]",
          "offering",
          "refill");
    }

    @Test
    void anOfferingDeliveredToAnyoneCountsAsDelivered() {
      ModelDraft draft = ModelDraft.valid();
      draft.offerings.add(ModelDraft.REFILL.withId("compost").withBeneficiaries("growers"));
      draft.exchanges.add(
          exchange("compost-gift", "shop", "growers", Exchanged.offering("compost")));

      assertEquals(List.of(), findingsOf(draft));
    }
  }

  @Nested
  @DisplayName("NO_RECIPROCAL_FLOW")
  class NoReciprocalFlow {
    @Test
    void anExchangeToACustomerWhoNeitherPaysNorGivesBackIsReported() {
      ModelDraft draft = ModelDraft.valid();
      draft.revenueStreams.clear();

      assertOnlyFinding(
          draft,
          FindingCode.NO_RECIPROCAL_FLOW,
          "exchange.exchanges[0]",
          "exchange",
          "refills",
          "recipient",
          "customers",
          "provider",
          "shop");
    }

    @Test
    void aRevenueStreamPaidByTheCustomerReciprocates() {
      ModelDraft draft = ModelDraft.valid();
      draft.revenueStreams.clear();
      draft.revenueStreams.add(
          ModelDraft.REFILL_SALES
              .withId("membership")
              .withMechanism(RevenueMechanism.SUBSCRIPTION));

      assertEquals(List.of(), findingsOf(draft));
    }

    @Test
    void anExchangeBackFromTheCustomerToTheGiverReciprocates() {
      ModelDraft draft = ModelDraft.valid();
      draft.revenueStreams.clear();
      draft.exchanges.add(
          exchange("containers", "customers", "shop", Exchanged.item("containers")));

      assertEquals(List.of(), findingsOf(draft));
    }

    @Test
    void anExchangeBackToAnotherActorDoesNotReciprocate() {
      ModelDraft draft = ModelDraft.valid();
      draft.revenueStreams.clear();
      draft.exchanges.add(exchange("feedback", "customers", "growers", Exchanged.item("feedback")));

      assertOnlyFinding(
          draft, FindingCode.NO_RECIPROCAL_FLOW, "exchange.exchanges[0]", "exchange", "refills");
    }

    @Test
    void aRevenueStreamPaidBySomeoneElseDoesNotReciprocate() {
      ModelDraft draft = ModelDraft.valid();
      change(draft.revenueStreams, 0, r -> r.withPayer("growers"));

      assertOnlyFinding(
          draft, FindingCode.NO_RECIPROCAL_FLOW, "exchange.exchanges[0]", "exchange", "refills");
    }

    @Test
    void everyActorReceivingValueIsCheckedNotOnlyCustomers() {
      ModelDraft draft = ModelDraft.valid();
      // the growers (a community) now receive seed money, give nothing back and are not funded
      draft.exchanges.set(
          1, exchange("seed-money", "shop", "growers", Exchanged.item("seed money")));
      draft.valueShares.clear();
      draft.missions.remove(ValueKind.SOCIAL);

      assertOnlyFinding(
          draft,
          FindingCode.NO_RECIPROCAL_FLOW,
          "exchange.exchanges[1]",
          "exchange",
          "seed-money",
          "role",
          "community",
          "recipient",
          "growers",
          "provider",
          "shop");
    }

    @Test
    void anExchangeToAnOwnerIsTheOwnersValueCaptureAndNotChecked() {
      ModelDraft draft = ModelDraft.valid();

      assertEquals(
          List.of("refills"),
          draft.build().reciprocity().stream().map(Reciprocity::exchange).toList());
    }

    @Test
    void aBeneficiaryServedFreeIsCoherentWhenAThirdPartyFundsItAndTheVerdictNamesTheFunder() {
      ModelDraft draft = ModelDraft.valid();
      draft.actors.add(Actor.of("fund", "Climate fund", ActorRole.NON_PROFIT, Sector.SOCIAL));
      draft.revenueStreams.clear();
      draft.revenueStreams.add(
          RevenueStream.builder()
              .id("grant")
              .payer("fund")
              .mechanism(RevenueMechanism.GRANT)
              .build());

      BusinessModel model = draft.build();

      assertEquals(List.of(), model.coherence());
      assertEquals(
          List.of(
              new Reciprocity(
                  "refills",
                  "customers",
                  Reciprocity.Basis.FUNDED_BY_THIRD_PARTY,
                  com.google.common.collect.ImmutableList.of("fund"))),
          model.reciprocity());
    }

    @Test
    void aValueShareToTheRecipientFundsItAndTheOwnersPay() {
      ModelDraft draft = ModelDraft.valid();
      draft.exchanges.set(
          1, exchange("seed-money", "shop", "growers", Exchanged.item("seed money")));

      Reciprocity verdict = draft.build().reciprocity().get(1);

      assertEquals(Reciprocity.Basis.FUNDED_BY_VALUE_SHARE, verdict.basis());
      assertEquals(List.of("shop"), verdict.payers());
    }

    @Test
    void aValueShareOfZeroFundsNothing() {
      ModelDraft draft = ModelDraft.valid();
      draft.exchanges.set(
          1, exchange("seed-money", "shop", "growers", Exchanged.item("seed money")));
      change(draft.valueShares, 0, v -> v.withShare(java.math.BigDecimal.ZERO));
      draft.missions.remove(ValueKind.SOCIAL);

      assertOnlyFinding(
          draft, FindingCode.NO_RECIPROCAL_FLOW, "exchange.exchanges[1]", "recipient", "growers");
    }

    @Test
    void theVerdictSaysWhetherTheRecipientPaysOrGivesBack() {
      ModelDraft draft = ModelDraft.valid();
      draft.exchanges.add(
          exchange("containers", "customers", "growers", Exchanged.item("containers")));
      draft.exchanges.add(exchange("advice", "growers", "customers", Exchanged.item("advice")));

      assertEquals(
          List.of(
              Reciprocity.Basis.PAYS_REVENUE,
              Reciprocity.Basis.GIVES_BACK,
              Reciprocity.Basis.GIVES_BACK),
          draft.build().reciprocity().stream().map(Reciprocity::basis).toList());
    }

    @Test
    void everyUnreciprocatedExchangeIsReportedAtItsOwnPath() {
      ModelDraft draft = ModelDraft.valid();
      draft.revenueStreams.clear();
      draft.exchanges.add(exchange("advice", "growers", "customers", Exchanged.item("advice")));

      List<CoherenceFinding> findings = findingsOf(draft);

      assertEquals(
          List.of("exchange.exchanges[0]", "exchange.exchanges[2]"),
          findings.stream().map(CoherenceFinding::path).collect(Collectors.toList()));
      assertEquals(
          Optional.of("growers"),
          findings.get(1).value("provider", String.class),
          findings::toString);
    }
  }

  @Nested
  @DisplayName("MISSION_NOT_DELIVERED")
  class MissionNotDelivered {
    @Test
    void aMissionNothingDeliversIsReportedAtTheMission() {
      ModelDraft draft = ModelDraft.valid();
      draft.missions.add(ValueKind.ENVIRONMENTAL);

      assertOnlyFinding(
          draft,
          FindingCode.MISSION_NOT_DELIVERED,
          "missions[2]",
          "mission",
          ValueKind.ENVIRONMENTAL);
    }

    @Test
    void theMissionIndexFollowsDeclarationOrderNotInsertionOrder() {
      ModelDraft draft = ModelDraft.valid();
      draft.missions.clear();
      draft.missions.add(ValueKind.ENVIRONMENTAL);
      draft.missions.add(ValueKind.ECONOMIC);

      assertOnlyFinding(
          draft,
          FindingCode.MISSION_NOT_DELIVERED,
          "missions[1]",
          "mission",
          ValueKind.ENVIRONMENTAL);
    }

    @Test
    void aMissionDeliveredOnlyByAValueShareDriftsWhenTheShareGoes() {
      ModelDraft draft = ModelDraft.valid();
      draft.valueShares.clear();

      assertOnlyFinding(
          draft, FindingCode.MISSION_NOT_DELIVERED, "missions[1]", "mission", ValueKind.SOCIAL);
    }

    @Test
    void aValueShareOfZeroDoesNotDeliverItsKind() {
      ModelDraft draft = ModelDraft.valid();
      change(draft.valueShares, 0, v -> v.withShare(java.math.BigDecimal.ZERO));

      assertOnlyFinding(
          draft, FindingCode.MISSION_NOT_DELIVERED, "missions[1]", "mission", ValueKind.SOCIAL);
    }

    @Test
    void aValueShareOfUnknownSizeStillDeliversItsKind() {
      ModelDraft draft = ModelDraft.valid();
      change(draft.valueShares, 0, v -> v.withShare(java.util.Optional.empty()));

      assertEquals(List.of(), findingsOf(draft));
    }

    @Test
    void anOfferingWithNoBeneficiaryDoesNotDeliverItsKind() {
      ModelDraft draft = ModelDraft.valid();
      draft.missions.add(ValueKind.ENVIRONMENTAL);
      draft.offerings.add(
          Offering.builder()
              .id("compost")
              .name("Compost")
              .addValueKind(ValueKind.ENVIRONMENTAL)
              .build());
      draft.exchanges.add(
          exchange("compost-out", "shop", "growers", Exchanged.offering("compost")));

      assertOnlyFinding(
          draft,
          FindingCode.MISSION_NOT_DELIVERED,
          "missions[2]",
          "mission",
          ValueKind.ENVIRONMENTAL);
    }

    @Test
    void anOfferingDeliversAMission() {
      ModelDraft draft = ModelDraft.valid();
      draft.missions.add(ValueKind.ENVIRONMENTAL);
      change(
          draft.offerings, 0, o -> o.withValueKinds(ValueKind.ECONOMIC, ValueKind.ENVIRONMENTAL));

      assertEquals(List.of(), findingsOf(draft));
    }

    @Test
    void aValueShareDeliversAMission() {
      ModelDraft draft = ModelDraft.valid();
      draft.missions.add(ValueKind.ENVIRONMENTAL);
      draft.valueShares.add(
          ModelDraft.FAIR_PRICE.withId("restoration").withKind(ValueKind.ENVIRONMENTAL));

      assertEquals(List.of(), findingsOf(draft));
    }
  }

  @Nested
  @DisplayName("ACTOR_MISSION_NOT_DELIVERED")
  class ActorMissionNotDelivered {
    @Test
    void aPartnerWhoseOwnMissionNothingDeliversIsReportedAtThatMission() {
      ModelDraft draft = ModelDraft.valid();
      draft.actors.set(
          2,
          ModelDraft.GROWERS
              .withMissions(ValueKind.SOCIAL, ValueKind.ENVIRONMENTAL)
              .withGoals("regenerative farming"));

      assertOnlyFinding(
          draft,
          FindingCode.ACTOR_MISSION_NOT_DELIVERED,
          "actors[2].missions[1]",
          "actor",
          "growers",
          "mission",
          ValueKind.ENVIRONMENTAL);
    }

    @Test
    void aPartnersMissionTheModelDeliversIsNoFinding() {
      ModelDraft draft = ModelDraft.valid();
      draft.actors.set(2, ModelDraft.GROWERS.withMissions(ValueKind.SOCIAL));

      assertEquals(List.of(), findingsOf(draft));
      assertEquals(Set.of(ValueKind.SOCIAL), draft.build().actors().get(2).missions());
    }
  }

  @Test
  void findingsComeInModelOrderAndDoNotStopTheModelFromBuilding() {
    ModelDraft draft = ModelDraft.valid();
    draft.missions.add(ValueKind.ENVIRONMENTAL);
    draft.revenueStreams.clear();
    draft.offerings.add(ModelDraft.REFILL.withId("gift-cards"));

    List<CoherenceFinding> findings = findingsOf(draft);

    assertEquals(
        List.of(
            "proposition.offerings[1] UNDELIVERED_OFFERING",
            "exchange.exchanges[0] NO_RECIPROCAL_FLOW",
            "missions[2] MISSION_NOT_DELIVERED"),
        findings.stream().map(f -> f.path() + " " + f.code()).collect(Collectors.toList()));
  }

  @Test
  void aFindingPrintsAsPathCodeAndMessage() {
    CoherenceFinding finding =
        new CoherenceFinding("missions[0]", FindingCode.MISSION_NOT_DELIVERED, "drift");

    assertEquals("missions[0]: MISSION_NOT_DELIVERED: drift", finding.toString());
  }
}

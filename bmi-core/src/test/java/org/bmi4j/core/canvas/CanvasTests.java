package org.bmi4j.core.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.Multimap;
import com.google.common.testing.EqualsTester;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.bmi4j.core.model.Activity;
import org.bmi4j.core.model.ActivityKind;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.AmountBasis;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Channel;
import org.bmi4j.core.model.CostItem;
import org.bmi4j.core.model.Exchange;
import org.bmi4j.core.model.Exchanged;
import org.bmi4j.core.model.Flow;
import org.bmi4j.core.model.GovernanceMode;
import org.bmi4j.core.model.Link;
import org.bmi4j.core.model.Money;
import org.bmi4j.core.model.Offering;
import org.bmi4j.core.model.Resource;
import org.bmi4j.core.model.ResourceKind;
import org.bmi4j.core.model.RevenueMechanism;
import org.bmi4j.core.model.RevenueStream;
import org.bmi4j.core.model.Sector;
import org.bmi4j.core.model.ValueCapture;
import org.bmi4j.core.model.ValueCreation;
import org.bmi4j.core.model.ValueExchange;
import org.bmi4j.core.model.ValueKind;
import org.bmi4j.core.model.ValueProposition;
import org.bmi4j.core.model.ValueShare;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class CanvasTests {
  /**
   * An illustrative model, not a case from the sources: a wine SME on a regional platform in the
   * spirit of Bagnato &amp; Giordino, with a co-developing customer after Andreassen &amp;
   * Andersson.
   */
  static BusinessModel wineModel() {
    return BusinessModel.builder()
        .id("wine-sme")
        .name("Hill wines on the regional platform")
        .addOwner("sme")
        .addActor(Actor.of("sme", "Hill wines SME", ActorRole.FOCAL_FIRM, Sector.PRIVATE))
        .addActor(
            Actor.of("platform", "Regional retail platform", ActorRole.PLATFORM, Sector.PRIVATE))
        .addActor(
            Actor.of("shoppers", "Online shoppers", ActorRole.CUSTOMER_SEGMENT, Sector.PRIVATE))
        .addActor(Actor.of("restaurants", "Partner restaurants", ActorRole.PARTNER, Sector.PRIVATE))
        .addActor(Actor.of("farmers", "Local farmers", ActorRole.COMMUNITY, Sector.PRIVATE))
        .addActor(Actor.of("bank", "Regional bank", ActorRole.INVESTOR, Sector.PRIVATE))
        .addMission(ValueKind.ECONOMIC)
        .addMission(ValueKind.ENVIRONMENTAL)
        .proposition(
            ValueProposition.builder()
                .addOffering(
                    Offering.builder()
                        .id("wine")
                        .name("Regional wine")
                        .addValueKind(ValueKind.ECONOMIC)
                        .addBeneficiary("shoppers")
                        .addBeneficiary("restaurants")
                        .build())
                .addOffering(
                    Offering.builder()
                        .id("fertiliser")
                        .name("Fertiliser from pomace")
                        .addValueKind(ValueKind.ENVIRONMENTAL)
                        .addValueKind(ValueKind.SOCIAL)
                        .addBeneficiary("farmers")
                        .build())
                .build())
        .creation(
            ValueCreation.builder()
                .addResource(Resource.of("vineyard", "Vineyard", ResourceKind.PHYSICAL, "sme"))
                .addResource(
                    Resource.of(
                        "logistics", "Logistics network", ResourceKind.PHYSICAL, "platform"))
                .addResource(Resource.of("loan", "Working capital", ResourceKind.FINANCIAL, "bank"))
                .build())
        .exchange(
            ValueExchange.builder()
                .addExchange(
                    Exchange.builder()
                        .id("wine-online")
                        .provider("sme")
                        .recipient("shoppers")
                        .what(Exchanged.offering("wine"))
                        .channel(Channel.PLATFORM)
                        .build())
                .addExchange(
                    Exchange.builder()
                        .id("wine-horeca")
                        .provider("sme")
                        .recipient("restaurants")
                        .what(Exchanged.offering("wine"))
                        .channel(Channel.DIRECT)
                        .build())
                .addExchange(
                    Exchange.builder()
                        .id("fertiliser-to-farms")
                        .provider("sme")
                        .recipient("farmers")
                        .what(Exchanged.offering("fertiliser"))
                        .channel(Channel.DIRECT)
                        .build())
                .addExchange(
                    Exchange.builder()
                        .id("payment")
                        .provider("shoppers")
                        .recipient("sme")
                        .what(Exchanged.item("money"))
                        .channel(Channel.PLATFORM)
                        .build())
                .build())
        .capture(
            ValueCapture.builder()
                .addRevenueStream(
                    RevenueStream.builder()
                        .id("wine-sales")
                        .payer("shoppers")
                        .mechanism(RevenueMechanism.SALE)
                        .amount(Money.of("84000", "EUR"))
                        .build())
                .addRevenueStream(
                    RevenueStream.builder()
                        .id("horeca")
                        .payer("restaurants")
                        .mechanism(RevenueMechanism.SUBSCRIPTION)
                        .build())
                .addCost(
                    CostItem.builder()
                        .id("production")
                        .name("Production")
                        .amount(Money.of("52000", "EUR"))
                        .build())
                .addCost(CostItem.builder().id("commission").name("Platform commission").build())
                .addValueShare(
                    ValueShare.builder()
                        .id("fair")
                        .actor("farmers")
                        .kind(ValueKind.SOCIAL)
                        .share(new BigDecimal("0.10"))
                        .build())
                .build())
        .addActivity(
            Activity.builder()
                .id("winemaking")
                .name("Winemaking")
                .kind(ActivityKind.PRODUCTION)
                .addResource("vineyard")
                .performer("sme")
                .mode(GovernanceMode.IN_HOUSE)
                .addLink(Link.of("delivery", Flow.GOODS))
                .valueCreating(true)
                .build())
        .addActivity(
            Activity.builder()
                .id("blend-design")
                .name("Blend design")
                .kind(ActivityKind.R_AND_D)
                .performer("sme")
                .addCoPerformer("restaurants")
                .mode(GovernanceMode.TRUST_BASED)
                .contractTerm(Period.ofYears(10))
                .build())
        .addActivity(
            Activity.builder()
                .id("delivery")
                .name("Home delivery")
                .kind(ActivityKind.LOGISTICS)
                .addResource("logistics")
                .performer("platform")
                .mode(GovernanceMode.PLATFORM)
                .supervisor("sme")
                .build())
        .build();
  }

  private static final DocumentBuilderFactory XML = DocumentBuilderFactory.newInstance();

  static {
    XML.setNamespaceAware(true);
    XML.setExpandEntityReferences(false);
  }

  /** Parses a page as XML; throws if it is not well-formed. */
  static Document parse(String xml) throws Exception {
    return XML.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  static Element group(Document document, CanvasBlock block) {
    NodeList groups = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
    String id = block.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    for (int i = 0; i < groups.getLength(); i++) {
      Element group = (Element) groups.item(i);
      if (group.getAttribute("id").equals(id)) {
        return group;
      }
    }
    throw new AssertionError("no group " + id);
  }

  /** A header of a model's id and version only. */
  static CanvasHeader header(String model, int version) {
    return new CanvasHeader(model, version, List.of(), Set.of(), List.of(), List.of());
  }

  /** A canvas of notes: each block's texts as notes in that block, block by block. */
  static BusinessModelCanvas notes(
      String title, CanvasHeader header, Multimap<CanvasBlock, String> texts) {
    List<CanvasItem> items = new ArrayList<>();
    texts.forEach((block, text) -> items.add(new CanvasItem.Note(block, text)));
    return new BusinessModelCanvas(title, header, items);
  }

  /** The texts the views print for a block's items, in order. */
  static List<String> texts(BusinessModelCanvas canvas, CanvasBlock block) {
    return canvas.items(block).stream().map(CanvasItem::text).toList();
  }

  /** The ids of actors, in order. */
  static List<String> ids(List<Actor> actors) {
    return actors.stream().map(Actor::id).toList();
  }

  @Nested
  @DisplayName("mapping a model onto the nine blocks")
  class Mapping {
    private final BusinessModelCanvas canvas = BusinessModelCanvas.of(wineModel());

    @Test
    void theHeaderNamesTheModelItsOwnersAndMissions() {
      assertEquals("Hill wines on the regional platform", canvas.title());
      assertEquals(
          List.of(
              "Model wine-sme, version 1",
              "Owners: Hill wines SME",
              "Missions: economic, environmental"),
          canvas.header().lines());
      BusinessModel wine = wineModel();
      assertEquals(
          new CanvasHeader(
              "wine-sme", 1, List.of(wine.actors().get(0)), wine.missions(), List.of(), List.of()),
          canvas.header());
    }

    @Test
    void segmentsAreSegmentAndBeneficiaryRolesAndOfferingBeneficiaries() {
      assertEquals(
          List.of(
              "Online shoppers (customer segment)",
              "Partner restaurants (partner)",
              "Local farmers (community)"),
          texts(canvas, CanvasBlock.CUSTOMER_SEGMENTS));
      assertEquals(
          List.of("shoppers", "restaurants", "farmers"),
          canvas.items(CanvasItem.Segment.class).stream().map(s -> s.actor().id()).toList());
      assertEquals(
          List.of(ActorRole.PARTNER),
          canvas.items(CanvasItem.Segment.class).get(1).actor().roles().asList());
    }

    @Test
    void propositionsAreTheOfferingsThenTheSocialOrEnvironmentalMissionAndWhatDeliversIt() {
      assertEquals(
          List.of(
              "Regional wine: economic value for Online shoppers, Partner restaurants",
              "Fertiliser from pomace: social and environmental value for Local farmers",
              "Environmental mission: delivered by Fertiliser from pomace"),
          texts(canvas, CanvasBlock.VALUE_PROPOSITIONS));
      CanvasItem.Proposition wine = canvas.items(CanvasItem.Proposition.class).get(0);
      assertEquals("wine", wine.offering());
      assertEquals(Set.of(ValueKind.ECONOMIC), wine.valueKinds());
      assertEquals(List.of("shoppers", "restaurants"), ids(wine.beneficiaries()));
      CanvasItem.Mission mission = canvas.items(CanvasItem.Mission.class).get(0);
      assertEquals(ValueKind.ENVIRONMENTAL, mission.kind());
      assertEquals(
          List.of("fertiliser"),
          mission.offerings().stream().map(CanvasItem.Proposition::offering).toList());
      assertEquals(List.of(), mission.valueShares());
      assertTrue(mission.isDelivered());
    }

    @Test
    void channelsAreHowValueReachesSegmentsAndBeneficiariesNeverWhatComesIn() {
      assertEquals(
          List.of(
              "Direct: Regional wine to Partner restaurants; Fertiliser from pomace to Local farmers",
              "Platform: Regional wine to Online shoppers"),
          texts(canvas, CanvasBlock.CHANNELS));
      List<CanvasItem.ChannelUse> channels = canvas.items(CanvasItem.ChannelUse.class);
      assertEquals(
          List.of(Channel.DIRECT, Channel.PLATFORM),
          channels.stream().map(CanvasItem.ChannelUse::channel).toList());
      CanvasItem.Delivery toFarmers = channels.get(0).deliveries().get(1);
      assertEquals(Exchanged.offering("fertiliser"), toFarmers.what());
      assertEquals("farmers", toFarmers.recipient().id());
      assertEquals(Optional.empty(), toFarmers.intermediary());
    }

    @Test
    void relationshipsComeFromCoCreationPaymentsSharesAndFundingNotFromTheChannels() {
      assertEquals(
          List.of(
              "Online shoppers: pays by sale",
              "Partner restaurants: co-creates Blend design (trust-based, term P10Y); pays by"
                  + " subscription",
              "Local farmers: receives a social value share"),
          texts(canvas, CanvasBlock.CUSTOMER_RELATIONSHIPS));
      CanvasItem.Relationship restaurants = canvas.items(CanvasItem.Relationship.class).get(1);
      assertEquals("restaurants", restaurants.segment().id());
      CanvasItem.KeyActivity blend = restaurants.coCreates().get(0);
      assertEquals("blend-design", blend.activity());
      assertEquals(GovernanceMode.TRUST_BASED, blend.mode());
      assertEquals(Optional.of(Period.ofYears(10)), blend.contractTerm());
      assertEquals(Set.of(RevenueMechanism.SUBSCRIPTION), restaurants.paysBy());
      CanvasItem.Relationship farmers = canvas.items(CanvasItem.Relationship.class).get(2);
      assertEquals(List.of(ValueKind.SOCIAL), farmers.valueShares());
      assertEquals(List.of(), farmers.fundedBy());
    }

    @Test
    void aShareOfAKindStartingWithAVowelTakesAn() {
      BusinessModel wine = wineModel();
      BusinessModel model =
          BusinessModel.builder()
              .from(wine)
              .capture(
                  wine.capture()
                      .withValueShares(
                          ValueShare.builder()
                              .id("soil")
                              .actor("farmers")
                              .kind(ValueKind.ENVIRONMENTAL)
                              .share(new BigDecimal("0.05"))
                              .build(),
                          ValueShare.builder()
                              .id("fair")
                              .actor("farmers")
                              .kind(ValueKind.SOCIAL)
                              .share(new BigDecimal("0.10"))
                              .build()))
              .build();

      assertEquals(
          "Local farmers: receives an environmental value share; receives a social value share",
          texts(BusinessModelCanvas.of(model), CanvasBlock.CUSTOMER_RELATIONSHIPS).get(2));
    }

    @Test
    void aSegmentReachedThroughSeveralChannelsIsListedInChannelOrderAndOwnersAreNoSegments() {
      BusinessModel model =
          wineModel()
              .withExchange(
                  ValueExchange.builder()
                      .addExchange(
                          Exchange.builder()
                              .id("a")
                              .provider("sme")
                              .recipient("shoppers")
                              .what(Exchanged.offering("wine"))
                              .channel(Channel.ONLINE)
                              .build())
                      .addExchange(
                          Exchange.builder()
                              .id("b")
                              .provider("sme")
                              .recipient("shoppers")
                              .what(Exchanged.offering("wine"))
                              .channel(Channel.DIRECT)
                              .build())
                      .build());
      assertEquals(
          List.of(
              "Direct: Regional wine to Online shoppers",
              "Online: Regional wine to Online shoppers"),
          texts(BusinessModelCanvas.of(model), CanvasBlock.CHANNELS));
      BusinessModel owned = wineModel().withOwners("sme", "shoppers");
      assertEquals(
          List.of("Partner restaurants (partner)", "Local farmers (community)"),
          texts(BusinessModelCanvas.of(owned), CanvasBlock.CUSTOMER_SEGMENTS));
      assertEquals(
          List.of(
              "Model wine-sme, version 1",
              "Owners: Hill wines SME, Online shoppers",
              "Missions: economic, environmental"),
          BusinessModelCanvas.of(owned).header().lines());
      assertEquals(
          List.of("sme", "shoppers"), ids(BusinessModelCanvas.of(owned).header().owners()));
    }

    @Test
    void revenueActivitiesResourcesPartnersAndCosts() {
      assertEquals(
          List.of(
              "Sale from Online shoppers: 84000 EUR per period",
              "Subscription from Partner restaurants"),
          texts(canvas, CanvasBlock.REVENUE_STREAMS));
      CanvasItem.Revenue sale = canvas.items(CanvasItem.Revenue.class).get(0);
      assertEquals("wine-sales", sale.stream());
      assertEquals(RevenueMechanism.SALE, sale.mechanism());
      assertEquals("shoppers", sale.payer().id());
      assertEquals(Optional.of(Money.of("84000", "EUR")), sale.amount());
      assertEquals(AmountBasis.PER_PERIOD, sale.basis());
      assertEquals(Optional.empty(), canvas.items(CanvasItem.Revenue.class).get(1).amount());
      assertEquals(
          List.of(
              "Winemaking (production) by Hill wines SME; in-house governance",
              "Blend design (R&D) by Hill wines SME; trust-based governance",
              "Home delivery (logistics) by Regional retail platform; platform governance"),
          texts(canvas, CanvasBlock.KEY_ACTIVITIES));
      CanvasItem.KeyActivity delivery = canvas.items(CanvasItem.KeyActivity.class).get(2);
      assertEquals("delivery", delivery.activity());
      assertEquals(ActivityKind.LOGISTICS, delivery.kind());
      assertEquals("platform", delivery.performer().id());
      assertEquals(GovernanceMode.PLATFORM, delivery.mode());
      assertEquals(
          List.of(
              "Vineyard (physical) from Hill wines SME",
              "Logistics network (physical) from Regional retail platform",
              "Working capital (financial) from Regional bank"),
          texts(canvas, CanvasBlock.KEY_RESOURCES));
      CanvasItem.KeyResource loan = canvas.items(CanvasItem.KeyResource.class).get(2);
      assertEquals("loan", loan.resource());
      assertEquals(ResourceKind.FINANCIAL, loan.kind());
      assertEquals("bank", loan.provider().id());
      assertEquals(
          List.of(
              "Regional retail platform (platform): provides Logistics network; performs Home"
                  + " delivery",
              "Regional bank (investor): provides Working capital"),
          texts(canvas, CanvasBlock.KEY_PARTNERS));
      CanvasItem.Partner platform = canvas.items(CanvasItem.Partner.class).get(0);
      assertEquals("platform", platform.actor().id());
      assertEquals(
          List.of("logistics"),
          platform.provides().stream().map(CanvasItem.KeyResource::resource).toList());
      assertEquals(
          List.of("delivery"),
          platform.performs().stream().map(CanvasItem.KeyActivity::activity).toList());
      assertEquals(
          List.of(
              "Production: 52000 EUR per period",
              "Platform commission",
              "Value share to Local farmers (social, 10%)"),
          texts(canvas, CanvasBlock.COST_STRUCTURE));
      CanvasItem.Cost production = canvas.items(CanvasItem.Cost.class).get(0);
      assertEquals("production", production.cost());
      assertEquals(Optional.of(Money.of("52000", "EUR")), production.amount());
      assertEquals(AmountBasis.PER_PERIOD, production.basis());
      assertEquals(Optional.empty(), production.payee());
      CanvasItem.ValueShareGiven fair = canvas.items(CanvasItem.ValueShareGiven.class).get(0);
      assertEquals("fair", fair.share());
      assertEquals("farmers", fair.recipient().id());
      assertEquals(ValueKind.SOCIAL, fair.kind());
      assertEquals(Optional.of(new BigDecimal("0.10")), fair.fraction());
    }

    @Test
    void aCostNamesWhoIsPaidAndAThirdPartyChannelItsIntermediary() {
      BusinessModel wine = wineModel();
      BusinessModel model =
          BusinessModel.builder()
              .from(wine)
              .capture(
                  wine.capture()
                      .withCosts(
                          wine.capture().costs().get(0),
                          wine.capture().costs().get(1).withPayee("platform")))
              .exchange(
                  ValueExchange.builder()
                      .addExchange(
                          Exchange.builder()
                              .id("wine-shop")
                              .provider("sme")
                              .recipient("shoppers")
                              .what(Exchanged.offering("wine"))
                              .channel(Channel.THIRD_PARTY)
                              .intermediary("restaurants")
                              .build())
                      .build())
              .build();
      BusinessModelCanvas canvas = BusinessModelCanvas.of(model);

      assertEquals(
          "Platform commission, paid to Regional retail platform",
          texts(canvas, CanvasBlock.COST_STRUCTURE).get(1));
      assertEquals(
          Optional.of("platform"),
          canvas.items(CanvasItem.Cost.class).get(1).payee().map(Actor::id));
      assertEquals(
          List.of("Third party: Regional wine to Online shoppers via Partner restaurants"),
          texts(canvas, CanvasBlock.CHANNELS));
      CanvasItem.ChannelUse thirdParty = canvas.items(CanvasItem.ChannelUse.class).get(0);
      assertEquals(Channel.THIRD_PARTY, thirdParty.channel());
      assertEquals(
          Optional.of("restaurants"), thirdParty.deliveries().get(0).intermediary().map(Actor::id));
    }

    @Test
    void aBeneficiaryWhoSuppliesIsASegmentAndAPartnerAndTheGroupIsNoPartner() {
      BusinessModel wine = wineModel();
      BusinessModel model =
          BusinessModel.builder()
              .from(wine)
              .actors(
                  wine.actors().stream()
                      .map(
                          a ->
                              switch (a.id()) {
                                case "farmers" -> a.withOtherRoles(ActorRole.SUPPLIER);
                                case "bank" -> a.withParent("sme");
                                default -> a;
                              })
                      .toList())
              .addGoal("no pomace to landfill")
              .build();
      BusinessModelCanvas canvas = BusinessModelCanvas.of(model);

      assertTrue(
          texts(canvas, CanvasBlock.CUSTOMER_SEGMENTS)
              .contains("Local farmers (community, supplier)"));
      assertTrue(
          texts(canvas, CanvasBlock.KEY_PARTNERS).contains("Local farmers (community, supplier)"));
      assertTrue(
          canvas.items(CanvasItem.Segment.class).stream()
              .anyMatch(i -> i.actor().id().equals("farmers")));
      assertEquals(
          List.of(ActorRole.COMMUNITY, ActorRole.SUPPLIER),
          canvas.items(CanvasItem.Partner.class).stream()
              .filter(i -> i.actor().id().equals("farmers"))
              .findFirst()
              .orElseThrow()
              .actor()
              .roles()
              .asList());
      assertEquals(
          List.of(
              "Model wine-sme, version 1",
              "Owners: Hill wines SME",
              "Missions: economic, environmental",
              "Goals: no pomace to landfill",
              "Group: Regional bank"),
          canvas.header().lines());
      assertEquals(List.of("bank"), ids(canvas.header().group()));
      assertEquals(List.of("no pomace to landfill"), canvas.header().goals());
      assertEquals(
          List.of("platform", "farmers"),
          canvas.items(CanvasItem.Partner.class).stream().map(p -> p.actor().id()).toList());
    }

    @Test
    void aMissionNothingDeliversIsShownAsSuchAndAFunderIsNamedInTheRelationship() {
      BusinessModel wine = wineModel();
      BusinessModel model =
          BusinessModel.builder()
              .from(wine)
              .missions(List.of(ValueKind.ECONOMIC, ValueKind.SOCIAL, ValueKind.ENVIRONMENTAL))
              .capture(
                  wine.capture()
                      .withValueShares(List.of())
                      .withRevenueStreams(
                          RevenueStream.builder()
                              .id("grant")
                              .payer("bank")
                              .mechanism(RevenueMechanism.GRANT)
                              .build()))
              .build();
      BusinessModelCanvas canvas = BusinessModelCanvas.of(model);

      assertTrue(
          texts(canvas, CanvasBlock.VALUE_PROPOSITIONS)
              .contains("Social mission: delivered by Fertiliser from pomace"),
          canvas::toString);
      assertTrue(
          texts(canvas, CanvasBlock.CUSTOMER_RELATIONSHIPS)
              .contains("Local farmers: served free, funded by Regional bank"),
          canvas::toString);
      CanvasItem.Relationship farmers =
          canvas.items(CanvasItem.Relationship.class).stream()
              .filter(r -> r.segment().id().equals("farmers"))
              .findFirst()
              .orElseThrow();
      assertEquals(List.of("bank"), ids(farmers.fundedBy()));
      BusinessModel forNobody =
          model.withProposition(
              model
                  .proposition()
                  .withOfferings(
                      model.proposition().offerings().get(0),
                      model.proposition().offerings().get(1).withBeneficiaries(List.of())));
      assertTrue(
          texts(BusinessModelCanvas.of(forNobody), CanvasBlock.VALUE_PROPOSITIONS)
              .contains("Social mission: delivered by nothing yet"));
      CanvasItem.Mission social =
          BusinessModelCanvas.of(forNobody).items(CanvasItem.Mission.class).get(0);
      assertEquals(ValueKind.SOCIAL, social.kind());
      assertFalse(social.isDelivered());
    }

    @Test
    void anEmptyModelHasNineEmptyBlocks() {
      BusinessModelCanvas empty =
          BusinessModelCanvas.of(BusinessModel.builder().id("m").name("Empty").build());
      for (CanvasBlock block : CanvasBlock.values()) {
        assertEquals(List.of(), empty.items(block), block::name);
      }
      assertEquals(List.of("Model m, version 1"), empty.header().lines());
    }
  }

  @Nested
  @DisplayName("Markdown")
  class Markdown {
    @Test
    void aCanvasIsAHeadingTheHeaderAndASectionPerBlock() {
      BusinessModelCanvas canvas =
          new BusinessModelCanvas(
              "Shop",
              header("shop", 2),
              List.of(
                  new CanvasItem.Note(CanvasBlock.VALUE_PROPOSITIONS, "Bread"),
                  new CanvasItem.Note(CanvasBlock.COST_STRUCTURE, "Flour"),
                  new CanvasItem.Note(CanvasBlock.VALUE_PROPOSITIONS, "Cake")));
      assertEquals(
          """
          # Business Model Canvas: Shop

          Model shop, version 2 \s

          ## Customer segments

          _(empty)_

          ## Value propositions

          - Bread
          - Cake

          ## Channels

          _(empty)_

          ## Customer relationships

          _(empty)_

          ## Revenue streams

          _(empty)_

          ## Key activities

          _(empty)_

          ## Key resources

          _(empty)_

          ## Key partners

          _(empty)_

          ## Cost structure

          - Flour
          """,
          canvas.toMarkdown());
    }

    @Test
    void markupInNamesIsEscapedAndLineBreaksBecomeSpaces() {
      assertEquals(
          "\\<script\\>alert(\"x\") \\& 'y'\\</script\\>",
          CanvasMarkdown.escape("<script>alert(\"x\") & 'y'</script>"));
      assertEquals(
          "\\*bold\\* \\_it\\_ \\[link\\](x) \\| \\# \\! \\~ \\` \\\\",
          CanvasMarkdown.escape("*bold* _it_ [link](x) | # ! ~ ` \\"));
      assertEquals("two lines", CanvasMarkdown.escape("two\nlines"));
      assertEquals("\\- item", CanvasMarkdown.escape("- item"));
      assertEquals("1\\. first", CanvasMarkdown.escape("1. first"));
      assertEquals("2024\\) year", CanvasMarkdown.escape("2024) year"));
      assertEquals("a - b 1. c", CanvasMarkdown.escape("a - b 1. c"));
    }
  }

  @Nested
  @DisplayName("HTML")
  class Html {
    private final String html = BusinessModelCanvas.of(wineModel()).toHtml();

    @Test
    void thePageParsesAsWellFormedXhtmlWithAnInlineSvg() throws Exception {
      Document document = parse(html);
      assertEquals("html", document.getDocumentElement().getLocalName());
      assertEquals("http://www.w3.org/1999/xhtml", document.getDocumentElement().getNamespaceURI());
      assertEquals(
          1, document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength());
    }

    @Test
    void everyBlockIsDrawnWithItsTitleAndEntries() throws Exception {
      Document document = parse(html);
      BusinessModelCanvas canvas = BusinessModelCanvas.of(wineModel());
      for (CanvasBlock block : CanvasBlock.values()) {
        String text = group(document, block).getTextContent().replaceAll("\\s", "");
        assertTrue(text.startsWith(block.title().replaceAll("\\s", "")), block::name);
        for (String entry : texts(canvas, block)) {
          assertTrue(text.contains(entry.replaceAll("\\s", "")), () -> block + ": " + entry);
        }
      }
    }

    @Test
    void thePageHasNoScriptAndNoExternalResource() {
      assertFalse(html.contains("<script"), html);
      assertFalse(
          html.contains(" src=")
              || html.contains("href")
              || html.contains("url(")
              || html.contains("@import"),
          html);
      assertEquals(2, html.split("http://", -1).length - 1, "only the two namespace names");
    }

    @Test
    void namesWithScriptQuotesAndAmpersandsRenderEscaped() throws Exception {
      String evil = "<script>alert(\"x\") & 'y'</script>";
      BusinessModel model =
          BusinessModel.builder()
              .id("evil")
              .name(evil)
              .addActor(Actor.of("firm", evil, ActorRole.CUSTOMER_SEGMENT, Sector.PRIVATE))
              .proposition(
                  ValueProposition.builder()
                      .addOffering(
                          Offering.builder()
                              .id("o")
                              .name("Fish & \"chips\"")
                              .addBeneficiary("firm")
                              .build())
                      .build())
              .build();
      BusinessModelCanvas canvas = BusinessModelCanvas.of(model);
      String page = canvas.toHtml();
      assertFalse(page.contains("<script"), page);
      assertTrue(
          page.contains("&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;"),
          page);
      assertTrue(page.contains("Fish &amp; &quot;chips&quot;"), page);
      Document document = parse(page);
      assertEquals(
          "Business Model Canvas: " + evil,
          document
              .getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "title")
              .item(0)
              .getTextContent());
      assertEquals(0, document.getElementsByTagNameNS("*", "script").getLength());
      String markdown = canvas.toMarkdown();
      assertTrue(
          markdown.contains(
              "# Business Model Canvas: \\<script\\>alert(\"x\") \\& 'y'" + "\\</script\\>\n"),
          markdown);
      assertFalse(markdown.replace("\\<", "").contains("<"), "every < is escaped: " + markdown);
    }

    @Test
    void charactersXmlForbidsBecomeTheReplacementCharacter() throws Exception {
      assertEquals(
          "a\uFFFDb\tc\uFFFD\uD83D\uDE00", CanvasHtml.text("a\u0001b\tc\uD800\uD83D\uDE00"));
      BusinessModel model = BusinessModel.builder().id("m").name("Bell\u0007 \uFFFF").build();
      Document document = parse(BusinessModelCanvas.of(model).toHtml());
      assertTrue(document.getDocumentElement().getTextContent().contains("Bell\uFFFD \uFFFD"));
    }
  }

  @Test
  void longEntriesWrapAtSpacesAndLongWordsInside() {
    assertEquals(
        List.of("one two", "three"),
        CanvasHtml.wrap("one two three", CanvasHtml.advance("one two")));
    assertEquals(
        List.of("abcd", "efgh", "ij"), CanvasHtml.wrap("abcdefghij", CanvasHtml.advance("abcd")));
    assertEquals(List.of("中文", "中"), CanvasHtml.wrap("中文中", 4 * 1024));
    assertEquals(List.of("a b"), CanvasHtml.wrap(" a \n b ", CanvasHtml.advance("a b")));
  }

  @Test
  void aCanvasNeedsATitle() {
    assertEquals(
        "the canvas's title is blank; give a non-blank title",
        assertThrows(
                IllegalArgumentException.class,
                () -> new BusinessModelCanvas(" ", header("m", 1), List.of()))
            .getMessage());
  }

  @Test
  void canvasesAreEqualByValue() {
    new EqualsTester()
        .addEqualityGroup(BusinessModelCanvas.of(wineModel()), BusinessModelCanvas.of(wineModel()))
        .addEqualityGroup(BusinessModelCanvas.of(wineModel().withName("Other")))
        .addEqualityGroup(
            new BusinessModelCanvas(
                "Hill wines on the regional platform",
                BusinessModelCanvas.of(wineModel()).header(),
                List.of()))
        .testEquals();
  }
}

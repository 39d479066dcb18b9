package org.bmi4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.bmi4j.core.alliance.PartnerBalance;
import org.bmi4j.core.alliance.Realisation;
import org.bmi4j.core.alliance.Superadditivity;
import org.bmi4j.core.alliance.WinWinVerdict;
import org.bmi4j.core.analysis.BmiRule;
import org.bmi4j.core.analysis.BmiVerdict;
import org.bmi4j.core.analysis.BusinessModelIntersection;
import org.bmi4j.core.analysis.BusinessModelIntersection.Comparison;
import org.bmi4j.core.analysis.BusinessModelIntersection.ComplementBasis;
import org.bmi4j.core.analysis.BusinessModelIntersection.ComplementaryResource;
import org.bmi4j.core.analysis.BusinessModelIntersection.OverlappingOffering;
import org.bmi4j.core.analysis.BusinessModelIntersection.SharedSegment;
import org.bmi4j.core.analysis.ChangeGroup;
import org.bmi4j.core.analysis.ElementChange;
import org.bmi4j.core.analysis.ElementKey;
import org.bmi4j.core.analysis.ElementKind;
import org.bmi4j.core.analysis.Impact;
import org.bmi4j.core.analysis.Novelty;
import org.bmi4j.core.analysis.NoveltyScope;
import org.bmi4j.core.analysis.PortfolioVerdict;
import org.bmi4j.core.canvas.BusinessModelCanvas;
import org.bmi4j.core.canvas.CanvasBlock;
import org.bmi4j.core.canvas.CanvasHeader;
import org.bmi4j.core.canvas.CanvasItem;
import org.bmi4j.core.ecosystem.Corroboration;
import org.bmi4j.core.ecosystem.EcosystemAssessment;
import org.bmi4j.core.ecosystem.EcosystemPattern;
import org.bmi4j.core.ecosystem.HistoryAspect;
import org.bmi4j.core.ecosystem.HistoryEvidence;
import org.bmi4j.core.ecosystem.NoValueFinding;
import org.bmi4j.core.ecosystem.PatternVerdict;
import org.bmi4j.core.ecosystem.Tension;
import org.bmi4j.core.ecosystem.TensionKind;
import org.bmi4j.core.model.ActivityKind;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.AmountBasis;
import org.bmi4j.core.model.AmountTotal;
import org.bmi4j.core.model.Channel;
import org.bmi4j.core.model.Completeness;
import org.bmi4j.core.model.DesignElement;
import org.bmi4j.core.model.Exchanged;
import org.bmi4j.core.model.GovernanceMode;
import org.bmi4j.core.model.Money;
import org.bmi4j.core.model.Reciprocity;
import org.bmi4j.core.model.Resource;
import org.bmi4j.core.model.ResourceKind;
import org.bmi4j.core.model.RevenueMechanism;
import org.bmi4j.core.model.Sector;
import org.bmi4j.core.model.ValueFunction;
import org.bmi4j.core.model.ValueKind;
import org.junit.jupiter.api.Test;

/**
 * Every public record constructor of bmi-core that takes Guava immutable collections also takes
 * plain JDK ones ({@code List.of}, {@code Set.of}, {@code Map.of}) and copies them: this compiles
 * only while the twins exist, and each twin makes a value equal to the one built from Guava
 * collections.
 */
class CollectionArgumentsTests {
  private static final Money TEN = Money.of("10", "EUR");
  private static final ElementKey KEY = new ElementKey(ElementKind.ACTOR, "a");
  private static final ElementChange CHANGE =
      new ElementChange(
          KEY,
          Optional.empty(),
          Optional.of("a"),
          Set.of(ValueFunction.PROPOSITION),
          Set.of(DesignElement.CONTENT));
  private static final PartnerBalance BALANCE = new PartnerBalance("p", 1, TEN, TEN, List.of());
  private static final Resource RESOURCE = Resource.of("r", "R", ResourceKind.HUMAN, "a");

  @Test
  void modelRecordsTakeJdkCollections() {
    assertEquals(
        new AmountTotal(AmountBasis.values()[0], TEN, ImmutableList.of("x")),
        new AmountTotal(AmountBasis.values()[0], TEN, List.of("x")));
    assertEquals(
        new Reciprocity("e", "r", Reciprocity.Basis.NONE, ImmutableList.of("p")),
        new Reciprocity("e", "r", Reciprocity.Basis.NONE, List.of("p")));
    assertEquals(
        new Completeness(ImmutableSet.of(ValueFunction.CREATION)),
        new Completeness(Set.of(ValueFunction.CREATION)));
  }

  @Test
  void allianceRecordsTakeJdkCollections() {
    assertEquals(
        new PartnerBalance("p", 1, TEN, TEN, ImmutableList.of()),
        new PartnerBalance("p", 1, TEN, TEN, List.of()));
    assertEquals(
        new Superadditivity(ImmutableMap.of("a", TEN, "b", TEN), TEN),
        new Superadditivity(Map.of("a", TEN, "b", TEN), TEN));
    assertEquals(
        new WinWinVerdict(
            BigDecimal.ONE,
            ImmutableList.of(BALANCE),
            ImmutableList.of(),
            ImmutableSet.of(Realisation.EXPECTED)),
        new WinWinVerdict(
            BigDecimal.ONE, List.of(BALANCE), List.of(), Set.of(Realisation.EXPECTED)));
    assertEquals(
        new WinWinVerdict(BigDecimal.ONE, ImmutableList.of(BALANCE), ImmutableList.of()),
        new WinWinVerdict(BigDecimal.ONE, List.of(BALANCE), List.of()));
  }

  @Test
  void ecosystemRecordsTakeJdkCollections() {
    Tension tension = new Tension(TensionKind.values()[0], ImmutableList.of("a", "b"), "why");
    assertEquals(tension, new Tension(TensionKind.values()[0], List.of("a", "b"), "why"));
    HistoryEvidence evidence =
        new HistoryEvidence(HistoryAspect.MEMBERSHIP, true, Corroboration.CORROBORATES, "fact");
    PatternVerdict verdict =
        new PatternVerdict(
            EcosystemPattern.values()[0], ImmutableList.of("f"), ImmutableList.of(evidence));
    assertEquals(
        verdict, new PatternVerdict(EcosystemPattern.values()[0], List.of("f"), List.of(evidence)));
    NoValueFinding finding = new NoValueFinding("a", "none");
    assertEquals(
        new EcosystemAssessment(verdict, ImmutableList.of(tension), ImmutableList.of(finding)),
        new EcosystemAssessment(verdict, List.of(tension), List.of(finding)));
  }

  @Test
  void canvasRecordsTakeJdkCollections() {
    Actor actor = Actor.of("a", "A", ActorRole.CUSTOMER_SEGMENT, Sector.PRIVATE);
    CanvasHeader header =
        new CanvasHeader(
            "m",
            1,
            ImmutableList.of(actor),
            ImmutableSet.of(ValueKind.SOCIAL),
            ImmutableList.of("g"),
            ImmutableList.of(actor));
    assertEquals(
        header,
        new CanvasHeader(
            "m", 1, List.of(actor), Set.of(ValueKind.SOCIAL), List.of("g"), List.of(actor)));
    CanvasItem.Note note = new CanvasItem.Note(CanvasBlock.CUSTOMER_SEGMENTS, "a");
    assertEquals(
        new BusinessModelCanvas("T", header, ImmutableList.of(note)),
        new BusinessModelCanvas("T", header, List.of(note)));
    CanvasItem.Proposition proposition =
        new CanvasItem.Proposition(
            "o", "O", ImmutableSet.of(ValueKind.SOCIAL), ImmutableList.of(actor));
    assertEquals(
        proposition,
        new CanvasItem.Proposition("o", "O", Set.of(ValueKind.SOCIAL), List.of(actor)));
    CanvasItem.ValueShareGiven share =
        new CanvasItem.ValueShareGiven("s", actor, ValueKind.SOCIAL, Optional.empty());
    assertEquals(
        new CanvasItem.Mission(
            ValueKind.SOCIAL, ImmutableList.of(proposition), ImmutableList.of(share)),
        new CanvasItem.Mission(ValueKind.SOCIAL, List.of(proposition), List.of(share)));
    CanvasItem.Delivery delivery =
        new CanvasItem.Delivery(Exchanged.offering("o"), "O", actor, Optional.empty());
    assertEquals(
        new CanvasItem.ChannelUse(Channel.DIRECT, ImmutableList.of(delivery)),
        new CanvasItem.ChannelUse(Channel.DIRECT, List.of(delivery)));
    CanvasItem.KeyActivity activity =
        new CanvasItem.KeyActivity(
            "x", "X", ActivityKind.PRODUCTION, actor, GovernanceMode.IN_HOUSE, Optional.empty());
    assertEquals(
        new CanvasItem.Relationship(
            actor,
            ImmutableList.of(activity),
            ImmutableSet.of(RevenueMechanism.SALE),
            ImmutableList.of(ValueKind.SOCIAL),
            ImmutableList.of(actor)),
        new CanvasItem.Relationship(
            actor,
            List.of(activity),
            Set.of(RevenueMechanism.SALE),
            List.of(ValueKind.SOCIAL),
            List.of(actor)));
    CanvasItem.KeyResource resource =
        new CanvasItem.KeyResource("r", "R", ResourceKind.HUMAN, actor);
    assertEquals(
        new CanvasItem.Partner(actor, ImmutableList.of(resource), ImmutableList.of(activity)),
        new CanvasItem.Partner(actor, List.of(resource), List.of(activity)));
  }

  @Test
  void analysisRecordsTakeJdkCollections() {
    assertEquals(
        new ElementChange(
            KEY,
            Optional.empty(),
            Optional.of("a"),
            ImmutableSet.of(ValueFunction.PROPOSITION),
            ImmutableSet.of(DesignElement.CONTENT)),
        CHANGE);
    assertEquals(
        new ChangeGroup(KEY, true, false, ImmutableList.of(CHANGE)),
        new ChangeGroup(KEY, true, false, List.of(CHANGE)));
    assertEquals(
        new BmiVerdict(BmiRule.values()[0], ImmutableList.of(CHANGE), true),
        new BmiVerdict(BmiRule.values()[0], List.of(CHANGE), true));
    assertEquals(
        new BmiVerdict(BmiRule.values()[0], ImmutableList.of(CHANGE)),
        new BmiVerdict(BmiRule.values()[0], List.of(CHANGE)));
    BmiVerdict verdict = new BmiVerdict(BmiRule.values()[0], List.of(CHANGE));
    assertEquals(
        new PortfolioVerdict(
            BmiRule.values()[0],
            Optional.empty(),
            ImmutableList.of("n"),
            ImmutableList.of(),
            ImmutableMap.of("k", verdict)),
        new PortfolioVerdict(
            BmiRule.values()[0], Optional.empty(), List.of("n"), List.of(), Map.of("k", verdict)));
    Set<ValueFunction> one = Set.of(ValueFunction.CREATION);
    ImmutableSet<ValueFunction> guavaOne = ImmutableSet.of(ValueFunction.CREATION);
    assertEquals(
        new Impact(guavaOne, guavaOne, guavaOne, guavaOne), new Impact(one, one, one, one));
    assertEquals(
        new Novelty(
            NoveltyScope.NEW_TO_FIRM,
            0.5,
            ImmutableList.of("m"),
            Optional.of("m"),
            ImmutableList.of(CHANGE),
            ImmutableList.of()),
        new Novelty(
            NoveltyScope.NEW_TO_FIRM,
            0.5,
            List.of("m"),
            Optional.of("m"),
            List.of(CHANGE),
            List.of()));
  }

  @Test
  void intersectionRecordsTakeJdkCollections() {
    SharedSegment segment = new SharedSegment("a", List.of("o"), List.of("p"));
    assertEquals(new SharedSegment("a", ImmutableList.of("o"), ImmutableList.of("p")), segment);
    ComplementaryResource complement =
        new ComplementaryResource("m1", RESOURCE, "m2", List.of("x"), ComplementBasis.DOMAIN);
    assertEquals(
        new ComplementaryResource(
            "m1", RESOURCE, "m2", ImmutableList.of("x"), ComplementBasis.DOMAIN),
        complement);
    assertEquals(
        new ComplementaryResource("m1", RESOURCE, "m2", ImmutableList.of("x")),
        new ComplementaryResource("m1", RESOURCE, "m2", List.of("x")));
    OverlappingOffering overlap =
        new OverlappingOffering("o", "o", true, Set.of(ValueKind.ECONOMIC), Set.of("a"));
    assertEquals(
        new OverlappingOffering(
            "o", "o", true, ImmutableSet.of(ValueKind.ECONOMIC), ImmutableSet.of("a")),
        overlap);
    ImmutableList<String> g = ImmutableList.of("s");
    Comparison comparison = new Comparison(g, g, g, g, g, g);
    List<String> j = List.of("s");
    assertEquals(comparison, new Comparison(j, j, j, j, j, j));
    assertEquals(
        new BusinessModelIntersection(
            "m1",
            "m2",
            ImmutableList.of(segment),
            ImmutableList.of(complement),
            ImmutableList.of(overlap),
            comparison),
        new BusinessModelIntersection(
            "m1", "m2", List.of(segment), List.of(complement), List.of(overlap), comparison));
  }

  /** The twin copies: changing the list given afterwards leaves the value as it was. */
  @Property
  void aTwinCopiesItsArgument(@ForAll List<String> actors) {
    List<String> given = new ArrayList<>(actors);
    Tension tension = new Tension(TensionKind.values()[0], given, "why");
    given.add("later");
    assertEquals(actors, tension.actors());
    assertEquals(
        new Tension(TensionKind.values()[0], ImmutableList.copyOf(actors), "why"), tension);
  }
}

package org.bmi4j.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode;
import org.bmi4j.core.analysis.BusinessModelIntersection.ComplementBasis;
import org.bmi4j.core.analysis.BusinessModelIntersection.ComplementaryResource;
import org.bmi4j.core.analysis.BusinessModelIntersection.OverlappingOffering;
import org.bmi4j.core.analysis.BusinessModelIntersection.SharedSegment;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Offering;
import org.bmi4j.core.model.ResourceKind;
import org.bmi4j.core.model.ValueCreation;
import org.bmi4j.core.model.ValueProposition;
import org.bmi4j.core.testing.ModelArbitraries;

/** Properties of the intersection of two business models. */
class BusinessModelIntersectionProperties {
  @Provide
  Arbitrary<BusinessModel> models() {
    return ModelArbitraries.businessModels();
  }

  /**
   * Pairs of models, half of them related: the second a reordered copy of the first whose resources
   * changed kind, so that shared segments, overlaps and complements are frequent.
   */
  @Provide
  Arbitrary<Tuple2<BusinessModel, BusinessModel>> pairs() {
    Arbitrary<Tuple2<BusinessModel, BusinessModel>> unrelated =
        Combinators.combine(models(), models()).as(Tuple::of);
    Arbitrary<Tuple2<BusinessModel, BusinessModel>> related =
        Combinators.combine(models(), Arbitraries.integers().between(1, 5))
            .as((a, shift) -> Tuple.of(a, relative(a, shift)));
    return Arbitraries.oneOf(unrelated, related);
  }

  private static BusinessModel relative(BusinessModel a, int shift) {
    ResourceKind[] kinds = ResourceKind.values();
    return BusinessModel.builder()
        .from(a)
        .id(a.id() + ".b")
        .actors(a.actors().reverse())
        .proposition(
            ValueProposition.builder()
                .addAllOfferings(a.proposition().offerings().reverse())
                .build())
        .creation(
            ValueCreation.builder()
                .from(a.creation())
                .resources(
                    a.creation().resources().stream()
                        .map(r -> r.withKind(kinds[(r.kind().ordinal() + shift) % kinds.length]))
                        .collect(Collectors.toList()))
                .build())
        .build();
  }

  @Property
  void sharedSegmentsAreTheSameEitherWayRound(
      @ForAll("pairs") Tuple2<BusinessModel, BusinessModel> pair) {
    BusinessModel a = pair.get1();
    BusinessModel b = pair.get2();
    assertEquals(
        segments(BusinessModelIntersection.of(a, b)), segments(BusinessModelIntersection.of(b, a)));
  }

  @Property
  void complementaryResourcesAreTheSameEitherWayRound(
      @ForAll("pairs") Tuple2<BusinessModel, BusinessModel> pair) {
    BusinessModel a = pair.get1();
    BusinessModel b = pair.get2();
    assertEquals(
        Set.copyOf(BusinessModelIntersection.of(a, b).complementaryResources()),
        Set.copyOf(BusinessModelIntersection.of(b, a).complementaryResources()));
  }

  @Property
  void overlapsAreTheSameEitherWayRoundWithEachPairSwapped(
      @ForAll("pairs") Tuple2<BusinessModel, BusinessModel> pair) {
    BusinessModel a = pair.get1();
    BusinessModel b = pair.get2();
    Set<OverlappingOffering> swapped =
        BusinessModelIntersection.of(b, a).overlappingOfferings().stream()
            .map(
                o ->
                    new OverlappingOffering(
                        o.second(),
                        o.first(),
                        o.sameId(),
                        o.commonValueKinds(),
                        o.commonBeneficiaries()))
            .collect(Collectors.toSet());
    assertEquals(Set.copyOf(BusinessModelIntersection.of(a, b).overlappingOfferings()), swapped);
  }

  @Property
  void aModelOverlapsItselfInEveryOfferingAndComplementsNothing(@ForAll("models") BusinessModel a) {
    BusinessModelIntersection self = BusinessModelIntersection.of(a, a);
    for (Offering offering : a.proposition().offerings()) {
      assertTrue(
          self.overlappingOfferings()
              .contains(
                  new OverlappingOffering(
                      offering.id(),
                      offering.id(),
                      true,
                      offering.valueKinds(),
                      offering.beneficiaries())),
          () -> offering.id() + " missing from " + self.overlappingOfferings());
    }
    assertEquals(0, self.complementaryResources().size());
  }

  @Property
  @StatisticsReport(StatisticsReportMode.OFF) // the coverage check below asserts what matters
  void synergyIsAComplementaryResourceOrASharedSegment(
      @ForAll("pairs") Tuple2<BusinessModel, BusinessModel> pair) {
    BusinessModel a = pair.get1();
    BusinessModel b = pair.get2();
    BusinessModelIntersection i = BusinessModelIntersection.of(a, b);
    Statistics.label("shared segment").collect(!i.sharedSegments().isEmpty());
    Statistics.label("complement").collect(!i.complementaryResources().isEmpty());
    Statistics.label("overlap").collect(!i.overlappingOfferings().isEmpty());
    Statistics.label("shared segment").coverage(c -> c.check(true).percentage(p -> p > 10));
    Statistics.label("complement").coverage(c -> c.check(true).percentage(p -> p > 10));
    Statistics.label("overlap").coverage(c -> c.check(true).percentage(p -> p > 10));
    assertEquals(
        !i.complementaryResources().isEmpty() || !i.sharedSegments().isEmpty(), i.hasSynergy());
  }

  /** The model with a domain on every resource, drawn from three domains by the resource's id. */
  private static BusinessModel withDomains(BusinessModel model, int salt) {
    String[] domains = {"chemistry", "telematics", "logistics"};
    return model.withCreation(
        model
            .creation()
            .withResources(
                model.creation().resources().stream()
                    .map(
                        r ->
                            r.withDomain(
                                domains[Math.floorMod(r.id().hashCode() + salt, domains.length)]))
                    .collect(Collectors.toList())));
  }

  /**
   * Without domains, complementarity is kind-level: every complement has basis KIND and its kind is
   * one the other model holds no resource of.
   */
  @Property
  void withoutDomainsEveryComplementIsOfAKindTheOtherModelLacks(
      @ForAll("pairs") Tuple2<BusinessModel, BusinessModel> pair) {
    // the lacking model is named by its id, so two models of one id cannot be told apart here
    Assume.that(!pair.get1().id().equals(pair.get2().id()));
    BusinessModelIntersection i = BusinessModelIntersection.of(pair.get1(), pair.get2());
    for (ComplementaryResource c : i.complementaryResources()) {
      BusinessModel lacking = c.lacking().equals(pair.get1().id()) ? pair.get1() : pair.get2();
      assertEquals(ComplementBasis.KIND, c.basis());
      assertTrue(
          lacking.creation().resources().stream().noneMatch(r -> r.kind() == c.resource().kind()));
    }
  }

  /**
   * Domains take precedence over kinds and only refine them: naming domains keeps every kind-level
   * complement and adds DOMAIN complements, each of a kind the other model holds but in a domain
   * none of its resources names. Overlaps do not depend on domains.
   */
  @Property
  @StatisticsReport(StatisticsReportMode.OFF) // the coverage check below asserts what matters
  void namingDomainsKeepsEveryKindLevelComplementAndAddsOnlyDomainComplements(
      @ForAll("pairs") Tuple2<BusinessModel, BusinessModel> pair,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 2) int salt) {
    BusinessModel a = pair.get1();
    BusinessModel b = pair.get2();
    // the lacking model is named by its id, so two models of one id cannot be told apart here
    Assume.that(!a.id().equals(b.id()));
    BusinessModel da = withDomains(a, 0);
    BusinessModel db = withDomains(b, salt);
    BusinessModelIntersection byKind = BusinessModelIntersection.of(a, b);
    BusinessModelIntersection byDomain = BusinessModelIntersection.of(da, db);
    Set<String> kindLevel =
        byKind.complementaryResources().stream()
            .map(c -> c.holder() + "/" + c.resource().id())
            .collect(Collectors.toSet());
    for (ComplementaryResource c : byDomain.complementaryResources()) {
      String key = c.holder() + "/" + c.resource().id();
      assertEquals(kindLevel.contains(key), c.basis() == ComplementBasis.KIND, key);
      if (c.basis() == ComplementBasis.DOMAIN) {
        BusinessModel lacking = c.lacking().equals(da.id()) ? da : db;
        assertTrue(
            lacking.creation().resources().stream()
                .filter(r -> r.kind() == c.resource().kind())
                .noneMatch(r -> r.domain().equals(c.resource().domain())),
            key);
      }
    }
    assertEquals(
        kindLevel,
        byDomain.complementaryResources().stream()
            .filter(c -> c.basis() == ComplementBasis.KIND)
            .map(c -> c.holder() + "/" + c.resource().id())
            .collect(Collectors.toSet()));
    assertEquals(byKind.overlappingOfferings(), byDomain.overlappingOfferings());
    Statistics.label("domain complement")
        .collect(
            byDomain.complementaryResources().stream()
                .anyMatch(c -> c.basis() == ComplementBasis.DOMAIN));
    Statistics.label("domain complement").coverage(c -> c.check(true).percentage(p -> p > 5));
  }

  private static Set<String> segments(BusinessModelIntersection intersection) {
    return intersection.sharedSegments().stream()
        .map(SharedSegment::actor)
        .collect(Collectors.toSet());
  }
}

package org.bmi4j.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Offering;
import org.bmi4j.core.model.RevenueMechanism;
import org.bmi4j.core.model.RevenueStream;
import org.bmi4j.core.testing.ModelArbitraries;

/** Properties of business model diffs and their BMI classification over generated models. */
class BusinessModelDiffProperties {
  private static final ClassificationPolicy DEFAULTS = ClassificationPolicy.defaults();

  @Provide
  Arbitrary<BusinessModel> models() {
    return ModelArbitraries.businessModels();
  }

  @Provide
  Arbitrary<Tuple2<BusinessModel, BusinessModel>> pairs() {
    return ModelMutations.pairs();
  }

  /** Two valid policies p and q with each of q's thresholds at least p's. */
  @Provide
  Arbitrary<Tuple2<ClassificationPolicy, ClassificationPolicy>> orderedPolicies() {
    Arbitrary<Double> unit = Arbitraries.doubles().between(0, 1).ofScale(2);
    return Combinators.combine(unit, unit, unit, unit)
        .as(
            (a, b, c, d) -> {
              double pReplacement = Math.min(a, b);
              double pRetained = Math.max(a, b);
              double qRetained = Math.min(1, pRetained + c * (1 - pRetained));
              double qReplacement =
                  Math.min(
                      qRetained,
                      Math.max(pReplacement, pReplacement + d * (qRetained - pReplacement)));
              return Tuple.of(
                  new ClassificationPolicy(pRetained, pReplacement),
                  new ClassificationPolicy(qRetained, qReplacement));
            });
  }

  @Property
  @StatisticsReport(StatisticsReportMode.OFF) // the coverage check below asserts what matters
  void everyDiffGetsExactlyOneClassByThePrecedenceOfSpec35(
      @ForAll("pairs") Tuple2<BusinessModel, BusinessModel> pair) {
    BusinessModel before = pair.get1();
    BusinessModel after = pair.get2();
    BusinessModelDiff diff = BusinessModelDiff.of(before, after);
    BmiVerdict verdict = DEFAULTS.classify(diff);
    Statistics.collect(verdict.rule());
    Statistics.coverage(
        coverage -> {
          // the generated pairs reach the main rules of both kinds, not only the trivial ones
          coverage.check(BmiRule.NO_DIFFERENCE).percentage(p -> p > 5);
          coverage.check(BmiRule.OFFERINGS_ALL_GONE).percentage(p -> p > 5);
          coverage.check(BmiRule.ADDITIONS_KEEPING_OFFERINGS).percentage(p -> p > 5);
          coverage.check(BmiRule.RETAINED_BELOW_REPLACEMENT_SHARE).percentage(p -> p > 2);
        });

    BmiClass bmiClass = verdict.bmiClass();
    assertNotEquals(BmiClass.PARALLEL, bmiClass, "PARALLEL is for portfolios only");
    assertEquals(verdict.isMajor(), verdict.rule().isMajor());
    assertTrue(!verdict.isMajor() || bmiClass == BmiClass.EXTENSION, verdict::toString);
    assertTrue(diff.changes().containsAll(verdict.elements()), verdict::toString);

    Set<String> offeringsBefore = offeringIds(before);
    Set<String> offeringsAfter = offeringIds(after);
    boolean offeringsAllGone =
        !offeringsBefore.isEmpty() && Sets.intersection(offeringsBefore, offeringsAfter).isEmpty();
    Set<RevenueMechanism> mechanismsBefore = mechanisms(before);
    boolean mechanismsAllGone =
        !mechanismsBefore.isEmpty()
            && Sets.intersection(mechanismsBefore, mechanisms(after)).isEmpty();
    boolean lowRetention = diff.retention() < DEFAULTS.replacementShare();
    boolean replacement = offeringsAllGone || mechanismsAllGone || lowRetention;

    assertEquals(replacement, bmiClass == BmiClass.REPLACEMENT, verdict::toString);
    assertEquals(diff.isEmpty(), bmiClass == BmiClass.NONE, verdict::toString);
    if (!replacement && !diff.added().isEmpty() && offeringsAfter.containsAll(offeringsBefore)) {
      assertEquals(BmiClass.EXTENSION, bmiClass, verdict::toString);
      assertEquals(diff.retention() < DEFAULTS.retainedShare(), verdict.isMajor());
    }
    if (!replacement && diff.added().isEmpty() && !diff.isEmpty()) {
      assertEquals(BmiClass.INCREMENTAL, bmiClass, verdict::toString);
    }
    if (bmiClass == BmiClass.EXTENSION) {
      assertFalse(diff.added().isEmpty(), verdict::toString);
    }
  }

  @Property
  void aModelComparedWithItselfIsNoneWithSimilarityOne(@ForAll("models") BusinessModel model) {
    BusinessModel copy = BusinessModel.builder().from(model).build();
    BusinessModelDiff diff = BusinessModelDiff.of(model, copy);
    assertEquals(
        new BmiVerdict(BmiRule.NO_DIFFERENCE, ImmutableList.of()), DEFAULTS.classify(diff));
    assertEquals(1.0, diff.similarity());
    assertEquals(1.0, diff.retention());
    assertTrue(diff.added().isEmpty());
    assertTrue(diff.removed().isEmpty());
    assertTrue(diff.changed().isEmpty());
    assertTrue(diff.isEmpty());
    assertEquals(diff.beforeKeys().asList(), diff.afterKeys().asList());
  }

  @Property
  void diffsInOppositeDirectionsMirrorEachOther(
      @ForAll("pairs") Tuple2<BusinessModel, BusinessModel> pair) {
    BusinessModelDiff forward = BusinessModelDiff.of(pair.get1(), pair.get2());
    BusinessModelDiff backward = BusinessModelDiff.of(pair.get2(), pair.get1());
    assertEquals(reversed(forward.added()), backward.removed());
    assertEquals(reversed(forward.removed()), backward.added());
    assertEquals(
        ImmutableSet.copyOf(reversed(forward.changed())), ImmutableSet.copyOf(backward.changed()));
    assertEquals(forward.changed().size(), backward.changed().size());
    assertEquals(forward.similarity(), backward.similarity());
    assertEquals(forward.beforeKeys(), backward.afterKeys());
    assertEquals(forward.functions(), backward.functions());
    assertEquals(forward.designElements(), backward.designElements());
  }

  @Property
  void addedRemovedAndChangedPartitionTheKeysAndSimilarityIsJaccard(
      @ForAll("pairs") Tuple2<BusinessModel, BusinessModel> pair) {
    BusinessModelDiff diff = BusinessModelDiff.of(pair.get1(), pair.get2());
    Set<ElementKey> before = diff.beforeKeys();
    Set<ElementKey> after = diff.afterKeys();
    assertEquals(Sets.difference(after, before), keys(diff.added()));
    assertEquals(Sets.difference(before, after), keys(diff.removed()));
    assertTrue(Sets.intersection(before, after).containsAll(keys(diff.changed())));
    assertEquals(
        diff.added().size() + diff.removed().size() + diff.changed().size(), diff.changes().size());

    double similarity = diff.similarity();
    assertTrue(similarity >= 0 && similarity <= 1, () -> "similarity " + similarity);
    assertTrue(diff.retention() >= 0 && diff.retention() <= 1);
    Set<ElementKey> beforeUnits = diff.beforeUnits();
    Set<ElementKey> afterUnits = diff.afterUnits();
    assertEquals(beforeUnits.equals(afterUnits), similarity == 1.0);
    int union = Sets.union(beforeUnits, afterUnits).size();
    if (union > 0) {
      assertEquals((double) Sets.intersection(beforeUnits, afterUnits).size() / union, similarity);
    }
    if (!beforeUnits.isEmpty()) {
      assertEquals(
          (double) Sets.intersection(beforeUnits, afterUnits).size() / beforeUnits.size(),
          diff.retention());
    }
  }

  /**
   * The change groups partition the changes: every differing element is in exactly one group, the
   * group of its unit (an activity's value-creating mark, governance and outgoing links with the
   * activity); a group is added or removed exactly when its unit is, and then so is every part.
   */
  @Property
  @StatisticsReport(StatisticsReportMode.OFF) // the coverage check below asserts what matters
  void changeGroupsPartitionTheChangesByUnit(
      @ForAll("pairs") Tuple2<BusinessModel, BusinessModel> pair) {
    BusinessModelDiff diff = BusinessModelDiff.of(pair.get1(), pair.get2());
    List<ElementChange> parts = new java.util.ArrayList<>();
    Set<ElementKey> units = new HashSet<>();
    for (ChangeGroup group : diff.changeGroups()) {
      assertTrue(units.add(group.unit()), "one group per unit: " + group.unit());
      assertEquals(!diff.beforeUnits().contains(group.unit()), group.added());
      assertEquals(!diff.afterUnits().contains(group.unit()), group.removed());
      for (ElementChange part : group.parts()) {
        parts.add(part);
        ElementKey key = part.key();
        switch (key.kind()) {
          case VALUE_CREATING_ACTIVITY, GOVERNANCE ->
              assertEquals(new ElementKey(ElementKind.ACTIVITY, key.id()), group.unit());
          case LINK -> assertTrue(key.id().startsWith(group.unit().id() + "->"), key::toString);
          default -> assertEquals(key, group.unit());
        }
        if (group.added()) {
          assertTrue(part.isAdded(), part::toString);
        }
        if (group.removed()) {
          assertTrue(part.isRemoved(), part::toString);
        }
      }
    }
    assertEquals(Set.copyOf(diff.changes()), Set.copyOf(parts));
    assertEquals(diff.changes().size(), parts.size());
    Statistics.label("grouped").collect(diff.changeGroups().size() < diff.changes().size());
    Statistics.label("grouped")
        .coverage(
            coverage -> {
              coverage.check(true).percentage(p -> p > 20);
              coverage.check(false).percentage(p -> p > 20);
            });
  }

  @Property
  void classificationIsDeterministic(@ForAll("pairs") Tuple2<BusinessModel, BusinessModel> pair) {
    BusinessModelDiff first = BusinessModelDiff.of(pair.get1(), pair.get2());
    BusinessModelDiff second =
        BusinessModelDiff.of(
            BusinessModel.builder().from(pair.get1()).build(),
            BusinessModel.builder().from(pair.get2()).build());
    assertEquals(first, second);
    assertEquals(first.changes(), second.changes());
    assertEquals(DEFAULTS.classify(first), DEFAULTS.classify(second));
    assertEquals(DEFAULTS.classify(first), DEFAULTS.classify(first));
  }

  /**
   * Monotone in the thresholds: with the severity order NONE < INCREMENTAL < EXTENSION < major
   * EXTENSION < REPLACEMENT, raising either threshold never makes a verdict milder; in particular a
   * REPLACEMENT stays a REPLACEMENT when replacementShare rises.
   */
  @Property
  void raisingTheThresholdsNeverMakesAVerdictMilder(
      @ForAll("pairs") Tuple2<BusinessModel, BusinessModel> pair,
      @ForAll("orderedPolicies") Tuple2<ClassificationPolicy, ClassificationPolicy> policies) {
    ClassificationPolicy lower = policies.get1();
    ClassificationPolicy higher = policies.get2();
    assertTrue(lower.retainedShare() <= higher.retainedShare());
    assertTrue(lower.replacementShare() <= higher.replacementShare());
    BusinessModelDiff diff = BusinessModelDiff.of(pair.get1(), pair.get2());
    BmiVerdict mild = lower.classify(diff);
    BmiVerdict strict = higher.classify(diff);
    assertTrue(
        severity(mild) <= severity(strict),
        () -> mild + " under " + lower + " but " + strict + " under " + higher);
    if (mild.bmiClass() == BmiClass.REPLACEMENT) {
      assertEquals(mild, strict);
    }
  }

  /**
   * A diff of two different models differs from the diff of the same elements as two versions only
   * in saying so: the same changes and rule, with {@link BmiVerdict#comparesTwoModels()} set.
   */
  @Property
  void aDiffOfTwoModelsIsClassifiedAsTheirElementsSayAndSaysItComparesTwoModels(
      @ForAll("pairs") Tuple2<BusinessModel, BusinessModel> pair) {
    String otherId = pair.get1().id().equals("other.model") ? "other.model2" : "other.model";
    BusinessModel other = pair.get2().withId(otherId);
    BusinessModelDiff versions = BusinessModelDiff.of(pair.get1(), pair.get2());
    BusinessModelDiff models = BusinessModelDiff.of(pair.get1(), other);
    assertEquals(pair.get1().id().equals(pair.get2().id()), !versions.comparesTwoModels());
    assertTrue(models.comparesTwoModels());
    assertTrue(models.subject().contains("not two versions of one model"), models.subject());
    assertEquals(versions.changes(), models.changes());
    BmiVerdict verdict = DEFAULTS.classify(models);
    assertTrue(verdict.comparesTwoModels());
    assertEquals(DEFAULTS.classify(versions).rule(), verdict.rule());
    assertEquals(DEFAULTS.classify(versions).elements(), verdict.elements());
  }

  @Property
  void aPortfolioThatGainsAModelBesideItsOwnIsParallel(
      @ForAll("pairs") Tuple2<BusinessModel, BusinessModel> pair) {
    BusinessModel extant = pair.get1();
    BusinessModel added = pair.get2().withId(extant.id() + ".new");
    PortfolioVerdict verdict = DEFAULTS.classify(List.of(extant), List.of(pair.get1(), added));
    assertEquals(BmiClass.PARALLEL, verdict.bmiClass());
    assertEquals(List.of(added.id()), verdict.newModels());
  }

  private static int severity(BmiVerdict verdict) {
    return switch (verdict.bmiClass()) {
      case NONE -> 0;
      case INCREMENTAL -> 1;
      case EXTENSION -> verdict.isMajor() ? 3 : 2;
      case REPLACEMENT -> 4;
      case PARALLEL -> throw new AssertionError("PARALLEL for a diff: " + verdict);
    };
  }

  private static List<ElementChange> reversed(List<ElementChange> changes) {
    return changes.stream().map(ElementChange::reversed).toList();
  }

  private static Set<ElementKey> keys(List<ElementChange> changes) {
    Set<ElementKey> keys = new HashSet<>();
    for (ElementChange change : changes) {
      keys.add(change.key());
    }
    return keys;
  }

  private static Set<String> offeringIds(BusinessModel model) {
    Set<String> ids = new HashSet<>();
    for (Offering offering : model.proposition().offerings()) {
      ids.add(offering.id());
    }
    return ids;
  }

  private static Set<RevenueMechanism> mechanisms(BusinessModel model) {
    Set<RevenueMechanism> mechanisms = new HashSet<>();
    for (RevenueStream stream : model.capture().revenueStreams()) {
      mechanisms.add(stream.mechanism());
    }
    return mechanisms;
  }
}

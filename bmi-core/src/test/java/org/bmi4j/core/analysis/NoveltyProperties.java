package org.bmi4j.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Exchange;
import org.bmi4j.core.model.Exchanged;
import org.bmi4j.core.testing.ModelArbitraries;

/**
 * Properties of {@link Novelty}: it compares by structure, splits the added elements, and is
 * monotone in its threshold and its reference set (library formalisation).
 */
class NoveltyProperties {
  @Provide
  Arbitrary<Tuple2<BusinessModel, BusinessModel>> pairs() {
    return ModelMutations.pairs();
  }

  @Provide
  Arbitrary<BusinessModel> models() {
    return ModelArbitraries.businessModels();
  }

  @Provide
  Arbitrary<Double> thresholds() {
    return Arbitraries.doubles().between(0.01, 1).ofScale(2);
  }

  @Property
  @StatisticsReport(StatisticsReportMode.OFF) // the coverage check below asserts what matters
  void matchedAndUnmatchedSplitTheAddedElementsInTheDiffsOrder(
      @ForAll("pairs") Tuple2<BusinessModel, BusinessModel> pair,
      @ForAll @Size(max = 3) List<@From("models") BusinessModel> reference,
      @ForAll("thresholds") double threshold) {
    BusinessModelDiff diff = BusinessModelDiff.of(pair.get1(), pair.get2());
    Novelty novelty = Novelty.of(diff, reference, threshold);
    Statistics.collect(novelty.scope(), !novelty.matched().isEmpty());
    Statistics.coverage(
        coverage -> {
          // the generated diffs reach both scopes with some added elements matched
          coverage.check(NoveltyScope.NEW_TO_FIRM, true).percentage(p -> p > 5);
          coverage.check(NoveltyScope.NEW_TO_INDUSTRY, true).percentage(p -> p > 2);
          coverage.check(NoveltyScope.NEW_TO_INDUSTRY, false).percentage(p -> p > 5);
        });
    List<ElementChange> merged = new ArrayList<>(diff.added());
    merged.retainAll(novelty.matched());
    assertEquals(novelty.matched(), merged, "matched keeps the diff's order");
    List<ElementChange> both = new ArrayList<>(novelty.matched());
    both.addAll(novelty.unmatched());
    assertEquals(diff.added().size(), both.size());
    assertTrue(diff.added().containsAll(both));
    assertEquals(
        novelty.scope() == NoveltyScope.NEW_TO_FIRM,
        diff.added().isEmpty() || novelty.matchedShare() >= threshold,
        novelty::summary);
  }

  @Property
  void raisingTheThresholdNeverMakesAChangeLessNew(
      @ForAll("pairs") Tuple2<BusinessModel, BusinessModel> pair,
      @ForAll @Size(max = 3) List<@From("models") BusinessModel> reference,
      @ForAll("thresholds") double a,
      @ForAll("thresholds") double b) {
    BusinessModelDiff diff = BusinessModelDiff.of(pair.get1(), pair.get2());
    Novelty lower = Novelty.of(diff, reference, Math.min(a, b));
    Novelty higher = Novelty.of(diff, reference, Math.max(a, b));
    assertTrue(
        lower.scope() == NoveltyScope.NEW_TO_FIRM || higher.scope() == NoveltyScope.NEW_TO_INDUSTRY,
        () -> lower.summary() + " but " + higher.summary());
  }

  @Property
  void addingAReferenceModelNeverMakesAChangeNewToTheIndustry(
      @ForAll("pairs") Tuple2<BusinessModel, BusinessModel> pair,
      @ForAll @Size(max = 2) List<@From("models") BusinessModel> reference,
      @ForAll("models") BusinessModel extra,
      @ForAll("thresholds") double threshold) {
    BusinessModelDiff diff = BusinessModelDiff.of(pair.get1(), pair.get2());
    Novelty fewer = Novelty.of(diff, reference, threshold);
    List<BusinessModel> more = new ArrayList<>(reference);
    more.add(extra);
    Novelty moreReference = Novelty.of(diff, more, threshold);
    assertTrue(
        fewer.scope() == NoveltyScope.NEW_TO_INDUSTRY
            || moreReference.scope() == NoveltyScope.NEW_TO_FIRM,
        () -> fewer.summary() + " but " + moreReference.summary());
    assertTrue(moreReference.matchedShare() >= fewer.matchedShare());
  }

  /** Names and ids are detail: the later model under other names has every added element. */
  @Property
  void aReferenceThatIsTheLaterModelUnderOtherNamesHasEveryAddedElement(
      @ForAll("pairs") Tuple2<BusinessModel, BusinessModel> pair,
      @ForAll("thresholds") double threshold) {
    BusinessModelDiff diff = BusinessModelDiff.of(pair.get1(), pair.get2());
    BusinessModel renamed = renamed(pair.get2());
    Novelty novelty = Novelty.of(diff, List.of(renamed), threshold);
    assertEquals(NoveltyScope.NEW_TO_FIRM, novelty.scope(), novelty::summary);
    assertEquals(diff.added(), novelty.matched());
  }

  private static BusinessModel renamed(BusinessModel model) {
    BusinessModel.Builder renamed =
        BusinessModel.builder().from(model).id("renamed.reference").name("Another firm");
    renamed.actors(model.actors().stream().map(a -> a.withName("other " + a.name())).toList());
    renamed.activities(
        model.activities().stream().map(a -> a.withName("other " + a.name())).toList());
    renamed.proposition(
        model
            .proposition()
            .withOfferings(
                model.proposition().offerings().stream()
                    .map(o -> o.withName("other " + o.name()))
                    .toList()));
    renamed.creation(
        model
            .creation()
            .withResources(
                model.creation().resources().stream()
                    .map(r -> r.withName("other " + r.name()))
                    .toList()));
    renamed.exchange(
        model
            .exchange()
            .withExchanges(
                model.exchange().exchanges().stream().map(NoveltyProperties::renamed).toList()));
    renamed.capture(
        model
            .capture()
            .withCosts(
                model.capture().costs().stream()
                    .map(c -> c.withName("other " + c.name()))
                    .toList()));
    return renamed.build();
  }

  private static Exchange renamed(Exchange exchange) {
    return exchange.what() instanceof Exchanged.Item item
        ? exchange.withWhat(Exchanged.item("other " + item.name()))
        : exchange;
  }
}

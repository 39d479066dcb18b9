package org.bmi4j.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitrary;
import org.bmi4j.core.alliance.ContributionLedger;
import org.bmi4j.core.alliance.PartnerBalance;
import org.bmi4j.core.alliance.Superadditivity;
import org.bmi4j.core.alliance.WinWinVerdict;
import org.bmi4j.core.analysis.BmiRule;
import org.bmi4j.core.analysis.BmiVerdict;
import org.bmi4j.core.analysis.BusinessModelDiff;
import org.bmi4j.core.analysis.BusinessModelIntersection;
import org.bmi4j.core.analysis.ChangeGroup;
import org.bmi4j.core.analysis.ElementChange;
import org.bmi4j.core.analysis.ElementKey;
import org.bmi4j.core.analysis.ElementKind;
import org.bmi4j.core.analysis.Novelty;
import org.bmi4j.core.analysis.NoveltyScope;
import org.bmi4j.core.analysis.PortfolioVerdict;
import org.bmi4j.core.canvas.BusinessModelCanvas;
import org.bmi4j.core.ecosystem.Ecosystem;
import org.bmi4j.core.ecosystem.EcosystemAssessment;
import org.bmi4j.core.ecosystem.EcosystemPattern;
import org.bmi4j.core.ecosystem.NoValueFinding;
import org.bmi4j.core.ecosystem.PatternVerdict;
import org.bmi4j.core.ecosystem.Tension;
import org.bmi4j.core.ecosystem.TensionKind;
import org.bmi4j.core.model.AmountBasis;
import org.bmi4j.core.model.AmountTotal;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Money;
import org.bmi4j.core.model.Reciprocity;
import org.bmi4j.core.model.ValueFunction;
import org.bmi4j.core.testing.EcosystemArbitraries;
import org.bmi4j.core.testing.LedgerArbitraries;
import org.bmi4j.core.testing.ModelArbitraries;
import org.junit.jupiter.api.Test;

/**
 * Every type whose contents can grow without bound prints ids and counts, not contents: its {@code
 * toString} stays within {@value #LIMIT} characters on large values (library formalisation,
 * following {@code BusinessModel}'s short description).
 */
class ShortToStringTests {
  static final int LIMIT = 240;
  private static final int LARGE = 2_000;
  private static final int SAMPLES = 150;
  private static final Money TEN = Money.of("10", "EUR");

  private static List<String> ids(String prefix) {
    return IntStream.range(0, LARGE).mapToObj(i -> prefix + "-" + i).toList();
  }

  private static List<ElementChange> changes() {
    return IntStream.range(0, LARGE)
        .mapToObj(
            i ->
                new ElementChange(
                    new ElementKey(ElementKind.ACTOR, "actor-" + i),
                    Optional.empty(),
                    Optional.of("actor number " + i),
                    Set.of(ValueFunction.PROPOSITION),
                    Set.of()))
        .toList();
  }

  private static void assertShort(Object value) {
    String text = value.toString();
    assertTrue(
        text.length() <= LIMIT,
        () ->
            value.getClass().getSimpleName()
                + ".toString() has "
                + text.length()
                + " characters, more than "
                + LIMIT
                + ": "
                + text.substring(0, Math.min(text.length(), 400)));
  }

  private static <T> void assertShortOnSamples(Arbitrary<T> values, Function<T, Object> view) {
    values.sampleStream().limit(SAMPLES).map(view).forEach(ShortToStringTests::assertShort);
  }

  @Test
  void modelsDiffsCanvasesAndIntersections() {
    assertShortOnSamples(ModelArbitraries.businessModels(), model -> model);
    assertShortOnSamples(ModelArbitraries.businessModels(), BusinessModelCanvas::of);
    ModelArbitraries.businessModels()
        .sampleStream()
        .limit(SAMPLES)
        .map(BusinessModelCanvas::of)
        .forEach(
            canvas -> {
              assertShort(canvas.header());
              canvas.items().forEach(ShortToStringTests::assertShort);
            });
    List<BusinessModel> models =
        ModelArbitraries.completeBusinessModels().sampleStream().limit(SAMPLES).toList();
    for (int i = 1; i < models.size(); i++) {
      assertShort(BusinessModelDiff.of(models.get(i - 1), models.get(i)));
      assertShort(BusinessModelIntersection.of(models.get(i - 1), models.get(i)));
    }
  }

  @Test
  void ledgersAndEcosystems() {
    assertShortOnSamples(LedgerArbitraries.ledgers(), ledger -> ledger);
    assertShortOnSamples(
        LedgerArbitraries.ledgers(), ledger -> ledger.winWin(LedgerArbitraries.PARTNERS));
    assertShortOnSamples(EcosystemArbitraries.ecosystems(), ecosystem -> ecosystem);
    assertShortOnSamples(EcosystemArbitraries.ecosystems(), EcosystemAssessment::of);
    ContributionLedger large =
        LedgerArbitraries.ledgers()
            .sampleStream()
            .limit(SAMPLES)
            .reduce(
                (first, second) -> {
                  ContributionLedger merged = first;
                  for (var entry : second.entries()) {
                    try {
                      merged = merged.withEntry(entry);
                    } catch (IllegalArgumentException otherCurrency) {
                      // an entry valued in another currency is left out
                    }
                  }
                  return merged;
                })
            .orElseThrow();
    assertShort(large);
    Ecosystem ecosystem = EcosystemArbitraries.ecosystems().sample();
    assertShort(ecosystem);
  }

  @Test
  void largeVerdictsFindingsAndTotals() {
    List<ElementChange> changes = changes();
    BmiVerdict verdict = new BmiVerdict(BmiRule.values()[0], changes);
    assertShort(verdict);
    assertShort(new ChangeGroup(changes.get(0).key(), true, false, changes));
    Map<String, BmiVerdict> kept = new LinkedHashMap<>();
    ids("kept").forEach(id -> kept.put(id, verdict));
    assertShort(
        new PortfolioVerdict(
            BmiRule.values()[0], Optional.empty(), ids("new"), ids("dropped"), kept));
    assertShort(
        new Novelty(
            NoveltyScope.NEW_TO_FIRM, 0.5, ids("model"), Optional.of("model-1"), changes, changes));
    List<PartnerBalance> balances =
        ids("partner").stream().map(p -> new PartnerBalance(p, 1, TEN, TEN, List.of())).toList();
    assertShort(balances.get(0));
    assertShort(new WinWinVerdict(BigDecimal.ONE, balances, balances));
    Map<String, Money> standAlone = new LinkedHashMap<>();
    ids("partner").forEach(p -> standAlone.put(p, TEN));
    assertShort(new Superadditivity(standAlone, TEN));
    List<Tension> tensions =
        ids("t").stream()
            .map(t -> new Tension(TensionKind.values()[0], ids("actor"), "why " + t))
            .toList();
    assertShort(tensions.get(0));
    PatternVerdict pattern =
        new PatternVerdict(EcosystemPattern.values()[0], ids("fact"), List.of());
    assertShort(pattern);
    List<NoValueFinding> noValue =
        ids("actor").stream().map(a -> new NoValueFinding(a, "no value")).toList();
    assertShort(new EcosystemAssessment(pattern, tensions, noValue));
    assertShort(new AmountTotal(AmountBasis.values()[0], TEN, ids("stream")));
    assertShort(new Reciprocity("e", "r", Reciprocity.Basis.FUNDED_BY_VALUE_SHARE, ids("owner")));
    assertShort(new BusinessModelIntersection.SharedSegment("a", ids("offering"), ids("offering")));
    List<String> many = new ArrayList<>(ids("x"));
    assertShort(new BusinessModelIntersection.Comparison(many, many, many, many, many, many));
  }
}

package org.bmi4j.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bmi4j.core.model.ValueFunction;

/**
 * Properties of {@link ImpactAnalysis#impact}: the review set and the rest partition the functions.
 */
class ImpactAnalysisProperties {

  @Provide
  Arbitrary<ImpactAnalysis> analyses() {
    Arbitrary<ValueFunction> function = Arbitraries.of(ValueFunction.class);
    return function
        .list()
        .ofMaxSize(8)
        .flatMap(
            froms ->
                function
                    .list()
                    .ofSize(froms.size())
                    .map(
                        tos -> {
                          ImpactAnalysis.Builder builder = ImpactAnalysis.builder();
                          for (int i = 0; i < froms.size(); i++) {
                            if (froms.get(i) != tos.get(i)) {
                              builder.affects(froms.get(i), tos.get(i));
                            }
                          }
                          return builder.build();
                        }));
  }

  @Provide
  Arbitrary<Set<ValueFunction>> changes() {
    return Arbitraries.of(ValueFunction.class).set();
  }

  @Property
  void theReviewSetHoldsTheChangedAndReachedFunctionsAndTheRestIsEverythingElse(
      @ForAll("analyses") ImpactAnalysis analysis, @ForAll("changes") Set<ValueFunction> changed) {
    Impact impact = analysis.impact(changed);

    assertEquals(changed, impact.changed());
    assertEquals(analysis.toReview(changed), impact.reached());
    assertEquals(Sets.union(impact.changed(), impact.reached()), impact.review());
    assertTrue(Sets.intersection(impact.review(), impact.rest()).isEmpty());
    assertEquals(EnumSet.allOf(ValueFunction.class), Sets.union(impact.review(), impact.rest()));
    for (ValueFunction function : impact.review()) {
      for (ValueFunction next : analysis.dependencies().successors(function)) {
        assertTrue(impact.review().contains(next), "the review set is closed: " + next);
      }
    }
    assertEquals(
        List.copyOf(impact.review()),
        List.copyOf(Sets.newEnumSet(impact.review(), ValueFunction.class)),
        "declaration order");
  }
}

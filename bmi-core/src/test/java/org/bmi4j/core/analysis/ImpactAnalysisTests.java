package org.bmi4j.core.analysis;

import static org.bmi4j.core.model.ValueFunction.CAPTURE;
import static org.bmi4j.core.model.ValueFunction.CREATION;
import static org.bmi4j.core.model.ValueFunction.EXCHANGE;
import static org.bmi4j.core.model.ValueFunction.PROPOSITION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.graph.EndpointPair;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.bmi4j.core.model.ValueFunction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Example tests of {@link ImpactAnalysis} (SPEC 3.2). */
class ImpactAnalysisTests {

  @Nested
  @DisplayName("the standard relation")
  class Standard {
    private final ImpactAnalysis standard = ImpactAnalysis.standard();

    static Stream<Arguments> singleChanges() {
      return Stream.of(
          Arguments.of(PROPOSITION, List.of(CREATION, EXCHANGE, CAPTURE)),
          Arguments.of(CREATION, List.of(EXCHANGE, CAPTURE)),
          Arguments.of(EXCHANGE, List.of(CAPTURE)),
          Arguments.of(CAPTURE, List.of()));
    }

    @ParameterizedTest(name = "changing {0} asks to review {1}")
    @MethodSource("singleChanges")
    void aSingleChangedFunctionAsksToReviewEverythingDownstreamInDeclarationOrder(
        ValueFunction changed, List<ValueFunction> expected) {
      assertEquals(expected, standard.toReview(List.of(changed)).asList());
    }

    @Test
    void aCombinationAsksToReviewTheUnionOfClosuresLessTheChangedFunctions() {
      assertEquals(List.of(EXCHANGE), standard.toReview(List.of(CAPTURE, CREATION)).asList());
      assertEquals(
          List.of(CREATION, CAPTURE), standard.toReview(List.of(EXCHANGE, PROPOSITION)).asList());
    }

    @Test
    void changingEverythingLeavesNothingElseToReview() {
      assertEquals(Set.of(), standard.toReview(EnumSet.allOf(ValueFunction.class)));
    }

    @Test
    void changingNothingAsksToReviewNothing() {
      assertEquals(Set.of(), standard.toReview(List.of()));
    }

    @Test
    void aFunctionNamedTwiceCountsOnce() {
      assertEquals(List.of(CAPTURE), standard.toReview(List.of(EXCHANGE, EXCHANGE)).asList());
    }

    @Test
    void itsDependenciesAreExactlyTheFiveEdgesOfDeSilva() {
      assertEquals(
          Set.of(
              EndpointPair.ordered(PROPOSITION, CREATION),
              EndpointPair.ordered(CREATION, EXCHANGE),
              EndpointPair.ordered(PROPOSITION, CAPTURE),
              EndpointPair.ordered(CREATION, CAPTURE),
              EndpointPair.ordered(EXCHANGE, CAPTURE)),
          standard.dependencies().edges());
      assertEquals(EnumSet.allOf(ValueFunction.class), standard.dependencies().nodes());
      assertTrue(standard.dependencies().isDirected());
    }

    @Test
    void isOneSharedInstance() {
      assertSame(ImpactAnalysis.standard(), ImpactAnalysis.standard());
    }
  }

  @Nested
  @DisplayName("a custom relation")
  class Custom {
    @Test
    void followsTheGivenEdgesOnly() {
      ImpactAnalysis analysis =
          ImpactAnalysis.builder()
              .affects(CAPTURE, PROPOSITION)
              .affects(EXCHANGE, CREATION)
              .build();

      assertEquals(List.of(PROPOSITION), analysis.toReview(List.of(CAPTURE)).asList());
      assertEquals(List.of(CREATION), analysis.toReview(List.of(EXCHANGE)).asList());
      assertEquals(Set.of(), analysis.toReview(List.of(PROPOSITION)));
    }

    @Test
    void followsPathsTransitively() {
      ImpactAnalysis analysis =
          ImpactAnalysis.builder()
              .affects(CAPTURE, EXCHANGE)
              .affects(EXCHANGE, CREATION)
              .affects(CREATION, PROPOSITION)
              .build();

      assertEquals(
          List.of(PROPOSITION, CREATION, EXCHANGE), analysis.toReview(List.of(CAPTURE)).asList());
    }

    @Test
    void aCycleNeverAsksToReviewAChangedFunction() {
      ImpactAnalysis analysis =
          ImpactAnalysis.builder()
              .affects(PROPOSITION, CREATION)
              .affects(CREATION, PROPOSITION)
              .build();

      assertEquals(List.of(CREATION), analysis.toReview(List.of(PROPOSITION)).asList());
    }

    @ParameterizedTest
    @EnumSource(ValueFunction.class)
    void withNoDependencyNothingIsToReview(ValueFunction changed) {
      ImpactAnalysis analysis = ImpactAnalysis.builder().build();

      assertEquals(Set.of(), analysis.toReview(List.of(changed)));
      assertEquals(EnumSet.allOf(ValueFunction.class), analysis.dependencies().nodes());
    }

    @ParameterizedTest
    @EnumSource(ValueFunction.class)
    void aSelfDependencyIsRejectedNamingIt(ValueFunction function) {
      ImpactAnalysis.Builder builder = ImpactAnalysis.builder();

      IllegalArgumentException thrown =
          assertThrows(IllegalArgumentException.class, () -> builder.affects(function, function));

      assertEquals(
          "value function "
              + function
              + " cannot affect itself; an impact links two different"
              + " value functions",
          thrown.getMessage());
    }

    @Test
    void nullEndpointsAreRejected() {
      ImpactAnalysis.Builder builder = ImpactAnalysis.builder();

      assertEquals(
          "from",
          assertThrows(NullPointerException.class, () -> builder.affects(null, CAPTURE))
              .getMessage());
      assertEquals(
          "to",
          assertThrows(NullPointerException.class, () -> builder.affects(CAPTURE, null))
              .getMessage());
    }
  }

  @Nested
  @DisplayName("the whole set to review")
  class WholeSet {
    @Test
    void theSetToReviewIsTheChangedFunctionsPlusTheReachableOnesAndTheRestIsNamed() {
      Impact impact = ImpactAnalysis.standard().impact(List.of(CREATION));

      assertEquals(List.of(CREATION), impact.changed().asList());
      assertEquals(List.of(EXCHANGE, CAPTURE), impact.reached().asList());
      assertEquals(List.of(CREATION, EXCHANGE, CAPTURE), impact.review().asList());
      assertEquals(List.of(PROPOSITION), impact.rest().asList());
    }

    @Test
    void changingNothingLeavesEverythingInTheRest() {
      Impact impact = ImpactAnalysis.standard().impact(List.of());

      assertEquals(Set.of(), impact.review());
      assertEquals(EnumSet.allOf(ValueFunction.class), impact.rest());
    }

    @Test
    void theReachedFunctionsAreWhatToReviewReturns() {
      ImpactAnalysis analysis = ImpactAnalysis.builder().affects(CAPTURE, PROPOSITION).build();

      Impact impact = analysis.impact(List.of(CAPTURE, EXCHANGE));

      assertEquals(analysis.toReview(List.of(CAPTURE, EXCHANGE)), impact.reached());
      assertEquals(List.of(PROPOSITION, EXCHANGE, CAPTURE), impact.review().asList());
      assertEquals(List.of(CREATION), impact.rest().asList());
    }

    @Test
    void aNullChangedFunctionIsRejected() {
      List<ValueFunction> changed = Arrays.asList(PROPOSITION, null);

      NullPointerException thrown =
          assertThrows(NullPointerException.class, () -> ImpactAnalysis.standard().impact(changed));

      assertEquals("changed must not contain null", thrown.getMessage());
    }
  }

  @Test
  void aNullChangedFunctionIsRejected() {
    List<ValueFunction> changed = Arrays.asList(PROPOSITION, null);

    NullPointerException thrown =
        assertThrows(NullPointerException.class, () -> ImpactAnalysis.standard().toReview(changed));

    assertEquals("changed must not contain null", thrown.getMessage());
  }

  @Test
  void noChangedCollectionIsRejected() {
    assertThrows(NullPointerException.class, () -> ImpactAnalysis.standard().toReview(null));
  }

  @Nested
  @DisplayName("equality")
  class Equality {
    @Test
    void analysesOfTheSameEdgesAreEqualWhateverTheOrderTheyWereGiven() {
      ImpactAnalysis rebuilt =
          ImpactAnalysis.builder()
              .affects(EXCHANGE, CAPTURE)
              .affects(CREATION, CAPTURE)
              .affects(PROPOSITION, CAPTURE)
              .affects(CREATION, EXCHANGE)
              .affects(PROPOSITION, CREATION)
              .affects(PROPOSITION, CREATION)
              .build();

      assertEquals(ImpactAnalysis.standard(), rebuilt);
      assertEquals(ImpactAnalysis.standard().hashCode(), rebuilt.hashCode());
    }

    @Test
    void analysesOfDifferentEdgesDiffer() {
      ImpactAnalysis lessOneEdge =
          ImpactAnalysis.builder()
              .affects(PROPOSITION, CREATION)
              .affects(CREATION, EXCHANGE)
              .affects(PROPOSITION, CAPTURE)
              .affects(CREATION, CAPTURE)
              .build();

      assertNotEquals(ImpactAnalysis.standard(), lessOneEdge);
      assertNotEquals(
          ImpactAnalysis.builder().affects(CAPTURE, EXCHANGE).build(),
          ImpactAnalysis.builder().affects(EXCHANGE, CAPTURE).build());
    }

    @Test
    void theStringNamesTheEdges() {
      String text = ImpactAnalysis.builder().affects(EXCHANGE, CAPTURE).build().toString();

      assertTrue(text.startsWith("ImpactAnalysis"), text);
      assertTrue(text.contains("EXCHANGE -> CAPTURE"), text);
    }
  }
}

package org.bmi4j.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Example tests of {@link BusinessModel#completeness()} (SPEC 3.4: completeness is not integrity).
 */
class CompletenessTests {

  /** Builds a model whose functions are non-empty except the given ones. */
  private static BusinessModel modelWithEmpty(Set<ValueFunction> empty) {
    BusinessModel.Builder builder =
        BusinessModel.builder()
            .id("draft")
            .name("Draft")
            .addActors(ModelDraft.SHOP, ModelDraft.CUSTOMERS)
            .addOwner("shop");
    if (!empty.contains(ValueFunction.PROPOSITION)) {
      builder.proposition(
          ValueProposition.builder()
              .addOffering(Offering.builder().id("refill").name("Refill").build())
              .build());
    }
    if (!empty.contains(ValueFunction.CREATION)) {
      builder.creation(ValueCreation.builder().addResource(ModelDraft.STORE).build());
    }
    if (!empty.contains(ValueFunction.EXCHANGE)) {
      builder.exchange(
          ValueExchange.builder()
              .addExchange(ModelDraft.REFILLS.withWhat(Exchanged.item("advice")))
              .build());
    }
    if (!empty.contains(ValueFunction.CAPTURE)) {
      builder.capture(ValueCapture.builder().addCost(ModelDraft.RENT).build());
    }
    return builder.build();
  }

  @Nested
  @DisplayName("a model under design")
  class UnderDesign {
    private final Completeness completeness = ModelDraft.underDesign().build().completeness();

    @Test
    void reportsAllFourFunctionsEmptyInDeclarationOrder() {
      assertEquals(
          List.of(
              ValueFunction.PROPOSITION,
              ValueFunction.CREATION,
              ValueFunction.EXCHANGE,
              ValueFunction.CAPTURE),
          completeness.empty().asList());
    }

    @Test
    void isNotComplete() {
      assertFalse(completeness.isComplete());
    }

    @ParameterizedTest
    @EnumSource(ValueFunction.class)
    void saysEachFunctionIsEmpty(ValueFunction function) {
      assertTrue(completeness.isEmpty(function));
    }
  }

  @Nested
  @DisplayName("the complete fixture")
  class Complete {
    private final Completeness completeness = ModelDraft.valid().build().completeness();

    @Test
    void reportsNoEmptyFunctionAndIsComplete() {
      assertTrue(completeness.empty().isEmpty());
      assertTrue(completeness.isComplete());
    }

    @ParameterizedTest
    @EnumSource(ValueFunction.class)
    void saysNoFunctionIsEmpty(ValueFunction function) {
      assertFalse(completeness.isEmpty(function));
    }
  }

  @ParameterizedTest
  @EnumSource(ValueFunction.class)
  void exactlyTheOneEmptyFunctionIsReported(ValueFunction function) {
    Completeness completeness = modelWithEmpty(EnumSet.of(function)).completeness();

    assertEquals(Set.of(function), completeness.empty());
    assertFalse(completeness.isComplete());
    for (ValueFunction other : ValueFunction.values()) {
      assertEquals(other == function, completeness.isEmpty(other), other::toString);
    }
  }

  @Test
  void twoEmptyFunctionsAreBothReported() {
    Completeness completeness =
        modelWithEmpty(EnumSet.of(ValueFunction.CREATION, ValueFunction.CAPTURE)).completeness();

    assertEquals(
        List.of(ValueFunction.CREATION, ValueFunction.CAPTURE), completeness.empty().asList());
  }

  @Test
  void valueCreationWithOnlyValueCreatingActivitiesIsNotEmpty() {
    ModelDraft draft = ModelDraft.valid();
    draft.resources.clear();
    draft.activities.replaceAll(activity -> activity.withResources(List.of()));

    BusinessModel model = draft.build();

    assertTrue(model.creation().isEmpty());
    assertEquals(Set.of("selling"), model.valueCreatingActivities());
    assertFalse(model.completeness().isEmpty(ValueFunction.CREATION));
  }

  @Test
  void valueCreationWithOnlyResourcesIsNotEmpty() {
    ModelDraft draft = ModelDraft.valid();
    draft.activities.replaceAll(activity -> activity.withValueCreating(false));

    assertFalse(draft.build().completeness().isEmpty(ValueFunction.CREATION));
  }

  @Test
  void activitiesOfTheContentAloneDoNotFillValueCreation() {
    ModelDraft draft = ModelDraft.valid();
    draft.activities.replaceAll(activity -> activity.withValueCreating(false));
    draft.resources.clear();
    draft.activities.replaceAll(activity -> activity.withResources(List.of()));

    assertEquals(Set.of(ValueFunction.CREATION), draft.build().completeness().empty());
  }

  @Test
  void valueCaptureWithOnlyARevenueStreamIsNotEmpty() {
    ValueCapture capture = ValueCapture.builder().addRevenueStream(ModelDraft.REFILL_SALES).build();

    assertFalse(capture.isEmpty());
  }

  @Test
  void valueCaptureWithOnlyAValueShareIsNotEmpty() {
    ValueCapture capture = ValueCapture.builder().addValueShare(ModelDraft.FAIR_PRICE).build();

    assertFalse(capture.isEmpty());
  }

  @Test
  void valueCaptureWithOnlyACostItemIsNotEmpty() {
    ModelDraft draft = ModelDraft.valid();
    draft.revenueStreams.clear();
    draft.valueShares.clear();

    assertTrue(draft.build().completeness().isComplete());
  }

  @Test
  void emptyFunctionsReportThemselvesEmpty() {
    assertTrue(ValueProposition.builder().build().isEmpty());
    assertTrue(ValueCreation.builder().build().isEmpty());
    assertTrue(ValueExchange.builder().build().isEmpty());
    assertTrue(ValueCapture.builder().build().isEmpty());
  }

  @Test
  void aWithCopyFillingAFunctionChangesTheCompleteness() {
    BusinessModel model = modelWithEmpty(EnumSet.of(ValueFunction.EXCHANGE));

    BusinessModel filled =
        model.withExchange(
            ValueExchange.builder()
                .addExchange(ModelDraft.REFILLS.withWhat(Exchanged.offering("refill")))
                .build());

    assertTrue(model.completeness().isEmpty(ValueFunction.EXCHANGE));
    assertTrue(filled.completeness().isComplete());
  }

  @Test
  void aCompletenessValueKeepsDeclarationOrderWhateverTheGivenOrder() {
    Completeness completeness =
        new Completeness(ImmutableSet.of(ValueFunction.CAPTURE, ValueFunction.PROPOSITION));

    assertEquals(
        List.of(ValueFunction.PROPOSITION, ValueFunction.CAPTURE), completeness.empty().asList());
    assertTrue(completeness.isEmpty(ValueFunction.CAPTURE));
    assertFalse(completeness.isEmpty(ValueFunction.CREATION));
  }

  @Test
  void theModelsCompletenessEqualsTheValueNamingTheSameFunctions() {
    assertEquals(
        new Completeness(ImmutableSet.of(ValueFunction.EXCHANGE)),
        modelWithEmpty(EnumSet.of(ValueFunction.EXCHANGE)).completeness());
  }

  @Test
  void aCompletenessOfNoSetIsRejected() {
    assertThrows(NullPointerException.class, () -> new Completeness(null));
  }
}

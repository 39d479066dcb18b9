package org.bmi4j.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.testing.ModelArbitraries;

/**
 * The shortcuts of {@link ModelElements} and {@link BusinessModelDiff} behave like what they
 * replace: signatures walked from the model without the keyed map, and a diff's keys as views of
 * its models' element maps instead of copies (issue 14).
 */
class ModelElementsProperties {
  @Provide
  Arbitrary<BusinessModel> models() {
    return ModelArbitraries.businessModels();
  }

  @Provide
  Arbitrary<Tuple2<BusinessModel, BusinessModel>> pairs() {
    return ModelMutations.pairs();
  }

  @Property
  void signaturesAreThoseOfTheKeyedElementsInTheirOrder(@ForAll("models") BusinessModel model) {
    ModelElements elements = new ModelElements(model);
    ImmutableSet.Builder<ModelElements.Signature> fromMap = ImmutableSet.builder();
    for (Map.Entry<ElementKey, Object> element : elements.elements().entrySet()) {
      fromMap.add(elements.signature(element.getKey().kind(), element.getValue()));
    }
    assertEquals(
        ImmutableList.copyOf(fromMap.build()),
        ImmutableList.copyOf(new ModelElements(model).signatures()));
  }

  @Property
  void aDiffsKeysAreItsModelsElementKeysInOrder(
      @ForAll("pairs") Tuple2<BusinessModel, BusinessModel> pair) {
    BusinessModelDiff diff = BusinessModelDiff.of(pair.get1(), pair.get2());
    ImmutableSet<ElementKey> before =
        ImmutableSet.copyOf(new ModelElements(pair.get1()).elements().keySet());
    ImmutableSet<ElementKey> after =
        ImmutableSet.copyOf(new ModelElements(pair.get2()).elements().keySet());
    assertEquals(before.asList(), ImmutableList.copyOf(diff.beforeKeys()));
    assertEquals(after.asList(), ImmutableList.copyOf(diff.afterKeys()));
    assertEquals(before, diff.beforeKeys());
    assertEquals(before.hashCode(), diff.beforeKeys().hashCode());
    for (ElementKey key : after) {
      assertEquals(before.contains(key), diff.beforeKeys().contains(key), key.toString());
    }
    for (ElementKey key : before) {
      assertEquals(after.contains(key), diff.afterKeys().contains(key), key.toString());
    }
  }

  @Property
  void retentionAndSimilarityCountTheUnitsBothModelsHave(
      @ForAll("pairs") Tuple2<BusinessModel, BusinessModel> pair) {
    for (BusinessModelDiff diff :
        List.of(
            BusinessModelDiff.of(pair.get1(), pair.get2()),
            BusinessModelDiff.of(pair.get2(), pair.get1()))) {
      int shared = Sets.intersection(diff.beforeUnits(), diff.afterUnits()).size();
      int union = diff.beforeUnits().size() + diff.afterUnits().size() - shared;
      assertEquals(union == 0 ? 1.0 : (double) shared / union, diff.similarity());
      assertEquals(
          diff.beforeUnits().isEmpty() ? 1.0 : (double) shared / diff.beforeUnits().size(),
          diff.retention());
    }
  }
}

package org.bmi4j.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.IntRange;
import org.bmi4j.core.model.Activity;
import org.bmi4j.core.model.ActivityKind;
import org.bmi4j.core.model.ActivityLink;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Flow;
import org.bmi4j.core.model.GovernanceMode;
import org.bmi4j.core.model.Link;
import org.bmi4j.core.model.Sector;
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

  /**
   * A model of {@code size} activities with random ids and kinds, each linked to up to three
   * others, so that a table of activities by id sees many ids and collisions.
   */
  static BusinessModel linked(int size, long seed) {
    Random random = new Random(seed);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      ids.add(Long.toString(random.nextLong() & Long.MAX_VALUE, 36) + "-" + i);
    }
    BusinessModel.Builder model =
        BusinessModel.builder()
            .id("linked")
            .name("Linked")
            .addOwner("firm")
            .addActor(Actor.of("firm", "The firm", ActorRole.FOCAL_FIRM, Sector.PRIVATE));
    for (int i = 0; i < size; i++) {
      Activity.Builder activity =
          Activity.builder()
              .id(ids.get(i))
              .name("Activity " + i)
              .kind(ActivityKind.values()[random.nextInt(ActivityKind.values().length)])
              .valueCreating(random.nextBoolean())
              .performer("firm")
              .mode(GovernanceMode.values()[random.nextInt(GovernanceMode.values().length)]);
      java.util.Set<String> targets = new java.util.LinkedHashSet<>();
      for (int k = random.nextInt(4); k > 0 && size > 1; k--) {
        String target = ids.get(random.nextInt(size));
        if (!target.equals(ids.get(i)) && targets.add(target)) {
          activity.addLink(Link.of(target, Flow.values()[random.nextInt(Flow.values().length)]));
        }
      }
      model.addActivity(activity.build());
    }
    return model.build();
  }

  @Property
  void aLinksSignatureNamesTheKindsOfBothItsActivities(
      @ForAll @IntRange(max = 400) int size, @ForAll long seed) {
    BusinessModel model = linked(size, seed);
    Map<String, ActivityKind> kinds = new java.util.HashMap<>();
    model.activities().forEach(activity -> kinds.put(activity.id(), activity.kind()));
    ModelElements elements = new ModelElements(model);
    for (ActivityLink link : model.links()) {
      ModelElements.Signature signature = elements.signature(ElementKind.LINK, link);
      assertEquals(kinds.get(link.upstream()), signature.a(), link.toString());
      assertEquals(kinds.get(link.downstream()), signature.b(), link.toString());
    }
  }

  @Property
  void signaturesOfLongLinkedModelsAreThoseOfTheKeyedElementsInTheirOrder(
      @ForAll @IntRange(max = 400) int size, @ForAll long seed) {
    signaturesAreThoseOfTheKeyedElementsInTheirOrder(linked(size, seed));
  }
}

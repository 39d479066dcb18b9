package org.bmi4j.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.bmi4j.core.model.Activity;
import org.bmi4j.core.model.ActivityKind;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Flow;
import org.bmi4j.core.model.GovernanceMode;
import org.bmi4j.core.model.Link;
import org.bmi4j.core.model.Sector;

/**
 * A diff matches the two models' elements by walking both in order and looks up only where they
 * part (issue 14); whatever the edits, it reports exactly what the keyed maps of {@link DiffOracle}
 * give, in content and order: the changes, their groups, the keys, the units and the shares.
 */
class DiffOracleProperties {
  /**
   * Pairs of {@link ModelMutations} with the later model's lists reordered in part or whole, so
   * that elements are moved, swapped and inserted between others, not only added at the end.
   */
  @Provide
  Arbitrary<Tuple2<BusinessModel, BusinessModel>> reorderedPairs() {
    return Combinators.combine(ModelMutations.pairs(), Arbitraries.longs())
        .as((pair, seed) -> Tuple.of(pair.get1(), reordered(pair.get2(), new Random(seed))));
  }

  /**
   * Models of up to 60 activities, each linked to some later ones, and an edit of each: activities
   * removed, inserted among the others, moved in blocks, changed, relinked.
   */
  @Provide
  Arbitrary<Tuple2<BusinessModel, BusinessModel>> chains() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 60),
            Arbitraries.integers().between(0, 8),
            Arbitraries.longs())
        .as(
            (size, edits, seed) -> {
              Random random = new Random(seed);
              List<Spec> specs = new ArrayList<>();
              for (int i = 0; i < size; i++) {
                specs.add(Spec.random("a" + i, random));
              }
              List<Spec> edited = edit(specs, edits, random);
              return Tuple.of(chain(specs), chain(edited));
            });
  }

  @Property
  void aDiffIsWhatTheKeyedMapsGive(
      @ForAll("reorderedPairs") Tuple2<BusinessModel, BusinessModel> pair) {
    assertBothWays(pair.get1(), pair.get2());
  }

  @Property
  void aDiffOfLongActivityListsIsWhatTheKeyedMapsGive(
      @ForAll("chains") Tuple2<BusinessModel, BusinessModel> pair) {
    assertBothWays(pair.get1(), pair.get2());
  }

  private static void assertBothWays(BusinessModel one, BusinessModel other) {
    assertEquals(DiffOracle.expected(one, other), DiffOracle.of(BusinessModelDiff.of(one, other)));
    assertEquals(DiffOracle.expected(other, one), DiffOracle.of(BusinessModelDiff.of(other, one)));
  }

  /** The model with each of its lists kept, or with one element moved, or reversed, or shuffled. */
  static BusinessModel reordered(BusinessModel model, Random random) {
    List<Activity> activities = new ArrayList<>();
    for (Activity activity : reorder(model.activities(), random)) {
      activities.add(activity.withLinks(reorder(activity.links(), random)));
    }
    return BusinessModel.builder()
        .from(model)
        .actors(reorder(model.actors(), random))
        .owners(reorder(model.owners().asList(), random))
        .missions(reorder(model.missions().asList(), random))
        .proposition(
            model.proposition().withOfferings(reorder(model.proposition().offerings(), random)))
        .creation(model.creation().withResources(reorder(model.creation().resources(), random)))
        .exchange(model.exchange().withExchanges(reorder(model.exchange().exchanges(), random)))
        .capture(
            model
                .capture()
                .withRevenueStreams(reorder(model.capture().revenueStreams(), random))
                .withCosts(reorder(model.capture().costs(), random))
                .withValueShares(reorder(model.capture().valueShares(), random)))
        .activities(activities)
        .build();
  }

  private static <T> List<T> reorder(List<T> list, Random random) {
    List<T> reordered = new ArrayList<>(list);
    if (reordered.size() < 2) {
      return reordered;
    }
    switch (random.nextInt(5)) {
      case 0 -> reordered.add(random.nextInt(reordered.size()), reordered.remove(0));
      case 1 ->
          reordered.add(
              random.nextInt(reordered.size()), reordered.remove(random.nextInt(reordered.size())));
      case 2 -> Collections.reverse(reordered);
      case 3 -> Collections.shuffle(reordered, random);
      default -> {}
    }
    return reordered;
  }

  /** One activity of a chain: links name later or earlier activities by id, checked when built. */
  private record Spec(
      String id, ActivityKind kind, boolean valueCreating, GovernanceMode mode, List<Link> links) {
    static Spec random(String id, Random random) {
      List<Link> links = new ArrayList<>();
      int count = random.nextInt(3);
      for (int i = 0; i < count; i++) {
        links.add(
            Link.of("a" + random.nextInt(70), Flow.values()[random.nextInt(Flow.values().length)]));
      }
      return new Spec(
          id,
          ActivityKind.values()[random.nextInt(ActivityKind.values().length)],
          random.nextInt(3) == 0,
          GovernanceMode.values()[random.nextInt(GovernanceMode.values().length)],
          links);
    }
  }

  private static List<Spec> edit(List<Spec> specs, int edits, Random random) {
    List<Spec> edited = new ArrayList<>(specs);
    for (int e = 0; e < edits; e++) {
      int at = edited.isEmpty() ? 0 : random.nextInt(edited.size());
      switch (random.nextInt(6)) {
        case 0 -> edited.add(random.nextInt(edited.size() + 1), Spec.random("new.a" + e, random));
        case 1 -> {
          if (!edited.isEmpty()) {
            edited.remove(at);
          }
        }
        case 2 -> {
          // a block moved elsewhere
          int length = Math.min(edited.size() - at, 1 + random.nextInt(10));
          List<Spec> block = new ArrayList<>(edited.subList(at, at + length));
          edited.subList(at, at + length).clear();
          edited.addAll(random.nextInt(edited.size() + 1), block);
        }
        case 3 -> {
          if (!edited.isEmpty()) {
            Spec changed = Spec.random(edited.get(at).id(), random);
            edited.set(at, changed);
          }
        }
        case 4 -> {
          if (!edited.isEmpty()) {
            Spec one = edited.get(at);
            edited.set(
                at, new Spec(one.id(), one.kind(), !one.valueCreating(), one.mode(), one.links()));
          }
        }
        default -> {
          int length = Math.min(edited.size() - at, 1 + random.nextInt(20));
          Collections.reverse(edited.subList(at, at + length));
        }
      }
    }
    return edited;
  }

  /** The model of these activities, keeping only the links to activities it has. */
  private static BusinessModel chain(List<Spec> specs) {
    Set<String> ids = new LinkedHashSet<>();
    specs.forEach(spec -> ids.add(spec.id()));
    BusinessModel.Builder model =
        BusinessModel.builder()
            .id("chain")
            .name("Chain")
            .addOwner("firm")
            .addActor(Actor.of("firm", "The firm", ActorRole.FOCAL_FIRM, Sector.PRIVATE));
    for (Spec spec : specs) {
      Set<Link> links = new LinkedHashSet<>();
      for (Link link : spec.links()) {
        if (ids.contains(link.downstream()) && !link.downstream().equals(spec.id())) {
          links.add(link);
        }
      }
      model.addActivity(
          Activity.builder()
              .id(spec.id())
              .name("Activity " + spec.id())
              .kind(spec.kind())
              .valueCreating(spec.valueCreating())
              .performer("firm")
              .mode(spec.mode())
              .addAllLinks(links)
              .build());
    }
    return model.build();
  }
}

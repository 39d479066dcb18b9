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
 * A diff matches the two models' activities by id in its walk of the earlier model, in place while
 * the two lists agree and by a look-up from the first place where they part (issue 14); whatever
 * comes at that place (a list ending, an activity inserted, removed, moved or changed there, the
 * rest reordered), it reports exactly what the keyed maps of {@link DiffOracle} give.
 */
class DiffPartedListsProperties {
  /**
   * Two lists of activities that agree up to a random place and part there in one of several ways,
   * with some later activities changed too.
   */
  @Provide
  Arbitrary<Tuple2<BusinessModel, BusinessModel>> partedPairs() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 40),
            Arbitraries.integers().between(0, 40),
            Arbitraries.integers().between(0, 6),
            Arbitraries.longs())
        .as(
            (size, place, how, seed) -> {
              Random random = new Random(seed);
              List<Activity> earlier = new ArrayList<>();
              for (int i = 0; i < size; i++) {
                earlier.add(activity("a" + i, random));
              }
              int at = Math.min(place, size);
              List<Activity> later = new ArrayList<>(earlier);
              switch (how) {
                case 0 -> later.subList(at, later.size()).clear();
                case 1 -> later.add(at, activity("new.a" + at, random));
                case 2 -> {
                  if (at < later.size()) {
                    later.remove(at);
                  }
                }
                case 3 -> {
                  if (at < later.size()) {
                    later.add(random.nextInt(later.size()), later.remove(at));
                  }
                }
                case 4 -> Collections.shuffle(later.subList(at, later.size()), random);
                case 5 -> {
                  if (at < later.size()) {
                    later.set(at, activity(later.get(at).id(), random));
                  }
                }
                default -> later.add(activity("new.last", random));
              }
              for (int i = 0; i < later.size(); i++) {
                if (random.nextInt(8) == 0) {
                  later.set(i, activity(later.get(i).id(), random));
                }
              }
              return Tuple.of(model(earlier), model(later));
            });
  }

  @Property
  void aDiffOfListsThatPartIsWhatTheKeyedMapsGive(
      @ForAll("partedPairs") Tuple2<BusinessModel, BusinessModel> pair) {
    assertEquals(
        DiffOracle.expected(pair.get1(), pair.get2()),
        DiffOracle.of(BusinessModelDiff.of(pair.get1(), pair.get2())));
    assertEquals(
        DiffOracle.expected(pair.get2(), pair.get1()),
        DiffOracle.of(BusinessModelDiff.of(pair.get2(), pair.get1())));
  }

  /**
   * An activity of this id with a random kind, mark, governance and links to others of its kind.
   */
  private static Activity activity(String id, Random random) {
    Activity.Builder built =
        Activity.builder()
            .id(id)
            .name("Activity " + id + (random.nextInt(4) == 0 ? " renamed" : ""))
            .kind(ActivityKind.values()[random.nextInt(ActivityKind.values().length)])
            .valueCreating(random.nextInt(3) == 0)
            .performer("firm")
            .mode(GovernanceMode.values()[random.nextInt(GovernanceMode.values().length)]);
    int links = random.nextInt(3);
    for (int k = 0; k < links; k++) {
      built.addLink(
          Link.of("a" + random.nextInt(45), Flow.values()[random.nextInt(Flow.values().length)]));
    }
    return built.build();
  }

  /** The model of these activities, keeping only the links to activities it has. */
  private static BusinessModel model(List<Activity> activities) {
    Set<String> ids = new LinkedHashSet<>();
    activities.forEach(activity -> ids.add(activity.id()));
    BusinessModel.Builder model =
        BusinessModel.builder()
            .id("parted")
            .name("Parted")
            .addOwner("firm")
            .addActor(Actor.of("firm", "The firm", ActorRole.FOCAL_FIRM, Sector.PRIVATE));
    for (Activity activity : activities) {
      List<Link> links = new ArrayList<>();
      for (Link link : new LinkedHashSet<>(activity.links())) {
        if (ids.contains(link.downstream()) && !link.downstream().equals(activity.id())) {
          links.add(link);
        }
      }
      model.addActivity(activity.withLinks(links));
    }
    return model.build();
  }
}

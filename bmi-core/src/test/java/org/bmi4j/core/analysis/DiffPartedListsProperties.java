package org.bmi4j.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.IntFunction;
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
 * A diff matches the two models' activities, and the elements of each other kind, by id in one walk
 * of the earlier model's list, in place while the two lists agree and by a look-up from the first
 * place where they part (issue 14); whatever comes at that place (a list ending, an element
 * inserted, removed, moved or replaced there, the rest reordered), it reports exactly what the
 * keyed maps of {@link DiffOracle} give.
 */
class DiffPartedListsProperties {
  /**
   * Two models whose lists of activities, and of actors, agree up to a random place and part there
   * in one of several ways, with some later activities and actors changed too.
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
              List<Activity> later =
                  parted(earlier, place, how, random, at -> activity("new.a" + at, random));
              for (int i = 0; i < later.size(); i++) {
                if (random.nextInt(8) == 0) {
                  later.set(i, activity(later.get(i).id(), random));
                }
              }
              List<Actor> actors = new ArrayList<>();
              for (int i = 0; i < size / 2; i++) {
                actors.add(actor("p" + i, random));
              }
              List<Actor> laterActors =
                  parted(
                      actors,
                      size - place,
                      (how + seed.intValue()) & 7,
                      random,
                      at -> actor("new.p" + at, random));
              for (int i = 0; i < laterActors.size(); i++) {
                if (random.nextInt(8) == 0) {
                  laterActors.set(i, actor(laterActors.get(i).id(), random));
                }
              }
              return Tuple.of(model(earlier, actors), model(later, laterActors));
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
   * The list as it is up to {@code place} and, from there: ended ({@code how} 0), with an element
   * inserted (1), without its element there (2), with that element moved (3), the rest shuffled
   * (4), that element replaced by a new one (5), or with an element added at its end (otherwise).
   */
  private static <T> List<T> parted(
      List<T> list, int place, int how, Random random, IntFunction<T> made) {
    int at = Math.max(0, Math.min(place, list.size()));
    List<T> later = new ArrayList<>(list);
    switch (how) {
      case 0 -> later.subList(at, later.size()).clear();
      case 1 -> later.add(at, made.apply(at));
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
          later.set(at, made.apply(at));
        }
      }
      default -> later.add(made.apply(later.size()));
    }
    return later;
  }

  /** An actor of this id, its name sometimes changed. */
  private static Actor actor(String id, Random random) {
    return Actor.of(
        id,
        "Actor " + id + (random.nextInt(4) == 0 ? " renamed" : ""),
        ActorRole.values()[random.nextInt(ActorRole.values().length)],
        Sector.PRIVATE);
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
  private static BusinessModel model(List<Activity> activities, List<Actor> actors) {
    Set<String> ids = new LinkedHashSet<>();
    activities.forEach(activity -> ids.add(activity.id()));
    BusinessModel.Builder model =
        BusinessModel.builder()
            .id("parted")
            .name("Parted")
            .addOwner("firm")
            .addActor(Actor.of("firm", "The firm", ActorRole.FOCAL_FIRM, Sector.PRIVATE))
            .addAllActors(actors);
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

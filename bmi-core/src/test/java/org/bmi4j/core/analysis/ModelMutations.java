package org.bmi4j.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.bmi4j.core.model.Activity;
import org.bmi4j.core.model.ActivityKind;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.CostItem;
import org.bmi4j.core.model.Exchange;
import org.bmi4j.core.model.Exchanged;
import org.bmi4j.core.model.GovernanceMode;
import org.bmi4j.core.model.Offering;
import org.bmi4j.core.model.RevenueMechanism;
import org.bmi4j.core.model.RevenueStream;
import org.bmi4j.core.model.Sector;
import org.bmi4j.core.model.ValueCapture;
import org.bmi4j.core.model.ValueKind;
import org.bmi4j.core.testing.ModelArbitraries;

/**
 * Pairs of business models for diff properties: unrelated pairs (which mostly differ in everything)
 * and a model with a few random edits of it (additions, removals and changes that keep integrity),
 * so that every class of verdict occurs. New ids contain a dot, which generated ids never do.
 */
final class ModelMutations {
  private ModelMutations() {}

  static Arbitrary<Tuple2<BusinessModel, BusinessModel>> pairs() {
    Arbitrary<BusinessModel> models = ModelArbitraries.businessModels();
    Arbitrary<Tuple2<BusinessModel, BusinessModel>> unrelated =
        Combinators.combine(models, models).as(Tuple::of);
    Arbitrary<Tuple2<BusinessModel, BusinessModel>> edited =
        Combinators.combine(models, Arbitraries.integers().between(0, 6), Arbitraries.longs())
            .as((model, edits, seed) -> Tuple.of(model, edit(model, edits, new Random(seed))));
    return Arbitraries.frequencyOf(Tuple.of(1, unrelated), Tuple.of(4, edited));
  }

  /** Returns the model after {@code edits} random edits, each keeping integrity. */
  static BusinessModel edit(BusinessModel model, int edits, Random random) {
    BusinessModel edited = model;
    for (int i = 0; i < edits; i++) {
      edited = editOnce(edited, i, random);
    }
    return edited;
  }

  private static BusinessModel editOnce(BusinessModel model, int n, Random random) {
    List<Offering> offerings = model.proposition().offerings();
    ValueCapture capture = model.capture();
    switch (random.nextInt(10)) {
      case 0 -> {
        Actor actor = model.actors().get(random.nextInt(model.actors().size()));
        List<Actor> actors = new ArrayList<>(model.actors());
        actors.set(actors.indexOf(actor), actor.withName(actor.name() + " renamed"));
        return model.withActors(actors);
      }
      case 1 -> {
        if (offerings.isEmpty()) {
          return model;
        }
        List<Offering> changed = new ArrayList<>(offerings);
        int i = random.nextInt(changed.size());
        changed.set(i, changed.get(i).withName(changed.get(i).name() + " renamed"));
        return model.withProposition(model.proposition().withOfferings(changed));
      }
      case 2 -> {
        if (offerings.isEmpty()) {
          return model;
        }
        Offering gone = offerings.get(random.nextInt(offerings.size()));
        List<Offering> kept = new ArrayList<>(offerings);
        kept.remove(gone);
        List<Exchange> exchanges = new ArrayList<>();
        for (Exchange exchange : model.exchange().exchanges()) {
          if (!exchange.what().equals(Exchanged.offering(gone.id()))) {
            exchanges.add(exchange);
          }
        }
        return BusinessModel.builder()
            .from(model)
            .proposition(model.proposition().withOfferings(kept))
            .exchange(model.exchange().withExchanges(exchanges))
            .build();
      }
      case 3 -> {
        return model.withProposition(
            model
                .proposition()
                .withOfferings(
                    concat(
                        offerings,
                        Offering.builder()
                            .id("new.o" + n)
                            .name("New")
                            .addValueKind(ValueKind.SOCIAL)
                            .build())));
      }
      case 4 -> {
        return model.withCapture(
            capture.withCosts(
                concat(capture.costs(), CostItem.builder().id("new.c" + n).name("New").build())));
      }
      case 5 -> {
        return model.withCapture(
            ValueCapture.builder()
                .addAllRevenueStreams(dropOne(capture.revenueStreams(), random))
                .addAllCosts(dropOne(capture.costs(), random))
                .addAllValueShares(capture.valueShares())
                .build());
      }
      case 6 -> {
        List<RevenueStream> streams = new ArrayList<>(capture.revenueStreams());
        if (streams.isEmpty()) {
          return model;
        }
        int i = random.nextInt(streams.size());
        RevenueMechanism[] mechanisms = RevenueMechanism.values();
        streams.set(i, streams.get(i).withMechanism(mechanisms[random.nextInt(mechanisms.length)]));
        return model.withCapture(capture.withRevenueStreams(streams));
      }
      case 7 -> {
        if (model.activities().isEmpty()) {
          return model;
        }
        String gone = model.activities().get(random.nextInt(model.activities().size())).id();
        return BusinessModel.builder()
            .from(model)
            .activities(
                model.activities().stream()
                    .filter(a -> !a.id().equals(gone))
                    .map(
                        a ->
                            a.withLinks(
                                a.links().stream()
                                    .filter(l -> !l.downstream().equals(gone))
                                    .toList()))
                    .toList())
            .build();
      }
      case 8 -> {
        String id = "new.a" + n;
        return BusinessModel.builder()
            .from(model)
            .addActivity(
                Activity.builder()
                    .id(id)
                    .name("New")
                    .kind(ActivityKind.OTHER)
                    .performer(model.actors().get(0).id())
                    .mode(GovernanceMode.IN_HOUSE)
                    .build())
            .build();
      }
      default -> {
        return model.withActors(
            concat(
                model.actors(),
                Actor.of("new.actor" + n, "New", ActorRole.COMMUNITY, Sector.SOCIAL)));
      }
    }
  }

  private static <T> List<T> concat(List<T> list, T element) {
    List<T> longer = new ArrayList<>(list);
    longer.add(element);
    return longer;
  }

  private static <T> List<T> dropOne(List<T> list, Random random) {
    List<T> shorter = new ArrayList<>(list);
    if (!shorter.isEmpty() && random.nextBoolean()) {
      shorter.remove(random.nextInt(shorter.size()));
    }
    return shorter;
  }
}

package org.bmi4j.core.testing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.bmi4j.core.ecosystem.CommonGoal;
import org.bmi4j.core.ecosystem.Ecosystem;
import org.bmi4j.core.ecosystem.EcosystemActor;
import org.bmi4j.core.ecosystem.MembershipChange;
import org.bmi4j.core.ecosystem.MembershipEvent;
import org.bmi4j.core.ecosystem.PropositionRedesign;
import org.bmi4j.core.ecosystem.TimeHorizon;
import org.bmi4j.core.ecosystem.ValueFlow;
import org.bmi4j.core.model.Sector;
import org.bmi4j.core.model.ValueKind;

/**
 * jqwik generators of valid ecosystems: sizes from jqwik (shrinking towards small ecosystems),
 * contents from a seeded {@link Random}.
 */
public final class EcosystemArbitraries {
  private static final String NAME_CHARS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,'&-/\\\"<>\täöüéß€中文";

  private EcosystemArbitraries() {}

  /** Valid ecosystems of up to eight actors with histories and value flows. */
  public static Arbitrary<Ecosystem> ecosystems() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 8), // actors
            Arbitraries.integers().between(0, 6), // membership events
            Arbitraries.integers().between(0, 6), // redesigns
            Arbitraries.integers().between(0, 10), // value flows
            Arbitraries.longs())
        .as(
            (actors, events, redesigns, flows, seed) ->
                ecosystem(new Random(seed), actors, events, redesigns, flows));
  }

  private static Ecosystem ecosystem(
      Random random, int actorCount, int eventCount, int redesignCount, int flowCount) {
    Ecosystem.Builder ecosystem =
        Ecosystem.builder().id("e" + random.nextInt(1000)).name(name(random));
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < actorCount; i++) {
      String id = "a" + i;
      ids.add(id);
      List<ValueKind> drivers = new ArrayList<>(List.of(ValueKind.values()));
      java.util.Collections.shuffle(drivers, random);
      ecosystem.addActor(
          EcosystemActor.of(
              id,
              name(random),
              Sector.values()[random.nextInt(Sector.values().length)],
              TimeHorizon.values()[random.nextInt(2)],
              drivers.subList(0, 1 + random.nextInt(3))));
    }
    if (random.nextBoolean()) {
      List<String> objectives = new ArrayList<>();
      for (int i = random.nextInt(3); i > 0; i--) {
        objectives.add(name(random));
      }
      ecosystem.commonGoal(CommonGoal.of(name(random), objectives));
    }
    if (ids.isEmpty()) {
      return ecosystem.build();
    }
    int step = 0;
    for (int i = 0; i < eventCount; i++) {
      step += random.nextInt(3);
      ecosystem.addMembership(
          MembershipEvent.of(
              step,
              ids.get(random.nextInt(ids.size())),
              MembershipChange.values()[random.nextInt(2)]));
    }
    step = 0;
    for (int i = 0; i < redesignCount; i++) {
      step += random.nextInt(3);
      ecosystem.addRedesign(
          PropositionRedesign.of(step, ids.get(random.nextInt(ids.size())), name(random)));
    }
    if (ids.size() >= 2) {
      Set<ValueFlow> flows = new LinkedHashSet<>();
      for (int i = 0; i < flowCount; i++) {
        int from = random.nextInt(ids.size());
        int to = (from + 1 + random.nextInt(ids.size() - 1)) % ids.size();
        flows.add(
            ValueFlow.of(
                ids.get(from), ids.get(to), ValueKind.values()[random.nextInt(3)], name(random)));
      }
      ecosystem.addAllValueFlows(flows);
    }
    return ecosystem.build();
  }

  private static String name(Random random) {
    StringBuilder name = new StringBuilder().append((char) ('A' + random.nextInt(26)));
    for (int i = random.nextInt(16); i > 0; i--) {
      name.append(NAME_CHARS.charAt(random.nextInt(NAME_CHARS.length())));
    }
    return name.toString();
  }
}

package org.bmi4j.process.sst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode;
import org.bmi4j.core.json.BmiJson;
import org.bmi4j.core.json.DocumentType;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Offering;
import org.bmi4j.core.model.ValueExchange;
import org.bmi4j.core.model.ValueKind;
import org.bmi4j.core.testing.ModelArbitraries;
import org.bmi4j.process.Chains;
import org.bmi4j.process.Invariants;
import org.bmi4j.process.Outcome;
import org.bmi4j.process.Violation;

/**
 * The invariants of SPEC 6 over random chains of valid and invalid events on the
 * sense-seize-transform cycle, checked after every step, plus the cycle's own: the portfolio always
 * delivers every mission value kind, every adopted BM does, cycle numbers never decrease, and the
 * opportunity list stays consistent through SEIZING-SENSING iterations.
 */
public class SstProperties {
  private static final DocumentType<SstInstance> JSON =
      SenseSeizeTransform.documentType(Ssts.CLOCK);
  private static final ValueKind[] KINDS = ValueKind.values();
  private static final List<CatalogueEntry> CATALOGUE = CapabilityCatalogue.shipped().entries();

  /** The state of a chain: where it started and where it is. */
  static final class Run {
    final SstInstance start =
        SenseSeizeTransform.start(
            Ssts.ORG, Ssts.DUAL, List.of(Ssts.model("collab", Ssts.DUAL)), Ssts.CLOCK);
    SstInstance current = start;
    int adoptions;
    int returns;
    int offeringDrifts;
    int opportunityRevisions;

    @Override
    public String toString() {
      return Invariants.describe(current);
    }
  }

  @Provide
  Arbitrary<ActionChain<Run>> chains() {
    return ActionChain.startWith(Run::new).withAction(new ApplyEvent()).withMaxTransformations(50);
  }

  @Property
  @StatisticsReport(StatisticsReportMode.OFF) // the coverage check below asserts what matters
  void everyStepKeepsTheCycleInvariants(@ForAll("chains") ActionChain<Run> chain) {
    Run end = chain.run();
    Statistics.label("cycle reached").collect(end.current.cycle());
    Statistics.label("furthest stage").collect(Invariants.furthest(end.current));
    Statistics.label("adoptions").collect(Math.min(end.adoptions, 3));
    Statistics.label("returns to sensing").collect(Math.min(end.returns, 2));
    Statistics.label("offering drifts rejected").collect(Math.min(end.offeringDrifts, 2));
    Statistics.label("opportunity revisions").collect(Math.min(end.opportunityRevisions, 2));
    // the random chains reach transforming, adopt, start new cycles and go back to sensing
    Statistics.label("furthest stage")
        .coverage(coverage -> coverage.check(SstStage.TRANSFORMING).percentage(p -> p > 50));
    Statistics.label("adoptions").coverage(coverage -> coverage.check(0).percentage(p -> p < 10));
    Statistics.label("cycle reached")
        .coverage(coverage -> coverage.check(1).percentage(p -> p < 10));
    Statistics.label("returns to sensing")
        .coverage(
            coverage -> {
              coverage.check(0).percentage(p -> p > 5);
              coverage.check(2).percentage(p -> p > 5);
            });
    // and exercise the drift at the offering and the revision of opportunities
    Statistics.label("offering drifts rejected")
        .coverage(coverage -> coverage.check(0).percentage(p -> p < 90));
    Statistics.label("opportunity revisions")
        .coverage(coverage -> coverage.check(0).percentage(p -> p < 90));
  }

  /** Applies a random event, mostly one the current stage permits, and checks every invariant. */
  static final class ApplyEvent implements Action.Dependent<Run> {
    @Override
    public Arbitrary<Transformer<Run>> transformer(Run run) {
      return Combinators.combine(
              Arbitraries.longs(),
              Arbitraries.frequencyOf(
                  Tuple.of(9, Arbitraries.just(Optional.<BusinessModel>empty())),
                  Tuple.of(1, ModelArbitraries.businessModels().map(Optional::of))))
          .as(
              (seed, model) -> {
                SstEvent event = event(new Random(seed), run.current, model);
                return Transformer.mutate(event.getClass().getSimpleName(), r -> step(r, event));
              });
    }
  }

  private static void step(Run run, SstEvent event) {
    var before = run.current;
    Outcome<SstInstance> outcome = before.apply(event);
    Invariants.check(before, event, outcome);
    var after = outcome.instance();
    SstContext c = after.context();
    assertEquals(after.cycle(), c.cycle(), "the context's cycle is the kernel's");
    assertTrue(
        c.portfolio().isEmpty()
            || SenseSeizeTransform.lostByPortfolio(c.portfolio(), c.missions()).isEmpty(),
        "the portfolio delivers every mission value kind");
    checkOpportunities(
        before.context(),
        c,
        after.cycle() > before.cycle(),
        outcome.isAccepted() ? Optional.of(event) : Optional.empty());
    if (outcome instanceof Outcome.Rejected<SstInstance> rejected) {
      checkDriftValues(rejected.violations(), c.missions());
      for (Violation violation : rejected.violations()) {
        if (violation.values().containsKey("offering")) {
          run.offeringDrifts++;
        }
      }
    } else if (event instanceof SstEvent.ReviseOpportunity) {
      run.opportunityRevisions++;
    }
    if (outcome.isAccepted()) {
      SstStage from = before.state();
      SstStage to = after.state();
      assertTrue(
          from == to
              || from == SstStage.SENSING && to == SstStage.SEIZING
              || from == SstStage.SEIZING && to == SstStage.SENSING
              || from == SstStage.SEIZING && to == SstStage.TRANSFORMING
              || from == SstStage.TRANSFORMING && to == SstStage.SENSING,
          "one stage per event: " + from + " -> " + to);
      assertEquals(
          to == SstStage.SENSING && from == SstStage.TRANSFORMING,
          after.cycle() == before.cycle() + 1,
          "only TRANSFORMING -> SENSING starts a cycle");
      checkOwnModelAndOfferings(before.context(), event);
      if (event instanceof SstEvent.RecordDeployment deployment
          && deployment.catalogueEntry().isPresent()) {
        assertEquals(
            c.catalogue().byId(deployment.catalogueEntry().get()).orElseThrow().level(),
            deployment.level(),
            "a deployment naming a catalogue entry is recorded at the entry's level");
      }
      for (BusinessModel model : c.portfolio()) {
        if (!before.context().portfolio().contains(model)) {
          assertEquals(
              ImmutableSet.of(),
              SenseSeizeTransform.undelivered(model, c.missions()),
              "an adopted or revised BM " + model.id() + " misses no mission value kind");
          assertTrue(model.completeness().isComplete(), "an adopted BM is complete");
        }
      }
      if (from == SstStage.TRANSFORMING && to == SstStage.SENSING) {
        checkScaledUp(before.context());
      }
      if (event instanceof SstEvent.ReviseModel revision) {
        BusinessModel was = before.context().currentModel(revision.model().id()).orElseThrow();
        assertEquals(was.version() + 1, revision.model().version(), "a revision is one version up");
        assertTrue(!was.equals(revision.model()), "a revision changes the model");
      }
      if (from == SstStage.SEIZING && to == SstStage.TRANSFORMING) {
        run.adoptions++;
      }
      if (from == SstStage.SEIZING && to == SstStage.SENSING) {
        run.returns++;
      }
      Invariants.checkReplay(run.start, after);
      assertEquals(
          after,
          BmiJson.read(JSON, BmiJson.write(JSON, after)),
          "JSON round trip equals the instance");
    }
    run.current = after;
  }

  /**
   * The TRANSFORMING exit was accepted only with a PRODUCTION- and a MARKET-site ECOSYSTEM-level
   * deployment recorded in TRANSFORMING of the cycle it ends.
   */
  private static void checkScaledUp(SstContext c) {
    Set<Site> sites = EnumSet.noneOf(Site.class);
    for (CapabilityDeployment d : c.deployments()) {
      if (d.cycle() == c.cycle()
          && d.stage() == SstStage.TRANSFORMING
          && d.level() == CapabilityLevel.ECOSYSTEM) {
        sites.add(d.site());
      }
    }
    assertEquals(
        EnumSet.allOf(Site.class),
        sites,
        "the TRANSFORMING exit needs both sites deployed in TRANSFORMING of cycle " + c.cycle());
  }

  /**
   * An accepted design, adoption or revision is of a BM the organisation owns, and (under the
   * default OFFERING drift policy) no offering it keeps from the BM it redesigns, replaces or
   * revises loses a mission value kind it carried there.
   */
  private static void checkOwnModelAndOfferings(SstContext before, SstEvent event) {
    BusinessModel now;
    Optional<BusinessModel> was;
    if (event instanceof SstEvent.DesignModel design) {
      now = design.model();
      was = before.currentModel(now.id());
    } else if (event instanceof SstEvent.ReviseModel revision) {
      now = revision.model();
      was = before.currentModel(now.id());
    } else if (event instanceof SstEvent.Adopt adopt) {
      now = before.designed().orElseThrow();
      was = adopt.replacing().flatMap(before::currentModel);
    } else {
      return;
    }
    assertTrue(
        now.owners().contains(before.organisation().id()),
        "an accepted design, adoption or revision is of the organisation's own BM " + now.id());
    if (was.isEmpty() || before.driftPolicy() != DriftPolicy.OFFERING) {
      return;
    }
    for (Offering offering : was.get().proposition().offerings()) {
      for (Offering kept : now.proposition().offerings()) {
        if (kept.id().equals(offering.id())) {
          for (ValueKind mission : before.missions()) {
            assertTrue(
                !offering.valueKinds().contains(mission) || kept.valueKinds().contains(mission),
                "offering " + offering.id() + " of " + now.id() + " keeps mission kind " + mission);
          }
        }
      }
    }
  }

  /**
   * Every mission drift rejection carries the kinds lost and lacking as values, together not empty
   * and all mission kinds, and names where it happened.
   */
  private static void checkDriftValues(List<Violation> violations, Set<ValueKind> missions) {
    for (Violation violation : violations) {
      if (violation.code() == SstViolation.MISSION_DRIFT) {
        Set<?> lost = violation.value("lost", Set.class).orElseThrow();
        Set<?> lacking = violation.value("lacking", Set.class).orElseThrow();
        assertTrue(!lost.isEmpty() || !lacking.isEmpty(), violation.toString());
        assertTrue(
            missions.containsAll(lost) && missions.containsAll(lacking), violation.toString());
        String loses = lost.isEmpty() ? "" : "loses mission value kinds " + lost;
        String lacks = lacking.isEmpty() ? "" : "lacks mission value kinds " + lacking;
        assertEquals(
            loses.isEmpty() ? lacks : lacks.isEmpty() ? loses : loses + " and " + lacks,
            violation.value("drift", String.class).orElseThrow(),
            violation.toString());
        Invariants.checkMessages(List.of(violation));
      }
    }
  }

  /**
   * The opportunity list is consistent: ids unique, every opportunity kept in order, selections
   * kept unless a new cycle starts, value kinds changed only by a revision of that opportunity
   * which keeps every mission kind it carried, and every selected opportunity carries every mission
   * kind.
   */
  private static void checkOpportunities(
      SstContext before, SstContext after, boolean newCycle, Optional<SstEvent> accepted) {
    Set<String> ids = new HashSet<>();
    for (Opportunity opportunity : after.opportunities()) {
      assertTrue(ids.add(opportunity.id()), "opportunity ids are unique: " + opportunity.id());
      if (opportunity.selected()) {
        assertTrue(
            opportunity.valueKinds().containsAll(after.missions()),
            "a selected opportunity carries every mission value kind");
      }
    }
    List<Opportunity> was = before.opportunities();
    assertTrue(after.opportunities().size() >= was.size(), "no opportunity is lost");
    for (int i = 0; i < was.size(); i++) {
      Opportunity old = was.get(i);
      Opportunity now = after.opportunities().get(i);
      assertEquals(old.id(), now.id(), "opportunities keep their order");
      if (accepted.isPresent()
          && accepted.get() instanceof SstEvent.ReviseOpportunity revision
          && revision.id().equals(old.id())) {
        assertEquals(revision.valueKinds(), now.valueKinds());
        for (ValueKind mission : after.missions()) {
          assertTrue(
              !old.valueKinds().contains(mission) || now.valueKinds().contains(mission),
              "a revision of opportunity " + old.id() + " keeps mission kind " + mission);
        }
      } else {
        assertEquals(old.valueKinds(), now.valueKinds());
      }
      if (old.selected() && !newCycle) {
        assertTrue(now.selected(), "a selected opportunity stays selected within the cycle");
      }
      if (newCycle) {
        assertTrue(!now.selected(), "a new cycle starts with no opportunity selected");
      }
    }
  }

  /** The event that makes progress towards leaving the current stage. */
  private static SstEvent towardsExit(Random random, SstInstance instance) {
    SstContext c = instance.context();
    switch (instance.state()) {
      case SENSING -> {
        Optional<Opportunity> dual =
            c.opportunities().stream()
                .filter(o -> o.valueKinds().containsAll(c.missions()))
                .findFirst();
        if (dual.isEmpty()) {
          return new SstEvent.IdentifyOpportunity(
              "o" + random.nextInt(4), "waste to filament", Ssts.DUAL);
        } else if (!dual.get().selected()) {
          return new SstEvent.SelectOpportunity(dual.get().id());
        }
        return new SstEvent.Advance();
      }
      case SEIZING -> {
        if (c.designed().isEmpty()
            || !c.designed().get().completeness().isComplete()
            || !SenseSeizeTransform.undelivered(c.designed().get(), c.missions()).isEmpty()) {
          return new SstEvent.DesignModel(Ssts.model("bm" + random.nextInt(3), Ssts.DUAL));
        }
        String designed = c.designed().get().id();
        if (c.currentModel(designed).isPresent() || random.nextBoolean()) {
          return SstEvent.Adopt.replacing(
              c.currentModel(designed).isPresent()
                  ? designed
                  : c.portfolio().get(random.nextInt(c.portfolio().size())).id());
        }
        return SstEvent.Adopt.beside();
      }
      default -> {
        boolean production = false;
        boolean market = false;
        for (CapabilityDeployment d : c.deployments()) {
          if (d.cycle() == c.cycle()
              && d.stage() == SstStage.TRANSFORMING
              && d.level() == CapabilityLevel.ECOSYSTEM) {
            production |= d.site() == Site.PRODUCTION;
            market |= d.site() == Site.MARKET;
          }
        }
        return !production
            ? Ssts.ecosystem(Site.PRODUCTION)
            : !market ? Ssts.ecosystem(Site.MARKET) : new SstEvent.Advance();
      }
    }
  }

  /**
   * A random event: a third of the time the next step towards the stage's exit, otherwise 75% of a
   * type the stage permits; payloads valid about 80% of the time, random models from {@link
   * ModelArbitraries} for a tenth of the steps.
   */
  static SstEvent event(Random random, SstInstance instance, Optional<BusinessModel> randomModel) {
    if (random.nextInt(3) == 0) {
      return towardsExit(random, instance);
    }
    List<Class<?>> permitted = instance.permittedEvents();
    List<Class<?>> all = Chains.eventTypes(SstEvent.class);
    Class<?> type =
        random.nextInt(4) > 0
            ? permitted.get(random.nextInt(permitted.size()))
            : all.get(random.nextInt(all.size()));
    SstContext c = instance.context();
    boolean valid = random.nextInt(5) > 0;
    if (type == SstEvent.IdentifyOpportunity.class) {
      return new SstEvent.IdentifyOpportunity(
          "o" + random.nextInt(4), valid ? "idea" : " ", kinds(random));
    } else if (type == SstEvent.ReviseOpportunity.class) {
      return new SstEvent.ReviseOpportunity(
          c.opportunities().isEmpty() || !valid
              ? "ghost"
              : c.opportunities().get(random.nextInt(c.opportunities().size())).id(),
          random.nextInt(8) > 0 ? "revised idea" : " ",
          kinds(random));
    } else if (type == SstEvent.SelectOpportunity.class) {
      return new SstEvent.SelectOpportunity(
          c.opportunities().isEmpty() || !valid
              ? "ghost"
              : c.opportunities().get(random.nextInt(c.opportunities().size())).id());
    } else if (type == SstEvent.DesignModel.class) {
      return new SstEvent.DesignModel(model(random, "bm" + random.nextInt(3), randomModel));
    } else if (type == SstEvent.Adopt.class) {
      int choice = random.nextInt(3);
      return choice == 0
          ? SstEvent.Adopt.beside()
          : choice == 1
              ? SstEvent.Adopt.replacing("ghost")
              : SstEvent.Adopt.replacing(currentId(random, c));
    } else if (type == SstEvent.ReviseModel.class) {
      String id = valid ? currentId(random, c) : "ghost";
      BusinessModel revised = model(random, id, randomModel);
      int version = c.currentModel(id).map(BusinessModel::version).orElse(1);
      return new SstEvent.ReviseModel(
          valid && random.nextInt(5) > 0 ? revised.withVersion(version + 1) : revised);
    } else if (type == SstEvent.RecordDeployment.class) {
      CapabilityLevel[] levels = CapabilityLevel.values();
      Site[] sites = Site.values();
      CatalogueEntry entry = CATALOGUE.get(random.nextInt(CATALOGUE.size()));
      return new SstEvent.RecordDeployment(
          "co-creation",
          random.nextInt(3) == 0 ? Optional.of(entry.id()) : Optional.empty(),
          levels[random.nextInt(levels.length)],
          sites[random.nextInt(sites.length)],
          valid ? "filament-org" : "");
    } else if (type == SstEvent.AddressChallenge.class) {
      return SstEvent.AddressChallenge.of(
          CATALOGUE.get(random.nextInt(CATALOGUE.size())), valid ? "addressed" : "");
    } else if (type == SstEvent.ReturnToSensing.class) {
      return new SstEvent.ReturnToSensing(valid ? "rethink" : "");
    }
    return new SstEvent.Advance();
  }

  private static String currentId(Random random, SstContext c) {
    return c.portfolio().get(random.nextInt(c.portfolio().size())).id();
  }

  /**
   * A dual, drifted, incomplete, two-offering (its filament offering carrying random kinds),
   * foreign-owned or arbitrary model with the given id.
   */
  private static BusinessModel model(
      Random random, String id, Optional<BusinessModel> randomModel) {
    return switch (randomModel.isPresent() ? 6 : random.nextInt(6)) {
      case 0, 1 -> Ssts.model(id, Ssts.DUAL);
      case 2 -> Ssts.model(id, kinds(random));
      case 3 -> Ssts.model(id, Ssts.DUAL).withExchange(ValueExchange.builder().build());
      case 4 -> Ssts.twoOfferings(id, kinds(random));
      case 5 -> Ssts.model(id, Ssts.DUAL).withOwners(random.nextBoolean() ? "pickers" : "buyers");
      default -> randomModel.get().withId(id);
    };
  }

  private static ImmutableSet<ValueKind> kinds(Random random) {
    EnumSet<ValueKind> kinds = EnumSet.noneOf(ValueKind.class);
    for (ValueKind kind : KINDS) {
      if (random.nextInt(3) > 0) {
        kinds.add(kind);
      }
    }
    return Sets.immutableEnumSet(kinds);
  }
}

package org.bmi4j.process.firm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode;
import org.bmi4j.core.json.BmiJson;
import org.bmi4j.core.json.DocumentType;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Sector;
import org.bmi4j.core.model.ValueFunction;
import org.bmi4j.core.testing.ModelArbitraries;
import org.bmi4j.process.Invariants;
import org.bmi4j.process.Outcome;
import org.bmi4j.process.Step;
import org.bmi4j.process.firm.FirmEvent.AdaptExtantModel;
import org.bmi4j.process.firm.FirmEvent.AddEnhancementIdea;
import org.bmi4j.process.firm.FirmEvent.Advance;
import org.bmi4j.process.firm.FirmEvent.FallBack;
import org.bmi4j.process.firm.FirmEvent.ProposePartnerModel;
import org.bmi4j.process.firm.FirmEvent.RecordAllianceOperating;
import org.bmi4j.process.firm.FirmEvent.RecordLesson;
import org.bmi4j.process.firm.FirmEvent.RecordNonIntegration;
import org.bmi4j.process.firm.FirmEvent.WithdrawPartner;

/**
 * The invariants of SPEC 6 over random chains (up to 50 steps; 1,000 tries by default) of valid and
 * invalid events of the firm-level process, starting from random extant models.
 *
 * <p>After every step: the kernel invariants of {@link Invariants} (a rejected event leaves the
 * instance the same, with a violation; an accepted one appends exactly one step following a
 * declared transition; cycle numbers never decrease); the phase moves at most one phase forward (a
 * fall-back exactly one back), and only leaving ADAPTION starts a cycle; the extant model is
 * unchanged by every accepted step except an adaption, which keeps its id, raises its version by
 * one and records itself; the instance's JSON document reads back equal and replaying its history
 * from the start reproduces it. There is no terminal state to check.
 */
class FirmProcessProperties {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
  private static final DocumentType<FirmInstance> TYPE = FirmProcess.documentType(CLOCK);
  private static final Actor FIRM =
      Actor.of("firm", "The firm", ActorRole.FOCAL_FIRM, Sector.PRIVATE);
  private static final List<String> LESSON_IDS = List.of("l1", "l2", "l3");

  /** The state of a chain: the start instance and the last event applied, with its outcome. */
  record Run(
      FirmInstance start, FirmInstance before, FirmEvent event, Outcome<FirmInstance> outcome) {

    static Run of(BusinessModel extant) {
      return new Run(FirmProcess.start(FIRM, extant, CLOCK), null, null, null);
    }

    FirmInstance current() {
      return outcome == null ? start : outcome.instance();
    }

    Run next(FirmEvent event) {
      return new Run(start, current(), event, current().apply(event));
    }

    boolean accepted() {
      return outcome != null && outcome.isAccepted();
    }

    @Override
    public String toString() {
      return current() + " after " + event;
    }
  }

  @Property
  @StatisticsReport(StatisticsReportMode.OFF) // the coverage check below asserts what matters
  void everyStepOfARandomChainKeepsTheInvariants(@ForAll("chains") ActionChain<Run> chain) {
    Run end =
        chain
            .withInvariant(
                "kernel",
                run -> {
                  if (run.outcome() != null) {
                    Invariants.check(run.before(), run.event(), run.outcome());
                  }
                })
            .withInvariant("at most one phase per event", FirmProcessProperties::onePhaseAtMost)
            .withInvariant(
                "extant model changes only through adaption",
                FirmProcessProperties::extantModelChangesOnlyThroughAdaption)
            .withInvariant(
                "CONSOLIDATION is left only with synergy with each proposed partner",
                FirmProcessProperties::synergyWithEachPartner)
            .withInvariant(
                "the extant model is frozen until ADAPTION",
                FirmProcessProperties::extantModelFrozenUntilAdaption)
            .withInvariant(
                "JSON round trip and replay after each step",
                FirmProcessProperties::stepJsonRoundTrip)
            .run();
    Invariants.checkReplay(end.start(), end.current());
    jsonRoundTrip(end.current());
    Statistics.label("furthest").collect(furthest(end.current()));
    // the random chains reach the last phase and a second cycle, not only the first phases
    Statistics.label("furthest")
        .coverage(
            coverage -> {
              coverage.check("ADAPTION").percentage(p -> p > 15);
              coverage.check("cycle 2+").percentage(p -> p > 10);
            });
  }

  private static void onePhaseAtMost(Run run) {
    if (!run.accepted()) {
      return;
    }
    Step<FirmPhase, FirmEvent> step = run.outcome().instance().lastStep().orElseThrow();
    int forward =
        Math.floorMod(step.to().ordinal() - step.from().ordinal(), FirmPhase.values().length);
    if (run.event() instanceof FallBack) {
      assertEquals(step.from().ordinal() - 1, step.to().ordinal(), "a fall-back goes back one");
    } else {
      assertTrue(forward <= 1, () -> "advanced " + forward + " phases: " + step);
    }
    assertEquals(
        step.from() == FirmPhase.ADAPTION && step.to() == FirmPhase.IDENTIFICATION
            ? run.before().cycle() + 1
            : run.before().cycle(),
        run.current().cycle(),
        "only leaving ADAPTION starts a cycle");
  }

  private static void extantModelChangesOnlyThroughAdaption(Run run) {
    if (!run.accepted()) {
      return;
    }
    BusinessModel before = run.before().context().extantModel();
    BusinessModel after = run.current().context().extantModel();
    if (run.before().state() != FirmPhase.ADAPTION || !(run.event() instanceof AdaptExtantModel)) {
      assertEquals(before, after, "the extant model is unchanged outside adaption");
    } else {
      assertEquals(before.id(), after.id());
      assertEquals(before.version() + 1, after.version(), "an adaption adds one version");
      AdaptionDecision.Integration integration =
          assertInstanceOf(
              AdaptionDecision.Integration.class, run.current().context().decision().orElseThrow());
      assertEquals(before, integration.before());
      assertEquals(after, integration.after());
    }
  }

  private static void synergyWithEachPartner(Run run) {
    if (run.accepted()
        && run.before().state() == FirmPhase.CONSOLIDATION
        && run.current().state() == FirmPhase.CREATION) {
      FirmContext c = run.current().context();
      assertTrue(!c.partners().isEmpty(), "a proposed partner");
      assertEquals(c.partners().size(), c.intersections().size(), "one intersection per partner");
      c.intersections()
          .forEach((partner, i) -> assertTrue(i.hasSynergy(), () -> "synergy with " + partner));
    }
  }

  @SuppressWarnings("unchecked") // assertInstanceOf gives the raw Rejected type
  private static void extantModelFrozenUntilAdaption(Run run) {
    if (run.outcome() != null
        && run.event() instanceof AdaptExtantModel
        && run.before().state() != FirmPhase.ADAPTION) {
      Outcome.Rejected<FirmInstance> rejected =
          assertInstanceOf(Outcome.Rejected.class, run.outcome());
      assertEquals(FirmViolation.EXTANT_MODEL_FROZEN, rejected.violations().get(0).code());
    }
  }

  /**
   * Checks after each accepted step that the instance's JSON document (start context and history,
   * replayed on reading) reads back equal, and that replaying the history from the start reproduces
   * the instance.
   */
  private static void stepJsonRoundTrip(Run run) {
    if (run.accepted()) {
      jsonRoundTrip(run.current());
      Invariants.checkReplay(run.start(), run.current());
    }
  }

  private static void jsonRoundTrip(FirmInstance instance) {
    assertEquals(
        instance,
        BmiJson.read(TYPE, BmiJson.write(TYPE, instance)),
        "JSON round trip equals the instance");
  }

  private static String furthest(FirmInstance end) {
    return end.cycle() > 1
        ? "cycle 2+"
        : end.history().stream()
            .map(Step::to)
            .max(Enum::compareTo)
            .map(Enum::name)
            .orElse("nothing accepted");
  }

  @Provide
  Arbitrary<ActionChain<Run>> chains() {
    return ModelArbitraries.businessModels()
        .flatMap(
            extant ->
                ActionChain.startWith(() -> Run.of(extant))
                    .withAction(new RandomEvent())
                    .withMaxTransformations(50));
  }

  /** Applies a random event, valid or not in the current phase and context. */
  static final class RandomEvent implements Action.Dependent<Run> {
    @Override
    public Arbitrary<Transformer<Run>> transformer(Run run) {
      return events(run.current().context())
          .map(event -> Transformer.transform(describe(event), r -> r.next(event)));
    }

    /** A short description: events with models name the model's id and version only. */
    private static String describe(FirmEvent event) {
      if (event instanceof ProposePartnerModel e) {
        return "ProposePartnerModel[" + e.partner().id() + ", " + e.partnerModel().id() + "]";
      }
      if (event instanceof AdaptExtantModel e) {
        return "AdaptExtantModel["
            + e.newModel().id()
            + " v"
            + e.newModel().version()
            + ", "
            + e.lessonIds()
            + "]";
      }
      return event.toString();
    }

    private static Arbitrary<FirmEvent> events(FirmContext context) {
      Arbitrary<String> reasons = Arbitraries.of("", " ", "the partner withdrew");
      return Arbitraries.<FirmEvent>frequencyOf(
          weighted(8, Arbitraries.just(new Advance())),
          weighted(3, ideas()),
          weighted(2, lessons()),
          weighted(3, partners(context)),
          weighted(1, withdrawals(context)),
          weighted(2, Arbitraries.just(new RecordAllianceOperating("alliance"))),
          weighted(3, adaptions(context)),
          weighted(1, reasons.map(RecordNonIntegration::new)),
          weighted(1, reasons.map(FirmEvent.AdvanceWithoutIntegration::new)),
          weighted(1, reasons.map(FallBack::new)));
    }

    private static Tuple2<Integer, Arbitrary<? extends FirmEvent>> weighted(
        int weight, Arbitrary<? extends FirmEvent> events) {
      return Tuple.of(weight, events);
    }

    private static Arbitrary<FirmEvent> ideas() {
      return Combinators.combine(
              Arbitraries.of("a", "b", "c"),
              Arbitraries.of(IdeaTrigger.class),
              Arbitraries.of(IdeaOrigin.class),
              Arbitraries.subsetOf(ValueFunction.values()).ofMinSize(1))
          .as(
              (id, trigger, origin, targets) ->
                  new AddEnhancementIdea(
                      new EnhancementIdea(
                          id, "idea " + id, trigger, origin, ImmutableSet.copyOf(targets))));
    }

    private static Arbitrary<FirmEvent> lessons() {
      return Combinators.combine(Arbitraries.of(LESSON_IDS), Arbitraries.of(LessonSource.class))
          .as((id, source) -> new RecordLesson(new Lesson(id, "lesson " + id, source)));
    }

    private static Arbitrary<FirmEvent> partners(FirmContext context) {
      Arbitrary<Actor> partner =
          Arbitraries.of(
              Actor.of("partner", "Partner", ActorRole.PARTNER, Sector.PRIVATE),
              Actor.of("second", "Second partner", ActorRole.PARTNER, Sector.PRIVATE),
              context.firm());
      return Combinators.combine(partner, ModelArbitraries.businessModels())
          .as(ProposePartnerModel::new);
    }

    private static Arbitrary<FirmEvent> withdrawals(FirmContext context) {
      return Combinators.combine(
              Arbitraries.of("partner", "second", "never"),
              Arbitraries.of("", "the alliance removed it"))
          .as(WithdrawPartner::new);
    }

    private static Arbitrary<FirmEvent> adaptions(FirmContext context) {
      BusinessModel extant = context.extantModel();
      Arbitrary<String> ids = Arbitraries.frequency(Tuple.of(9, extant.id()), Tuple.of(1, "other"));
      Arbitrary<Integer> versions =
          Arbitraries.frequency(
              Tuple.of(8, extant.version() + 1),
              Tuple.of(1, extant.version()),
              Tuple.of(1, extant.version() + 2));
      Arbitrary<ImmutableSet<String>> lessons =
          Arbitraries.of("l1", "l2", "l3", "unknown").set().ofMaxSize(2).map(ImmutableSet::copyOf);
      return Combinators.combine(ModelArbitraries.businessModels(), ids, versions, lessons)
          .as(
              (model, id, version, named) ->
                  new AdaptExtantModel(model.withId(id).withVersion(version), named));
    }
  }
}

package org.bmi4j.process.alliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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
import org.bmi4j.core.model.Sector;
import org.bmi4j.core.testing.Messages;
import org.bmi4j.process.Chains;
import org.bmi4j.process.Invariants;
import org.bmi4j.process.Outcome;

/**
 * The invariants of SPEC 6 over random chains of valid and invalid events on the alliance-level
 * process, checked after every step.
 */
public class AllianceProperties {
  private static final DocumentType<AllianceInstance> JSON =
      AllianceProcess.documentType(Alliances.CLOCK);
  private static final List<Actor> POOL =
      List.of(
          Alliances.OEM,
          Alliances.RENTAL,
          Actor.of("heating", "Heating systems firm", ActorRole.PARTNER, Sector.PRIVATE),
          Actor.of("storage", "Storage firm", ActorRole.PARTNER, Sector.PRIVATE));

  /** The state of a chain: where it started and where it is. */
  static final class Run {
    final AllianceInstance start = Alliances.concept();
    AllianceInstance current = start;
    int steps;
    boolean partnersChangedInOperation;
    boolean revisedInOperation;

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
  void everyStepKeepsTheProcessInvariants(@ForAll("chains") ActionChain<Run> chain) {
    Run end = chain.run();
    Statistics.label("furthest phase").collect(Invariants.furthest(end.current));
    // the random chains reach operation and the endings, not only the first phases
    Statistics.label("furthest phase")
        .coverage(
            coverage -> {
              coverage.check(AlliancePhase.OPERATION).percentage(p -> p > 15);
              coverage.check(AlliancePhase.SPLIT).percentage(p -> p > 5);
            });
    // and partners change, and the alliance BM is revised, while the alliance operates
    Statistics.label("partners changed in operation")
        .collect(end.partnersChangedInOperation)
        .coverage(coverage -> coverage.check(true).percentage(p -> p > 3));
    Statistics.label("revised in operation")
        .collect(end.revisedInOperation)
        .coverage(coverage -> coverage.check(true).percentage(p -> p > 1));
  }

  /**
   * No event after an ending changes anything: an alliance ended in any of its endings (a vision
   * carried out, or terminated in any active phase) rejects every following event with
   * PROCESS_ENDED, the same instance returned, its ending, reason and instant unchanged.
   */
  @Property
  void noEventAfterAnEndingChangesAnything(@ForAll long seed) {
    Random random = new Random(seed);
    AllianceInstance ended = ended(random);
    assertTrue(ended.isEnded(), () -> "ended: " + ended);
    Ending ending = ended.context().ending().orElseThrow();
    assertEquals(ended.state(), ending.state(), "the ending records its state");
    assertEquals(ended.lastStep().orElseThrow().at(), ending.at(), "and the instant");
    for (int i = 0; i < 20; i++) {
      AllianceEvent event = event(random, ended);
      Outcome<AllianceInstance> outcome = ended.apply(event);
      Invariants.check(ended, event, outcome);
      assertTrue(!outcome.isAccepted(), () -> event + " after the ending is accepted");
      assertTrue(outcome.instance() == ended, "the same instance");
      assertEquals(Optional.of(ending), outcome.instance().context().ending());
    }
  }

  /**
   * The focal firm is a record only: an alliance started with a focal firm and the same one started
   * as a 50:50 joint venture accept and reject the same events, with the same violations, and reach
   * the same states (issue 15: the focal firm's role, decided and documented).
   */
  @Property(tries = 200)
  void theFocalFirmChangesNoOutcome(@ForAll long seed) {
    Random random = new Random(seed);
    AllianceInstance focal = Alliances.concept();
    AllianceInstance jointVenture =
        AllianceProcess.start(
            "mobility", "Mobility alliance", Optional.empty(), Alliances.EUR, Alliances.CLOCK);
    for (int i = 0; i < 60; i++) {
      AllianceEvent event = event(random, focal);
      Outcome<AllianceInstance> withFocal = focal.apply(event);
      Outcome<AllianceInstance> without = jointVenture.apply(event);
      assertEquals(withFocal.isAccepted(), without.isAccepted(), () -> "on " + event);
      assertEquals(withFocal.violations(), without.violations(), () -> "on " + event);
      focal = withFocal.instance();
      jointVenture = without.instance();
      assertEquals(focal.state(), jointVenture.state());
      assertEquals(focal.context().partners(), jointVenture.context().partners());
    }
  }

  /** An alliance ended by a random vision carried out or by terminating in a random phase. */
  static AllianceInstance ended(Random random) {
    List<AllianceInstance> phases =
        List.of(
            Alliances.concept(),
            Alliances.foundation(),
            Alliances.development(),
            Alliances.operation());
    if (random.nextBoolean()) {
      return phases
          .get(random.nextInt(phases.size()))
          .applyOrThrow(new AllianceEvent.Terminate("the partners gave up"));
    }
    Vision vision =
        switch (VisionKind.values()[random.nextInt(VisionKind.values().length)]) {
          case REINTEGRATE -> Vision.reintegrate("oem", "the car maker takes it over");
          case INDEPENDENT -> Vision.independent("the business stands on its own");
          case SPLIT -> Vision.split("markets diverge");
          case COMPLETE -> Vision.complete("the contract runs to its end");
          case DIVEST ->
              Vision.divest(
                  Actor.of("buyer-group", "Buyer group", ActorRole.INVESTOR, Sector.PRIVATE),
                  "a better owner");
        };
    return Alliances.operation()
        .applyOrThrow(new AllianceEvent.RecordVision(vision))
        .applyOrThrow(new AllianceEvent.CarryOutVision());
  }

  /** Applies a random event, mostly one the current phase permits, and checks every invariant. */
  static final class ApplyEvent implements Action.Dependent<Run> {
    @Override
    public Arbitrary<Transformer<Run>> transformer(Run run) {
      return Arbitraries.longs()
          .map(
              seed -> {
                AllianceEvent event = event(new Random(seed), run.current);
                return Transformer.mutate(event.toString(), r -> step(r, event));
              });
    }
  }

  /** The event that makes progress towards leaving the current phase, if the phase has one. */
  private static Optional<AllianceEvent> towardsExit(Random random, AllianceInstance instance) {
    AllianceContext c = instance.context();
    List<String> partners = c.partners().stream().map(Partner::id).toList();
    AllianceEvent next =
        switch (instance.state()) {
          case CONCEPT ->
              c.businessCase().filter(BusinessCase::needsPartner).isEmpty()
                  ? new AllianceEvent.RecordBusinessCase(Alliances.businessCase())
                  : c.internalApproval().isEmpty()
                      ? new AllianceEvent.ApproveInternally("board")
                      : new AllianceEvent.Advance();
          case FOUNDATION -> {
            Optional<Partner> uncommitted =
                c.partners().stream().filter(p -> !p.committed()).findFirst();
            if (c.partners().size() < 2) {
              yield new AllianceEvent.ProposePartner(
                  POOL.get(random.nextInt(POOL.size())), Optional.empty(), Optional.empty());
            } else if (uncommitted.isPresent()) {
              yield new AllianceEvent.CommitPartner(uncommitted.get().id());
            } else if (c.contract()
                .map(k -> !k.partners().equals(ImmutableSet.copyOf(partners)))
                .orElse(true)) {
              yield new AllianceEvent.SignContract(
                  new Contract(ImmutableSet.copyOf(partners), "rules", Optional.of("2030-01-01")));
            } else if (c.organisationalForm().isEmpty()) {
              yield new AllianceEvent.ChooseForm(OrganisationalForm.values()[random.nextInt(2)]);
            } else if (c.milestones().isEmpty()) {
              yield new AllianceEvent.PlanMilestone(
                  new Milestone("m1", "work", partners.get(0), false));
            } else {
              yield new AllianceEvent.Advance();
            }
          }
          case DEVELOPMENT -> {
            Optional<Milestone> open = c.milestones().stream().filter(m -> !m.done()).findFirst();
            if (c.allianceModel().isEmpty()) {
              yield new AllianceEvent.DefineAllianceModel(
                  Alliances.allianceModelPerformedBy(partners.get(0)));
            } else if (open.isPresent()) {
              yield new AllianceEvent.CompleteMilestone(open.get().id());
            } else if (!c.acceptanceTestPassed()) {
              yield new AllianceEvent.PassAcceptanceTest();
            } else {
              yield new AllianceEvent.Advance();
            }
          }
          case OPERATION ->
              c.vision().isEmpty()
                  ? new AllianceEvent.RecordVision(Vision.split("markets diverge"))
                  : random.nextInt(3) == 0
                      ? new AllianceEvent.CarryOutVision()
                      : new AllianceEvent.StartNewCycle("enhance the BM");
          default -> null;
        };
    return Optional.ofNullable(next);
  }

  private static void step(Run run, AllianceEvent event) {
    var before = run.current;
    Outcome<AllianceInstance> outcome = before.apply(event);
    Invariants.check(before, event, outcome);
    var after = outcome.instance();
    Messages.check(AllianceProcess.findings(after.context()));
    AlliancePhase from = before.state();
    AlliancePhase to = after.state();
    if (from.isActive() && to.isActive()) {
      assertTrue(
          to.ordinal() <= from.ordinal() + 1
              || from == AlliancePhase.OPERATION && to == AlliancePhase.CONCEPT,
          "at most one phase per event: " + from + " -> " + to);
    }
    assertEquals(after.cycle(), after.context().cycle(), "the context's cycle is the kernel's");
    if (outcome.isAccepted() && to == AlliancePhase.DEVELOPMENT && from != to) {
      assertTrue(after.context().partners().stream().filter(Partner::committed).count() >= 2);
    }
    AllianceContext c = after.context();
    if (outcome.isAccepted()
        && from == AlliancePhase.OPERATION
        && to != from
        && to != AlliancePhase.TERMINATED) {
      // partners changed in OPERATION are settled before the alliance leaves it
      assertTrue(c.partners().stream().allMatch(Partner::committed), "every partner committed");
      c.contract()
          .ifPresent(
              k ->
                  assertEquals(
                      k.partners(),
                      c.partners().stream().map(Partner::id).collect(ImmutableSet.toImmutableSet()),
                      "the contract names the current partners on leaving OPERATION"));
    }
    if (outcome.isAccepted() && event instanceof AllianceEvent.SignContract sign) {
      for (Partner partner : c.partners()) {
        assertEquals(
            sign.contract().stake(partner.id()),
            partner.stake(),
            "a partner's stake is the one the signed contract grants");
      }
    }
    if (outcome.isAccepted() && event instanceof AllianceEvent.ReviseAllianceModel revise) {
      assertEquals(AlliancePhase.OPERATION, to, "a revision stays in OPERATION");
      assertEquals(Optional.of(revise.model()), c.allianceModel());
      assertEquals(before.context().revisions().size() + 1, c.revisions().size());
    }
    boolean partnerEvent =
        event instanceof AllianceEvent.ProposePartner
            || event instanceof AllianceEvent.CommitPartner
            || event instanceof AllianceEvent.RemovePartner
            || event instanceof AllianceEvent.SignContract;
    if (partnerEvent && from.isActive()) {
      boolean partnersChangeHere =
          from == AlliancePhase.FOUNDATION || from == AlliancePhase.OPERATION;
      assertEquals(
          partnersChangeHere,
          outcome.isAccepted()
              || ((Outcome.Rejected<?>) outcome)
                  .violations().stream()
                      .noneMatch(v -> v.code() == AllianceViolation.PARTNERS_CHANGE_ELSEWHERE),
          "partner events are refused with PARTNERS_CHANGE_ELSEWHERE outside FOUNDATION and"
              + " OPERATION");
    }
    if (!partnerEvent || !from.isActive()) {
      assertTrue(
          outcome.isAccepted()
              || ((Outcome.Rejected<?>) outcome)
                  .violations().stream()
                      .noneMatch(v -> v.code() == AllianceViolation.PARTNERS_CHANGE_ELSEWHERE));
    }
    run.current = after;
    run.steps++;
    if (outcome.isAccepted() && from == AlliancePhase.OPERATION) {
      run.partnersChangedInOperation |= partnerEvent;
      run.revisedInOperation |= event instanceof AllianceEvent.ReviseAllianceModel;
    }
    if (outcome.isAccepted()) {
      Invariants.checkReplay(run.start, after);
      assertEquals(
          after,
          BmiJson.read(JSON, BmiJson.write(JSON, after)),
          "JSON round trip equals the instance");
    }
  }

  /**
   * A random event: half the time the next step towards the phase's exit, otherwise 75% of a type
   * the phase permits; payloads valid about 80% of the time; terminating is rare.
   */
  public static AllianceEvent event(Random random, AllianceInstance instance) {
    if (random.nextBoolean()) {
      Optional<AllianceEvent> next = towardsExit(random, instance);
      if (next.isPresent()) {
        return next.get();
      }
    }
    List<Class<?>> permitted = instance.permittedEvents();
    List<Class<?>> all = Chains.eventTypes(AllianceEvent.class);
    Class<?> type;
    do {
      type =
          !permitted.isEmpty() && random.nextInt(4) > 0
              ? permitted.get(random.nextInt(permitted.size()))
              : all.get(random.nextInt(all.size()));
    } while (type == AllianceEvent.Terminate.class && random.nextInt(20) > 0);
    AllianceContext c = instance.context();
    boolean valid = random.nextInt(5) > 0;
    List<String> partners = c.partners().stream().map(Partner::id).toList();
    String partner =
        partners.isEmpty() || !valid
            ? POOL.get(random.nextInt(POOL.size())).id()
            : partners.get(random.nextInt(partners.size()));
    String text = valid ? "because" : " ";
    if (type == AllianceEvent.RecordBusinessCase.class) {
      return new AllianceEvent.RecordBusinessCase(
          valid
              ? Alliances.businessCase()
              : new BusinessCase("idea", "", ImmutableList.of(), Optional.empty()));
    } else if (type == AllianceEvent.ApproveInternally.class) {
      return new AllianceEvent.ApproveInternally(valid ? "board" : "");
    } else if (type == AllianceEvent.Advance.class) {
      return new AllianceEvent.Advance();
    } else if (type == AllianceEvent.ProposePartner.class) {
      Fit[] fits = Fit.values();
      return new AllianceEvent.ProposePartner(
          POOL.get(random.nextInt(POOL.size())),
          Optional.of(fits[random.nextInt(fits.length)]),
          Optional.empty());
    } else if (type == AllianceEvent.CommitPartner.class) {
      return new AllianceEvent.CommitPartner(partner);
    } else if (type == AllianceEvent.RemovePartner.class) {
      return new AllianceEvent.RemovePartner(partner, text);
    } else if (type == AllianceEvent.SignContract.class) {
      ImmutableSet<String> named = valid ? ImmutableSet.copyOf(partners) : ImmutableSet.of(partner);
      Contract contract =
          new Contract(
              named, "rules", random.nextBoolean() ? Optional.of("2030-01-01") : Optional.empty());
      if (random.nextBoolean() && !named.isEmpty()) {
        // equal shares, the first named partner in control
        java.math.BigDecimal share =
            java.math.BigDecimal.ONE.divide(
                java.math.BigDecimal.valueOf(named.size()), 4, java.math.RoundingMode.DOWN);
        com.google.common.collect.ImmutableMap.Builder<String, Stake> stakes =
            com.google.common.collect.ImmutableMap.builder();
        for (String id : named) {
          stakes.put(id, new Stake(share, id.equals(named.iterator().next())));
        }
        contract = contract.withStakes(stakes.buildOrThrow());
      }
      return new AllianceEvent.SignContract(contract);
    } else if (type == AllianceEvent.ChooseForm.class) {
      return new AllianceEvent.ChooseForm(OrganisationalForm.values()[random.nextInt(2)]);
    } else if (type == AllianceEvent.PlanMilestone.class) {
      return new AllianceEvent.PlanMilestone(
          new Milestone("m" + random.nextInt(3), "work", partner, false));
    } else if (type == AllianceEvent.DefineAllianceModel.class) {
      return new AllianceEvent.DefineAllianceModel(Alliances.allianceModelPerformedBy(partner));
    } else if (type == AllianceEvent.ReviseAllianceModel.class) {
      return new AllianceEvent.ReviseAllianceModel(
          Alliances.allianceModelPerformedBy(partner), text);
    } else if (type == AllianceEvent.CompleteMilestone.class) {
      List<String> ids = new ArrayList<>();
      c.milestones().forEach(m -> ids.add(m.id()));
      return new AllianceEvent.CompleteMilestone(
          ids.isEmpty() || !valid ? "ghost" : ids.get(random.nextInt(ids.size())));
    } else if (type == AllianceEvent.PassAcceptanceTest.class) {
      return new AllianceEvent.PassAcceptanceTest();
    } else if (type == AllianceEvent.RecordLedgerEntry.class) {
      org.bmi4j.core.alliance.Direction direction =
          random.nextBoolean()
              ? org.bmi4j.core.alliance.Direction.CONTRIBUTION
              : org.bmi4j.core.alliance.Direction.RETURN;
      int amount = random.nextInt(100);
      org.bmi4j.core.alliance.LedgerEntry entry =
          Alliances.entry(partner, direction, String.valueOf(amount));
      // a third of the entries expected, without drawing from random again
      return new AllianceEvent.RecordLedgerEntry(
          amount % 3 == 0
              ? entry.withRealisation(org.bmi4j.core.alliance.Realisation.EXPECTED)
              : entry);
    } else if (type == AllianceEvent.RecordVision.class) {
      VisionKind kind = VisionKind.values()[random.nextInt(VisionKind.values().length)];
      Optional<String> target =
          kind == VisionKind.REINTEGRATE && valid ? Optional.of(partner) : Optional.empty();
      Optional<Actor> buyer =
          kind == VisionKind.DIVEST
              ? Optional.of(
                  valid
                      ? Actor.of("buyer-group", "Buyer group", ActorRole.PARTNER, Sector.PRIVATE)
                      : POOL.get(random.nextInt(POOL.size())))
              : Optional.empty();
      return new AllianceEvent.RecordVision(new Vision(kind, target, buyer, text));
    } else if (type == AllianceEvent.CarryOutVision.class) {
      return new AllianceEvent.CarryOutVision();
    } else if (type == AllianceEvent.StartNewCycle.class) {
      return new AllianceEvent.StartNewCycle(valid ? "enhance the BM" : "");
    } else if (type == AllianceEvent.RecordKnowledgeExchange.class) {
      return new AllianceEvent.RecordKnowledgeExchange(partner, valid ? "steering" : "");
    } else if (type == AllianceEvent.RecordLearning.class) {
      return new AllianceEvent.RecordLearning(LearningMode.values()[random.nextInt(2)]);
    } else if (type == AllianceEvent.ChangeSeparation.class) {
      return new AllianceEvent.ChangeSeparation(SeparationMode.values()[random.nextInt(3)]);
    } else if (type == AllianceEvent.FallBack.class) {
      return new AllianceEvent.FallBack(text);
    } else {
      return new AllianceEvent.Terminate(text);
    }
  }
}

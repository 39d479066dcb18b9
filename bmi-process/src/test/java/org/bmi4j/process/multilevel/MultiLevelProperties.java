package org.bmi4j.process.multilevel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
import org.bmi4j.process.Invariants;
import org.bmi4j.process.KernelViolation;
import org.bmi4j.process.Outcome;
import org.bmi4j.process.Step;
import org.bmi4j.process.alliance.AllianceEvent;
import org.bmi4j.process.alliance.AlliancePhase;
import org.bmi4j.process.alliance.AllianceProperties;
import org.bmi4j.process.firm.FirmContext;
import org.bmi4j.process.firm.FirmEvent;
import org.bmi4j.process.firm.FirmPhase;

/**
 * The coupling invariant and atomicity of the multi-level process over random chains of alliance
 * and firm events, valid and invalid, checked after every step.
 */
class MultiLevelProperties {
  private static final DocumentType<MultiLevelAlliance> JSON =
      MultiLevelAlliance.documentType(MultiLevel.CLOCK);

  private static final org.bmi4j.core.model.Actor FLEET_CO = PartnersOverTimeTests.FLEET_CO;
  private static final org.bmi4j.core.model.BusinessModel FLEETS = PartnersOverTimeTests.FLEETS;

  static final class Run {
    MultiLevelAlliance current = MultiLevel.concept();
    int steps;
    boolean admittedInOperation;

    @Override
    public String toString() {
      return current.toString();
    }
  }

  /**
   * Issue 13: however often a partner was removed (and proposed again) before the alliance was
   * coupled, a firm's proposal of it is withdrawn once, in the operation that made it.
   */
  @Property(tries = 12)
  void aFormerPartnersProposalIsWithdrawnOnceHoweverOftenItWasRemoved(
      @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 12) int removals) {
    assertEquals(
        List.of("ProposePartnerModel", "WithdrawPartner"),
        MultiLevelAllianceTests.proposalOfAPartnerRemoved(removals));
  }

  @Provide
  Arbitrary<ActionChain<Run>> chains() {
    return ActionChain.startWith(Run::new).withAction(new RandomEvent()).withMaxTransformations(50);
  }

  @Property
  @StatisticsReport(StatisticsReportMode.OFF) // the coverage check below asserts what matters
  void everyStepKeepsTheLevelsCoupledAndChangesAtomic(@ForAll("chains") ActionChain<Run> chain) {
    Run end = chain.run();
    Statistics.label("alliance phase").collect(end.current.alliance().state());
    // the random chains bring both levels into operation, not only through the first phases
    Statistics.label("alliance phase")
        .coverage(coverage -> coverage.check(AlliancePhase.OPERATION).percentage(p -> p > 3));
    // and a newcomer is admitted to the operating alliance now and then
    Statistics.label("admitted in operation")
        .collect(end.admittedInOperation)
        .coverage(coverage -> coverage.check(true).percentage(p -> p > 0));
  }

  /**
   * No event after an ending changes anything on the alliance level: once the alliance ended
   * (terminated in any phase, or its vision carried out), every alliance event is rejected with
   * PROCESS_ENDED and changes no level, and a firm event changes only that firm, which goes on
   * alone.
   */
  @Property
  void noEventAfterAnEndingChangesAnything(@ForAll long seed) {
    Random random = new Random(seed);
    List<MultiLevelAlliance> phases =
        List.of(MultiLevel.concept(), MultiLevel.foundation(), MultiLevel.operation());
    MultiLevelAlliance start = phases.get(random.nextInt(phases.size()));
    MultiLevelAlliance ended =
        start.alliance().state() == AlliancePhase.OPERATION && random.nextBoolean()
            ? MultiLevel.accept(
                MultiLevel.accept(
                        start.apply(
                            new AllianceEvent.RecordVision(
                                org.bmi4j.process.alliance.Vision.split("markets diverge"))))
                    .apply(new AllianceEvent.CarryOutVision()))
            : MultiLevel.accept(start.apply(new AllianceEvent.Terminate("the partners gave up")));
    assertTrue(ended.alliance().isEnded());
    for (int i = 0; i < 20; i++) {
      if (random.nextInt(3) > 0) {
        AllianceEvent event = AllianceProperties.event(random, ended.alliance());
        Outcome<MultiLevelAlliance> outcome = ended.apply(event);
        assertTrue(!outcome.isAccepted(), () -> event + " after the ending is accepted");
        assertSame(ended, outcome.instance(), "no level changes");
        assertEquals(
            KernelViolation.PROCESS_ENDED,
            ((Outcome.Rejected<?>) outcome).violations().get(0).code());
      } else {
        List<String> partners = List.copyOf(ended.firms().keySet());
        String partner = partners.get(random.nextInt(partners.size()));
        FirmEvent event = MultiLevelChains.firmEvent(random, ended, partner);
        Outcome<MultiLevelAlliance> outcome = ended.applyFirm(partner, event);
        assertSame(ended.alliance(), outcome.instance().alliance(), "the alliance never changes");
        for (PartnerFirm firm : ended.firms().values()) {
          if (!firm.partner().equals(partner)) {
            assertSame(firm, outcome.instance().firm(firm.partner()).orElseThrow());
          }
        }
        ended = outcome.instance();
      }
    }
  }

  static final class RandomEvent implements Action.Dependent<Run> {
    @Override
    public Arbitrary<Transformer<Run>> transformer(Run run) {
      return Arbitraries.longs()
          .map(
              seed -> {
                Random random = new Random(seed);
                if (random.nextBoolean()) {
                  java.util.Optional<Transformer<Run>> guided =
                      MultiLevelChains.guided(run.current)
                          .map(
                              move ->
                                  Transformer.mutate(
                                      move.description(),
                                      r -> check(r, move.apply().apply(r.current))));
                  if (guided.isPresent()) {
                    return guided.get();
                  }
                }
                if (random.nextInt(10) == 0) {
                  // a newcomer: prospected, then proposed where partners change, in any phase
                  if (run.current.firm("fleetco").isEmpty()) {
                    return Transformer.mutate(
                        "prospect fleetco",
                        r -> check(r, r.current.prospect(MultiLevel.firm(FLEET_CO, FLEETS))));
                  }
                  AllianceEvent propose =
                      new AllianceEvent.ProposePartner(
                          FLEET_CO, java.util.Optional.empty(), java.util.Optional.empty());
                  return Transformer.mutate(
                      "alliance " + propose, r -> check(r, r.current.apply(propose)));
                }
                if (random.nextInt(3) > 0) {
                  AllianceEvent event = AllianceProperties.event(random, run.current.alliance());
                  return Transformer.mutate(
                      "alliance " + event, r -> check(r, r.current.apply(event)));
                }
                List<String> partners = List.copyOf(run.current.firms().keySet());
                String partner = partners.get(random.nextInt(partners.size()));
                FirmEvent event = MultiLevelChains.firmEvent(random, run.current, partner);
                return Transformer.mutate(
                    partner + " " + event, r -> check(r, r.current.applyFirm(partner, event)));
              });
    }
  }

  private static void check(Run run, Outcome<MultiLevelAlliance> outcome) {
    MultiLevelAlliance before = run.current;
    MultiLevelAlliance after = outcome.instance();
    if (before.alliance().isEnded()) {
      // nothing joins an ended alliance, and no process is attached to it or waits to join it
      assertSame(before.alliance(), after.alliance(), "an ended alliance never changes");
      assertTrue(
          before.prospect(MultiLevel.firm(FLEET_CO, FLEETS))
                  instanceof Outcome.Rejected<MultiLevelAlliance> r
              && r.violations().stream()
                  .allMatch(v -> v.code() == org.bmi4j.process.KernelViolation.PROCESS_ENDED),
          "a prospect of an ended alliance is rejected with PROCESS_ENDED");
      assertTrue(
          after.firms().values().stream().allMatch(f -> f.attachment() == Attachment.DETACHED),
          "every firm process of an ended alliance goes on alone");
    }
    if (!outcome.isAccepted()) {
      assertSame(before, after, "a rejected event changes no level");
      assertTrue(!((Outcome.Rejected<?>) outcome).violations().isEmpty());
      Invariants.checkMessages(((Outcome.Rejected<?>) outcome).violations());
    } else {
      for (PartnerFirm firm : after.firms().values()) {
        if (before.firm(firm.partner()).isEmpty()) {
          assertEquals(Attachment.PROSPECTIVE, firm.attachment(), "a newcomer is a prospect");
          continue;
        }
        PartnerFirm old = before.firm(firm.partner()).orElseThrow();
        long grown = firm.process().sequence() - old.process().sequence();
        List<Step<FirmPhase, FirmEvent>> history = firm.process().history();
        long wiring =
            history.subList((int) old.process().sequence(), history.size()).stream()
                .filter(
                    step ->
                        step.event() instanceof FirmEvent.ProposePartnerModel
                            || step.event() instanceof FirmEvent.WithdrawPartner)
                .count();
        assertTrue(
            grown >= 0 && grown - wiring <= 2,
            "a firm takes at most two steps per event besides the partner proposals wired");
        assertTrue(
            wiring
                <= after.alliance().context().partners().size()
                    + after.alliance().context().formerPartners().size()
                    + 1,
            "at most one proposal or withdrawal per partner of the alliance, besides the event");
        FirmContext context = old.process().context();
        for (int i = (int) old.process().sequence(); i < history.size(); i++) {
          if (history.get(i).from() != FirmPhase.ADAPTION) {
            assertEquals(
                context.extantModel(),
                firm.process().context().extantModel(),
                "the extant BM changes only through adaption");
          }
        }
        assertTrue(firm.process().cycle() >= old.process().cycle());
      }
      assertTrue(after.alliance().sequence() - before.alliance().sequence() <= 1);
    }
    assertTrue(after.isCoupled(), () -> "coupled: " + after);
    run.current = after;
    run.steps++;
    run.admittedInOperation |=
        outcome.isAccepted()
            && before.alliance().state() == AlliancePhase.OPERATION
            && after.firm("fleetco").filter(f -> f.attachment() == Attachment.ATTACHED).isPresent()
            && before.firm("fleetco").filter(f -> f.attachment() == Attachment.ATTACHED).isEmpty();
    if (outcome.isAccepted()) {
      assertEquals(
          after,
          BmiJson.read(JSON, BmiJson.write(JSON, after)),
          "JSON round trip equals the multi-level alliance");
    }
  }
}

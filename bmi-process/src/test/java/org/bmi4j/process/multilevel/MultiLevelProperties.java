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
import org.bmi4j.core.json.BmiJson;
import org.bmi4j.core.json.DocumentType;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Offering;
import org.bmi4j.core.model.ValueKind;
import org.bmi4j.process.Invariants;
import org.bmi4j.process.Step;
import org.bmi4j.process.alliance.AllianceEvent;
import org.bmi4j.process.alliance.AllianceProperties;
import org.bmi4j.process.alliance.AlliancePhase;
import org.bmi4j.process.firm.FirmContext;
import org.bmi4j.process.firm.FirmEvent;
import org.bmi4j.process.firm.FirmPhase;
import org.bmi4j.process.firm.Lesson;
import org.bmi4j.process.firm.LessonSource;

/**
 * The coupling invariant and atomicity of the multi-level process over random chains of alliance
 * and firm events, valid and invalid, checked after every step.
 */
class MultiLevelProperties {
  private static final DocumentType<MultiLevelAlliance> JSON =
      MultiLevelAlliance.documentType(MultiLevel.CLOCK);

  static final class Run {
    MultiLevelAlliance current = MultiLevel.concept();
    int steps;

    @Override
    public String toString() {
      return current.toString();
    }
  }

  @Provide
  Arbitrary<ActionChain<Run>> chains() {
    return ActionChain.startWith(Run::new)
        .withAction(new RandomEvent())
        .withMaxTransformations(50);
  }

  @Property
  void everyStepKeepsTheLevelsCoupledAndChangesAtomic(@ForAll("chains") ActionChain<Run> chain) {
    Run end = chain.run();
    Statistics.label("alliance phase").collect(end.current.alliance().state());
  }

  static final class RandomEvent implements Action.Dependent<Run> {
    @Override
    public Arbitrary<Transformer<Run>> transformer(Run run) {
      return Arbitraries.longs().map(seed -> {
        Random random = new Random(seed);
        if (random.nextBoolean()) {
          java.util.Optional<Transformer<Run>> guided = guided(run.current);
          if (guided.isPresent()) {
            return guided.get();
          }
        }
        if (random.nextInt(3) > 0) {
          AllianceEvent event = AllianceProperties.event(random, run.current.alliance());
          return Transformer.mutate("alliance " + event, r -> check(r, r.current.apply(event)));
        }
        List<String> partners = List.copyOf(run.current.firms().keySet());
        String partner = partners.get(random.nextInt(partners.size()));
        FirmEvent event = firmEvent(random, run.current, partner);
        return Transformer.mutate(partner + " " + event,
            r -> check(r, r.current.applyFirm(partner, event)));
      });
    }
  }

  /** The step that unblocks the coupling: proposing prospects, firm partners, decisions. */
  private static java.util.Optional<Transformer<Run>> guided(MultiLevelAlliance m) {
    AlliancePhase phase = m.alliance().state();
    for (PartnerFirm firm : m.firms().values()) {
      FirmContext c = firm.process().context();
      if (phase == AlliancePhase.FOUNDATION && firm.attachment() == Attachment.PROSPECTIVE) {
        Actor actor = c.firm();
        AllianceEvent propose = new AllianceEvent.ProposePartner(actor, java.util.Optional.empty(),
            java.util.Optional.empty());
        return java.util.Optional.of(Transformer.mutate("alliance " + propose,
            r -> check(r, r.current.apply(propose))));
      }
      if (firm.attachment() == Attachment.ATTACHED) {
        FirmEvent event = null;
        if (c.ideas().isEmpty() && firm.process().state() == FirmPhase.IDENTIFICATION) {
          event = new FirmEvent.AddEnhancementIdea(MultiLevel.IDEA);
        } else if (c.partner().isEmpty() && firm.process().state() == FirmPhase.CONSOLIDATION) {
          event = firm.partner().equals("oem")
              ? new FirmEvent.ProposePartner(MultiLevel.RENTAL, MultiLevel.RENTALS)
              : new FirmEvent.ProposePartner(MultiLevel.OEM, MultiLevel.FLEET);
        } else if (c.decision().isEmpty() && firm.process().state() == FirmPhase.ADAPTION) {
          event = new FirmEvent.RecordNonIntegration("lessons did not spread");
        }
        if (event != null) {
          FirmEvent chosen = event;
          String partner = firm.partner();
          return java.util.Optional.of(Transformer.mutate(partner + " " + chosen,
              r -> check(r, r.current.applyFirm(partner, chosen))));
        }
      }
    }
    return java.util.Optional.empty();
  }

  private static void check(Run run, MultiLevelOutcome outcome) {
    MultiLevelAlliance before = run.current;
    MultiLevelAlliance after = outcome.alliance();
    if (!outcome.isAccepted()) {
      assertSame(before, after, "a rejected event changes no level");
      assertTrue(!((MultiLevelOutcome.Rejected) outcome).violations().isEmpty());
      Invariants.checkMessages(((MultiLevelOutcome.Rejected) outcome).violations());
    } else {
      for (PartnerFirm firm : after.firms().values()) {
        PartnerFirm old = before.firm(firm.partner()).orElseThrow();
        long grown = firm.process().sequence() - old.process().sequence();
        assertTrue(grown >= 0 && grown <= 2, "a firm takes at most two steps per event");
        List<Step<FirmPhase, FirmEvent>> history = firm.process().history();
        FirmContext context = old.process().context();
        for (int i = (int) old.process().sequence(); i < history.size(); i++) {
          if (history.get(i).from() != FirmPhase.ADAPTION) {
            assertEquals(context.extantModel(), firm.process().context().extantModel(),
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
    if (outcome.isAccepted()) {
      assertEquals(after, BmiJson.read(JSON, BmiJson.write(JSON, after)),
          "JSON round trip equals the multi-level alliance");
    }
  }

  private static FirmEvent firmEvent(Random random, MultiLevelAlliance m, String partner) {
    FirmContext c = m.firm(partner).orElseThrow().process().context();
    Actor other = partner.equals("oem") ? MultiLevel.RENTAL : MultiLevel.OEM;
    BusinessModel otherModel = partner.equals("oem") ? MultiLevel.RENTALS : MultiLevel.FLEET;
    return switch (random.nextInt(8)) {
      case 0 -> new FirmEvent.AddEnhancementIdea(MultiLevel.IDEA);
      case 1 -> new FirmEvent.RecordLesson(new Lesson("l" + random.nextInt(3), "lesson",
          LessonSource.LEARNED));
      case 2 -> new FirmEvent.ProposePartner(other, otherModel);
      case 3 -> new FirmEvent.RecordNonIntegration(random.nextBoolean() ? "did not spread" : "");
      case 4 -> {
        BusinessModel extant = c.extantModel();
        BusinessModel next = extant.withVersion(extant.version() + 1).withProposition(
            extant.proposition().withOfferings(com.google.common.collect.ImmutableList.<Offering>
                builder().addAll(extant.proposition().offerings()).add(Offering.builder()
                    .id("v" + (extant.version() + 1)).name("next").addValueKind(ValueKind.ECONOMIC)
                    .addBeneficiary("drivers").build()).build()));
        yield c.lessons().isEmpty() ? FirmEvent.AdaptExtantModel.of(next, "none")
            : FirmEvent.AdaptExtantModel.of(next, c.lessons().get(0).id());
      }
      case 5 -> new FirmEvent.FallBack(random.nextBoolean() ? "back" : " ");
      default -> new FirmEvent.Advance();
    };
  }
}

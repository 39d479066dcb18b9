package org.bmi4j.process.multilevel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import org.bmi4j.core.json.BmiJson;
import org.bmi4j.core.json.DocumentType;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Offering;
import org.bmi4j.core.model.ValueKind;
import org.bmi4j.process.Chains;
import org.bmi4j.process.Outcome;
import org.bmi4j.process.alliance.AllianceChains;
import org.bmi4j.process.alliance.AllianceEvent;
import org.bmi4j.process.alliance.AlliancePhase;
import org.bmi4j.process.alliance.AllianceProperties;
import org.bmi4j.process.alliance.Vision;
import org.bmi4j.process.firm.FirmContext;
import org.bmi4j.process.firm.FirmEvent;
import org.bmi4j.process.firm.FirmPhase;
import org.bmi4j.process.firm.Lesson;
import org.bmi4j.process.firm.LessonSource;

/**
 * Seeded chains of the multi-level process for the concurrency and determinism tests: the Mobility
 * alliance of {@link MultiLevel} with both firms, driven by alliance events of {@link
 * AllianceProperties#event} and firm events of a small seeded generator, half of the time taking
 * the step that unblocks the coupling (as {@link MultiLevelProperties} does).
 */
public final class MultiLevelChains {
  /** The fixed clock of every multi-level chain. */
  public static final Clock CLOCK = MultiLevel.CLOCK;

  /** The document type of multi-level alliances, shared by every chain. */
  public static final DocumentType<MultiLevelAlliance> JSON =
      MultiLevelAlliance.documentType(CLOCK);

  private static final DocumentType<org.bmi4j.process.alliance.AllianceInstance> ALLIANCE_JSON =
      org.bmi4j.process.alliance.AllianceProcess.documentType(CLOCK);
  private static final DocumentType<org.bmi4j.process.firm.FirmInstance> FIRM_JSON =
      org.bmi4j.process.firm.FirmProcess.documentType(CLOCK);

  private MultiLevelChains() {}

  /** An event on one of the levels, with how it reads in a transcript. */
  /** One step of a chain, described for transcripts and reports. */
  record Move(
      String description, Function<MultiLevelAlliance, Outcome<MultiLevelAlliance>> apply) {}

  /** Runs the chain of {@code steps} events from {@code seed}, starting in CONCEPT. */
  public static Chains.Transcript chain(long seed, int steps) {
    Random random = new Random(seed);
    Chains.Recorder recorder = new Chains.Recorder();
    MultiLevelAlliance current = MultiLevel.concept();
    for (int i = 0; i < steps; i++) {
      Move move = move(random, current);
      Outcome<MultiLevelAlliance> outcome = move.apply().apply(current);
      if (outcome instanceof Outcome.Rejected<MultiLevelAlliance> rejected) {
        assertSame(current, rejected.instance(), "a rejected event changes no level");
        assertFalse(rejected.violations().isEmpty(), "a rejection names a violation");
        recorder.step(move.description() + ": rejected " + rejected.violations());
        continue;
      }
      current = outcome.instance();
      assertTrue(current.isCoupled(), "the levels stay coupled");
      recorder.step(
          move.description()
              + ": accepted "
              + current.alliance().state()
              + " "
              + current.firms().values().stream()
                  .map(f -> f.partner() + " " + f.attachment() + " " + f.process().state())
                  .toList());
      exports(recorder, current);
    }
    return recorder.transcript("multilevel#" + seed, current);
  }

  /**
   * Records the multi-level document (checked to read back equal and write the same bytes), the
   * alliance's outputs and every firm process's, and the partners lagging in ADAPTION.
   */
  public static void exports(Chains.Recorder recorder, MultiLevelAlliance m) {
    String document = BmiJson.write(JSON, m);
    MultiLevelAlliance read = BmiJson.read(JSON, document);
    assertEquals(m, read, "JSON round trip equals the multi-level alliance");
    assertEquals(document, BmiJson.write(JSON, read), "a document read back writes the same bytes");
    recorder.output("multilevel.json", document);
    Chains.export(recorder, "alliance", m.alliance(), ALLIANCE_JSON);
    recorder.outputs("alliance.export", AllianceChains.exports(m.alliance()));
    for (PartnerFirm firm : m.firms().values()) {
      Chains.export(recorder, "firm." + firm.partner(), firm.process(), FIRM_JSON);
    }
    recorder.output("lagging", m.lagging().toString());
  }

  private static Move move(Random random, MultiLevelAlliance m) {
    if (random.nextBoolean()) {
      Optional<Move> guided = guided(m);
      if (guided.isPresent()) {
        return guided.get();
      }
    }
    if (random.nextInt(3) > 0) {
      AllianceEvent event = AllianceProperties.event(random, m.alliance());
      return new Move("alliance " + event, a -> a.apply(event));
    }
    List<String> partners = List.copyOf(m.firms().keySet());
    String partner = partners.get(random.nextInt(partners.size()));
    FirmEvent event = firmEvent(random, m, partner);
    return new Move(partner + " " + event, a -> a.applyFirm(partner, event));
  }

  /** The step that unblocks the coupling: proposing prospects, firm partners, decisions. */
  static Optional<Move> guided(MultiLevelAlliance m) {
    AlliancePhase phase = m.alliance().state();
    for (PartnerFirm firm : m.firms().values()) {
      FirmContext c = firm.process().context();
      if (phase == AlliancePhase.FOUNDATION && firm.attachment() == Attachment.PROSPECTIVE) {
        AllianceEvent propose =
            new AllianceEvent.ProposePartner(c.firm(), Optional.empty(), Optional.empty());
        return Optional.of(new Move("alliance " + propose, a -> a.apply(propose)));
      }
      if (firm.attachment() == Attachment.ATTACHED) {
        FirmEvent event = null;
        if (c.ideas().isEmpty() && firm.process().state() == FirmPhase.IDENTIFICATION) {
          event = new FirmEvent.AddEnhancementIdea(MultiLevel.IDEA);
        } else if (c.partners().isEmpty() && firm.process().state() == FirmPhase.CONSOLIDATION) {
          event =
              firm.partner().equals("oem")
                  ? new FirmEvent.ProposePartnerModel(MultiLevel.RENTAL, MultiLevel.RENTALS)
                  : new FirmEvent.ProposePartnerModel(MultiLevel.OEM, MultiLevel.FLEET);
        } else if (c.decision().isEmpty() && firm.process().state() == FirmPhase.ADAPTION) {
          event = new FirmEvent.RecordNonIntegration("lessons did not spread");
        }
        if (event != null) {
          FirmEvent chosen = event;
          String partner = firm.partner();
          return Optional.of(new Move(partner + " " + chosen, a -> a.applyFirm(partner, chosen)));
        }
      }
    }
    return Optional.empty();
  }

  /** A random firm-level event for the partner, valid or not. */
  static FirmEvent firmEvent(Random random, MultiLevelAlliance m, String partner) {
    FirmContext c = m.firm(partner).orElseThrow().process().context();
    Actor other = partner.equals("oem") ? MultiLevel.RENTAL : MultiLevel.OEM;
    BusinessModel otherModel = partner.equals("oem") ? MultiLevel.RENTALS : MultiLevel.FLEET;
    return switch (random.nextInt(8)) {
      case 0 -> new FirmEvent.AddEnhancementIdea(MultiLevel.IDEA);
      case 1 ->
          new FirmEvent.RecordLesson(
              new Lesson("l" + random.nextInt(3), "lesson", LessonSource.LEARNED));
      case 2 -> new FirmEvent.ProposePartnerModel(other, otherModel);
      case 3 -> new FirmEvent.RecordNonIntegration(random.nextBoolean() ? "did not spread" : "");
      case 4 -> {
        BusinessModel extant = c.extantModel();
        BusinessModel next =
            extant
                .withVersion(extant.version() + 1)
                .withProposition(
                    extant
                        .proposition()
                        .withOfferings(
                            ImmutableList.<Offering>builder()
                                .addAll(extant.proposition().offerings())
                                .add(
                                    Offering.builder()
                                        .id("v" + (extant.version() + 1))
                                        .name("next")
                                        .addValueKind(ValueKind.ECONOMIC)
                                        .addBeneficiary("drivers")
                                        .build())
                                .build()));
        yield c.lessons().isEmpty()
            ? FirmEvent.AdaptExtantModel.of(next, "none")
            : FirmEvent.AdaptExtantModel.of(next, c.lessons().get(0).id());
      }
      case 5 -> new FirmEvent.FallBack(random.nextBoolean() ? "back" : " ");
      default -> new FirmEvent.Advance();
    };
  }

  /**
   * The Mobility alliance of [SPIETH] on both levels (illustrative): in OPERATION, the rental firm
   * records that its lessons did not spread, the vision to split is recorded, and a new cycle
   * starts; the car maker, still undecided in ADAPTION, lags behind.
   */
  public static MultiLevelAlliance mobilityCase() {
    MultiLevelAlliance m = MultiLevel.operation();
    m =
        MultiLevel.accept(
            m.applyFirm("rental", new FirmEvent.RecordNonIntegration("lessons did not spread")));
    m = MultiLevel.accept(m.apply(new AllianceEvent.RecordVision(Vision.split("markets diverge"))));
    return MultiLevel.accept(m.apply(new AllianceEvent.StartNewCycle("enhance the mobility BM")));
  }
}

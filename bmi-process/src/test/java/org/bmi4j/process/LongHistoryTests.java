package org.bmi4j.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import org.bmi4j.core.json.BmiJson;
import org.bmi4j.core.json.DocumentType;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Sector;
import org.bmi4j.core.model.ValueFunction;
import org.bmi4j.core.model.ValueKind;
import org.bmi4j.core.testing.ModelArbitraries;
import org.bmi4j.process.alliance.AllianceEvent;
import org.bmi4j.process.alliance.AllianceInstance;
import org.bmi4j.process.alliance.AllianceProcess;
import org.bmi4j.process.alliance.BusinessCase;
import org.bmi4j.process.alliance.Coverage;
import org.bmi4j.process.alliance.Funding;
import org.bmi4j.process.alliance.Requirement;
import org.bmi4j.process.alliance.SeparationMode;
import org.bmi4j.process.firm.EnhancementIdea;
import org.bmi4j.process.firm.FirmEvent;
import org.bmi4j.process.firm.FirmInstance;
import org.bmi4j.process.firm.FirmProcess;
import org.bmi4j.process.firm.IdeaOrigin;
import org.bmi4j.process.firm.IdeaTrigger;
import org.bmi4j.process.firm.Lesson;
import org.bmi4j.process.firm.LessonSource;
import org.bmi4j.process.sst.CapabilityLevel;
import org.bmi4j.process.sst.SenseSeizeTransform;
import org.bmi4j.process.sst.Site;
import org.bmi4j.process.sst.SstEvent;
import org.bmi4j.process.sst.SstInstance;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: a history of 100,000 events of one kind (or of one repeated round of kinds) builds,
 * writes and reads back, each event kind whose context list grows with the history costing the same
 * per step however long it is (the contexts share their lists from step to step). The tests assert
 * on the result; the cost is measured by the ReadingScaling benchmark, never here.
 *
 * <p>Event kinds that move between phases or stages, and whole cycles, are in {@code
 * FirmLongHistoryTests} and {@code SstLongHistoryTests}. Not there, because every such event
 * carries a whole business model that differs from the others, so 100,000 of them make a document
 * of hundreds of megabytes: adapting the firm's extant model, proposing 100,000 different partners,
 * revising a BM or adopting 100,000 BMs beside each other in the cycle. Repeating one model (a
 * design, a proposal of the same partner) is here: the compact history writes a repeated event
 * once.
 */
class LongHistoryTests {
  private static final int EVENTS = 100_000;

  /**
   * Events whose ids must differ (lessons, ideas, opportunities) are each written in full, about
   * 360 characters apiece: 50,000 of them make a document longer than the 16,000,000 characters
   * {@code read} accepts (the documented bound of BmiJson), which the writer refuses. Their
   * histories are 40,000 events long; events that may repeat are written once, and go to 100,000.
   */
  private static final int DISTINCT_EVENTS = 40_000;

  /** An idea, with its trigger, origin and value functions, is longer: 40,000 are too many. */
  private static final int DISTINCT_IDEAS = 30_000;

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC);
  private static final Actor OEM =
      Actor.of("oem", "Car maker", ActorRole.FOCAL_FIRM, Sector.PRIVATE);

  /** Applies {@link #EVENTS} events made by {@code event}, then writes and reads the instance. */
  private static <E, I extends ProcessInstance<?, E, ?>> I buildAndRead(
      I start, IntFunction<E> event, BiFunction<I, E, I> apply, DocumentType<I> type) {
    return buildAndRead(EVENTS, start, event, apply, type);
  }

  /** Applies {@code count} events made by {@code event}, then writes and reads the instance. */
  private static <E, I extends ProcessInstance<?, E, ?>> I buildAndRead(
      int count, I start, IntFunction<E> event, BiFunction<I, E, I> apply, DocumentType<I> type) {
    I instance = start;
    for (int i = 0; i < count; i++) {
      instance = apply.apply(instance, event.apply(i));
    }
    I read = BmiJson.read(type, BmiJson.write(type, instance));
    assertEquals(instance.context(), read.context());
    assertEquals(instance.sequence(), read.sequence());
    return read;
  }

  @Nested
  class Alliance {
    private AllianceInstance foundation() {
      return AllianceProcess.start("mobility", "Mobility", Optional.of("oem"), eur(), CLOCK)
          .applyOrThrow(
              new AllianceEvent.RecordBusinessCase(
                  new BusinessCase(
                      "mobility on demand",
                      "urban short-term rental demand",
                      ImmutableList.of(new Requirement("stations", Coverage.PARTNER)),
                      Optional.of(Funding.SHARED))))
          .applyOrThrow(new AllianceEvent.ApproveInternally("board"))
          .applyOrThrow(new AllianceEvent.Advance())
          .applyOrThrow(new AllianceEvent.ProposePartner(OEM, Optional.empty(), Optional.empty()));
    }

    private final DocumentType<AllianceInstance> type = AllianceProcess.documentType(CLOCK);

    @Test
    void hundredThousandKnowledgeExchangesBuildAndReadBack() {
      var read =
          buildAndRead(
              foundation(),
              i -> new AllianceEvent.RecordKnowledgeExchange("oem", "exchange " + i % 1000),
              AllianceInstance::applyOrThrow,
              type);
      assertEquals(EVENTS, read.context().knowledgeExchanges().size());
      assertEquals(
          "exchange 999", read.context().knowledgeExchanges().get(EVENTS - 1).description());
    }

    @Test
    void hundredThousandSeparationChangesBuildAndReadBack() {
      int before = foundation().context().separation().size();
      var read =
          buildAndRead(
              foundation(),
              i ->
                  new AllianceEvent.ChangeSeparation(
                      i % 2 == 0 ? SeparationMode.TEMPORAL : SeparationMode.DOMAIN),
              AllianceInstance::applyOrThrow,
              type);
      assertEquals(before + EVENTS, read.context().separation().size());
      assertEquals(SeparationMode.DOMAIN, read.context().separationMode());
    }

    @Test
    void hundredThousandLearningRecordsOfOnePhaseAreOneRecordEach() {
      int before = foundation().context().learning().size();
      var read =
          buildAndRead(
              foundation(),
              i ->
                  new AllianceEvent.RecordLearning(
                      org.bmi4j.process.alliance.LearningMode.values()[
                          i % org.bmi4j.process.alliance.LearningMode.values().length]),
              AllianceInstance::applyOrThrow,
              type);
      assertEquals(
          before + org.bmi4j.process.alliance.LearningMode.values().length - 1,
          read.context().learning().size(),
          "a learning record already recorded adds nothing");
    }

    @Test
    void hundredThousandProposalsAndRemovalsOfOnePartnerBuildAndReadBack() {
      Actor rental = Actor.of("rental", "Rental firm", ActorRole.PARTNER, Sector.PRIVATE);
      var read =
          buildAndRead(
              foundation(),
              i ->
                  i % 2 == 0
                      ? new AllianceEvent.ProposePartner(rental, Optional.empty(), Optional.empty())
                      : new AllianceEvent.RemovePartner("rental", "round " + i % 10),
              AllianceInstance::applyOrThrow,
              type);
      assertEquals(EVENTS / 2, read.context().formerPartners().size());
      assertEquals("rental", read.context().formerPartners().get(EVENTS / 2 - 1).id());
      assertEquals(List.of("oem"), read.context().partners().stream().map(p -> p.id()).toList());
    }

    @Test
    void fortyThousandProposalsOfDistinctPartnersBuildAndReadBack() {
      // each proposal adds a current partner and none leaves: the partners' list grows with the
      // history, so each proposal must cost the same however many partners there are already
      var read =
          buildAndRead(
              DISTINCT_EVENTS,
              foundation(),
              i ->
                  new AllianceEvent.ProposePartner(
                      Actor.of("p" + i, "Partner " + i, ActorRole.PARTNER, Sector.PRIVATE),
                      Optional.empty(),
                      Optional.empty()),
              AllianceInstance::applyOrThrow,
              type);
      assertEquals(DISTINCT_EVENTS + 1, read.context().partners().size());
      assertEquals("oem", read.context().partners().get(0).id());
      assertEquals("p12345", read.context().partners().get(12_346).id());
      assertEquals("Partner 777", read.context().partner("p777").orElseThrow().actor().name());
    }

    @Test
    void fortyThousandMilestonesBuildAndReadBack() {
      var read =
          buildAndRead(
              DISTINCT_EVENTS,
              foundation(),
              i ->
                  new AllianceEvent.PlanMilestone(
                      new org.bmi4j.process.alliance.Milestone("m" + i, "step " + i, "oem", false)),
              AllianceInstance::applyOrThrow,
              type);
      assertEquals(DISTINCT_EVENTS, read.context().milestones().size());
      assertEquals(
          "m" + (DISTINCT_EVENTS - 1), read.context().milestones().get(DISTINCT_EVENTS - 1).id());
    }

    // ledger entries are recorded from DEVELOPMENT on: ContributionLedgerTests builds and reads
    // 100,000 of them
  }

  @Nested
  class Firm {
    private final DocumentType<FirmInstance> type = FirmProcess.documentType(CLOCK);

    private FirmInstance identification() {
      return FirmProcess.start(OEM, model(), CLOCK);
    }

    @Test
    void fortyThousandLessonsBuildAndReadBack() {
      var read =
          buildAndRead(
              DISTINCT_EVENTS,
              identification(),
              i ->
                  new FirmEvent.RecordLesson(
                      new Lesson("lesson-" + i, "Lesson " + i, LessonSource.LEARNED)),
              FirmInstance::applyOrThrow,
              type);
      assertEquals(DISTINCT_EVENTS, read.context().lessons().size());
      assertEquals(
          "Lesson 12345", read.context().lesson("lesson-12345").orElseThrow().description());
    }

    @Test
    void thirtyThousandIdeasBuildAndReadBack() {
      var read =
          buildAndRead(
              DISTINCT_IDEAS,
              identification(),
              i ->
                  new FirmEvent.AddEnhancementIdea(
                      EnhancementIdea.of(
                          "idea-" + i,
                          "Idea " + i,
                          IdeaTrigger.TECHNOLOGY_LEAP,
                          IdeaOrigin.INTERNAL,
                          ValueFunction.CREATION)),
              FirmInstance::applyOrThrow,
              type);
      assertEquals(DISTINCT_IDEAS, read.context().ideas().size());
      assertEquals("Idea 777", read.context().idea("idea-777").orElseThrow().description());
    }
  }

  @Nested
  class Sst {
    private final DocumentType<SstInstance> type = SenseSeizeTransform.documentType(CLOCK);

    private SstInstance sensing() {
      return SenseSeizeTransform.start(OEM, Set.of(ValueKind.ECONOMIC), List.of(), CLOCK);
    }

    @Test
    void fortyThousandOpportunitiesBuildAndReadBack() {
      var read =
          buildAndRead(
              DISTINCT_EVENTS,
              sensing(),
              i ->
                  new SstEvent.IdentifyOpportunity(
                      "opportunity-" + i, "Opportunity " + i, Set.of(ValueKind.ECONOMIC)),
              SstInstance::applyOrThrow,
              type);
      assertEquals(DISTINCT_EVENTS, read.context().opportunities().size());
      assertEquals(
          "Opportunity 4242",
          read.context().opportunity("opportunity-4242").orElseThrow().description());
    }

    @Test
    void fortyThousandIdentifiedRevisedAndSelectedOpportunitiesBuildAndReadBack() {
      var read =
          buildAndRead(
              DISTINCT_EVENTS,
              sensing(),
              i -> {
                String id = "opportunity-" + i / 2;
                if (i % 2 == 0) {
                  return new SstEvent.IdentifyOpportunity(
                      id, "Opportunity " + i, Set.of(ValueKind.ECONOMIC));
                }
                return i % 4 == 1
                    ? new SstEvent.ReviseOpportunity(
                        id, "Revised " + i, Set.of(ValueKind.ECONOMIC, ValueKind.SOCIAL))
                    : new SstEvent.SelectOpportunity(id);
              },
              SstInstance::applyOrThrow,
              type);
      assertEquals(DISTINCT_EVENTS / 2, read.context().opportunities().size());
      var revised = read.context().opportunity("opportunity-4242").orElseThrow();
      assertEquals("Revised 8485", revised.description());
      assertEquals(false, revised.selected());
      assertEquals(revised, read.context().opportunities().get(4242));
      var selected = read.context().opportunities().get(4243);
      assertEquals("Opportunity 8486", selected.description());
      assertEquals(true, selected.selected());
      var next = read.applyOrThrow(new SstEvent.Advance());
      assertEquals(read.context().opportunities(), next.context().opportunities());
    }

    @Test
    void hundredThousandDeploymentsBuildAndReadBack() {
      var read =
          buildAndRead(
              sensing(),
              i ->
                  new SstEvent.RecordDeployment(
                      "capability " + i % 1000,
                      Optional.empty(),
                      CapabilityLevel.ECOSYSTEM,
                      Site.MARKET,
                      "oem"),
              SstInstance::applyOrThrow,
              type);
      assertEquals(EVENTS, read.context().deployments().size());
    }

    @Test
    void hundredThousandChallengesBuildAndReadBack() {
      var read =
          buildAndRead(
              sensing(),
              i ->
                  new SstEvent.AddressChallenge(
                      "challenge " + i % 1000, Optional.empty(), "by hand"),
              SstInstance::applyOrThrow,
              type);
      assertEquals(EVENTS, read.context().challenges().size());
    }
  }

  private static Currency eur() {
    return Currency.getInstance("EUR");
  }

  private static BusinessModel model() {
    return ModelArbitraries.completeBusinessModels().sample();
  }
}

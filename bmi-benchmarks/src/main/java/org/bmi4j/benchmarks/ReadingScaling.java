package org.bmi4j.benchmarks;

import com.google.common.collect.ImmutableList;
import java.time.Clock;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import org.bmi4j.core.alliance.Direction;
import org.bmi4j.core.alliance.LedgerEntry;
import org.bmi4j.core.alliance.Realisation;
import org.bmi4j.core.alliance.Tangibility;
import org.bmi4j.core.json.BmiJson;
import org.bmi4j.core.json.DocumentType;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Channel;
import org.bmi4j.core.model.Exchange;
import org.bmi4j.core.model.Exchanged;
import org.bmi4j.core.model.Money;
import org.bmi4j.core.model.Offering;
import org.bmi4j.core.model.Resource;
import org.bmi4j.core.model.ResourceKind;
import org.bmi4j.core.model.RevenueMechanism;
import org.bmi4j.core.model.RevenueStream;
import org.bmi4j.core.model.Sector;
import org.bmi4j.core.model.ValueCapture;
import org.bmi4j.core.model.ValueCreation;
import org.bmi4j.core.model.ValueExchange;
import org.bmi4j.core.model.ValueFunction;
import org.bmi4j.core.model.ValueKind;
import org.bmi4j.core.model.ValueProposition;
import org.bmi4j.process.ProcessInstance;
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
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * How reading a process document scales with its history, for every event kind that grows a list of
 * its context (issue 13): a history of {@code events} events of one {@code kind}, read back (which
 * replays every step). Linear work takes twice as long at twice the length.
 *
 * <pre>
 * java -cp bmi-benchmarks/target/bmi-benchmarks.jar org.openjdk.jmh.Main ReadingScaling -f 1 -wi 2 -i 3
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Thread)
public class ReadingScaling {
  /** The event kind, by its JSON type name. */
  @Param({
    "record-lesson",
    "add-enhancement-idea",
    "record-knowledge-exchange",
    "change-separation",
    "identify-opportunity",
    "record-deployment",
    "address-challenge"
  })
  public String kind = "record-lesson";

  /**
   * The number of events of that kind: up to 20,000, because a history of 40,000 enhancement ideas
   * is longer than the 16,000,000 characters the writer allows (each idea is written in full).
   */
  @Param({"5000", "10000", "20000"})
  public int events;

  private static final Clock CLOCK = Clock.systemUTC();
  private static final Actor OEM =
      Actor.of("oem", "Car maker", ActorRole.FOCAL_FIRM, Sector.PRIVATE);

  private DocumentType<?> type = FirmProcess.documentType(CLOCK);
  private String json = "";

  @Setup(Level.Trial)
  public void setUp() {
    switch (kind) {
      case "record-lesson" ->
          firm(
              i ->
                  new FirmEvent.RecordLesson(
                      new Lesson("l-" + i, "Lesson " + i, LessonSource.LEARNED)));
      case "add-enhancement-idea" ->
          firm(
              i ->
                  new FirmEvent.AddEnhancementIdea(
                      EnhancementIdea.of(
                          "i-" + i,
                          "Idea " + i,
                          IdeaTrigger.TECHNOLOGY_LEAP,
                          IdeaOrigin.INTERNAL,
                          ValueFunction.CREATION)));
      case "record-knowledge-exchange" ->
          alliance(i -> new AllianceEvent.RecordKnowledgeExchange("oem", "exchange " + i));
      case "change-separation" ->
          alliance(
              i ->
                  new AllianceEvent.ChangeSeparation(
                      i % 2 == 0 ? SeparationMode.TEMPORAL : SeparationMode.DOMAIN));
      case "identify-opportunity" ->
          sst(
              i ->
                  new SstEvent.IdentifyOpportunity(
                      "o-" + i, "Opportunity " + i, Set.of(ValueKind.ECONOMIC)));
      case "record-deployment" ->
          sst(
              i ->
                  new SstEvent.RecordDeployment(
                      "capability " + i,
                      Optional.empty(),
                      CapabilityLevel.ECOSYSTEM,
                      Site.MARKET,
                      "oem"));
      case "address-challenge" ->
          sst(i -> new SstEvent.AddressChallenge("challenge " + i, Optional.empty(), "by hand"));
      case "ledger-round" -> ledgerRounds();
      case "propose-partner-model" -> partners();
      case "adopt" -> adoptingCycles(false);
      case "adopt-with-basis" -> adoptingCycles(true);
      default -> throw new IllegalArgumentException("no such kind: " + kind);
    }
  }

  private <E, I extends ProcessInstance<?, E, ?>> void write(
      I start, IntFunction<E> event, BiFunction<I, E, I> apply, DocumentType<I> documentType) {
    I instance = start;
    for (int i = 0; i < events; i++) {
      instance = apply.apply(instance, event.apply(i));
    }
    type = documentType;
    json = BmiJson.write(documentType, instance);
  }

  private void firm(IntFunction<FirmEvent> event) {
    write(
        FirmProcess.start(OEM, LargeModels.model("firm-model", 4, 0), CLOCK),
        event,
        FirmInstance::applyOrThrow,
        FirmProcess.documentType(CLOCK));
  }

  private void alliance(IntFunction<AllianceEvent> event) {
    write(
        AllianceProcess.start(
                "mobility", "Mobility", Optional.of("oem"), Currency.getInstance("EUR"), CLOCK)
            .applyOrThrow(
                new AllianceEvent.RecordBusinessCase(
                    new BusinessCase(
                        "mobility on demand",
                        "urban short-term rental demand",
                        ImmutableList.of(new Requirement("stations", Coverage.PARTNER)),
                        Optional.of(Funding.SHARED))))
            .applyOrThrow(new AllianceEvent.ApproveInternally("board"))
            .applyOrThrow(new AllianceEvent.Advance())
            .applyOrThrow(
                new AllianceEvent.ProposePartner(OEM, Optional.empty(), Optional.empty())),
        event,
        AllianceInstance::applyOrThrow,
        AllianceProcess.documentType(CLOCK));
  }

  private void sst(IntFunction<SstEvent> event) {
    write(
        SenseSeizeTransform.start(OEM, Set.of(ValueKind.ECONOMIC), List.of(), CLOCK),
        event,
        SstInstance::applyOrThrow,
        SenseSeizeTransform.documentType(CLOCK));
  }

  /**
   * Rounds of three events in the operating alliance of {@link AllianceWalk}: record a ledger entry
   * (in turn an expected return and a contribution of the car maker, valued, and an unvalued
   * contribution and expected return of the rental firm), fall back to DEVELOPMENT, and advance
   * again past the win-win check on every entry, which walked every entry before issue 13.
   */
  private void ledgerRounds() {
    List<LedgerEntry> entries =
        List.of(
            entry("oem", Direction.RETURN, Realisation.EXPECTED, true),
            entry("oem", Direction.CONTRIBUTION, Realisation.REALISED, true),
            entry("rental", Direction.CONTRIBUTION, Realisation.REALISED, false),
            entry("rental", Direction.RETURN, Realisation.EXPECTED, false));
    write(
        AllianceWalk.walk(CLOCK).alliance(),
        i ->
            switch (i % 3) {
              case 0 -> new AllianceEvent.RecordLedgerEntry(entries.get(i / 3 % 4));
              case 1 -> new AllianceEvent.FallBack("round");
              default -> new AllianceEvent.Advance();
            },
        AllianceInstance::applyOrThrow,
        AllianceProcess.documentType(CLOCK));
  }

  private static LedgerEntry entry(
      String partner, Direction direction, Realisation realisation, boolean valued) {
    LedgerEntry.Builder entry =
        LedgerEntry.builder()
            .partner(partner)
            .direction(direction)
            .realisation(realisation)
            .description(direction + " of " + partner)
            .valueKind(ValueKind.ECONOMIC)
            .tangibility(valued ? Tangibility.TANGIBLE : Tangibility.INTANGIBLE);
    if (valued) {
      entry.valuation(Money.of(direction == Direction.RETURN ? "2" : "1", "EUR"));
    }
    return entry.build();
  }

  /**
   * Proposals of distinct partners in CONSOLIDATION, three events a round: two partners proposed,
   * the first withdrawn, so the partners grow by one a round; each carries the smallest valid
   * business model (about 770 characters a step, so 20,000 steps fit the reading limit).
   */
  private void partners() {
    BusinessModel smallest = BusinessModel.builder().id("m").name("m").build();
    write(
        FirmProcess.start(OEM, LargeModels.model("firm-model", 4, 0), CLOCK)
            .applyOrThrow(
                new FirmEvent.AddEnhancementIdea(
                    EnhancementIdea.of(
                        "i",
                        "Idea",
                        IdeaTrigger.TECHNOLOGY_LEAP,
                        IdeaOrigin.INTERNAL,
                        ValueFunction.CREATION)))
            .applyOrThrow(new FirmEvent.Advance()),
        i ->
            i % 3 == 2
                ? new FirmEvent.WithdrawPartner("p" + (i - 2), "no fit")
                : new FirmEvent.ProposePartnerModel(
                    Actor.of("p" + i, "p", ActorRole.PARTNER, Sector.PRIVATE), smallest),
        FirmInstance::applyOrThrow,
        FirmProcess.documentType(CLOCK));
  }

  /**
   * Sense-seize-transform cycles of eight events, each adopting a new BM beside the others (every
   * fourth in place of the previous cycle's) and revising it, so the portfolio grows by three every
   * four cycles; each BM is the smallest complete one (about 600 characters a step). With {@code
   * withBasis}, each BM is designed with a basis (collaboration-based and market-based in turn), so
   * every adoption changes the bases too, which grow as the portfolio does.
   */
  private void adoptingCycles(boolean withBasis) {
    Set<ValueKind> economic = Set.of(ValueKind.ECONOMIC);
    write(
        SenseSeizeTransform.start(OEM, economic, List.of(), CLOCK)
            .applyOrThrow(new SstEvent.IdentifyOpportunity("o", "o", economic)),
        i -> {
          int k = i / 8;
          return switch (i % 8) {
            case 0 -> new SstEvent.SelectOpportunity("o");
            case 1, 7 -> new SstEvent.Advance();
            case 2 -> {
              BusinessModel designed = smallestComplete("bm-" + k, 1);
              if (!withBasis) {
                yield new SstEvent.DesignModel(designed);
              }
              yield k % 2 == 0
                  ? SstEvent.DesignModel.collaborationBased(designed)
                  : SstEvent.DesignModel.marketBased(designed);
            }
            case 3 ->
                k % 4 == 3 ? SstEvent.Adopt.replacing("bm-" + (k - 1)) : SstEvent.Adopt.beside();
            case 4 ->
                new SstEvent.RecordDeployment(
                    "p", Optional.empty(), CapabilityLevel.ECOSYSTEM, Site.PRODUCTION, "oem");
            case 5 ->
                new SstEvent.RecordDeployment(
                    "m", Optional.empty(), CapabilityLevel.ECOSYSTEM, Site.MARKET, "oem");
            default -> new SstEvent.ReviseModel(smallestComplete("bm-" + k, 2));
          };
        },
        SstInstance::applyOrThrow,
        SenseSeizeTransform.documentType(CLOCK));
  }

  /** The smallest complete BM of {@link #OEM} delivering economic value. */
  private static BusinessModel smallestComplete(String id, int version) {
    return BusinessModel.builder()
        .id(id)
        .name("m")
        .version(version)
        .addOwner("oem")
        .addActor(OEM)
        .addActor(Actor.of("c", "c", ActorRole.CUSTOMER_SEGMENT, Sector.PRIVATE))
        .proposition(
            ValueProposition.of(
                List.of(Offering.of("o", "o", Set.of(ValueKind.ECONOMIC), List.of("c")))))
        .creation(ValueCreation.of(List.of(Resource.of("r", "r", ResourceKind.PHYSICAL, "oem"))))
        .exchange(
            ValueExchange.of(
                List.of(Exchange.of("x", "oem", "c", Exchanged.offering("o"), Channel.DIRECT))))
        .capture(
            ValueCapture.builder()
                .addRevenueStream(RevenueStream.of("s", "c", RevenueMechanism.SALE))
                .build())
        .build();
  }

  /** Reading the document, which replays every step. */
  @Benchmark
  public Object read() {
    return BmiJson.read(type, json);
  }
}

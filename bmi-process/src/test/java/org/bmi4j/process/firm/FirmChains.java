package org.bmi4j.process.firm;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import org.bmi4j.core.analysis.BusinessModelDiff;
import org.bmi4j.core.analysis.ClassificationPolicy;
import org.bmi4j.core.csv.BmiCsv;
import org.bmi4j.core.json.DocumentType;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Offering;
import org.bmi4j.core.model.Sector;
import org.bmi4j.core.model.ValueFunction;
import org.bmi4j.core.model.ValueKind;
import org.bmi4j.core.model.ValueProposition;
import org.bmi4j.process.Chains;
import org.bmi4j.process.firm.FirmEvent.AdaptExtantModel;
import org.bmi4j.process.firm.FirmEvent.AddEnhancementIdea;
import org.bmi4j.process.firm.FirmEvent.Advance;
import org.bmi4j.process.firm.FirmEvent.FallBack;
import org.bmi4j.process.firm.FirmEvent.ProposePartnerModel;
import org.bmi4j.process.firm.FirmEvent.RecordAllianceOperating;
import org.bmi4j.process.firm.FirmEvent.RecordLesson;
import org.bmi4j.process.firm.FirmEvent.RecordNonIntegration;

/**
 * Seeded chains of the firm-level process for the concurrency and determinism tests: the car maker
 * of {@link FirmFixtures}, or a firm with a model from a shared pool, driven by a seeded generator
 * of valid and invalid events that half of the time takes the next step towards leaving the phase.
 */
public final class FirmChains {
  /** The fixed clock of every firm chain. */
  public static final Clock CLOCK = FirmFixtures.CLOCK;

  /** The document type of firm instances, shared by every chain. */
  public static final DocumentType<FirmInstance> JSON = FirmProcess.documentType(CLOCK);

  private static final Actor PARTNER =
      Actor.of("partner", "Partner", ActorRole.PARTNER, Sector.PRIVATE);
  private static final List<String> REASONS = List.of("", " ", "the partner withdrew");

  private FirmChains() {}

  /**
   * Runs the chain of {@code steps} events from {@code seed}; the extant model is the car maker's
   * fleet model or, for odd seeds, a model of {@code pool}, from which partner models and next
   * versions are drawn too.
   */
  public static Chains.Transcript chain(long seed, int steps, List<BusinessModel> pool) {
    FirmInstance start =
        seed % 2 == 0
            ? FirmFixtures.identification()
            : FirmProcess.start(
                FirmFixtures.OEM, pool.get(Math.floorMod(seed, pool.size())), CLOCK);
    return Chains.run(
        "firm",
        start,
        JSON,
        (random, instance) -> event(random, instance, pool),
        instance -> exports(start, instance),
        seed,
        steps);
  }

  /**
   * The firm's own outputs: its extant model's outputs, the diff from the start's extant model (CSV
   * and class), the BM intersection with the proposed partner and the adaption's verdict.
   */
  public static List<String> exports(FirmInstance start, FirmInstance instance) {
    FirmContext c = instance.context();
    ImmutableList.Builder<String> outputs = ImmutableList.builder();
    outputs.addAll(Chains.modelOutputs(c.extantModel()));
    BusinessModelDiff diff = BusinessModelDiff.of(start.context().extantModel(), c.extantModel());
    outputs.add(BmiCsv.DIFFS.write(BmiCsv.diff(diff)));
    outputs.add(whole(ClassificationPolicy.defaults().classify(diff)));
    for (var entry : c.intersections().entrySet()) {
      outputs.add(entry.getKey() + ": " + whole(entry.getValue()));
    }
    c.decision()
        .filter(AdaptionDecision.Integration.class::isInstance)
        .map(d -> whole(((AdaptionDecision.Integration) d).verdict()))
        .ifPresent(outputs::add);
    return outputs.build();
  }

  /** The whole verdict, its elements included (its {@code toString} only counts them). */
  private static String whole(org.bmi4j.core.analysis.BmiVerdict verdict) {
    return verdict.rule() + " " + verdict.comparesTwoModels() + " " + verdict.elements();
  }

  /** The whole intersection, every part included (its {@code toString} only counts them). */
  private static String whole(org.bmi4j.core.analysis.BusinessModelIntersection intersection) {
    StringBuilder text = new StringBuilder(intersection.compared());
    for (var segment : intersection.sharedSegments()) {
      text.append(" | ")
          .append(segment.actor())
          .append(segment.firstOfferings())
          .append(segment.secondOfferings());
    }
    return text.append(" | ")
        .append(intersection.complementaryResources())
        .append(" | ")
        .append(intersection.overlappingOfferings())
        .toString();
  }

  /** The next event: half of the time the next step towards the exit, otherwise weighted. */
  static FirmEvent event(Random random, FirmInstance instance, List<BusinessModel> pool) {
    FirmContext c = instance.context();
    if (random.nextBoolean()) {
      return switch (instance.state()) {
        case IDENTIFICATION ->
            c.ideas().isEmpty()
                ? new AddEnhancementIdea(FirmFixtures.FREE_FLOATING)
                : new Advance();
        case CONSOLIDATION ->
            c.partners().isEmpty()
                ? new ProposePartnerModel(FirmFixtures.RENTAL, FirmFixtures.RENTALS)
                : new Advance();
        case CREATION ->
            c.operatingAlliance().isEmpty()
                ? new RecordAllianceOperating("mobility")
                : c.lessons().isEmpty()
                    ? new RecordLesson(FirmFixtures.FLEET_LESSON)
                    : new Advance();
        case ADAPTION ->
            c.decision().isPresent()
                ? new Advance()
                : c.lessons().isEmpty()
                    ? new RecordNonIntegration("lessons did not spread")
                    : AdaptExtantModel.of(withOffering(c.extantModel()), c.lessons().get(0).id());
      };
    }
    int pick = random.nextInt(23);
    if (pick < 8) {
      return new Advance();
    } else if (pick < 11) {
      String id = String.valueOf("abc".charAt(random.nextInt(3)));
      ValueFunction[] functions = ValueFunction.values();
      return new AddEnhancementIdea(
          new EnhancementIdea(
              id,
              "idea " + id,
              IdeaTrigger.values()[random.nextInt(IdeaTrigger.values().length)],
              IdeaOrigin.values()[random.nextInt(IdeaOrigin.values().length)],
              ImmutableSet.of(functions[random.nextInt(functions.length)])));
    } else if (pick < 13) {
      String id = "l" + (1 + random.nextInt(3));
      return new RecordLesson(
          new Lesson(
              id,
              "lesson " + id,
              LessonSource.values()[random.nextInt(LessonSource.values().length)]));
    } else if (pick < 16) {
      return new ProposePartnerModel(
          random.nextBoolean() ? PARTNER : c.firm(), pool.get(random.nextInt(pool.size())));
    } else if (pick < 18) {
      return new RecordAllianceOperating("alliance");
    } else if (pick < 21) {
      BusinessModel extant = c.extantModel();
      int version = extant.version() + new int[] {1, 1, 1, 1, 1, 1, 1, 1, 0, 2}[random.nextInt(10)];
      String id = random.nextInt(10) == 0 ? "other" : extant.id();
      BusinessModel next =
          random.nextBoolean()
              ? pool.get(random.nextInt(pool.size())).withId(id).withVersion(version)
              : withOffering(extant).withId(id).withVersion(version);
      String lesson = random.nextInt(4) == 0 ? "unknown" : "l" + (1 + random.nextInt(3));
      return AdaptExtantModel.of(next, lesson);
    } else if (pick < 22) {
      return new RecordNonIntegration(REASONS.get(random.nextInt(REASONS.size())));
    }
    return new FallBack(REASONS.get(random.nextInt(REASONS.size())));
  }

  /**
   * The next version of {@code model} with one more offering for its first actor; its id has a dot,
   * which generated models never use, so it is new.
   */
  private static BusinessModel withOffering(BusinessModel model) {
    int n = model.proposition().offerings().size();
    while (hasOffering(model, "next." + n)) {
      n++;
    }
    String offering = "next." + n;
    return model
        .withVersion(model.version() + 1)
        .withProposition(
            ValueProposition.builder()
                .from(model.proposition())
                .addOffering(
                    Offering.builder()
                        .id(offering)
                        .name("Offering " + offering)
                        .addValueKind(ValueKind.ECONOMIC)
                        .addBeneficiary(model.actors().get(0).id())
                        .build())
                .build());
  }

  private static boolean hasOffering(BusinessModel model, String id) {
    return model.proposition().offerings().stream().anyMatch(o -> o.id().equals(id));
  }

  /**
   * The car maker of [SPIETH]'s Mobility case (illustrative) through one full cycle: the
   * free-floating idea, the rental firm as partner, the alliance operating, a lesson, the fleet
   * model adapted to its next version, then the next cycle with the charging idea.
   */
  public static FirmInstance fleetCase() {
    return FirmFixtures.adaption()
        .applyOrThrow(AdaptExtantModel.of(FirmFixtures.FLEET_V2, FirmFixtures.FLEET_LESSON.id()))
        .applyOrThrow(new Advance())
        .applyOrThrow(new AddEnhancementIdea(FirmFixtures.CHARGING));
  }

  /** The fixtures' models, for the golden set: the fleet model's three versions and the rentals. */
  public static List<BusinessModel> fixtureModels() {
    return List.of(
        FirmFixtures.FLEET, FirmFixtures.FLEET_V2, FirmFixtures.FLEET_V3, FirmFixtures.RENTALS);
  }
}

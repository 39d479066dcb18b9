package org.bmi4j.process.firm;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.time.Clock;
import java.util.Optional;
import org.bmi4j.core.analysis.BusinessModelDiff;
import org.bmi4j.core.analysis.BusinessModelIntersection;
import org.bmi4j.core.json.DocumentType;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Ids;
import org.bmi4j.process.ProcessDefinition;
import org.bmi4j.process.ProcessDocuments;
import org.bmi4j.process.Violations;
import org.bmi4j.process.firm.FirmEvent.AdaptExtantModel;
import org.bmi4j.process.firm.FirmEvent.AddEnhancementIdea;
import org.bmi4j.process.firm.FirmEvent.Advance;
import org.bmi4j.process.firm.FirmEvent.AdvanceWithoutIntegration;
import org.bmi4j.process.firm.FirmEvent.FallBack;
import org.bmi4j.process.firm.FirmEvent.ProposePartnerModel;
import org.bmi4j.process.firm.FirmEvent.RecordAllianceOperating;
import org.bmi4j.process.firm.FirmEvent.RecordLesson;
import org.bmi4j.process.firm.FirmEvent.RecordNonIntegration;
import org.bmi4j.process.firm.FirmEvent.WithdrawPartner;

/**
 * The firm-level BMI process of Spieth, Laudien &amp; Meissner: IDENTIFICATION, CONSOLIDATION,
 * CREATION and ADAPTION, then a new cycle at IDENTIFICATION [SPIETH].
 *
 * <pre>{@code
 * FirmInstance firm = FirmProcess.start(oem, fleet, clock)
 *     .applyOrThrow(new AddEnhancementIdea(idea))
 *     .applyOrThrow(new Advance());                 // to CONSOLIDATION
 * Outcome<FirmInstance> outcome = firm.apply(new Advance());
 * // rejected: NO_PROPOSED_PARTNER
 * }</pre>
 *
 * <p>The phases and what happens in them are the source's; the exit guards are the library's
 * formalisation (operational reading of the phase), kept apart from the source's critical points
 * ({@link FirmPhase#criticalPoint()}):
 *
 * <table>
 *   <caption>Events, where they are permitted, and what they require (library formalisation)
 *   </caption>
 *   <tr><th>phase</th><th>event</th><th>effect</th><th>rejected with</th></tr>
 *   <tr><td>IDENTIFICATION</td><td>{@link AddEnhancementIdea}</td><td>stays, adds the idea</td>
 *       <td>{@code DUPLICATE_IDEA}</td></tr>
 *   <tr><td>IDENTIFICATION</td><td>{@link Advance}</td><td>to CONSOLIDATION</td>
 *       <td>{@code NO_ENHANCEMENT_IDEA} unless there is at least one enhancement idea</td></tr>
 *   <tr><td>CONSOLIDATION</td><td>{@link ProposePartnerModel}</td><td>stays, adds the partner's
 *       proposal (one per prospective alliance partner) or replaces its earlier one</td>
 *       <td>{@code PARTNER_IS_FIRM}</td></tr>
 *   <tr><td>CONSOLIDATION</td><td>{@link WithdrawPartner}</td><td>stays, withdraws the
 *       partner's proposal</td><td>{@code UNKNOWN_PROPOSED_PARTNER}, {@code BLANK_REASON}</td></tr>
 *   <tr><td>CONSOLIDATION</td><td>{@link Advance}</td><td>to CREATION</td>
 *       <td>{@code NO_PROPOSED_PARTNER}; {@code NO_SYNERGY}, once per partner, unless the
 *       intersection of the firm's business model with each proposed partner's has at least one
 *       complementary resource or shared customer segment (overlapping offerings are conflicts,
 *       named in the message, and do not count)</td></tr>
 *   <tr><td>CONSOLIDATION</td><td>{@link FallBack}</td><td>to IDENTIFICATION</td>
 *       <td>{@code BLANK_REASON}</td></tr>
 *   <tr><td>CREATION</td><td>{@link RecordAllianceOperating}</td><td>stays, records the alliance
 *       </td><td>never</td></tr>
 *   <tr><td>CREATION</td><td>{@link Advance}</td><td>to ADAPTION</td>
 *       <td>{@code ALLIANCE_NOT_OPERATING} unless the alliance business model is operating; the
 *       extant model stays unchanged meanwhile (test balloon)</td></tr>
 *   <tr><td>CREATION</td><td>{@link FallBack}</td><td>to CONSOLIDATION, forgets the operating
 *       alliance</td><td>{@code BLANK_REASON}</td></tr>
 *   <tr><td>ADAPTION</td><td>{@link AdaptExtantModel}</td><td>stays, replaces the extant model
 *       and records the {@link AdaptionDecision.Integration} with its diff and BMI class</td>
 *       <td>{@code ALREADY_DECIDED}, {@code MODEL_ID_CHANGED}, {@code VERSION_NOT_NEXT}, {@code
 *       MODEL_UNCHANGED}, {@code NO_LESSON}, {@code UNKNOWN_LESSON}</td></tr>
 *   <tr><td>ADAPTION</td><td>{@link RecordNonIntegration}</td><td>stays, records the {@link
 *       AdaptionDecision.NonIntegration}</td><td>{@code ALREADY_DECIDED}, {@code BLANK_REASON}
 *       </td></tr>
 *   <tr><td>ADAPTION</td><td>{@link Advance}</td><td>to IDENTIFICATION, next cycle: the ideas,
 *       the operating alliance and the decision are cleared (the decision moves to the earlier
 *       ones); lessons and the proposed partners are kept</td>
 *       <td>{@code ADAPTION_UNDECIDED} unless the adaption is decided</td></tr>
 *   <tr><td>ADAPTION</td><td>{@link AdvanceWithoutIntegration}</td><td>records the {@link
 *       AdaptionDecision.NonIntegration} and goes to IDENTIFICATION as {@link Advance} does, in
 *       one step</td><td>{@code ALREADY_DECIDED}, {@code BLANK_REASON}</td></tr>
 *   <tr><td>IDENTIFICATION, CONSOLIDATION, CREATION</td><td>{@link AdaptExtantModel}</td>
 *       <td>rejected: the extant model stays unchanged until ADAPTION [SPIETH]</td>
 *       <td>{@code EXTANT_MODEL_FROZEN}</td></tr>
 *   <tr><td>every phase</td><td>{@link RecordLesson}</td><td>stays, adds the lesson</td>
 *       <td>{@code DUPLICATE_LESSON}</td></tr>
 * </table>
 *
 * <p>Invariants of every instance: the extant business model changes only through {@link
 * AdaptExtantModel}, and each adaption raises its version by exactly one; there is no terminal
 * state (the source's process cycles; a firm's process goes on after its alliance ends).
 */
public final class FirmProcess {
  /** The definition's name, {@code firm-bmi}. */
  public static final String NAME = "firm-bmi";

  /** The definition of the firm-level BMI process, shared by every instance. */
  public static final ProcessDefinition<FirmPhase, FirmEvent, FirmContext> DEFINITION = define();

  private FirmProcess() {}

  /**
   * Starts the process for {@code firm} with its extant business model, in IDENTIFICATION, cycle 1,
   * with no ideas, lessons or partner.
   *
   * @param firm the firm
   * @param extantModel its extant business model
   * @param clock the clock stamping each accepted event
   * @return the process, in IDENTIFICATION
   * @throws IllegalArgumentException if the firm's id does not match {@link Ids#PATTERN}
   * @throws NullPointerException if a part is null
   */
  public static FirmInstance start(Actor firm, BusinessModel extantModel, Clock clock) {
    return FirmInstance.start(
        FirmContext.builder()
            .firm(checkNotNull(firm, "firm"))
            .extantModel(checkNotNull(extantModel, "extantModel"))
            .build(),
        checkNotNull(clock, "clock"));
  }

  /**
   * Returns the JSON document type of instances of this process ({@code process-instance}, see
   * {@link ProcessDocuments}); instances read get {@code clock}.
   *
   * @param clock the clock of each instance read
   * @return the JSON document type of instances of this process ({@code process-instance}, see
   *     {@link ProcessDocuments})
   * @throws NullPointerException if {@code clock} is null
   */
  public static DocumentType<FirmInstance> documentType(Clock clock) {
    return ProcessDocuments.instance(DEFINITION, clock, FirmInstance::of);
  }

  /**
   * Checks that a firm process can start from {@code c}: the firm's id is valid. A start context
   * may carry earlier decisions, lessons and a partner (a firm resuming its work).
   */
  private static void checkStart(FirmContext c) {
    checkArgument(
        Ids.isValid(c.firm().id()),
        "the firm's actor id must match %s, was '%s'",
        Ids.PATTERN.pattern(),
        c.firm().id());
  }

  private static ProcessDefinition<FirmPhase, FirmEvent, FirmContext> define() {
    ProcessDefinition.Builder<FirmPhase, FirmEvent, FirmContext> builder =
        ProcessDefinition.builder(NAME, FirmPhase.class, FirmEvent.class, FirmContext.class)
            .initial(FirmPhase.IDENTIFICATION)
            .checkStart(FirmProcess::checkStart)
            .on(FirmPhase.IDENTIFICATION, AddEnhancementIdea.class)
            .when(FirmProcess::uniqueIdea)
            .updating((c, e, at) -> c.withIdea(e.idea()))
            .stay()
            .on(FirmPhase.IDENTIFICATION, RecordLesson.class)
            .when(FirmProcess::uniqueLesson)
            .updating(FirmProcess::addLesson)
            .stay()
            .on(FirmPhase.IDENTIFICATION, Advance.class)
            .when(FirmProcess::hasIdea)
            .to(FirmPhase.CONSOLIDATION)
            .on(FirmPhase.CONSOLIDATION, ProposePartnerModel.class)
            .when(FirmProcess::partnerIsNotFirm)
            .updating(
                (c, e, at) -> c.withPartner(new ProposedPartner(e.partner(), e.partnerModel())))
            .stay()
            .on(FirmPhase.CONSOLIDATION, WithdrawPartner.class)
            .when(FirmProcess::proposedPartner)
            .updating((c, e, at) -> c.withoutPartner(e.partner()))
            .stay()
            .on(FirmPhase.CONSOLIDATION, RecordLesson.class)
            .when(FirmProcess::uniqueLesson)
            .updating(FirmProcess::addLesson)
            .stay()
            .on(FirmPhase.CONSOLIDATION, Advance.class)
            .when(FirmProcess::hasSynergeticPartner)
            .to(FirmPhase.CREATION)
            .on(FirmPhase.CONSOLIDATION, FallBack.class)
            .when(FirmProcess::fallBackReason)
            .to(FirmPhase.IDENTIFICATION)
            .on(FirmPhase.CREATION, RecordAllianceOperating.class)
            .updating((c, e, at) -> c.withOperatingAlliance(e.alliance()))
            .stay()
            .on(FirmPhase.CREATION, RecordLesson.class)
            .when(FirmProcess::uniqueLesson)
            .updating(FirmProcess::addLesson)
            .stay()
            .on(FirmPhase.CREATION, Advance.class)
            .when(FirmProcess::allianceOperating)
            .to(FirmPhase.ADAPTION)
            .on(FirmPhase.CREATION, FallBack.class)
            .when(FirmProcess::fallBackReason)
            .updating((c, e, at) -> c.withOperatingAlliance(Optional.empty()))
            .to(FirmPhase.CONSOLIDATION)
            .on(FirmPhase.ADAPTION, AdaptExtantModel.class)
            .when(FirmProcess::undecided)
            .when(FirmProcess::nextVersion)
            .when(FirmProcess::builtFromLessons)
            .updating(
                (c, e, at) ->
                    c.withExtantModel(e.newModel())
                        .withDecision(
                            new AdaptionDecision.Integration(
                                c.extantModel(), e.newModel(), e.lessonIds())))
            .stay()
            .on(FirmPhase.ADAPTION, RecordNonIntegration.class)
            .when(FirmProcess::undecided)
            .when(FirmProcess::nonIntegrationReason)
            .updating((c, e, at) -> c.withDecision(new AdaptionDecision.NonIntegration(e.reason())))
            .stay()
            .on(FirmPhase.ADAPTION, RecordLesson.class)
            .when(FirmProcess::uniqueLesson)
            .updating(FirmProcess::addLesson)
            .stay()
            .on(FirmPhase.ADAPTION, Advance.class)
            .when(FirmProcess::decided)
            .updating((c, e, at) -> nextCycle(c))
            .startingCycle()
            .to(FirmPhase.IDENTIFICATION)
            .on(FirmPhase.ADAPTION, AdvanceWithoutIntegration.class)
            .when(FirmProcess::undecided)
            .when((c, e, v) -> nonIntegrationReason(c, new RecordNonIntegration(e.reason()), v))
            .updating(
                (c, e, at) ->
                    nextCycle(c.withDecision(new AdaptionDecision.NonIntegration(e.reason()))))
            .startingCycle()
            .to(FirmPhase.IDENTIFICATION);
    for (FirmPhase phase :
        java.util.List.of(FirmPhase.IDENTIFICATION, FirmPhase.CONSOLIDATION, FirmPhase.CREATION)) {
      builder.refusing(
          phase,
          AdaptExtantModel.class,
          (c, e, v) ->
              v.report(
                  FirmViolation.EXTANT_MODEL_FROZEN,
                  c.extantModel().id(),
                  c.extantModel().id(),
                  phase));
    }
    return builder.build();
  }

  private static void uniqueIdea(FirmContext c, AddEnhancementIdea e, Violations v) {
    if (c.idea(e.idea().id()).isPresent()) {
      v.report(FirmViolation.DUPLICATE_IDEA, e.idea().id(), e.idea().id());
    }
  }

  private static void uniqueLesson(FirmContext c, RecordLesson e, Violations v) {
    if (c.lesson(e.lesson().id()).isPresent()) {
      v.report(FirmViolation.DUPLICATE_LESSON, e.lesson().id(), e.lesson().id());
    }
  }

  private static FirmContext addLesson(FirmContext c, RecordLesson e, java.time.Instant at) {
    return c.withLesson(e.lesson());
  }

  private static void hasIdea(FirmContext c, Advance e, Violations v) {
    if (c.ideas().isEmpty()) {
      v.report(FirmViolation.NO_ENHANCEMENT_IDEA, "");
    }
  }

  private static void partnerIsNotFirm(FirmContext c, ProposePartnerModel e, Violations v) {
    if (e.partner().id().equals(c.firm().id())) {
      v.report(FirmViolation.PARTNER_IS_FIRM, e.partner().id(), e.partner().id());
    }
  }

  private static void proposedPartner(FirmContext c, WithdrawPartner e, Violations v) {
    if (c.partner(e.partner()).isEmpty()) {
      v.report(FirmViolation.UNKNOWN_PROPOSED_PARTNER, e.partner(), e.partner(), partnerIds(c));
    }
    if (e.reason().isBlank()) {
      v.report(FirmViolation.BLANK_REASON, e.partner(), "withdrawal", "the alliance removing it");
    }
  }

  /** The proposed partners' ids, in the order proposed: named when a withdrawal is refused. */
  private static ImmutableSet<String> partnerIds(FirmContext c) {
    ImmutableSet.Builder<String> ids = ImmutableSet.builder();
    for (ProposedPartner partner : c.partners()) {
      ids.add(partner.partner().id());
    }
    return ids.build();
  }

  private static void hasSynergeticPartner(FirmContext c, Advance e, Violations v) {
    if (c.partners().isEmpty()) {
      v.report(FirmViolation.NO_PROPOSED_PARTNER, "");
      return;
    }
    // the intersections are walked only to name partners without synergy, so that an exit costs
    // the same however many partners are proposed (the log keeps the count for the extant model)
    if (c.partnerLog().withoutSynergy(c.extantModel()) == 0) {
      return;
    }
    for (var entry : c.intersections().entrySet()) {
      BusinessModelIntersection intersection = entry.getValue();
      if (!intersection.hasSynergy()) {
        v.report(
            FirmViolation.NO_SYNERGY,
            entry.getKey(),
            intersection.first(),
            intersection.second(),
            intersection.compared(),
            entry.getKey());
      }
    }
  }

  private static void fallBackReason(FirmContext c, FallBack e, Violations v) {
    if (e.reason().isBlank()) {
      v.report(FirmViolation.BLANK_REASON, "", "fall-back", "the alliance falling back");
    }
  }

  private static void allianceOperating(FirmContext c, Advance e, Violations v) {
    if (c.operatingAlliance().isEmpty()) {
      v.report(FirmViolation.ALLIANCE_NOT_OPERATING, "");
    }
  }

  private static void undecided(FirmContext c, Object e, Violations v) {
    if (c.decision().isPresent()) {
      v.report(
          FirmViolation.ALREADY_DECIDED,
          "",
          c.decision().get() instanceof AdaptionDecision.Integration
              ? "integrated"
              : "not integrated");
    }
  }

  private static void nextVersion(FirmContext c, AdaptExtantModel e, Violations v) {
    BusinessModel extant = c.extantModel();
    BusinessModel next = e.newModel();
    boolean sameId = next.id().equals(extant.id());
    if (!sameId) {
      v.report(FirmViolation.MODEL_ID_CHANGED, next.id(), extant.id(), next.id());
    }
    if (next.version() != extant.version() + 1) {
      v.report(
          FirmViolation.VERSION_NOT_NEXT,
          next.id(),
          extant.id(),
          extant.version() + 1,
          extant.version(),
          next.version());
    }
    if (sameId && BusinessModelDiff.of(extant, next).isEmpty()) {
      v.report(FirmViolation.MODEL_UNCHANGED, next.id(), extant.id());
    }
  }

  private static void builtFromLessons(FirmContext c, AdaptExtantModel e, Violations v) {
    if (e.lessonIds().isEmpty()) {
      v.report(FirmViolation.NO_LESSON, "");
    }
    for (String id : e.lessonIds()) {
      if (c.lesson(id).isEmpty()) {
        v.report(FirmViolation.UNKNOWN_LESSON, id, id);
      }
    }
  }

  private static void nonIntegrationReason(FirmContext c, RecordNonIntegration e, Violations v) {
    if (e.reason().isBlank()) {
      v.report(FirmViolation.BLANK_REASON, "", "non-integration", "\"lessons did not spread\"");
    }
  }

  private static void decided(FirmContext c, Advance e, Violations v) {
    if (c.decision().isEmpty()) {
      v.report(FirmViolation.ADAPTION_UNDECIDED, "");
    }
  }

  private static FirmContext nextCycle(FirmContext c) {
    return c.nextCycle();
  }
}

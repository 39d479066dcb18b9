package org.bmi4j.process.firm;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.google.common.collect.ImmutableSet;
import java.util.Collection;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Ids;

/**
 * The events of the firm-level BMI process; {@link FirmProcess} says where each is permitted and
 * what it requires.
 *
 * <p>Events check their own form when built (null parts, malformed ids); whether an event is
 * accepted in the current phase and context is the process's business, answered with an {@link
 * org.bmi4j.process.Outcome}. Reasons are therefore allowed blank here and rejected by the process.
 * JSON type names are listed on each record.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = FirmEvent.AddEnhancementIdea.class, name = "add-enhancement-idea"),
  @JsonSubTypes.Type(value = FirmEvent.RecordLesson.class, name = "record-lesson"),
  @JsonSubTypes.Type(
      value = FirmEvent.ProposePartnerModel.class,
      name = "propose-partner-model",
      names = "propose-partner"),
  @JsonSubTypes.Type(value = FirmEvent.WithdrawPartner.class, name = "withdraw-partner"),
  @JsonSubTypes.Type(
      value = FirmEvent.RecordAllianceOperating.class,
      name = "record-alliance-operating"),
  @JsonSubTypes.Type(value = FirmEvent.AdaptExtantModel.class, name = "adapt-extant-model"),
  @JsonSubTypes.Type(value = FirmEvent.RecordNonIntegration.class, name = "record-non-integration"),
  @JsonSubTypes.Type(value = FirmEvent.Advance.class, name = "advance"),
  @JsonSubTypes.Type(
      value = FirmEvent.AdvanceWithoutIntegration.class,
      name = "advance-without-integration"),
  @JsonSubTypes.Type(value = FirmEvent.FallBack.class, name = "fall-back")
})
public sealed interface FirmEvent {

  /**
   * Adds an enhancement idea in IDENTIFICATION. JSON type name {@code add-enhancement-idea}.
   *
   * @param idea the idea
   */
  record AddEnhancementIdea(EnhancementIdea idea) implements FirmEvent {
    /**
     * @param idea the idea
     * @throws NullPointerException if {@code idea} is null
     */
    public AddEnhancementIdea {
      checkNotNull(idea, "idea");
    }
  }

  /**
   * Records a lesson, in any phase. JSON type name {@code record-lesson}.
   *
   * @param lesson the lesson
   */
  record RecordLesson(Lesson lesson) implements FirmEvent {
    /**
     * @param lesson the lesson
     * @throws NullPointerException if {@code lesson} is null
     */
    public RecordLesson {
      checkNotNull(lesson, "lesson");
    }
  }

  /**
   * Proposes a partner with its business model in CONSOLIDATION: one proposal per prospective
   * alliance partner, so an alliance of more than two partners has several; proposing a partner
   * again replaces its earlier proposal (a newer model). Named apart from the alliance's {@code
   * AllianceEvent.ProposePartner}, which proposes a partner of the alliance with its fit; this one
   * hands the firm the partner's business model. JSON type name {@code propose-partner-model}
   * (documents written before 0.1.0 named it {@code propose-partner}, and still read).
   *
   * @param partner the partner firm
   * @param partnerModel the partner's extant business model
   */
  record ProposePartnerModel(Actor partner, BusinessModel partnerModel) implements FirmEvent {
    /**
     * @param partner the partner firm
     * @param partnerModel the partner's extant business model
     * @throws NullPointerException if a part is null
     */
    public ProposePartnerModel {
      checkNotNull(partner, "partner");
      checkNotNull(partnerModel, "partnerModel");
    }
  }

  /**
   * Withdraws the proposal of a partner in CONSOLIDATION, such as a partner the alliance removed.
   * JSON type name {@code withdraw-partner}.
   *
   * @param partner the actor id of the proposed partner
   * @param reason why, such as the alliance removing it; must not be blank to be accepted
   */
  record WithdrawPartner(String partner, String reason) implements FirmEvent {
    /**
     * @param partner the actor id of the proposed partner
     * @param reason why, such as the alliance removing it; must not be blank to be accepted
     * @throws NullPointerException if a part is null
     */
    public WithdrawPartner {
      checkNotNull(partner, "partner");
      checkNotNull(reason, "reason");
    }
  }

  /**
   * Records in CREATION that the alliance business model is operating. JSON type name {@code
   * record-alliance-operating}.
   *
   * @param alliance the alliance's id, following {@link Ids#PATTERN}
   */
  record RecordAllianceOperating(String alliance) implements FirmEvent {
    /**
     * @param alliance the alliance's id, following {@link Ids#PATTERN}
     * @throws IllegalArgumentException if {@code alliance} does not follow {@link Ids#PATTERN}
     */
    public RecordAllianceOperating {
      checkArgument(
          Ids.isValid(alliance),
          "alliance id must match %s, was '%s'",
          Ids.PATTERN.pattern(),
          alliance);
    }
  }

  /**
   * Replaces the extant business model in ADAPTION by its next version, built from lessons. JSON
   * type name {@code adapt-extant-model}.
   *
   * @param newModel the next version: the extant model's id, its version plus one
   * @param lessonIds the ids of the lessons it was built from, in the order given
   */
  record AdaptExtantModel(BusinessModel newModel, ImmutableSet<String> lessonIds)
      implements FirmEvent {
    /**
     * @param newModel the next version: the extant model's id, its version plus one
     * @param lessonIds the ids of the lessons it was built from, in the order given
     * @throws NullPointerException if a part is null
     */
    public AdaptExtantModel {
      checkNotNull(newModel, "newModel");
      lessonIds = ImmutableSet.copyOf(checkNotNull(lessonIds, "lessonIds"));
    }

    /**
     * The event with lesson ids of any collection, copied in order.
     *
     * @param newModel the next version: the extant model's id, its version plus one
     * @param lessonIds the ids of the lessons it was built from, in the order given
     * @throws NullPointerException if an argument or id is null
     */
    public AdaptExtantModel(BusinessModel newModel, Collection<String> lessonIds) {
      this(newModel, ImmutableSet.copyOf(checkNotNull(lessonIds, "lessonIds")));
    }

    /**
     * Returns the event for the given lesson ids.
     *
     * @param newModel the adapted business model
     * @param lessonIds the ids of the lessons behind the adaption
     * @return the event for the given lesson ids
     * @throws NullPointerException if a part is null
     */
    public static AdaptExtantModel of(BusinessModel newModel, String... lessonIds) {
      return new AdaptExtantModel(newModel, ImmutableSet.copyOf(lessonIds));
    }
  }

  /**
   * Records in ADAPTION that the lessons were not integrated into the extant business model. JSON
   * type name {@code record-non-integration}.
   *
   * @param reason why not, such as "lessons did not spread"; must not be blank to be accepted
   */
  record RecordNonIntegration(String reason) implements FirmEvent {
    /**
     * @param reason why not, such as "lessons did not spread"; must not be blank to be accepted
     * @throws NullPointerException if {@code reason} is null
     */
    public RecordNonIntegration {
      checkNotNull(reason, "reason");
    }
  }

  /**
   * Leaves the current phase for the next one; leaving ADAPTION starts the next cycle at
   * IDENTIFICATION. JSON type name {@code advance}.
   */
  record Advance() implements FirmEvent {}

  /**
   * Records in ADAPTION that the lessons were not integrated and starts the next cycle at
   * IDENTIFICATION, in one step: {@link RecordNonIntegration} and {@link Advance} together. JSON
   * type name {@code advance-without-integration}.
   *
   * @param reason why not, such as "lessons did not spread"; must not be blank to be accepted
   */
  record AdvanceWithoutIntegration(String reason) implements FirmEvent {
    /**
     * @param reason why not, such as "lessons did not spread"; must not be blank to be accepted
     * @throws NullPointerException if {@code reason} is null
     */
    public AdvanceWithoutIntegration {
      checkNotNull(reason, "reason");
    }
  }

  /**
   * Falls back from CONSOLIDATION to IDENTIFICATION or from CREATION to CONSOLIDATION. JSON type
   * name {@code fall-back}.
   *
   * @param reason why, such as the alliance falling back; must not be blank to be accepted
   */
  record FallBack(String reason) implements FirmEvent {
    /**
     * @param reason why, such as the alliance falling back; must not be blank to be accepted
     * @throws NullPointerException if {@code reason} is null
     */
    public FallBack {
      checkNotNull(reason, "reason");
    }
  }
}

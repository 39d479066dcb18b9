package org.bmi4j.process.firm;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.bmi4j.core.analysis.BusinessModelIntersection;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.BusinessModel;
import org.immutables.value.Value;

/**
 * What the firm-level BMI process knows about one firm [Spieth, Laudien &amp; Meissner]: the firm,
 * its extant business model, its enhancement ideas, the lessons it can build on, the partner it
 * proposes and the intersection of their business models, whether the alliance business model is
 * operating, and its adaption decisions.
 *
 * <p>Guarantees:
 *
 * <ul>
 *   <li>Deeply immutable and thread-safe; {@code equals} is structural; collections keep insertion
 *       order.
 *   <li>Idea ids are unique among the ideas, lesson ids among the lessons.
 *   <li>Within {@link FirmProcess}, the extant model changes only through an adaption, each raising
 *       its version by exactly one.
 * </ul>
 */
@Value.Immutable
@JsonSerialize(as = FirmContext.class)
@JsonDeserialize(as = FirmContext.class)
@JsonPropertyOrder({
  "firm",
  "extantModel",
  "ideas",
  "lessons",
  "partner",
  "operatingAlliance",
  "decision",
  "earlierDecisions"
})
abstract class AbstractFirmContext {
  /** The firm running the process. */
  public abstract Actor firm();

  /** The firm's extant business model. */
  public abstract BusinessModel extantModel();

  /** The enhancement ideas of the current cycle, in the order identified. */
  public abstract ImmutableList<EnhancementIdea> ideas();

  /** Every lesson the firm can build on, of every source and cycle, in the order recorded. */
  public abstract ImmutableList<Lesson> lessons();

  /** The proposed partner and its business model, if one was proposed; kept across cycles. */
  public abstract Optional<ProposedPartner> partner();

  /** The id of the alliance recorded as operating in the current cycle's CREATION, if any. */
  public abstract Optional<String> operatingAlliance();

  /** The adaption decision of the current cycle, if taken. */
  public abstract Optional<AdaptionDecision> decision();

  /** The adaption decisions of earlier cycles, oldest first. */
  public abstract ImmutableList<AdaptionDecision> earlierDecisions();

  /**
   * Returns the intersection of the extant business model (first) with the proposed partner's
   * (second), if a partner is proposed [Spieth et al., consolidation].
   */
  @Value.Lazy
  public Optional<BusinessModelIntersection> intersection() {
    return partner().map(p -> BusinessModelIntersection.of(extantModel(), p.model()));
  }

  /**
   * Returns the overlapping offerings of the intersection: conflicts, reported and never counted as
   * synergy; empty without a partner.
   */
  public ImmutableList<BusinessModelIntersection.OverlappingOffering> conflicts() {
    return intersection()
        .map(BusinessModelIntersection::overlappingOfferings)
        .orElse(ImmutableList.of());
  }

  /** Returns the lesson of the given id, if recorded. */
  public Optional<Lesson> lesson(String id) {
    for (Lesson lesson : lessons()) {
      if (lesson.id().equals(id)) {
        return Optional.of(lesson);
      }
    }
    return Optional.empty();
  }

  /** Returns the idea of the given id, if identified in the current cycle. */
  public Optional<EnhancementIdea> idea(String id) {
    for (EnhancementIdea idea : ideas()) {
      if (idea.id().equals(id)) {
        return Optional.of(idea);
      }
    }
    return Optional.empty();
  }

  @Value.Check
  void checkUniqueIds() {
    if (ideas().size() < 2 && lessons().size() < 2) {
      return; // nothing can repeat: spare the set, as most contexts hold at most one of each
    }
    Set<String> ids = new HashSet<>();
    for (EnhancementIdea idea : ideas()) {
      checkArgument(
          ids.add(idea.id()),
          "ideas use enhancement idea id '%s' twice; give each" + " idea its own id",
          idea.id());
    }
    ids.clear();
    for (Lesson lesson : lessons()) {
      checkArgument(
          ids.add(lesson.id()),
          "lessons use lesson id '%s' twice; give each lesson its" + " own id",
          lesson.id());
    }
  }
}

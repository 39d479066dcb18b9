package org.bmi4j.process.firm;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.util.StdConverter;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.bmi4j.core.analysis.BusinessModelIntersection;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.process.internal.AppendLog;
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

  /**
   * The enhancement ideas of the current cycle, in the order identified: an immutable list that
   * shares its storage with the context it grew from (written in JSON as the array {@code ideas}).
   */
  public List<EnhancementIdea> ideas() {
    return ideaLog();
  }

  /** The ideas as the log that holds them. */
  @Value.Default
  @JsonProperty("ideas")
  @JsonDeserialize(converter = IdeasFromJson.class)
  AppendLog<String, EnhancementIdea> ideaLog() {
    return NO_IDEAS;
  }

  static final String DUPLICATE_IDEA =
      "ideas use enhancement idea id '%s' twice; give each idea its own id";

  static final AppendLog<String, EnhancementIdea> NO_IDEAS = AppendLog.empty(EnhancementIdea::id);

  /** Reads the ideas of a document into a log. */
  static final class IdeasFromJson
      extends StdConverter<List<EnhancementIdea>, AppendLog<String, EnhancementIdea>> {
    @Override
    public AppendLog<String, EnhancementIdea> convert(List<EnhancementIdea> value) {
      return AppendLog.of(EnhancementIdea::id, value, DUPLICATE_IDEA);
    }
  }

  /**
   * Every lesson the firm can build on, of every source and cycle, in the order recorded: an
   * immutable list that shares its storage with the context it grew from, so that recording a
   * lesson costs the same however many there are (written in JSON as the array {@code lessons}).
   */
  public List<Lesson> lessons() {
    return lessonLog();
  }

  /** The lessons as the log that holds them. */
  @Value.Default
  @JsonProperty("lessons")
  @JsonDeserialize(converter = LessonsFromJson.class)
  AppendLog<String, Lesson> lessonLog() {
    return NO_LESSONS;
  }

  static final String DUPLICATE_LESSON =
      "lessons use lesson id '%s' twice; give each lesson its own id";

  private static final AppendLog<String, Lesson> NO_LESSONS = AppendLog.empty(Lesson::id);

  /** Returns the lessons as a log, from the lessons of a document or a builder. */
  static AppendLog<String, Lesson> lessons(List<Lesson> lessons) {
    return AppendLog.of(Lesson::id, lessons, DUPLICATE_LESSON);
  }

  /** Reads the lessons of a document into a log. */
  static final class LessonsFromJson extends StdConverter<List<Lesson>, AppendLog<String, Lesson>> {
    @Override
    public AppendLog<String, Lesson> convert(List<Lesson> value) {
      return lessons(value);
    }
  }

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

  /** Returns the lesson of the given id, if recorded; O(1). */
  public Optional<Lesson> lesson(String id) {
    return lessonLog().find(id);
  }

  /**
   * Returns this context with {@code lesson} recorded after the others; costs the same however many
   * lessons there are.
   *
   * @throws IllegalArgumentException if a lesson of the same id is recorded
   */
  public FirmContext withLesson(Lesson lesson) {
    return FirmContext.copyOf(this).withLessonLog(lessonLog().append(lesson, DUPLICATE_LESSON));
  }

  /** Returns the idea of the given id, if identified in the current cycle; O(1). */
  public Optional<EnhancementIdea> idea(String id) {
    return ideaLog().find(id);
  }

  /**
   * Returns this context with {@code idea} identified after the others; costs the same however many
   * there are.
   *
   * @throws IllegalArgumentException if an idea of the same id is identified
   */
  public FirmContext withIdea(EnhancementIdea idea) {
    return FirmContext.copyOf(this).withIdeaLog(ideaLog().append(idea, DUPLICATE_IDEA));
  }

  // idea and lesson ids are unique by construction of their logs
}

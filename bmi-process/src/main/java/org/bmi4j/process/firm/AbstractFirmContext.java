package org.bmi4j.process.firm;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.util.StdConverter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Optional;
import org.bmi4j.core.analysis.BusinessModelIntersection;
import org.bmi4j.core.internal.AppendLog;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.BusinessModel;
import org.immutables.value.Value;

/**
 * What the firm-level BMI process knows about one firm [Spieth, Laudien &amp; Meissner]: the firm,
 * its extant business model, its enhancement ideas, the lessons it can build on, the partners it
 * proposes and the intersection of its business model with each of theirs, whether the alliance
 * business model is operating, and its adaption decisions.
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
  "partners",
  "operatingAlliance",
  "decision",
  "earlierDecisions"
})
abstract class AbstractFirmContext {
  /**
   * The firm running the process.
   *
   * @return the firm running the process
   */
  public abstract Actor firm();

  /**
   * The firm's extant business model.
   *
   * @return the firm's extant business model
   */
  public abstract BusinessModel extantModel();

  /**
   * The enhancement ideas of the current cycle, in the order identified: an immutable list that
   * shares its storage with the context it grew from (written in JSON as the array {@code ideas}).
   *
   * @return the enhancement ideas of the current cycle, in the order identified
   */
  public List<EnhancementIdea> ideas() {
    return ideaLog();
  }

  /**
   * The ideas as given to the builder or to {@code withIdeaList(Iterable)}; held as a shared log,
   * ids checked unique, once the context is built.
   *
   * @return the ideas as given
   */
  @Value.Default
  @JsonProperty("ideas")
  @JsonDeserialize(converter = IdeasFromJson.class)
  Iterable<EnhancementIdea> ideaList() {
    return NO_IDEAS;
  }

  private AppendLog<EnhancementIdea> ideaLog() {
    return (AppendLog<EnhancementIdea>) ideaList();
  }

  static final String DUPLICATE_IDEA =
      "ideas use enhancement idea id '%s' twice; give each idea its own id";

  static final AppendLog<EnhancementIdea> NO_IDEAS = AppendLog.keyed(EnhancementIdea::id);

  /** Reads the ideas of a document as a list, to be held as a log when the context is built. */
  static final class IdeasFromJson
      extends StdConverter<List<EnhancementIdea>, Iterable<EnhancementIdea>> {
    @Override
    public Iterable<EnhancementIdea> convert(List<EnhancementIdea> value) {
      return value;
    }
  }

  /**
   * Every lesson the firm can build on, of every source and cycle, in the order recorded: an
   * immutable list that shares its storage with the context it grew from, so that recording a
   * lesson costs the same however many there are (written in JSON as the array {@code lessons}).
   *
   * @return every lesson the firm can build on, of every source and cycle, in the order recorded
   */
  public List<Lesson> lessons() {
    return lessonLog();
  }

  /**
   * The lessons as given to the builder or to {@code withLessonList(Iterable)}; held as a shared
   * log, ids checked unique, once the context is built.
   *
   * @return the lessons as given
   */
  @Value.Default
  @JsonProperty("lessons")
  @JsonDeserialize(converter = LessonsFromJson.class)
  Iterable<Lesson> lessonList() {
    return NO_LESSONS;
  }

  private AppendLog<Lesson> lessonLog() {
    return (AppendLog<Lesson>) lessonList();
  }

  static final String DUPLICATE_LESSON =
      "lessons use lesson id '%s' twice; give each lesson its own id";

  private static final AppendLog<Lesson> NO_LESSONS = AppendLog.keyed(Lesson::id);

  /** Reads the lessons of a document as a list, to be held as a log when the context is built. */
  static final class LessonsFromJson extends StdConverter<List<Lesson>, Iterable<Lesson>> {
    @Override
    public Iterable<Lesson> convert(List<Lesson> value) {
      return value;
    }
  }

  /** Returns {@code elements} as a log keyed like {@code empty}, checking the keys are unique. */
  private static <T> AppendLog<T> unique(
      Iterable<T> elements,
      AppendLog<T> empty,
      java.util.function.Function<T, String> key,
      String duplicate) {
    if (elements instanceof AppendLog<T> log && log.isKeyed()) {
      return log;
    }
    AppendLog<T> log = empty;
    for (T element : elements) {
      log = appendUnique(log, element, key.apply(element), duplicate);
    }
    return log;
  }

  private static <T> AppendLog<T> appendUnique(
      AppendLog<T> log, T element, String key, String duplicate) {
    checkArgument(log.lastIndex(key) < 0, duplicate, key);
    return log.append(element);
  }

  /**
   * The proposed partners with their business models, one per prospective alliance partner (an
   * alliance of more than two partners has several), in the order first proposed; kept across
   * cycles. Partner ids are unique. An immutable list that shares its storage with the context it
   * grew from, so that proposing and withdrawing a partner cost the same however many there are
   * (written in JSON as the array {@code partners}).
   *
   * @return the proposed partners with their business models, one per prospective alliance partner
   *     (an alliance of more than two partners has several), in the order first proposed
   */
  public List<ProposedPartner> partners() {
    return partnerLog();
  }

  /**
   * The proposed partners as given to the builder or to {@code withPartnerList(Iterable)}; held as
   * a shared log, partner ids checked unique, once the context is built.
   *
   * @return the proposed partners as given
   */
  @Value.Default
  @JsonProperty("partners")
  @JsonDeserialize(converter = PartnersFromJson.class)
  Iterable<ProposedPartner> partnerList() {
    return PartnerLog.EMPTY;
  }

  PartnerLog partnerLog() {
    return (PartnerLog) partnerList();
  }

  /** Reads the partners of a document as a list, to be held as a log when the context is built. */
  static final class PartnersFromJson
      extends StdConverter<List<ProposedPartner>, Iterable<ProposedPartner>> {
    @Override
    public Iterable<ProposedPartner> convert(List<ProposedPartner> value) {
      return value;
    }
  }

  /**
   * The id of the alliance recorded as operating in the current cycle's CREATION, if any.
   *
   * @return the id of the alliance recorded as operating in the current cycle's CREATION, if any
   */
  public abstract Optional<String> operatingAlliance();

  /**
   * The adaption decision of the current cycle, if taken.
   *
   * @return the adaption decision of the current cycle, if taken
   */
  public abstract Optional<AdaptionDecision> decision();

  /**
   * The adaption decisions of earlier cycles, oldest first: an immutable list that shares its
   * storage with the context it grew from, so that a new cycle costs the same however many came
   * before (written in JSON as the array {@code earlierDecisions}).
   *
   * @return the adaption decisions of earlier cycles, oldest first
   */
  public List<AdaptionDecision> earlierDecisions() {
    return earlierDecisionLog();
  }

  /**
   * The earlier decisions as given to the builder or to {@code withEarlierDecisionList(Iterable)};
   * held as a shared log once the context is built.
   *
   * @return the earlier decisions as given
   */
  @Value.Default
  @JsonProperty("earlierDecisions")
  @JsonDeserialize(converter = DecisionsFromJson.class)
  Iterable<AdaptionDecision> earlierDecisionList() {
    return AppendLog.empty();
  }

  private AppendLog<AdaptionDecision> earlierDecisionLog() {
    return (AppendLog<AdaptionDecision>) earlierDecisionList();
  }

  /**
   * Reads the earlier decisions of a document as a list, to be held as a log when the context is
   * built.
   */
  static final class DecisionsFromJson
      extends StdConverter<List<AdaptionDecision>, Iterable<AdaptionDecision>> {
    @Override
    public Iterable<AdaptionDecision> convert(List<AdaptionDecision> value) {
      return value;
    }
  }

  /**
   * Returns this context in the next cycle: the current decision after the earlier ones, no ideas,
   * no operating alliance and no decision; costs the same however many cycles came before.
   *
   * @throws java.util.NoSuchElementException if no decision is taken
   */
  FirmContext nextCycle() {
    return FirmContext.copyOf(this)
        .withEarlierDecisionList(earlierDecisionLog().append(decision().orElseThrow()))
        .withIdeaList(NO_IDEAS)
        .withOperatingAlliance(Optional.empty())
        .withDecision(Optional.empty());
  }

  /**
   * Returns the proposed partner with the given actor id, if proposed; O(1).
   *
   * @param id the partner's actor id
   * @return the proposed partner, or empty if not proposed
   */
  public Optional<ProposedPartner> partner(String id) {
    return partnerLog().find(id);
  }

  /**
   * Returns the intersection of the extant business model (first) with each proposed partner's
   * (second), by partner actor id in the order of {@link #partners()} [SPIETH, consolidation]: the
   * intersection is recorded per partner, so that CONSOLIDATION can require synergy with each.
   *
   * @return the intersection of the extant business model (first) with each proposed partner's
   *     (second), by partner actor id in the order of {@link #partners()}
   */
  @Value.Lazy
  public ImmutableMap<String, BusinessModelIntersection> intersections() {
    ImmutableMap.Builder<String, BusinessModelIntersection> intersections =
        ImmutableMap.builderWithExpectedSize(partners().size());
    List<ProposedPartner> partners = partners();
    for (int p = 0; p < partners.size(); p++) {
      ProposedPartner partner = partners.get(p);
      intersections.put(partner.partner().id(), Intersections.of(extantModel(), partner.model()));
    }
    return intersections.buildOrThrow();
  }

  /**
   * Returns the intersection with the proposed partner of the given actor id, if proposed; computes
   * that one intersection only.
   *
   * @param partner the proposed partner's actor id
   * @return the intersection with the proposed partner of the given actor id, if proposed
   * @see #intersections()
   */
  public Optional<BusinessModelIntersection> intersection(String partner) {
    Optional<ProposedPartner> proposed = partner(partner);
    return proposed.isPresent()
        ? Optional.of(Intersections.of(extantModel(), proposed.get().model()))
        : Optional.empty();
  }

  /**
   * Returns the overlapping offerings of every intersection, partner by partner: conflicts,
   * reported and never counted as synergy; empty without a partner.
   *
   * @return the overlapping offerings of every intersection, partner by partner
   */
  public ImmutableList<BusinessModelIntersection.OverlappingOffering> conflicts() {
    ImmutableList.Builder<BusinessModelIntersection.OverlappingOffering> conflicts =
        ImmutableList.builder();
    for (BusinessModelIntersection intersection : intersections().values()) {
      conflicts.addAll(intersection.overlappingOfferings());
    }
    return conflicts.build();
  }

  /**
   * Returns this context with {@code proposed} among the proposed partners: in place of the earlier
   * proposal of the same partner, else after the others; costs the same however many partners there
   * are.
   *
   * @param proposed the proposed partner
   * @return this context with {@code proposed} among the proposed partners
   */
  public FirmContext withPartner(ProposedPartner proposed) {
    return FirmContext.copyOf(this).withPartnerList(partnerLog().propose(proposed));
  }

  /**
   * Returns this context without the proposed partner of the given actor id; costs the same however
   * many partners there are.
   *
   * @param id the partner's actor id
   * @return this context without that proposed partner
   */
  public FirmContext withoutPartner(String id) {
    return FirmContext.copyOf(this).withPartnerList(partnerLog().withdraw(id));
  }

  /**
   * Holds the partners, ideas and lessons as shared logs with unique ids and the earlier decisions
   * as a shared log.
   */
  @Value.Check
  AbstractFirmContext check() {
    if (partnerList() instanceof PartnerLog
        && ideaList() instanceof AppendLog<EnhancementIdea> ideas
        && ideas.isKeyed()
        && lessonList() instanceof AppendLog<Lesson> lessons
        && lessons.isKeyed()
        && earlierDecisionList() instanceof AppendLog<AdaptionDecision> decisions
        && !decisions.isKeyed()) {
      return this;
    }
    return FirmContext.builder()
        .from(this)
        .partnerList(uniquePartners(partnerList()))
        .ideaList(unique(ideaList(), NO_IDEAS, EnhancementIdea::id, DUPLICATE_IDEA))
        .lessonList(unique(lessonList(), NO_LESSONS, Lesson::id, DUPLICATE_LESSON))
        .earlierDecisionList(AppendLog.copyOf(earlierDecisionList()))
        .build();
  }

  private PartnerLog uniquePartners(Iterable<ProposedPartner> given) {
    if (given instanceof PartnerLog log) {
      return log;
    }
    PartnerLog partners = PartnerLog.EMPTY;
    for (ProposedPartner partner : given) {
      checkArgument(
          partners.find(partner.partner().id()).isEmpty(),
          "firm '%s' proposes partner '%s' twice; propose each partner once",
          firm().id(),
          partner.partner().id());
      partners = partners.propose(partner);
    }
    return partners;
  }

  /**
   * Returns the lesson of the given id, if recorded; O(1).
   *
   * @param id the lesson's id
   * @return the lesson, or empty if none of that id is recorded
   */
  public Optional<Lesson> lesson(String id) {
    return lessonLog().last(id);
  }

  /**
   * Returns this context with {@code lesson} recorded after the others; costs the same however many
   * lessons there are.
   *
   * @param lesson the lesson to record
   * @return this context with {@code lesson} recorded after the others
   * @throws IllegalArgumentException if a lesson of the same id is recorded
   */
  public FirmContext withLesson(Lesson lesson) {
    return FirmContext.copyOf(this)
        .withLessonList(appendUnique(lessonLog(), lesson, lesson.id(), DUPLICATE_LESSON));
  }

  /**
   * Returns the idea of the given id, if identified in the current cycle; O(1).
   *
   * @param id the idea's id
   * @return the idea, or empty if none of that id was identified in the current cycle
   */
  public Optional<EnhancementIdea> idea(String id) {
    return ideaLog().last(id);
  }

  /**
   * Returns this context with {@code idea} identified after the others; costs the same however many
   * there are.
   *
   * @param idea the idea to add
   * @return this context with {@code idea} identified after the others
   * @throws IllegalArgumentException if an idea of the same id is identified
   */
  public FirmContext withIdea(EnhancementIdea idea) {
    return FirmContext.copyOf(this)
        .withIdeaList(appendUnique(ideaLog(), idea, idea.id(), DUPLICATE_IDEA));
  }

  // idea and lesson ids are unique by construction of their logs

  /**
   * Returns the firm's id, its extant model's id and the counts of its parts, never whole models:
   * short whatever the firm holds.
   *
   * @return the firm's id, its extant model's id and the counts of its parts
   */
  @Override
  public String toString() {
    return "FirmContext["
        + firm().id()
        + ", extant model "
        + extantModel().id()
        + ", "
        + ideas().size()
        + " ideas, "
        + lessons().size()
        + " lessons, "
        + partners().size()
        + " partners]";
  }
}

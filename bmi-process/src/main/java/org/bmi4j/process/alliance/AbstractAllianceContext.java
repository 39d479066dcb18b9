package org.bmi4j.process.alliance;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.util.StdConverter;
import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bmi4j.core.alliance.ContributionLedger;
import org.bmi4j.core.alliance.WinWinVerdict;
import org.bmi4j.core.internal.AppendLog;
import org.bmi4j.core.internal.Decimals;
import org.bmi4j.core.model.BusinessModel;
import org.immutables.value.Value;

/**
 * What the alliance-level process knows: the domain data its guards read [SPIETH].
 *
 * <p>Immutable; each accepted event yields a new context. Lists keep the order of the events that
 * filled them.
 */
@Value.Immutable
@JsonSerialize(as = AllianceContext.class)
@JsonDeserialize(as = AllianceContext.class)
abstract class AbstractAllianceContext {
  /**
   * The alliance's id.
   *
   * @return the alliance's id
   */
  public abstract String id();

  /**
   * A human-readable name.
   *
   * @return a human-readable name
   */
  public abstract String name();

  /**
   * The cycle number, from 1; each new cycle starts at CONCEPT.
   *
   * @return the cycle number, from 1
   */
  @Value.Default
  public int cycle() {
    return 1;
  }

  /**
   * The actor id of the firm initiating the alliance; empty for a 50:50 joint venture. A record of
   * who took the initiative, nothing more: no guard reads it, so the focal firm is not a partner
   * until it is proposed and committed like any other, and an alliance with a focal firm accepts
   * and rejects exactly the events one without does (library formalisation). In a multi-level
   * alliance the focal firm's firm process joins through {@code prospect} like any partner's.
   * Checked at the start to be a valid actor id.
   *
   * @return the actor id of the firm initiating the alliance
   */
  public abstract Optional<String> focalFirm();

  /**
   * The business case of the concept phase, once recorded.
   *
   * @return the business case of the concept phase, once recorded
   */
  public abstract Optional<BusinessCase> businessCase();

  /**
   * Who approved the business case internally, once approved.
   *
   * @return who approved the business case internally, once approved
   */
  public abstract Optional<String> internalApproval();

  /**
   * The current partners, in the order they were proposed: an immutable list that shares its
   * storage with the context it grew from, so that proposing, committing or removing one more costs
   * the same however many there are (written in JSON as the array {@code partners}). No two have
   * one id.
   *
   * @return the current partners, in the order they were proposed
   */
  public List<Partner> partners() {
    return partnerLog();
  }

  /**
   * The current partners as given to the builder or to {@code withPartnerList(Iterable)}; held as a
   * shared log once the context is built.
   *
   * @return the current partners as given
   */
  @Value.Default
  @JsonProperty("partners")
  @JsonDeserialize(converter = PartnersFromJson.class)
  Iterable<Partner> partnerList() {
    return PartnerLog.EMPTY;
  }

  PartnerLog partnerLog() {
    return (PartnerLog) partnerList();
  }

  /**
   * Partners removed from the alliance, in the order they were removed: an immutable list that
   * shares its storage with the context it grew from, so that removing one more costs the same
   * however many there are, and that finds a partner's last removal by id in O(1) amortised
   * (written in JSON as the array {@code formerPartners}). A partner removed, proposed again and
   * removed again is in it twice.
   *
   * @return the partners removed from the alliance, in the order they were removed
   */
  public List<Partner> formerPartners() {
    return formerPartnersLog();
  }

  /**
   * The former partners as given to the builder or to {@code withFormerPartnerList(Iterable)}; held
   * as a shared log once the context is built.
   *
   * @return the former partners as given
   */
  @Value.Default
  @JsonProperty("formerPartners")
  @JsonDeserialize(converter = PartnersFromJson.class)
  Iterable<Partner> formerPartnerList() {
    return NO_FORMER_PARTNERS;
  }

  static final AppendLog<Partner> NO_FORMER_PARTNERS = AppendLog.keyed(Partner::id);

  /** Returns the former partners as given, held as a log keyed by partner id. */
  private static AppendLog<Partner> keyedFormerPartners(Iterable<Partner> partners) {
    AppendLog<Partner> log = NO_FORMER_PARTNERS;
    for (Partner partner : partners) {
      log = log.append(partner);
    }
    return log;
  }

  /** The former partners, keyed by partner id (a partner removed twice is there twice). */
  AppendLog<Partner> formerPartnersLog() {
    return (AppendLog<Partner>) formerPartnerList();
  }

  /** Reads the former partners of a document as a list, to be held as a log when built. */
  static final class PartnersFromJson extends StdConverter<List<Partner>, Iterable<Partner>> {
    @Override
    public Iterable<Partner> convert(List<Partner> value) {
      return value;
    }
  }

  /**
   * The signed contract, once signed.
   *
   * @return the signed contract, once signed
   */
  public abstract Optional<Contract> contract();

  /**
   * The organisational form, once chosen.
   *
   * @return the organisational form, once chosen
   */
  public abstract Optional<OrganisationalForm> organisationalForm();

  /**
   * The project plan's milestones, in the order they were planned: an immutable list that shares
   * its storage with the context it grew from, so that planning or completing one more costs the
   * same however many there are (written in JSON as the array {@code milestones}).
   *
   * @return the project plan's milestones, in the order they were planned
   */
  public List<Milestone> milestones() {
    return milestoneLog();
  }

  /**
   * The milestones as given to the builder or to {@code withMilestoneList(Iterable)}; held as a
   * shared log once the context is built.
   *
   * @return the milestones as given
   */
  @Value.Default
  @JsonProperty("milestones")
  @JsonDeserialize(converter = MilestonesFromJson.class)
  Iterable<Milestone> milestoneList() {
    return MilestoneLog.EMPTY;
  }

  MilestoneLog milestoneLog() {
    return (MilestoneLog) milestoneList();
  }

  /**
   * Reads the milestones of a document as a list, to be held as a log when the context is built.
   */
  static final class MilestonesFromJson extends StdConverter<List<Milestone>, Iterable<Milestone>> {
    @Override
    public Iterable<Milestone> convert(List<Milestone> value) {
      return value;
    }
  }

  /**
   * Whether the acceptance test of the product or service has passed.
   *
   * @return whether the acceptance test of the product or service has passed
   */
  @Value.Default
  public boolean acceptanceTestPassed() {
    return false;
  }

  /**
   * The alliance business model, once defined; each redefinition is an iteration.
   *
   * @return the alliance business model, once defined
   */
  public abstract Optional<BusinessModel> allianceModel();

  /**
   * How many times the alliance business model was (re)defined.
   *
   * @return how many times the alliance business model was (re)defined
   */
  @Value.Default
  public int modelIterations() {
    return 0;
  }

  /**
   * The revisions of the operating alliance business model, in the order recorded: an immutable
   * list that shares its storage with the context it grew from, so that recording one more costs
   * the same however many there are (written in JSON as the array {@code revisions}).
   *
   * @return the revisions of the operating alliance business model, in the order recorded
   */
  public List<ModelRevision> revisions() {
    return revisionsLog();
  }

  /**
   * The revisions as given to the builder or to {@code withRevisionList(Iterable)}; held as a
   * shared log once the context is built.
   *
   * @return the revisions as given
   */
  @Value.Default
  @JsonProperty("revisions")
  @JsonDeserialize(converter = RevisionsFromJson.class)
  Iterable<ModelRevision> revisionList() {
    return AppendLog.empty();
  }

  private AppendLog<ModelRevision> revisionsLog() {
    return (AppendLog<ModelRevision>) revisionList();
  }

  /** Reads the revisions of a document as a list, to be held as a log when the context is built. */
  static final class RevisionsFromJson
      extends StdConverter<List<ModelRevision>, Iterable<ModelRevision>> {
    @Override
    public Iterable<ModelRevision> convert(List<ModelRevision> value) {
      return value;
    }
  }

  /**
   * The contribution ledger: every partner's contributions and returns [SPIETH; OSKAM]. A removed
   * partner's entries are kept and reported as a former partner's.
   *
   * @return the contribution ledger
   */
  public abstract ContributionLedger ledger();

  /**
   * The ratio of returns to contributions each partner must reach for win-win; 1 unless set,
   * greater than 0 with at most 30 digits before and after the decimal point (library
   * formalisation, see {@link org.bmi4j.core.alliance.WinWinVerdict}).
   *
   * @return the ratio of returns to contributions each partner must reach for win-win
   */
  @Value.Default
  public BigDecimal winWinRatio() {
    return WinWinVerdict.DEFAULT_RATIO;
  }

  /**
   * The vision for the alliance's future, once recorded; kept into a new cycle.
   *
   * @return the vision for the alliance's future, once recorded
   */
  public abstract Optional<Vision> vision();

  /**
   * When the current vision was recorded, from the alliance's clock; present exactly when a vision
   * is.
   *
   * @return when the current vision was recorded, from the alliance's clock
   */
  public abstract Optional<Instant> visionRecordedAt();

  /**
   * The learning modes used, per cycle and phase, in the order recorded: an immutable list that
   * shares its storage with the context it grew from, so that recording one more costs the same
   * however many there are (written in JSON as the array {@code learning}).
   *
   * @return the learning modes used, per cycle and phase, in the order recorded
   */
  public List<LearningRecord> learning() {
    return learningLog();
  }

  /**
   * The learning as given to the builder or to {@code withLearningList(Iterable)}; held as a shared
   * log once the context is built.
   *
   * @return the learning as given
   */
  @Value.Default
  @JsonProperty("learning")
  @JsonDeserialize(converter = LearningRecordsFromJson.class)
  Iterable<LearningRecord> learningList() {
    return NO_LEARNING;
  }

  static final AppendLog<LearningRecord> NO_LEARNING = AppendLog.keyed(r -> r);

  private AppendLog<LearningRecord> learningLog() {
    return (AppendLog<LearningRecord>) learningList();
  }

  /** Reads the learning of a document as a list, to be held as a log when the context is built. */
  static final class LearningRecordsFromJson
      extends StdConverter<List<LearningRecord>, Iterable<LearningRecord>> {
    @Override
    public Iterable<LearningRecord> convert(List<LearningRecord> value) {
      return value;
    }
  }

  /**
   * The separation decisions, per cycle and phase, in the order taken; the last one holds: an
   * immutable list that shares its storage with the context it grew from, so that recording one
   * more costs the same however many there are (written in JSON as the array {@code separation}).
   *
   * @return the separation decisions, per cycle and phase, in the order taken; the last one holds
   */
  public List<SeparationRecord> separation() {
    return separationLog();
  }

  /**
   * The separation as given to the builder or to {@code withSeparationList(Iterable)}; held as a
   * shared log once the context is built.
   *
   * @return the separation as given
   */
  @Value.Default
  @JsonProperty("separation")
  @JsonDeserialize(converter = SeparationRecordsFromJson.class)
  Iterable<SeparationRecord> separationList() {
    return AppendLog.empty();
  }

  private AppendLog<SeparationRecord> separationLog() {
    return (AppendLog<SeparationRecord>) separationList();
  }

  /**
   * Reads the separation of a document as a list, to be held as a log when the context is built.
   */
  static final class SeparationRecordsFromJson
      extends StdConverter<List<SeparationRecord>, Iterable<SeparationRecord>> {
    @Override
    public Iterable<SeparationRecord> convert(List<SeparationRecord> value) {
      return value;
    }
  }

  /**
   * The knowledge exchanges with parent companies, in the order recorded: an immutable list that
   * shares its storage with the context it grew from, so that recording one more costs the same
   * however many there are (written in JSON as the array {@code knowledgeExchanges}).
   *
   * @return the knowledge exchanges with parent companies, in the order recorded
   */
  public List<KnowledgeExchange> knowledgeExchanges() {
    return knowledgeExchangesLog();
  }

  /**
   * The knowledgeExchanges as given to the builder or to {@code
   * withKnowledgeExchangeList(Iterable)}; held as a shared log once the context is built.
   *
   * @return the knowledgeExchanges as given
   */
  @Value.Default
  @JsonProperty("knowledgeExchanges")
  @JsonDeserialize(converter = KnowledgeExchangesFromJson.class)
  Iterable<KnowledgeExchange> knowledgeExchangeList() {
    return AppendLog.empty();
  }

  private AppendLog<KnowledgeExchange> knowledgeExchangesLog() {
    return (AppendLog<KnowledgeExchange>) knowledgeExchangeList();
  }

  /**
   * Reads the knowledgeExchanges of a document as a list, to be held as a log when the context is
   * built.
   */
  static final class KnowledgeExchangesFromJson
      extends StdConverter<List<KnowledgeExchange>, Iterable<KnowledgeExchange>> {
    @Override
    public Iterable<KnowledgeExchange> convert(List<KnowledgeExchange> value) {
      return value;
    }
  }

  /**
   * How the alliance ended, why and when, once it ended.
   *
   * @return how the alliance ended, why and when, once it ended
   */
  public abstract Optional<Ending> ending();

  /**
   * Checks the counters, and holds the current partners (each id once) and the learning,
   * separation, knowledge exchange, former partner, revision and milestone lists as shared logs.
   */
  @Value.Check
  AbstractAllianceContext check() {
    // a few loads where every check passes, so that the copy each step makes can inline this; the
    // words of a refusal and the copy into logs are methods of their own
    if (cycle() < 1
        || modelIterations() < 0
        || !ratioFits(winWinRatio())
        || vision().isPresent() != visionRecordedAt().isPresent()) {
      throw refusal();
    }
    return inLogs() ? this : copiedIntoLogs();
  }

  private static boolean ratioFits(BigDecimal ratio) {
    return ratio.signum() > 0 && Decimals.fits(ratio);
  }

  /** Returns the refusal of the first check that fails, in the order they are listed. */
  private IllegalArgumentException refusal() {
    if (cycle() < 1) {
      return new IllegalArgumentException(
          Strings.lenientFormat("alliance '%s' has cycle %s; cycles count from 1", id(), cycle()));
    }
    if (modelIterations() < 0) {
      return new IllegalArgumentException(
          Strings.lenientFormat(
              "alliance '%s' has %s model iterations; the count is 0 or more",
              id(), modelIterations()));
    }
    BigDecimal ratio = winWinRatio();
    if (!ratioFits(ratio)) {
      return new IllegalArgumentException(
          Strings.lenientFormat(
              "the win-win ratio of alliance '%s' must be greater than 0 with at most %s digits"
                  + " before and after the decimal point, was %s",
              id(), Decimals.MAX_DIGITS, ratio));
    }
    boolean vision = vision().isPresent();
    return new IllegalArgumentException(
        Strings.lenientFormat(
            "alliance '%s' has %s and %s; a vision and the instant it was recorded go together",
            id(),
            vision ? "a vision" : "no vision",
            vision ? "no such instant" : "an instant it was recorded"));
  }

  /** Returns whether every list is held as the log it is kept in once built. */
  private boolean inLogs() {
    return learningList() instanceof AppendLog<LearningRecord> learning
        && learning.isKeyed()
        && separationList() instanceof AppendLog
        && knowledgeExchangeList() instanceof AppendLog
        && formerPartnerList() instanceof AppendLog<Partner> former
        && former.isKeyed()
        && partnerList() instanceof PartnerLog
        && revisionList() instanceof AppendLog
        && milestoneList() instanceof MilestoneLog;
  }

  /** Returns this context with every list given as a plain list held as its log. */
  private AllianceContext copiedIntoLogs() {
    AppendLog<LearningRecord> learning = AppendLog.keyed(r -> r);
    for (LearningRecord record : learningList()) {
      learning = learning.append(record);
    }
    return AllianceContext.builder()
        .from(this)
        .learningList(learning)
        .separationList(AppendLog.copyOf(separationList()))
        .knowledgeExchangeList(AppendLog.copyOf(knowledgeExchangeList()))
        .formerPartnerList(keyedFormerPartners(formerPartnerList()))
        .partnerList(PartnerLog.copyOf(partnerList()))
        .revisionList(AppendLog.copyOf(revisionList()))
        .milestoneList(MilestoneLog.copyOf(milestoneList()))
        .build();
  }

  /**
   * Returns this context with {@code record} among the learning records, after the others unless it
   * is recorded already; costs the same however many records there are.
   *
   * @param record the learning record
   * @return this context with {@code record} among the learning records
   */
  public AllianceContext withLearningRecord(LearningRecord record) {
    AppendLog<LearningRecord> log = learningLog();
    return log.lastIndex(record) >= 0
        ? AllianceContext.copyOf(this)
        : AllianceContext.copyOf(this).withLearningList(log.append(record));
  }

  /**
   * Returns this context with {@code record} after the other separation decisions; costs the same
   * however many there are.
   *
   * @param record the separation decision
   * @return this context with {@code record} after the other separation decisions
   */
  public AllianceContext withSeparationRecord(SeparationRecord record) {
    return AllianceContext.copyOf(this).withSeparationList(separationLog().append(record));
  }

  /**
   * Returns this context with {@code exchange} after the other knowledge exchanges; costs the same
   * however many there are.
   *
   * @param exchange the knowledge exchange
   * @return this context with {@code exchange} after the other knowledge exchanges
   */
  public AllianceContext withKnowledgeExchange(KnowledgeExchange exchange) {
    return AllianceContext.copyOf(this)
        .withKnowledgeExchangeList(knowledgeExchangesLog().append(exchange));
  }

  /**
   * Returns this context with {@code partner} after the other former partners; costs the same
   * however many there are.
   *
   * @param partner the partner removed from the alliance
   * @return this context with {@code partner} after the other former partners
   */
  public AllianceContext withFormerPartner(Partner partner) {
    return AllianceContext.copyOf(this).withFormerPartnerList(formerPartnersLog().append(partner));
  }

  /**
   * Returns this context with {@code revision} after the other revisions; costs the same however
   * many there are.
   *
   * @param revision the revision of the operating alliance business model
   * @return this context with {@code revision} after the other revisions
   */
  public AllianceContext withRevision(ModelRevision revision) {
    return AllianceContext.copyOf(this).withRevisionList(revisionsLog().append(revision));
  }

  /**
   * Returns the current separation mode: the last decision.
   *
   * @return the current separation mode
   */
  public SeparationMode separationMode() {
    List<SeparationRecord> records = separation();
    return records.isEmpty() ? SeparationMode.DOMAIN : records.get(records.size() - 1).mode();
  }

  /**
   * Returns the current partners whose stake gives them control, in partner order: the one a
   * REINTEGRATE vision can name as the partner taking the business in; empty if no contract grants
   * control.
   *
   * @return the current partners whose stake gives them control, in partner order
   */
  public ImmutableList<String> controllingPartners() {
    ImmutableList.Builder<String> controlling = ImmutableList.builder();
    List<Partner> partners = partners();
    for (int p = 0; p < partners.size(); p++) {
      Partner partner = partners.get(p);
      if (partner.isControlling()) {
        controlling.add(partner.id());
      }
    }
    return controlling.build();
  }

  /**
   * Returns the current partner with the given actor id, if any.
   *
   * @param id the partner's actor id
   * @return the current partner, or empty if none has that id
   */
  public Optional<Partner> partner(String id) {
    return Optional.ofNullable(partnerLog().partner(id));
  }

  /**
   * Returns the alliance's id and the counts of its parts, never whole models: short whatever the
   * alliance holds.
   *
   * @return the alliance's id and the counts of its parts
   */
  @Override
  public String toString() {
    return "AllianceContext["
        + id()
        + ", "
        + partners().size()
        + " partners, "
        + milestones().size()
        + " milestones, "
        + revisions().size()
        + " revisions"
        + (ending().isPresent() ? ", ended" : "")
        + "]";
  }
}

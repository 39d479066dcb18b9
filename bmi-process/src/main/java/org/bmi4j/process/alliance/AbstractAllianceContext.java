package org.bmi4j.process.alliance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
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
 *
 * <p>The context holds its lists, what the alliance has settled and its future in three parts of
 * their own, so that an event copies only the part it changes and the context's own eleven fields:
 * no value copied has more than nine references, which the JVM copies several times faster than
 * wider ones ({@code WideCopy} in bmi-benchmarks). A document holds the context flat, in the form
 * it always had.
 */
@Value.Immutable
@JsonSerialize(converter = AbstractAllianceContextForm.FromContext.class)
@JsonDeserialize(converter = AbstractAllianceContextForm.ToContext.class)
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
   * Whether the acceptance test of the product or service has passed.
   *
   * @return whether the acceptance test of the product or service has passed
   */
  @Value.Default
  public boolean acceptanceTestPassed() {
    return false;
  }

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

  /** What the alliance has settled: business case, approval, contract, form, alliance model. */
  @Value.Default
  AllianceTerms terms() {
    return AbstractAllianceTerms.NONE;
  }

  /** The lists, each held as a shared log. */
  @Value.Default
  AllianceLogs logs() {
    return AbstractAllianceLogs.EMPTY;
  }

  /** The vision, when it was recorded, and the ending. */
  @Value.Default
  AllianceFuture future() {
    return AbstractAllianceFuture.NONE;
  }

  /**
   * The business case of the concept phase, once recorded.
   *
   * @return the business case of the concept phase, once recorded
   */
  public Optional<BusinessCase> businessCase() {
    return terms().businessCase();
  }

  /**
   * Who approved the business case internally, once approved.
   *
   * @return who approved the business case internally, once approved
   */
  public Optional<String> internalApproval() {
    return terms().internalApproval();
  }

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
   * The current partners as given to {@code withPartnerList(Iterable)}; held as a shared log once
   * the context is built.
   *
   * @return the current partners as given
   */
  public Iterable<Partner> partnerList() {
    return logs().partnerList();
  }

  PartnerLog partnerLog() {
    return logs().partnerLog();
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
   * The former partners as given to {@code withFormerPartnerList(Iterable)}; held as a shared log
   * once the context is built.
   *
   * @return the former partners as given
   */
  public Iterable<Partner> formerPartnerList() {
    return logs().formerPartnerList();
  }

  /** The former partners, keyed by partner id (a partner removed twice is there twice). */
  AppendLog<Partner> formerPartnersLog() {
    return logs().formerPartnersLog();
  }

  /**
   * The signed contract, once signed.
   *
   * @return the signed contract, once signed
   */
  public Optional<Contract> contract() {
    return terms().contract();
  }

  /**
   * The organisational form, once chosen.
   *
   * @return the organisational form, once chosen
   */
  public Optional<OrganisationalForm> organisationalForm() {
    return terms().organisationalForm();
  }

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
   * The milestones as given to {@code withMilestoneList(Iterable)}; held as a shared log once the
   * context is built.
   *
   * @return the milestones as given
   */
  public Iterable<Milestone> milestoneList() {
    return logs().milestoneList();
  }

  MilestoneLog milestoneLog() {
    return logs().milestoneLog();
  }

  /**
   * The alliance business model, once defined; each redefinition is an iteration.
   *
   * @return the alliance business model, once defined
   */
  public Optional<BusinessModel> allianceModel() {
    return terms().allianceModel();
  }

  /**
   * The revisions of the operating alliance business model, in the order recorded: an immutable
   * list that shares its storage with the context it grew from, so that recording one more costs
   * the same however many there are (written in JSON as the array {@code revisions}).
   *
   * @return the revisions of the operating alliance business model, in the order recorded
   */
  public List<ModelRevision> revisions() {
    return logs().revisionsLog();
  }

  /**
   * The revisions as given to {@code withRevisionList(Iterable)}; held as a shared log once the
   * context is built.
   *
   * @return the revisions as given
   */
  public Iterable<ModelRevision> revisionList() {
    return logs().revisionList();
  }

  /**
   * The vision for the alliance's future, once recorded; kept into a new cycle.
   *
   * @return the vision for the alliance's future, once recorded
   */
  public Optional<Vision> vision() {
    return future().vision();
  }

  /**
   * When the current vision was recorded, from the alliance's clock; present exactly when a vision
   * is.
   *
   * @return when the current vision was recorded, from the alliance's clock
   */
  public Optional<Instant> visionRecordedAt() {
    return future().visionRecordedAt();
  }

  /**
   * The learning modes used, per cycle and phase, in the order recorded: an immutable list that
   * shares its storage with the context it grew from, so that recording one more costs the same
   * however many there are (written in JSON as the array {@code learning}).
   *
   * @return the learning modes used, per cycle and phase, in the order recorded
   */
  public List<LearningRecord> learning() {
    return logs().learningLog();
  }

  /**
   * The learning as given to {@code withLearningList(Iterable)}; held as a shared log once the
   * context is built.
   *
   * @return the learning as given
   */
  public Iterable<LearningRecord> learningList() {
    return logs().learningList();
  }

  /**
   * The separation decisions, per cycle and phase, in the order taken; the last one holds: an
   * immutable list that shares its storage with the context it grew from, so that recording one
   * more costs the same however many there are (written in JSON as the array {@code separation}).
   *
   * @return the separation decisions, per cycle and phase, in the order taken; the last one holds
   */
  public List<SeparationRecord> separation() {
    return logs().separationLog();
  }

  /**
   * The separation as given to {@code withSeparationList(Iterable)}; held as a shared log once the
   * context is built.
   *
   * @return the separation as given
   */
  public Iterable<SeparationRecord> separationList() {
    return logs().separationList();
  }

  /**
   * The knowledge exchanges with parent companies, in the order recorded: an immutable list that
   * shares its storage with the context it grew from, so that recording one more costs the same
   * however many there are (written in JSON as the array {@code knowledgeExchanges}).
   *
   * @return the knowledge exchanges with parent companies, in the order recorded
   */
  public List<KnowledgeExchange> knowledgeExchanges() {
    return logs().knowledgeExchangesLog();
  }

  /**
   * The knowledge exchanges as given to {@code withKnowledgeExchangeList(Iterable)}; held as a
   * shared log once the context is built.
   *
   * @return the knowledge exchanges as given
   */
  public Iterable<KnowledgeExchange> knowledgeExchangeList() {
    return logs().knowledgeExchangeList();
  }

  /**
   * How the alliance ended, why and when, once it ended.
   *
   * @return how the alliance ended, why and when, once it ended
   */
  public Optional<Ending> ending() {
    return future().ending();
  }

  /** Returns this context as the generated type, which every context is once built. */
  private AllianceContext self() {
    return (AllianceContext) this;
  }

  /**
   * Checks the counters, the win-win ratio and that a vision and its instant go together.
   *
   * @throws IllegalArgumentException if a check fails, naming the first that does
   */
  @Value.Check
  void check() {
    // a few loads where every check passes, so that the copy each step makes can inline this; the
    // words of a refusal are a method of their own
    AllianceFuture future = future();
    if (cycle() < 1
        || modelIterations() < 0
        || !ratioFits(winWinRatio())
        || future.vision().isPresent() != future.visionRecordedAt().isPresent()) {
      throw refusal();
    }
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

  // copies with one part changed: each copies the part it changes and the context's own fields

  /**
   * Returns this context with the business case.
   *
   * @param value the business case
   * @return this context with the business case
   */
  public final AllianceContext withBusinessCase(BusinessCase value) {
    return self().withTerms(terms().withBusinessCase(value));
  }

  /**
   * Returns this context with the business case, or none.
   *
   * @param optional the business case, or empty for none
   * @return this context with the business case, or none
   */
  public final AllianceContext withBusinessCase(Optional<? extends BusinessCase> optional) {
    return self().withTerms(terms().withBusinessCase(optional));
  }

  /**
   * Returns this context with who approved the business case internally.
   *
   * @param value who approved the business case internally
   * @return this context with who approved the business case internally
   */
  public final AllianceContext withInternalApproval(String value) {
    return self().withTerms(terms().withInternalApproval(value));
  }

  /**
   * Returns this context with who approved the business case internally, or no approval.
   *
   * @param optional who approved the business case internally, or empty for no approval
   * @return this context with who approved the business case internally, or no approval
   */
  public final AllianceContext withInternalApproval(Optional<String> optional) {
    return self().withTerms(terms().withInternalApproval(optional));
  }

  /**
   * Returns this context with the signed contract.
   *
   * @param value the signed contract
   * @return this context with the signed contract
   */
  public final AllianceContext withContract(Contract value) {
    return self().withTerms(terms().withContract(value));
  }

  /**
   * Returns this context with the signed contract, or none.
   *
   * @param optional the signed contract, or empty for none
   * @return this context with the signed contract, or none
   */
  public final AllianceContext withContract(Optional<? extends Contract> optional) {
    return self().withTerms(terms().withContract(optional));
  }

  /**
   * Returns this context with the organisational form.
   *
   * @param value the organisational form
   * @return this context with the organisational form
   */
  public final AllianceContext withOrganisationalForm(OrganisationalForm value) {
    return self().withTerms(terms().withOrganisationalForm(value));
  }

  /**
   * Returns this context with the organisational form, or none.
   *
   * @param optional the organisational form, or empty for none
   * @return this context with the organisational form, or none
   */
  public final AllianceContext withOrganisationalForm(
      Optional<? extends OrganisationalForm> optional) {
    return self().withTerms(terms().withOrganisationalForm(optional));
  }

  /**
   * Returns this context with the alliance business model.
   *
   * @param value the alliance business model
   * @return this context with the alliance business model
   */
  public final AllianceContext withAllianceModel(BusinessModel value) {
    return self().withTerms(terms().withAllianceModel(value));
  }

  /**
   * Returns this context with the alliance business model, or none.
   *
   * @param optional the alliance business model, or empty for none
   * @return this context with the alliance business model, or none
   */
  public final AllianceContext withAllianceModel(Optional<? extends BusinessModel> optional) {
    return self().withTerms(terms().withAllianceModel(optional));
  }

  /**
   * Returns this context with the vision; it is refused unless the instant it was recorded goes
   * with it (see {@link #visionRecordedAt()}).
   *
   * @param value the vision
   * @return this context with the vision
   * @throws IllegalArgumentException if no instant of recording goes with the vision
   */
  public final AllianceContext withVision(Vision value) {
    return self().withFuture(future().withVision(value));
  }

  /**
   * Returns this context with the vision, or none; refused unless the instant it was recorded is
   * present exactly when a vision is.
   *
   * @param optional the vision, or empty for none
   * @return this context with the vision, or none
   * @throws IllegalArgumentException if the vision and the instant it was recorded do not go
   *     together
   */
  public final AllianceContext withVision(Optional<? extends Vision> optional) {
    return self().withFuture(future().withVision(optional));
  }

  /**
   * Returns this context with the instant the vision was recorded; refused unless a vision goes
   * with it.
   *
   * @param value the instant the vision was recorded
   * @return this context with the instant the vision was recorded
   * @throws IllegalArgumentException if no vision goes with the instant
   */
  public final AllianceContext withVisionRecordedAt(Instant value) {
    return self().withFuture(future().withVisionRecordedAt(value));
  }

  /**
   * Returns this context with the instant the vision was recorded, or none; refused unless it is
   * present exactly when a vision is.
   *
   * @param optional the instant the vision was recorded, or empty for none
   * @return this context with the instant the vision was recorded, or none
   * @throws IllegalArgumentException if the vision and the instant it was recorded do not go
   *     together
   */
  public final AllianceContext withVisionRecordedAt(Optional<? extends Instant> optional) {
    return self().withFuture(future().withVisionRecordedAt(optional));
  }

  /** Returns this context with the vision and the instant it was recorded, in one copy. */
  AllianceContext withVision(Vision value, Instant recordedAt) {
    return self().withFuture(future().withVision(value).withVisionRecordedAt(recordedAt));
  }

  /**
   * Returns this context with how the alliance ended.
   *
   * @param value how the alliance ended, why and when
   * @return this context with how the alliance ended
   */
  public final AllianceContext withEnding(Ending value) {
    return self().withFuture(future().withEnding(value));
  }

  /**
   * Returns this context with how the alliance ended, or no ending.
   *
   * @param optional how the alliance ended, or empty for no ending
   * @return this context with how the alliance ended, or no ending
   */
  public final AllianceContext withEnding(Optional<? extends Ending> optional) {
    return self().withFuture(future().withEnding(optional));
  }

  /**
   * Returns this context with the current partners, held as a shared log; a plain list is copied
   * into one.
   *
   * @param value the current partners, each id once
   * @return this context with the current partners
   * @throws IllegalArgumentException if two partners have one id
   */
  public final AllianceContext withPartnerList(Iterable<Partner> value) {
    return self().withLogs(logs().withPartnerList(value));
  }

  /**
   * Returns this context with the former partners, held as a shared log; a plain list is copied
   * into one.
   *
   * @param value the former partners, in the order removed
   * @return this context with the former partners
   */
  public final AllianceContext withFormerPartnerList(Iterable<Partner> value) {
    return self().withLogs(logs().withFormerPartnerList(value));
  }

  /**
   * Returns this context with the milestones, held as a shared log; a plain list is copied into
   * one.
   *
   * @param value the milestones, in the order planned
   * @return this context with the milestones
   */
  public final AllianceContext withMilestoneList(Iterable<Milestone> value) {
    return self().withLogs(logs().withMilestoneList(value));
  }

  /**
   * Returns this context with the revisions, held as a shared log; a plain list is copied into one.
   *
   * @param value the revisions, in the order recorded
   * @return this context with the revisions
   */
  public final AllianceContext withRevisionList(Iterable<ModelRevision> value) {
    return self().withLogs(logs().withRevisionList(value));
  }

  /**
   * Returns this context with the learning records, held as a shared log; a plain list is copied
   * into one.
   *
   * @param value the learning records, in the order recorded
   * @return this context with the learning records
   */
  public final AllianceContext withLearningList(Iterable<LearningRecord> value) {
    return self().withLogs(logs().withLearningList(value));
  }

  /**
   * Returns this context with the separation decisions, held as a shared log; a plain list is
   * copied into one.
   *
   * @param value the separation decisions, in the order taken
   * @return this context with the separation decisions
   */
  public final AllianceContext withSeparationList(Iterable<SeparationRecord> value) {
    return self().withLogs(logs().withSeparationList(value));
  }

  /**
   * Returns this context with the knowledge exchanges, held as a shared log; a plain list is copied
   * into one.
   *
   * @param value the knowledge exchanges, in the order recorded
   * @return this context with the knowledge exchanges
   */
  public final AllianceContext withKnowledgeExchangeList(Iterable<KnowledgeExchange> value) {
    return self().withLogs(logs().withKnowledgeExchangeList(value));
  }

  /**
   * Returns this context with {@code record} among the learning records, after the others unless it
   * is recorded already; costs the same however many records there are.
   *
   * @param record the learning record
   * @return this context with {@code record} among the learning records
   */
  public AllianceContext withLearningRecord(LearningRecord record) {
    AllianceLogs logs = logs();
    AllianceLogs with = logs.withLearningRecord(record);
    return with == logs ? self() : self().withLogs(with);
  }

  /**
   * Returns this context with {@code record} after the other separation decisions; costs the same
   * however many there are.
   *
   * @param record the separation decision
   * @return this context with {@code record} after the other separation decisions
   */
  public AllianceContext withSeparationRecord(SeparationRecord record) {
    return self().withLogs(logs().withSeparationRecord(record));
  }

  /**
   * Returns this context with {@code exchange} after the other knowledge exchanges; costs the same
   * however many there are.
   *
   * @param exchange the knowledge exchange
   * @return this context with {@code exchange} after the other knowledge exchanges
   */
  public AllianceContext withKnowledgeExchange(KnowledgeExchange exchange) {
    return withKnowledgeExchangeList(logs().knowledgeExchangesLog().append(exchange));
  }

  /**
   * Returns this context with {@code partner} after the other former partners; costs the same
   * however many there are.
   *
   * @param partner the partner removed from the alliance
   * @return this context with {@code partner} after the other former partners
   */
  public AllianceContext withFormerPartner(Partner partner) {
    return withFormerPartnerList(formerPartnersLog().append(partner));
  }

  /**
   * Returns this context with {@code revision} after the other revisions; costs the same however
   * many there are.
   *
   * @param revision the revision of the operating alliance business model
   * @return this context with {@code revision} after the other revisions
   */
  public AllianceContext withRevision(ModelRevision revision) {
    return withRevisionList(logs().revisionsLog().append(revision));
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

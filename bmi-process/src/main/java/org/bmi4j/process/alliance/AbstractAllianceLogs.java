package org.bmi4j.process.alliance;

import org.bmi4j.core.internal.AppendLog;
import org.immutables.value.Value;

/**
 * The alliance context's lists, each held as a log that shares its storage with the log it grew
 * from: current and former partners, milestones, revisions, learning, separation and knowledge
 * exchanges. A part of {@link AbstractAllianceContext} of its own, so that a copy made for an event
 * copies these seven references only when a list changes, and the context's own copy stays small (a
 * value of at most nine references is copied without a write barrier per field under G1; see {@code
 * WideCopy} in bmi-benchmarks).
 */
@Value.Immutable
@NestedStyle
abstract class AbstractAllianceLogs {
  static final AppendLog<Partner> NO_FORMER_PARTNERS = AppendLog.keyed(Partner::id);

  static final AppendLog<LearningRecord> NO_LEARNING = AppendLog.keyed(r -> r);

  /** The logs of an alliance that has recorded nothing (after the logs it is made of). */
  static final AllianceLogs EMPTY = AllianceLogs.builder().build();

  /** The current partners, in the order proposed; a {@link PartnerLog} once built. */
  @Value.Default
  Iterable<Partner> partnerList() {
    return PartnerLog.EMPTY;
  }

  /** The former partners, in the order removed; a log keyed by partner id once built. */
  @Value.Default
  Iterable<Partner> formerPartnerList() {
    return NO_FORMER_PARTNERS;
  }

  /** The milestones, in the order planned; a {@link MilestoneLog} once built. */
  @Value.Default
  Iterable<Milestone> milestoneList() {
    return MilestoneLog.EMPTY;
  }

  /** The revisions, in the order recorded; a log once built. */
  @Value.Default
  Iterable<ModelRevision> revisionList() {
    return AppendLog.empty();
  }

  /** The learning records, in the order recorded; a log keyed by record once built. */
  @Value.Default
  Iterable<LearningRecord> learningList() {
    return NO_LEARNING;
  }

  /** The separation decisions, in the order taken; a log once built. */
  @Value.Default
  Iterable<SeparationRecord> separationList() {
    return AppendLog.empty();
  }

  /** The knowledge exchanges, in the order recorded; a log once built. */
  @Value.Default
  Iterable<KnowledgeExchange> knowledgeExchangeList() {
    return AppendLog.empty();
  }

  PartnerLog partnerLog() {
    return (PartnerLog) partnerList();
  }

  @SuppressWarnings("unchecked")
  AppendLog<Partner> formerPartnersLog() {
    return (AppendLog<Partner>) formerPartnerList();
  }

  MilestoneLog milestoneLog() {
    return (MilestoneLog) milestoneList();
  }

  @SuppressWarnings("unchecked")
  AppendLog<ModelRevision> revisionsLog() {
    return (AppendLog<ModelRevision>) revisionList();
  }

  @SuppressWarnings("unchecked")
  AppendLog<LearningRecord> learningLog() {
    return (AppendLog<LearningRecord>) learningList();
  }

  @SuppressWarnings("unchecked")
  AppendLog<SeparationRecord> separationLog() {
    return (AppendLog<SeparationRecord>) separationList();
  }

  /**
   * These logs with {@code record} among the learning records, after the others unless it is
   * recorded already.
   */
  final AllianceLogs withLearningRecord(LearningRecord record) {
    AppendLog<LearningRecord> log = learningLog();
    AllianceLogs logs = (AllianceLogs) this;
    return log.lastIndex(record) >= 0 ? logs : logs.withLearningList(log.append(record));
  }

  /** These logs with {@code record} after the other separation decisions. */
  final AllianceLogs withSeparationRecord(SeparationRecord record) {
    return ((AllianceLogs) this).withSeparationList(separationLog().append(record));
  }

  @SuppressWarnings("unchecked")
  AppendLog<KnowledgeExchange> knowledgeExchangesLog() {
    return (AppendLog<KnowledgeExchange>) knowledgeExchangeList();
  }

  /**
   * Holds every list given as a plain list as its log: the current partners (each id once, else
   * refused) and the learning, separation, knowledge exchange, former partner, revision and
   * milestone lists.
   */
  @Value.Check
  AbstractAllianceLogs check() {
    return inLogs() ? this : copiedIntoLogs();
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

  /** Returns these logs with every list given as a plain list held as its log. */
  private AllianceLogs copiedIntoLogs() {
    AppendLog<LearningRecord> learning = NO_LEARNING;
    for (LearningRecord record : learningList()) {
      learning = learning.append(record);
    }
    AppendLog<Partner> former = NO_FORMER_PARTNERS;
    for (Partner partner : formerPartnerList()) {
      former = former.append(partner);
    }
    return AllianceLogs.builder()
        .learningList(learning)
        .separationList(AppendLog.copyOf(separationList()))
        .knowledgeExchangeList(AppendLog.copyOf(knowledgeExchangeList()))
        .formerPartnerList(former)
        .partnerList(PartnerLog.copyOf(partnerList()))
        .revisionList(AppendLog.copyOf(revisionList()))
        .milestoneList(MilestoneLog.copyOf(milestoneList()))
        .build();
  }
}

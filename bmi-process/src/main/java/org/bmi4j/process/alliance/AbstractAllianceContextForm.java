package org.bmi4j.process.alliance;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.util.StdConverter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bmi4j.core.alliance.ContributionLedger;
import org.bmi4j.core.alliance.WinWinVerdict;
import org.bmi4j.core.model.BusinessModel;
import org.immutables.value.Value;

/**
 * The JSON form of an {@link AllianceContext}: every part of the context flat, in the order and
 * under the names documents have always used, read and written as they always were. The context
 * keeps its parts grouped ({@link AbstractAllianceLogs}) and converts to and from this form only
 * when it is written or read.
 */
@Value.Immutable
@NestedStyle
@JsonSerialize(as = AllianceContextForm.class)
@JsonDeserialize(as = AllianceContextForm.class)
abstract class AbstractAllianceContextForm {
  abstract String id();

  abstract String name();

  @Value.Default
  int cycle() {
    return 1;
  }

  abstract Optional<String> focalFirm();

  abstract Optional<BusinessCase> businessCase();

  abstract Optional<String> internalApproval();

  @JsonProperty("partners")
  abstract List<Partner> partnerList();

  @JsonProperty("formerPartners")
  abstract List<Partner> formerPartnerList();

  abstract Optional<Contract> contract();

  abstract Optional<OrganisationalForm> organisationalForm();

  @JsonProperty("milestones")
  abstract List<Milestone> milestoneList();

  @Value.Default
  boolean acceptanceTestPassed() {
    return false;
  }

  abstract Optional<BusinessModel> allianceModel();

  @Value.Default
  int modelIterations() {
    return 0;
  }

  @JsonProperty("revisions")
  abstract List<ModelRevision> revisionList();

  abstract ContributionLedger ledger();

  @Value.Default
  BigDecimal winWinRatio() {
    return WinWinVerdict.DEFAULT_RATIO;
  }

  abstract Optional<Vision> vision();

  abstract Optional<Instant> visionRecordedAt();

  @JsonProperty("learning")
  abstract List<LearningRecord> learningList();

  @JsonProperty("separation")
  abstract List<SeparationRecord> separationList();

  @JsonProperty("knowledgeExchanges")
  abstract List<KnowledgeExchange> knowledgeExchangeList();

  abstract Optional<Ending> ending();

  /** Returns the form of {@code context}. */
  static AllianceContextForm of(AbstractAllianceContext context) {
    AllianceTerms terms = context.terms();
    AllianceLogs logs = context.logs();
    AllianceFuture future = context.future();
    return AllianceContextForm.builder()
        .id(context.id())
        .name(context.name())
        .cycle(context.cycle())
        .focalFirm(context.focalFirm())
        .businessCase(terms.businessCase())
        .internalApproval(terms.internalApproval())
        .partnerList(logs.partnerList())
        .formerPartnerList(logs.formerPartnerList())
        .contract(terms.contract())
        .organisationalForm(terms.organisationalForm())
        .milestoneList(logs.milestoneList())
        .acceptanceTestPassed(context.acceptanceTestPassed())
        .allianceModel(terms.allianceModel())
        .modelIterations(context.modelIterations())
        .revisionList(logs.revisionList())
        .ledger(context.ledger())
        .winWinRatio(context.winWinRatio())
        .vision(future.vision())
        .visionRecordedAt(future.visionRecordedAt())
        .learningList(logs.learningList())
        .separationList(logs.separationList())
        .knowledgeExchangeList(logs.knowledgeExchangeList())
        .ending(future.ending())
        .build();
  }

  /**
   * Returns the context this form holds, checked as every context is.
   *
   * @throws IllegalArgumentException if the context's checks refuse it
   */
  AllianceContext context() {
    return AllianceContext.builder()
        .id(id())
        .name(name())
        .cycle(cycle())
        .focalFirm(focalFirm())
        .acceptanceTestPassed(acceptanceTestPassed())
        .modelIterations(modelIterations())
        .ledger(ledger())
        .winWinRatio(winWinRatio())
        .terms(
            AllianceTerms.builder()
                .businessCase(businessCase())
                .internalApproval(internalApproval())
                .contract(contract())
                .organisationalForm(organisationalForm())
                .allianceModel(allianceModel())
                .build())
        .logs(
            AllianceLogs.builder()
                .partnerList(partnerList())
                .formerPartnerList(formerPartnerList())
                .milestoneList(milestoneList())
                .revisionList(revisionList())
                .learningList(learningList())
                .separationList(separationList())
                .knowledgeExchangeList(knowledgeExchangeList())
                .build())
        .future(
            AllianceFuture.builder()
                .vision(vision())
                .visionRecordedAt(visionRecordedAt())
                .ending(ending())
                .build())
        .build();
  }

  /** Writes a context as its form. */
  static final class FromContext extends StdConverter<AllianceContext, AllianceContextForm> {
    @Override
    public AllianceContextForm convert(AllianceContext value) {
      return of(value);
    }
  }

  /** Reads a context from its form. */
  static final class ToContext extends StdConverter<AllianceContextForm, AllianceContext> {
    @Override
    public AllianceContext convert(AllianceContextForm value) {
      return value.context();
    }
  }
}

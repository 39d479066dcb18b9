package org.bmi4j.process.alliance;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Optional;
import org.bmi4j.core.alliance.LedgerEntry;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.BusinessModel;

/**
 * The events of the alliance-level process. In JSON each names its type in a {@code "type"}
 * property, given with each record below.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = AllianceEvent.RecordBusinessCase.class, name = "record-business-case"),
  @JsonSubTypes.Type(value = AllianceEvent.ApproveInternally.class, name = "approve-internally"),
  @JsonSubTypes.Type(value = AllianceEvent.Advance.class, name = "advance"),
  @JsonSubTypes.Type(value = AllianceEvent.ProposePartner.class, name = "propose-partner"),
  @JsonSubTypes.Type(value = AllianceEvent.CommitPartner.class, name = "commit-partner"),
  @JsonSubTypes.Type(value = AllianceEvent.RemovePartner.class, name = "remove-partner"),
  @JsonSubTypes.Type(value = AllianceEvent.SignContract.class, name = "sign-contract"),
  @JsonSubTypes.Type(value = AllianceEvent.ChooseForm.class, name = "choose-form"),
  @JsonSubTypes.Type(value = AllianceEvent.PlanMilestone.class, name = "plan-milestone"),
  @JsonSubTypes.Type(
      value = AllianceEvent.DefineAllianceModel.class,
      name = "define-alliance-model"),
  @JsonSubTypes.Type(
      value = AllianceEvent.ReviseAllianceModel.class,
      name = "revise-alliance-model"),
  @JsonSubTypes.Type(value = AllianceEvent.CompleteMilestone.class, name = "complete-milestone"),
  @JsonSubTypes.Type(value = AllianceEvent.PassAcceptanceTest.class, name = "pass-acceptance-test"),
  @JsonSubTypes.Type(value = AllianceEvent.RecordLedgerEntry.class, name = "record-ledger-entry"),
  @JsonSubTypes.Type(value = AllianceEvent.RecordVision.class, name = "record-vision"),
  @JsonSubTypes.Type(value = AllianceEvent.CarryOutVision.class, name = "carry-out-vision"),
  @JsonSubTypes.Type(value = AllianceEvent.StartNewCycle.class, name = "start-new-cycle"),
  @JsonSubTypes.Type(
      value = AllianceEvent.RecordKnowledgeExchange.class,
      name = "record-knowledge-exchange"),
  @JsonSubTypes.Type(value = AllianceEvent.RecordLearning.class, name = "record-learning"),
  @JsonSubTypes.Type(value = AllianceEvent.ChangeSeparation.class, name = "change-separation"),
  @JsonSubTypes.Type(value = AllianceEvent.FallBack.class, name = "fall-back"),
  @JsonSubTypes.Type(value = AllianceEvent.Terminate.class, name = "terminate")
})
public sealed interface AllianceEvent {

  /** CONCEPT: records (or replaces) the business case. */
  record RecordBusinessCase(BusinessCase businessCase) implements AllianceEvent {
    /**
     * @param businessCase the business case
     * @throws NullPointerException if a component is null
     */
    public RecordBusinessCase {
      checkNotNull(businessCase, "businessCase");
    }
  }

  /** CONCEPT: the business case is approved internally by the named approver. */
  record ApproveInternally(String approver) implements AllianceEvent {
    /**
     * @param approver who approved it
     * @throws NullPointerException if a component is null
     */
    public ApproveInternally {
      checkNotNull(approver, "approver");
    }
  }

  /** Any active phase but OPERATION: leave the phase for the next one, once its guard holds. */
  record Advance() implements AllianceEvent {}

  /**
   * FOUNDATION and OPERATION: proposes a partner, with its fit where assessed; in OPERATION a new
   * owner buying into the operating alliance.
   */
  record ProposePartner(Actor partner, Optional<Fit> strategicFit, Optional<Fit> organisationalFit)
      implements AllianceEvent {
    /**
     * @param partner the proposed partner
     * @param strategicFit its strategic fit, if assessed
     * @param organisationalFit its organisational fit, if assessed
     * @throws NullPointerException if a component is null
     */
    public ProposePartner {
      checkNotNull(partner, "partner");
      checkNotNull(strategicFit, "strategicFit");
      checkNotNull(organisationalFit, "organisationalFit");
    }

    /**
     * Proposes a partner whose fit has not been assessed.
     *
     * @param partner the proposed partner
     * @return the proposal, without strategic or organisational fit
     * @throws NullPointerException if {@code partner} is null
     */
    public static ProposePartner of(Actor partner) {
      return new ProposePartner(partner, Optional.empty(), Optional.empty());
    }
  }

  /** FOUNDATION and OPERATION: a partner's top level commits to the alliance. */
  record CommitPartner(String partner) implements AllianceEvent {
    /**
     * @param partner the partner's actor id
     * @throws NullPointerException if a component is null
     */
    public CommitPartner {
      checkNotNull(partner, "partner");
    }
  }

  /**
   * FOUNDATION and OPERATION: removes a partner, with a reason (in OPERATION, for example, it sells
   * its stake back); its ledger entries and stake are kept as a former partner's.
   */
  record RemovePartner(String partner, String reason) implements AllianceEvent {
    /**
     * @param partner the partner's actor id
     * @param reason why it leaves
     * @throws NullPointerException if a component is null
     */
    public RemovePartner {
      checkNotNull(partner, "partner");
      checkNotNull(reason, "reason");
    }
  }

  /**
   * FOUNDATION and OPERATION: signs (or re-signs) the contract, which must name the current partner
   * set; each named partner's stake becomes the one the contract grants.
   */
  record SignContract(Contract contract) implements AllianceEvent {
    /**
     * @param contract the contract
     * @throws NullPointerException if a component is null
     */
    public SignContract {
      checkNotNull(contract, "contract");
    }
  }

  /** FOUNDATION: chooses the organisational form, which decides the separation mode. */
  record ChooseForm(OrganisationalForm form) implements AllianceEvent {
    /**
     * @param form the organisational form
     * @throws NullPointerException if a component is null
     */
    public ChooseForm {
      checkNotNull(form, "form");
    }
  }

  /** FOUNDATION: adds a milestone to the project plan. */
  record PlanMilestone(Milestone milestone) implements AllianceEvent {
    /**
     * @param milestone the milestone
     * @throws NullPointerException if a component is null
     */
    public PlanMilestone {
      checkNotNull(milestone, "milestone");
    }
  }

  /** DEVELOPMENT: (re)defines the alliance business model: one iteration. */
  record DefineAllianceModel(BusinessModel model) implements AllianceEvent {
    /**
     * @param model the alliance business model
     * @throws NullPointerException if a component is null
     */
    public DefineAllianceModel {
      checkNotNull(model, "model");
    }
  }

  /**
   * OPERATION: revises the operating alliance business model (a revenue stream added, a market
   * left), with a reason; the revised model stays complete.
   */
  record ReviseAllianceModel(BusinessModel model, String reason) implements AllianceEvent {
    /**
     * @param model the revised alliance business model
     * @param reason why it was revised
     * @throws NullPointerException if a component is null
     */
    public ReviseAllianceModel {
      checkNotNull(model, "model");
      checkNotNull(reason, "reason");
    }
  }

  /** DEVELOPMENT: a milestone of the plan is done. */
  record CompleteMilestone(String milestone) implements AllianceEvent {
    /**
     * @param milestone the milestone's id
     * @throws NullPointerException if a component is null
     */
    public CompleteMilestone {
      checkNotNull(milestone, "milestone");
    }
  }

  /** DEVELOPMENT: the acceptance test of the product or service passed. */
  record PassAcceptanceTest() implements AllianceEvent {}

  /** DEVELOPMENT and OPERATION: records a partner's contribution or return in the ledger. */
  record RecordLedgerEntry(LedgerEntry entry) implements AllianceEvent {
    /**
     * @param entry the ledger entry
     * @throws NullPointerException if a component is null
     */
    public RecordLedgerEntry {
      checkNotNull(entry, "entry");
    }
  }

  /**
   * OPERATION: records (or replaces) the vision for the alliance's future, with its reason; the
   * alliance records the instant from its clock.
   */
  record RecordVision(Vision vision) implements AllianceEvent {
    /**
     * @param vision the vision
     * @throws NullPointerException if a component is null
     */
    public RecordVision {
      checkNotNull(vision, "vision");
    }
  }

  /**
   * OPERATION: carries out the recorded vision, ending the process in the matching ending, which
   * records the vision's reason and the instant ({@link AllianceContext#ending()}).
   */
  record CarryOutVision() implements AllianceEvent {}

  /** OPERATION: starts a new cycle at CONCEPT with an idea to enhance the alliance BM. */
  record StartNewCycle(String idea) implements AllianceEvent {
    /**
     * @param idea the idea to enhance the alliance BM
     * @throws NullPointerException if a component is null
     */
    public StartNewCycle {
      checkNotNull(idea, "idea");
    }
  }

  /** Any active phase: records a knowledge exchange with a parent company. */
  record RecordKnowledgeExchange(String partner, String description) implements AllianceEvent {
    /**
     * @param partner the parent company's actor id
     * @param description what was exchanged
     * @throws NullPointerException if a component is null
     */
    public RecordKnowledgeExchange {
      checkNotNull(partner, "partner");
      checkNotNull(description, "description");
    }
  }

  /** Any active phase: records a learning mode used in the current phase. */
  record RecordLearning(LearningMode mode) implements AllianceEvent {
    /**
     * @param mode the learning mode
     * @throws NullPointerException if a component is null
     */
    public RecordLearning {
      checkNotNull(mode, "mode");
    }
  }

  /** Any active phase: the user changes the separation mode. */
  record ChangeSeparation(SeparationMode mode) implements AllianceEvent {
    /**
     * @param mode the new separation mode
     * @throws NullPointerException if a component is null
     */
    public ChangeSeparation {
      checkNotNull(mode, "mode");
    }
  }

  /** FOUNDATION, DEVELOPMENT, OPERATION: falls back to the phase before, with a reason. */
  record FallBack(String reason) implements AllianceEvent {
    /**
     * @param reason why the alliance falls back
     * @throws NullPointerException if a component is null
     */
    public FallBack {
      checkNotNull(reason, "reason");
    }
  }

  /**
   * Any active phase: ends the alliance in TERMINATED (unplanned failure), with a reason, recorded
   * with the instant as the alliance's {@link AllianceContext#ending()}.
   */
  record Terminate(String reason) implements AllianceEvent {
    /**
     * @param reason why the alliance ends
     * @throws NullPointerException if a component is null
     */
    public Terminate {
      checkNotNull(reason, "reason");
    }
  }
}

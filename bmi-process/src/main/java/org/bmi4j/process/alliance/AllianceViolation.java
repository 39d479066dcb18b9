package org.bmi4j.process.alliance;

import java.util.List;
import org.bmi4j.process.ViolationCode;

/** The stable codes of the alliance-level process's rejections. Never renamed or removed. */
public enum AllianceViolation implements ViolationCode {
  /** No business case is recorded. */
  NO_BUSINESS_CASE(
      "no business case is recorded; record one (idea, commercial potential,"
          + " requirements, funding) before %s",
      "before"),
  /** The business case names no requirement that needs a partner. */
  NO_PARTNER_REQUIREMENT(
      "the business case names no requirement that needs a partner; record one"
          + " whose coverage is PARTNER"),
  /** The business case records no funding decision (alone or shared). */
  NO_FUNDING_DECISION(
      "the business case records no funding decision; record whether the firm"
          + " funds it alone or shared"),
  /** The business case is not internally approved. */
  NO_INTERNAL_APPROVAL(
      "the business case is not approved internally; approve it with"
          + " ApproveInternally before the partner search"),
  /** Fewer than two partners are committed. */
  TOO_FEW_COMMITTED_PARTNERS(
      "the alliance has %s; it needs at least two committed partners, so"
          + " propose and commit partners",
      "committed"),
  /** A current partner has not committed. */
  PARTNER_NOT_COMMITTED(
      "partner '%s' has not committed at top level; commit it with" + " CommitPartner or remove it",
      "partner"),
  /** No contract is signed. */
  NO_SIGNED_CONTRACT(
      "no contract is signed; sign one with precise rules for the cooperation and" + " its end"),
  /** The signed contract names another partner set than the current one. */
  CONTRACT_PARTNERS_CHANGED(
      "the contract names partners %s but the current partners are %s; sign"
          + " it again naming the current partners",
      "contractPartners", "partners"),
  /** No organisational form (joint venture or in-house) is chosen. */
  NO_ORGANISATIONAL_FORM(
      "no organisational form is chosen; choose a joint venture or in-house" + " with ChooseForm"),
  /** The project plan has no milestone. */
  NO_MILESTONE(
      "the project plan has no milestone; plan at least one with PlanMilestone: who does"
          + " what when"),
  /** A named partner is not a current partner. */
  UNKNOWN_PARTNER(
      "'%s' is not a current partner of the alliance; name one of the current" + " partners %s",
      "partner", "partners"),
  /** The partner is already a current partner. */
  DUPLICATE_PARTNER("'%s' is a partner of the alliance already; propose another firm", "partner"),
  /** A milestone id is used twice. */
  DUPLICATE_MILESTONE(
      "milestone '%s' is in the plan already; give the new milestone its own id", "milestone"),
  /** A named milestone is not in the plan. */
  UNKNOWN_MILESTONE(
      "milestone '%s' is not in the plan; name one of the planned milestones %s",
      "milestone", "milestones"),
  /** A milestone is not done. */
  MILESTONE_OPEN(
      "milestone '%s' of partner '%s' is not done; complete it with CompleteMilestone",
      "milestone", "partner"),
  /** The acceptance test has not passed. */
  NO_ACCEPTANCE_TEST(
      "the product or service has not passed its acceptance test; record the pass"
          + " with PassAcceptanceTest"),
  /** No alliance business model is recorded, or one of its four value functions is empty. */
  ALLIANCE_MODEL_INCOMPLETE(
      "the alliance business model %s; define it with DefineAllianceModel,"
          + " all four value functions holding something",
      "problem"),
  /** An activity of the alliance business model is still performed by a removed partner. */
  REMOVED_PARTNER_PERFORMS(
      "activity '%s' of the alliance business model is still performed by"
          + " removed partner '%s'; reassign it to a current partner with DefineAllianceModel",
      "activity", "partner"),
  /** A ledger entry is valued in another currency than the alliance's ledger. */
  WRONG_CURRENCY(
      "the ledger entry of '%s' is valued in %s but the ledger keeps %s; value it in" + " %s",
      "partner", "currency", "ledgerCurrency", "ledgerCurrency"),
  /**
   * A ledger entry would make its partner's contributions or returns sum to more digits than an
   * amount may have (library formalisation: the numeric domain of Money).
   */
  LEDGER_SUM_TOO_LARGE(
      "the ledger entry would make the %s of partner '%s' sum to more than %s digits before the"
          + " decimal point; record the figures in a larger unit",
      "sum", "partner", "digits"),
  /**
   * The ledger shows a partner below its win-win threshold, counting expected and realised entries.
   */
  PARTNER_BELOW_THRESHOLD(
      "partner '%s' receives %s for contributions of %s counting %s entries, a ratio of returns"
          + " to contributions below the win-win threshold %s; a win-win situation for all"
          + " partners is the critical point of DEVELOPMENT, so rebalance what it gives and"
          + " receives or record the returns it expects",
      "partner", "returns", "contributions", "counted", "threshold"),
  /** No vision is recorded. */
  NO_VISION("no vision is recorded; record one with RecordVision before %s", "before"),
  /** A vision lacks the partner or buyer it must name. */
  VISION_TARGET_MISSING("the %s vision names no target; name %s", "kind", "target"),
  /**
   * A DIVEST vision names a current partner as buyer: a partner taking the business over is a
   * REINTEGRATE vision, a divestment sells it to a third party (SPEC 4.2; library formalisation).
   */
  BUYER_IS_PARTNER(
      "the buyer '%s' is a partner of the alliance; a divestment sells the alliance business to a"
          + " third party, so name another buyer or record a REINTEGRATE vision",
      "buyer"),
  /** COMPLETE needs a contract with a defined end. */
  NO_CONTRACT_END(
      "the COMPLETE vision needs a contract with a defined end; sign one whose end is"
          + " a date or a condition, or record another vision"),
  /**
   * A partner event (propose, commit, remove, sign the contract) outside the phases where partners
   * change: FOUNDATION, before the alliance business model is developed, and OPERATION, while it
   * runs (library formalisation; the fall-back from DEVELOPMENT stays for difficulties between
   * partners before the model is established [SPIETH]).
   */
  PARTNERS_CHANGE_ELSEWHERE(
      "%s is not permitted in %s; partners and their contract change only in %s: before the"
          + " alliance business model is developed and while it operates (in DEVELOPMENT, fall"
          + " back to FOUNDATION with a reason if partners have difficulties)",
      "event", "phase", "phases"),
  /**
   * A revision of the alliance business model outside OPERATION; before, the model is defined and
   * redefined with DefineAllianceModel (library formalisation).
   */
  REVISED_ONLY_IN_OPERATION(
      "%s is not permitted in %s; the operating alliance business model is revised in %s,"
          + " and developed before with DefineAllianceModel",
      "event", "phase", "phases"),
  /** A revision of the alliance business model changes nothing. */
  ALLIANCE_MODEL_UNCHANGED(
      "the revised alliance business model equals the operating one; revise it with what"
          + " changed, such as a revenue stream added or a market left"),
  /** A reason, name or description is blank. */
  BLANK_TEXT(
      "%s in %s is blank; the alliance keeps only non-blank texts, so write one", "field", "event");

  private final String sentence;
  private final List<String> valueNames;

  AllianceViolation(String sentence, String... valueNames) {
    this.sentence = sentence;
    this.valueNames = List.of(valueNames);
  }

  /**
   * Returns the names of the values this code's messages carry, one per {@code %s} of its sentence,
   * in order; listed in {@code docs/codes.md}.
   */
  @Override
  public List<String> valueNames() {
    return valueNames;
  }

  /**
   * Returns the sentence template of this code's messages: literal text with {@code %s} where the
   * message names what is wrong, where (partner, phase, event) and what would be right; each code's
   * template is its own.
   */
  @Override
  public String sentence() {
    return sentence;
  }
}

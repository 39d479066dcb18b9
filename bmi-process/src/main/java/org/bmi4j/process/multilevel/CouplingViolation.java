package org.bmi4j.process.multilevel;

import java.util.List;
import org.bmi4j.process.ViolationCode;

/** The stable codes of the multi-level process's own rejections. Never renamed or removed. */
public enum CouplingViolation implements ViolationCode {
  /** A partner is proposed to the alliance without a prospective firm process. */
  NO_FIRM_PROCESS(
      "partner '%s' needs a prospective firm process in IDENTIFICATION before it is"
          + " proposed; add it with prospect(...)",
      "partner"),
  /** No firm process is known for the named partner. */
  UNKNOWN_FIRM(
      "no firm process is known for '%s'; name one of %s, or add it with prospect(...)",
      "partner", "known"),
  /** A firm process is already known for the partner. */
  DUPLICATE_FIRM(
      "a firm process for '%s' is known already; move it with applyFirm(...)", "partner"),
  /** A prospective firm process must be in IDENTIFICATION. */
  NOT_IN_IDENTIFICATION(
      "the firm process of prospective partner '%s' is in %s; a prospect's"
          + " process must be in IDENTIFICATION, so prospect it before it moves on",
      "partner", "phase"),
  /** A prospective partner runs IDENTIFICATION only, until it joins. */
  PROSPECT_BEYOND_IDENTIFICATION(
      "prospective partner '%s' runs IDENTIFICATION only; it reaches"
          + " CONSOLIDATION when proposed to the alliance",
      "partner"),
  /** A current partner's phase changes follow the alliance's; it cannot move on its own. */
  PHASE_FOLLOWS_ALLIANCE(
      "partner '%s' is in step with the alliance in %s; its phase changes"
          + " follow the alliance's, so apply the alliance's event instead",
      "partner", "phase"),
  /**
   * A new alliance cycle is started while a partner is still behind the alliance, short of ADAPTION
   * (library formalisation: the alliance waits for it, since the partner's own phase changes could
   * never again reach the alliance's).
   */
  PARTNER_BEHIND(
      "partner '%s' is still in %s, behind the alliance's OPERATION; a new cycle starts"
          + " once every partner has reached ADAPTION, so advance its firm process first",
      "partner", "phase"),
  /**
   * The alliance falls back from OPERATION while a partner's firm process is in ADAPTION, which has
   * no fall-back [SPIETH, 4.3 of the specification]; the fall-back stays for difficulties between
   * partners before the alliance BM is established, and what happens while it operates has its own
   * events.
   */
  NO_FALL_BACK_FROM_ADAPTION(
      "partner '%s' is in ADAPTION, which has no fall-back, so the alliance cannot fall back from"
          + " OPERATION while the partner is in step; while the alliance operates, change partners"
          + " with ProposePartner, CommitPartner, RemovePartner and SignContract, revise the"
          + " alliance business model with ReviseAllianceModel, or record a vision and start a new"
          + " cycle or carry it out",
      "partner");

  private final String sentence;
  private final List<String> valueNames;

  CouplingViolation(String sentence, String... valueNames) {
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
   * message names what is wrong, where (partner, phase) and what would be right; each code's
   * template is its own.
   */
  @Override
  public String sentence() {
    return sentence;
  }
}

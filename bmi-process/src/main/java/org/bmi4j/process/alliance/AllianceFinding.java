package org.bmi4j.process.alliance;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Something about an alliance the user can act on: reported, never blocking.
 *
 * @param code the stable code
 * @param subject the partner concerned, or empty
 * @param message a sentence naming what was found
 */
public record AllianceFinding(Code code, String subject, String message) {
  /** @throws NullPointerException if a component is null */
  public AllianceFinding {
    checkNotNull(code, "code");
    checkNotNull(subject, "subject");
    checkNotNull(message, "message");
  }

  /** The stable codes of alliance findings. Never renamed or removed. */
  public enum Code {
    /** A partner's strategic fit (technology, products, markets) was assessed poor [SPIETH]. */
    POOR_STRATEGIC_FIT,
    /** A partner's organisational fit (processes, dominant logic) was assessed poor [SPIETH]. */
    POOR_ORGANISATIONAL_FIT,
    /**
     * A joint-venture alliance has no knowledge exchange recorded with a parent company, which
     * joint ventures need regularly [SPIETH].
     */
    NO_KNOWLEDGE_EXCHANGE,
    /**
     * The win-win verdict is indeterminate: intangible entries have no valuation ("what is the
     * financial value of data?" [SPIETH]); the finding names them. Not blocking.
     */
    LEDGER_INDETERMINATE,
    /** The ledger holds entries of a partner removed from the alliance. */
    FORMER_PARTNER_ENTRIES
  }

  @Override
  public String toString() {
    return code + (subject.isEmpty() ? "" : " [" + subject + "]") + ": " + message;
  }
}

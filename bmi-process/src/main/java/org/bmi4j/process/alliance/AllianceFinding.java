package org.bmi4j.process.alliance;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import org.bmi4j.core.internal.Sentences;
import org.bmi4j.core.model.CodedMessage;
import org.bmi4j.core.model.MessageCode;

/**
 * Something about an alliance the user can act on: reported, never blocking.
 *
 * @param code the stable code
 * @param subject the partner concerned, or empty
 * @param message a sentence naming what was found
 * @param values the values the message uses, by the names of the code's {@linkplain
 *     Code#valueNames() value names}
 */
public record AllianceFinding(Code code, String subject, String message, Map<String, Object> values)
    implements CodedMessage {
  /**
   * @param code the stable code
   * @param subject the partner concerned, or empty
   * @param message a sentence naming what was found
   * @param values the values the message uses, by the names of the code's {@linkplain
   *     Code#valueNames() value names}
   * @throws NullPointerException if a component, value name or value is null
   */
  public AllianceFinding {
    checkNotNull(code, "code");
    checkNotNull(subject, "subject");
    checkNotNull(message, "message");
    values = ImmutableMap.copyOf(checkNotNull(values, "values"));
  }

  /**
   * A finding without named values.
   *
   * @param code the stable code
   * @param subject the partner concerned, or empty
   * @param message a sentence naming what was found
   * @throws NullPointerException if an argument is null
   */
  public AllianceFinding(Code code, String subject, String message) {
    this(code, subject, message, ImmutableMap.of());
  }

  /**
   * A finding whose message is {@code code}'s {@linkplain Code#sentence() sentence} filled with
   * {@code arguments}, each carried as a value under its {@linkplain Code#valueNames() name}.
   *
   * @param code the stable code
   * @param subject the partner concerned, or empty
   * @param arguments the sentence's arguments, in order
   * @return the finding
   * @throws IllegalArgumentException if the sentence has another number of {@code %s} than
   *     arguments are given
   * @throws NullPointerException if an argument is null
   */
  public static AllianceFinding of(Code code, String subject, Object... arguments) {
    return new AllianceFinding(
        code,
        subject,
        Sentences.format(code.sentence(), arguments),
        Sentences.values(code.valueNames(), ImmutableMap.of(), arguments));
  }

  /** The stable codes of alliance findings. Never renamed or removed. */
  public enum Code implements MessageCode {
    /** A partner's strategic fit (technology, products, markets) was assessed poor [SPIETH]. */
    POOR_STRATEGIC_FIT(
        "partner '%s' was assessed a poor strategic fit in technology, products or"
            + " markets; reconsider the partner or plan how to bridge the gap",
        "partner"),
    /** A partner's organisational fit (processes, dominant logic) was assessed poor [SPIETH]. */
    POOR_ORGANISATIONAL_FIT(
        "partner '%s' was assessed a poor organisational fit in processes or"
            + " dominant logic; reconsider the partner or plan how to align the two",
        "partner"),
    /**
     * A joint-venture alliance has no knowledge exchange recorded with a parent company, which
     * joint ventures need regularly [SPIETH].
     */
    NO_KNOWLEDGE_EXCHANGE(
        "the joint venture has no knowledge exchange recorded with parent"
            + " company '%s'; joint ventures need it regularly, so record one with"
            + " RecordKnowledgeExchange",
        "partner"),
    /**
     * The win-win verdict is indeterminate: intangible entries have no valuation ("what is the
     * financial value of data?" [SPIETH]); the finding names them. Not blocking.
     */
    LEDGER_INDETERMINATE(
        "win-win cannot be decided: intangible entries have no valuation (%s);"
            + " value them, since the library never guesses a number",
        "entries"),
    /**
     * A current partner's returns do not reach the win-win ratio times its contributions, counting
     * the entries the finding names: "a win-win situation for all partners" [SPIETH]. Not blocking;
     * in DEVELOPMENT the exit guard rejects the same.
     */
    PARTNER_BELOW_RATIO(
        "partner '%s' receives %s for contributions of %s counting %s entries, a ratio of returns"
            + " to contributions below the win-win threshold %s; rebalance what it gives and"
            + " receives",
        "partner", "returns", "contributions", "counted", "threshold"),
    /**
     * A partner is below the win-win ratio and intangible entries have no valuation as well: both
     * are named, so that valuing the entries is not forgotten once the verdict is NOT_WIN_WIN.
     */
    LEDGER_UNVALUED(
        "besides the partners below the win-win ratio %s, intangible entries have no valuation"
            + " (%s); value them too, since the library never guesses a number",
        "partners", "entries"),
    /** The ledger holds entries of a partner removed from the alliance. */
    FORMER_PARTNER_ENTRIES(
        "the ledger keeps entries of former partner '%s' (%s in all); they do"
            + " not count in the win-win verdict",
        "partner", "entryCount"),
    /**
     * The REINTEGRATE vision names a partner the signed contract does not give control, while it
     * gives control to others (library formalisation: the partner taking the business in is usually
     * the one controlling it; reported, never blocking).
     */
    REINTEGRATION_INTO_NON_CONTROLLING(
        "the REINTEGRATE vision names '%s', but the contract gives control to %s; name the"
            + " controlling partner, or re-sign the contract with the stakes after the"
            + " reintegration",
        "partner", "controlling");

    private final String sentence;
    private final List<String> valueNames;

    Code(String sentence, String... valueNames) {
      this.sentence = sentence;
      this.valueNames = List.of(valueNames);
    }

    /**
     * Returns the names of the values this code's messages carry, one per {@code %s} of its
     * sentence, in order; listed in {@code docs/codes.md}.
     *
     * @return the names of the values this code's messages carry, in sentence order
     */
    @Override
    public List<String> valueNames() {
      return valueNames;
    }

    /**
     * Returns the sentence template of this code's messages: literal text with {@code %s} where the
     * message names what was found, about which partner, and what would resolve it; each code's
     * template is its own.
     *
     * @return the sentence template of this code's messages
     */
    @Override
    public String sentence() {
      return sentence;
    }
  }

  @Override
  public String toString() {
    return code + (subject.isEmpty() ? "" : " [" + subject + "]") + ": " + message;
  }
}

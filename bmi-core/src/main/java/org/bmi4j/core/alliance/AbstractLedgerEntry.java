package org.bmi4j.core.alliance;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.bmi4j.core.model.Ids;
import org.bmi4j.core.model.Money;
import org.bmi4j.core.model.ValueKind;
import org.immutables.value.Value;

/**
 * One contribution to or return from an alliance, of one partner [Spieth et al.; Oskam et al.
 * 2021].
 *
 * <p>Invariants, checked when an entry is built:
 *
 * <ul>
 *   <li>the partner is an actor id following {@link org.bmi4j.core.model.Ids#PATTERN};
 *   <li>the description is not blank;
 *   <li>a valuation, where present, is 0 or more;
 *   <li>a {@link Tangibility#TANGIBLE} entry has a valuation; only an {@link
 *       Tangibility#INTANGIBLE} one may go without (library formalisation).
 * </ul>
 */
@Value.Immutable
@JsonSerialize(as = LedgerEntry.class)
@JsonDeserialize(as = LedgerEntry.class)
@JsonPropertyOrder({
  "partner",
  "direction",
  "realisation",
  "description",
  "valueKind",
  "tangibility",
  "valuation"
})
abstract class AbstractLedgerEntry {
  /**
   * The actor id of the partner the entry belongs to.
   *
   * @return the actor id of the partner the entry belongs to
   */
  public abstract String partner();

  /**
   * Whether the partner put this in or got it out.
   *
   * @return whether the partner put this in or got it out
   */
  public abstract Direction direction();

  /**
   * Whether the entry was really contributed or returned, or is only expected; {@link
   * Realisation#REALISED} unless set, so documents written before the distinction read as realised.
   *
   * @return whether the entry was really contributed or returned, or is only expected
   */
  @Value.Default
  public Realisation realisation() {
    return Realisation.REALISED;
  }

  /**
   * What was contributed or returned, in words.
   *
   * @return what was contributed or returned, in words
   */
  public abstract String description();

  /**
   * The kind of value contributed or returned.
   *
   * @return the kind of value contributed or returned
   */
  public abstract ValueKind valueKind();

  /**
   * Whether the entry is tangible or intangible.
   *
   * @return whether the entry is tangible or intangible
   */
  public abstract Tangibility tangibility();

  /**
   * The entry's value in money, if the partners agreed on one.
   *
   * @return the entry's value in money, if the partners agreed on one
   */
  public abstract Optional<Money> valuation();

  @Value.Check
  void check() {
    checkArgument(
        Ids.isValid(partner()),
        "partner must be an actor id matching %s, was '%s'",
        Ids.PATTERN.pattern(),
        partner());
    checkArgument(
        !description().isBlank(),
        "description of an entry of partner '%s' must not be blank",
        partner());
    valuation()
        .ifPresent(
            money ->
                checkArgument(
                    !money.isNegative(),
                    "valuation of '%s' of partner '%s' must be 0 or more, was %s",
                    description(),
                    partner(),
                    money));
    checkArgument(
        tangibility() == Tangibility.INTANGIBLE || valuation().isPresent(),
        "TANGIBLE entry '%s' of partner '%s' needs a valuation; only an INTANGIBLE entry may go"
            + " without one",
        description(),
        partner());
  }
}

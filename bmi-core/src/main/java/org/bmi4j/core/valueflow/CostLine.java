package org.bmi4j.core.valueflow;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.Optional;
import org.bmi4j.core.model.Money;

/**
 * An expense or investment on an actor's net value flow sheet [e3value user guide 5.9, 5.10, 6.2:
 * "expenses are subtracted, and this gives the net value flow for each actor"].
 *
 * @param kind fixed expense, variable expense or investment
 * @param description what it is for
 * @param exchange the exchange a variable expense is paid on
 * @param occurrences how often it is paid in the period: 1 for fixed expenses and investments
 * @param unit the amount per occurrence
 * @param total occurrences &times; unit, as a positive amount subtracted from the net
 */
public record CostLine(
    Kind kind,
    String description,
    Optional<String> exchange,
    BigDecimal occurrences,
    Money unit,
    Money total) {

  /**
   * @param kind fixed expense, variable expense or investment
   * @param description what it is for
   * @param exchange the exchange a variable expense is paid on
   * @param occurrences how often it is paid in the period: 1 for fixed expenses and investments
   * @param unit the amount per occurrence
   * @param total occurrences &times; unit, as a positive amount subtracted from the net
   * @throws NullPointerException if a component is null
   */
  public CostLine {
    checkNotNull(kind, "kind");
    checkNotNull(description, "description");
    checkNotNull(exchange, "exchange");
    checkNotNull(occurrences, "occurrences");
    checkNotNull(unit, "unit");
    checkNotNull(total, "total");
  }

  /** The kind of a cost line. */
  public enum Kind {
    /** A fixed expense per period [e3value user guide 5.9]. */
    FIXED_EXPENSE,
    /** A variable expense per occurrence of an exchange [e3value user guide 5.9]. */
    VARIABLE_EXPENSE,
    /** An investment [e3value user guide 5.10]. */
    INVESTMENT
  }
}

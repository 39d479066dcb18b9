package org.bmi4j.core.csv;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One entry of a contribution ledger as a CSV row: {@link BmiCsv#LEDGER}. An entry without a
 * valuation has empty amount and currency cells.
 *
 * @param sequence the entry's position in the ledger, from 1
 * @param partner the partner's actor id
 * @param direction CONTRIBUTION or RETURN
 * @param realisation EXPECTED or REALISED
 * @param description what was contributed or returned
 * @param valueKind the kind of value
 * @param tangibility TANGIBLE or INTANGIBLE
 * @param amount the valuation's amount, or empty
 * @param currency the valuation's currency code, or empty
 */
public record LedgerRow(
    int sequence,
    String partner,
    String direction,
    String realisation,
    String description,
    String valueKind,
    String tangibility,
    String amount,
    String currency) {
  /**
   * @param sequence the entry's position in the ledger, from 1
   * @param partner the partner's actor id
   * @param direction CONTRIBUTION or RETURN
   * @param realisation EXPECTED or REALISED
   * @param description what was contributed or returned
   * @param valueKind the kind of value
   * @param tangibility TANGIBLE or INTANGIBLE
   * @param amount the valuation's amount, or empty
   * @param currency the valuation's currency code, or empty
   * @throws NullPointerException if a component is null
   */
  public LedgerRow {
    checkNotNull(partner, "partner");
    checkNotNull(direction, "direction");
    checkNotNull(realisation, "realisation");
    checkNotNull(description, "description");
    checkNotNull(valueKind, "valueKind");
    checkNotNull(tangibility, "tangibility");
    checkNotNull(amount, "amount");
    checkNotNull(currency, "currency");
  }
}

package org.bmi4j.core.model;

/**
 * What an amount is counted against (library formalisation): a 5-taka cup is per unit, a yearly fee
 * per period, an investment once. Amounts of different bases are never added together.
 */
public enum AmountBasis {
  /** An amount for each period the encoder chose, such as a month or a year. */
  PER_PERIOD,
  /** An amount for each unit sold, bought or served. */
  PER_UNIT,
  /** An amount paid once, such as an investment or a set-up fee. */
  ONCE
}

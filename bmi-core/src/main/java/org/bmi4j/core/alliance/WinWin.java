package org.bmi4j.core.alliance;

/**
 * The outcome of a {@link WinWinVerdict}: "a win-win situation for all partners" [Spieth et al.].
 */
public enum WinWin {
  /** Every current partner's returns reach the ratio times its contributions. */
  WIN_WIN,
  /**
   * At least one current partner is certainly below the ratio, whatever unvalued entries are worth.
   */
  NOT_WIN_WIN,
  /**
   * No partner is certainly below, but intangible entries without a valuation leave the verdict
   * open ("what is the financial value of data?" [Oskam et al. 2021]).
   */
  INDETERMINATE
}

package org.bmi4j.process.alliance;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import org.bmi4j.core.internal.Decimals;

/**
 * A partner's stake in the alliance: its share of the joint venture and whether it controls it.
 *
 * <p>Joint ventures admit and lose owners while their business stays on the market, a partner
 * selling its stake back or a new owner buying in [SPIETH, the joint venture as organisational
 * form]. The share as a fraction of the whole and the control flag are the library's formalisation:
 * a stake is recorded with the contract that grants it and with the partner it belongs to, and no
 * guard reads it (several partners may control jointly, and a partner may control without equity).
 *
 * @param share the fraction of the joint venture the partner owns, from 0 to 1 (0.5 for half)
 * @param controlling whether the partner controls the alliance, alone or jointly
 */
public record Stake(BigDecimal share, boolean controlling) {
  /**
   * @param controlling whether the partner controls the alliance, alone or jointly
   * @param share the fraction of the joint venture the partner owns, from 0 to 1 (0.5 for half)
   * @throws IllegalArgumentException if {@code share} is below 0, above 1 or has more than 30
   *     digits after the decimal point
   * @throws NullPointerException if {@code share} is null
   */
  public Stake {
    checkNotNull(share, "share");
    checkArgument(
        share.signum() >= 0 && share.compareTo(BigDecimal.ONE) <= 0 && Decimals.fits(share),
        "a stake's share is a fraction of the joint venture from 0 to 1 (0.5 for half) with at"
            + " most %s digits after the decimal point, was %s",
        Decimals.MAX_DIGITS,
        share);
  }

  /**
   * Returns a controlling stake of the given share.
   *
   * @param share the fraction of the joint venture the partner owns, from 0 to 1
   * @return a controlling stake of the given share
   */
  public static Stake controlling(BigDecimal share) {
    return new Stake(share, true);
  }

  /**
   * Returns a stake of the given share without control.
   *
   * @param share the fraction of the joint venture the partner owns, from 0 to 1
   * @return a stake of the given share without control
   */
  public static Stake minority(BigDecimal share) {
    return new Stake(share, false);
  }
}

package org.bmi4j.core.valueflow;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.Money;

/**
 * The net value flow sheet of one actor or market segment in one market scenario [e3value user
 * guide 6.2, 6.3: "a spreadsheet that lists the inflows and outflows of an actor and sums them into
 * the net value flow of the actor"].
 *
 * <p>For a market segment the sheet holds the whole segment's flows; {@link #perMember()} divides
 * the net by the segment's size, as e3value's per-actor sheet of a segment does.
 *
 * @param actor the actor
 * @param currency the currency of every amount on the sheet
 * @param segmentSize the number of actors it stands for: its {@link SegmentSize}, or 1
 * @param transfers the value transfers it gives or receives, in model order
 * @param costs its expenses and investments, in scenario order
 * @param unvalued the ids of the exchanges it gives or receives that have no valuation
 */
public record ActorSheet(
    Actor actor,
    Currency currency,
    long segmentSize,
    List<SheetLine> transfers,
    List<CostLine> costs,
    List<String> unvalued) {

  /**
   * Copies the lists.
   *
   * @param segmentSize the number of actors it stands for: its {@link SegmentSize}, or 1
   * @param actor the actor
   * @param currency the currency of every amount on the sheet
   * @param transfers the value transfers it gives or receives, in model order
   * @param costs its expenses and investments, in scenario order
   * @param unvalued the ids of the exchanges it gives or receives that have no valuation
   * @throws NullPointerException if a component or element is null
   */
  public ActorSheet {
    checkNotNull(actor, "actor");
    checkNotNull(currency, "currency");
    transfers = ImmutableList.copyOf(transfers);
    costs = ImmutableList.copyOf(costs);
    unvalued = ImmutableList.copyOf(unvalued);
  }

  /**
   * Returns the id of the actor.
   *
   * @return the id of the actor
   */
  public String actorId() {
    return actor.id();
  }

  /**
   * Returns the sum of the valued transfers' totals: inflows less outflows, exact.
   *
   * @return the sum of the valued transfers' totals
   */
  public Money transfersTotal() {
    BigDecimal sum = BigDecimal.ZERO;
    for (SheetLine line : transfers) {
      if (line.total().isPresent()) {
        sum = sum.add(line.total().get().amount());
      }
    }
    return new Money(sum, currency);
  }

  /**
   * Returns the sum of the expenses (fixed and variable), exact.
   *
   * @return the sum of the expenses (fixed and variable), exact
   */
  public Money expensesTotal() {
    return costTotal(false);
  }

  /**
   * Returns the sum of the investments, exact.
   *
   * @return the sum of the investments, exact
   */
  public Money investmentsTotal() {
    return costTotal(true);
  }

  private Money costTotal(boolean investments) {
    BigDecimal sum = BigDecimal.ZERO;
    for (CostLine line : costs) {
      if ((line.kind() == CostLine.Kind.INVESTMENT) == investments) {
        sum = sum.add(line.total().amount());
      }
    }
    return new Money(sum, currency);
  }

  /**
   * Returns the net value flow: transfers less expenses less investments, exact. When the verdict
   * is {@link Verdict#INDETERMINATE} this is the net of the valued part only, not the actor's net.
   *
   * @return the net value flow
   */
  public Money net() {
    return new Money(
        transfersTotal()
            .amount()
            .subtract(expensesTotal().amount())
            .subtract(investmentsTotal().amount()),
        currency);
  }

  /**
   * Returns the net per member of the segment: {@link #net()} / size, at 34 significant digits and
   * at most 30 decimals.
   *
   * @return the net per member of the segment
   */
  public Money perMember() {
    return new Money(Amounts.divide(net().amount(), BigDecimal.valueOf(segmentSize)), currency);
  }

  /**
   * Returns the verdict: INDETERMINATE when an exchange is unvalued, else by the net's sign.
   *
   * @return the verdict
   */
  public Verdict verdict() {
    return unvalued.isEmpty() ? Verdict.of(net().amount()) : Verdict.INDETERMINATE;
  }
}

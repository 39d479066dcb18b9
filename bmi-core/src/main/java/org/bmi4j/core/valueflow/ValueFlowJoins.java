package org.bmi4j.core.valueflow;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.bmi4j.core.alliance.ContributionLedger;
import org.bmi4j.core.alliance.Direction;
import org.bmi4j.core.alliance.LedgerEntry;
import org.bmi4j.core.alliance.Realisation;
import org.bmi4j.core.alliance.Tangibility;
import org.bmi4j.core.dual.PriceComparison;
import org.bmi4j.core.model.Money;
import org.bmi4j.core.model.ValueKind;

/**
 * Joins net value flow to the rest of bmi4j (library formalisation): a scenario supplies the
 * volumes of a dual business model's price comparison, and the expected entries of an alliance's
 * contribution ledger.
 */
public final class ValueFlowJoins {
  private ValueFlowJoins() {}

  /**
   * Returns the price comparison of a dual business model [Andreassen &amp; Andersson; the
   * comparison is the library's formalisation, see {@link PriceComparison}] whose volumes come from
   * scenarios: the exclusive volume Ve is how often {@code exclusiveExchange} occurs in the
   * collaboration-based scenario, the market volume Vm how often {@code marketExchange} occurs in
   * the market-based one (one occurrence per unit, such as a kilogram delivered).
   *
   * @param reservationPrice R, the most the co-developer pays per unit for exclusivity
   * @param exclusiveUnitCost ce, the cost per unit under exclusivity
   * @param exclusive the collaboration-based model's net value flow
   * @param exclusiveExchange the exchange delivering the offering to the co-developer
   * @param marketPrice M, the market price per unit if shared
   * @param marketUnitCost cm, the cost per unit at market scale
   * @param market the market-based model's net value flow
   * @param marketExchange the exchange delivering the offering to the market
   * @return the price comparison of a dual business model whose volumes come from scenarios
   * @throws IllegalArgumentException if an exchange is not in its scenario's model, or as {@link
   *     PriceComparison#of}
   * @throws NullPointerException if an argument is null
   */
  public static PriceComparison priceComparison(
      Money reservationPrice,
      Money exclusiveUnitCost,
      NetValueFlow exclusive,
      String exclusiveExchange,
      Money marketPrice,
      Money marketUnitCost,
      NetValueFlow market,
      String marketExchange) {
    checkNotNull(exclusive, "exclusive");
    checkNotNull(market, "market");
    return PriceComparison.of(
        reservationPrice,
        exclusive.occurrences(checkNotNull(exclusiveExchange, "exclusiveExchange")),
        exclusiveUnitCost,
        marketPrice,
        market.occurrences(checkNotNull(marketExchange, "marketExchange")),
        marketUnitCost);
  }

  /**
   * Returns {@code ledger} with the scenario's sheet of each partner appended as {@link
   * Realisation#EXPECTED} entries, so that an alliance's win-win critical point can be judged on
   * what a market scenario expects each partner to put in and get out [the ledger after Spieth et
   * al. and Oskam et al. 2021; the sheet after e3value]. The mapping is the library's
   * formalisation:
   *
   * <ul>
   *   <li>each transfer a partner gives is a {@link Direction#CONTRIBUTION}, each it receives a
   *       {@link Direction#RETURN}, whoever is on the other end; a transfer between two partners is
   *       one partner's contribution and the other's return;
   *   <li>a valued transfer is valued at its total for the period (occurrences &times; valuation);
   *       it is {@link Tangibility#TANGIBLE} when the scenario prices it ({@link Valuation.Price}:
   *       money passes) and {@link Tangibility#INTANGIBLE} when it gives the transfer a worth;
   *   <li>an unvalued transfer becomes an intangible entry without a valuation, so the win-win
   *       verdict is indeterminate and names it, as the sheet's verdict does (the library never
   *       guesses a value); a transfer the scenario leaves out for this side adds nothing;
   *   <li>every expense and investment of a partner is a tangible contribution, at its total;
   *   <li>every entry is of {@link ValueKind#ECONOMIC} value: a scenario values everything in
   *       money;
   *   <li>entries come partner by partner in the order given, transfers in model order, then costs
   *       in scenario order; the description names the exchange (or the cost), the counterpart and
   *       the occurrences.
   * </ul>
   *
   * @param ledger the alliance's ledger; its currency must be the scenario's
   * @param flow the net value flow of the alliance's market scenario
   * @param partners the actor ids of the partners, each an actor of the scenario's model
   * @return {@code ledger} with the scenario's sheet of each partner appended as {@link
   *     Realisation#EXPECTED} entries, so that an alliance's win-win critical point can be judged
   *     on what a market scenario expects each partner to put in and get out
   * @throws IllegalArgumentException if the currencies differ, a partner is not an actor of the
   *     model, or an entry would make a partner's sums exceed the ledger's bound (see {@link
   *     ContributionLedger#fitsWith})
   * @throws NullPointerException if an argument is null
   */
  public static ContributionLedger expectedEntries(
      ContributionLedger ledger, NetValueFlow flow, Iterable<String> partners) {
    checkNotNull(ledger, "ledger");
    checkNotNull(flow, "flow");
    checkNotNull(partners, "partners");
    checkArgument(
        ledger.currency().equals(flow.currency()),
        "the ledger is kept in %s but the scenario values in %s; use a ledger in %s",
        ledger.currency(),
        flow.currency(),
        flow.currency());
    Map<String, Valuation> valuations = new HashMap<>();
    for (Valuation valuation : flow.scenario().valuations()) {
      valuations.put(valuation.exchange(), valuation);
    }
    ContributionLedger filled = ledger;
    for (String partner : partners) {
      ActorSheet sheet = flow.sheet(checkNotNull(partner, "partner"));
      for (SheetLine line : sheet.transfers()) {
        if (line.status() == SheetLine.Status.LEFT_OUT) {
          continue;
        }
        boolean gives = line.direction() == SheetLine.Direction.OUT;
        String description =
            String.format(
                "%s %s %s %s on exchange '%s', %s per period (expected from scenario '%s')",
                gives ? "gives" : "receives",
                line.object(),
                gives ? "to" : "from",
                line.counterpart(),
                line.exchange(),
                times(line.occurrences()),
                flow.scenario().id());
        Optional<Money> value =
            line.total().map(total -> new Money(total.amount().abs(), total.currency()));
        Tangibility tangibility =
            value.isPresent() && valuations.get(line.exchange()) instanceof Valuation.Price
                ? Tangibility.TANGIBLE
                : Tangibility.INTANGIBLE;
        filled =
            append(
                filled,
                entry(
                    partner,
                    gives ? Direction.CONTRIBUTION : Direction.RETURN,
                    description,
                    tangibility,
                    value));
      }
      for (CostLine cost : sheet.costs()) {
        String description =
            String.format(
                "%s '%s' (expected from scenario '%s')",
                cost.kind() == CostLine.Kind.INVESTMENT ? "investment" : "expense",
                cost.description(),
                flow.scenario().id());
        filled =
            append(
                filled,
                entry(
                    partner,
                    Direction.CONTRIBUTION,
                    description,
                    Tangibility.TANGIBLE,
                    Optional.of(cost.total())));
      }
    }
    return filled;
  }

  private static LedgerEntry entry(
      String partner,
      Direction direction,
      String description,
      Tangibility tangibility,
      Optional<Money> valuation) {
    return LedgerEntry.builder()
        .partner(partner)
        .direction(direction)
        .realisation(Realisation.EXPECTED)
        .description(description)
        .valueKind(ValueKind.ECONOMIC)
        .tangibility(tangibility)
        .valuation(valuation)
        .build();
  }

  private static String times(BigDecimal occurrences) {
    return occurrences.stripTrailingZeros().toPlainString()
        + (occurrences.compareTo(BigDecimal.ONE) == 0 ? " time" : " times");
  }

  /** Appends to the ledger after checking the partner's sum stays within the ledger's bound. */
  private static ContributionLedger append(ContributionLedger filled, LedgerEntry entry) {
    checkArgument(
        filled.fitsWith(entry),
        "the expected entry '%s' of partner '%s' would make its sums exceed 30 digits before the"
            + " decimal point; scale the scenario down",
        entry.description(),
        entry.partner());
    return filled.withEntry(entry);
  }
}

package org.bmi4j.core.valueflow;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.Exchange;
import org.bmi4j.core.model.Exchanged;
import org.bmi4j.core.model.Money;

/**
 * The net value flow sheets of every actor of a market scenario [e3value: Gordijn &amp; Akkermans
 * 2003; user guide chapter 6].
 *
 * <p>Each need's occurrences (times its segment's size) follow its dependency path: every trigger
 * adds occurrences &times; times to its exchange, and every or-split passes occurrences &times;
 * ratio down each branch (user guide 5.2-5.4). Each exchange reached then appears on its giver's
 * sheet (OUT) and its receiver's sheet (IN) with its occurrences, the valuation for that side and
 * the total; expenses and investments are subtracted (user guide 5.9, 5.10, 6.2). Exchanges no path
 * reaches do not occur in the scenario and appear on no sheet.
 *
 * <p>Guarantees (tested as properties): in a scenario that values money transfers only, the nets of
 * all actors plus all expenses and investments sum to zero (money is conserved); scaling every
 * need's occurrences by k scales every net, less fixed expenses and investments, by k; raising the
 * valuation of a transfer an actor receives never lowers its net. Linear in the size of the model
 * and the scenario. Immutable and thread-safe.
 */
public final class NetValueFlow {
  private final Scenario scenario;
  private final ImmutableMap<String, BigDecimal> occurrences;
  private final ImmutableList<ActorSheet> sheets;
  private final ImmutableMap<String, ActorSheet> byActor;

  private NetValueFlow(Scenario scenario) {
    this.scenario = scenario;
    this.occurrences = ImmutableMap.copyOf(occurrencesOf(scenario));
    this.sheets = sheetsOf(scenario, occurrences);
    ImmutableMap.Builder<String, ActorSheet> byActor = ImmutableMap.builder();
    for (ActorSheet sheet : sheets) {
      byActor.put(sheet.actorId(), sheet);
    }
    this.byActor = byActor.build();
  }

  /**
   * Returns the net value flow sheets of the scenario.
   *
   * @param scenario the scenario
   * @return the net value flow sheets of the scenario
   * @throws NullPointerException if {@code scenario} is null
   */
  public static NetValueFlow of(Scenario scenario) {
    return new NetValueFlow(checkNotNull(scenario, "scenario"));
  }

  /**
   * Returns the scenario.
   *
   * @return the scenario
   */
  public Scenario scenario() {
    return scenario;
  }

  /**
   * Returns the currency of every amount.
   *
   * @return the currency of every amount
   */
  public Currency currency() {
    return scenario.currency();
  }

  /**
   * Returns one sheet per actor of the model, in model order.
   *
   * @return one sheet per actor of the model, in model order
   */
  public ImmutableList<ActorSheet> sheets() {
    return sheets;
  }

  /**
   * Returns the sheet of one actor.
   *
   * @param actorId the actor's id
   * @return the sheet of one actor
   * @throws IllegalArgumentException if the model has no such actor
   */
  public ActorSheet sheet(String actorId) {
    checkNotNull(actorId, "actorId");
    ActorSheet sheet = byActor.get(actorId);
    checkArgument(
        sheet != null,
        "actor '%s' is not an actor of business model '%s'",
        actorId,
        scenario.model().id());
    return sheet;
  }

  /**
   * Returns how often an exchange occurs in the period, exact: 0 for an exchange no path reaches.
   *
   * @param exchangeId the exchange's id
   * @return how often an exchange occurs in the period, exact
   * @throws IllegalArgumentException if the model has no such exchange
   */
  public BigDecimal occurrences(String exchangeId) {
    checkNotNull(exchangeId, "exchangeId");
    BigDecimal n = occurrences.get(exchangeId);
    if (n != null) {
      return n;
    }
    checkArgument(
        scenario.model().exchange().exchanges().stream().anyMatch(e -> e.id().equals(exchangeId)),
        "exchange '%s' is not an exchange of business model '%s'",
        exchangeId,
        scenario.model().id());
    return BigDecimal.ZERO;
  }

  /**
   * Returns the occurrences of every exchange some path reaches, in the order first reached.
   *
   * @return the occurrences of every exchange some path reaches, in the order first reached
   */
  public ImmutableMap<String, BigDecimal> occurrences() {
    return occurrences;
  }

  /**
   * Returns the sum of every actor's expenses and investments: what the scenario pays outside the
   * network.
   *
   * @return the sum of every actor's expenses and investments
   */
  public Money paidOutside() {
    BigDecimal sum = BigDecimal.ZERO;
    for (ActorSheet sheet : sheets) {
      sum = sum.add(sheet.expensesTotal().amount()).add(sheet.investmentsTotal().amount());
    }
    return new Money(sum, currency());
  }

  @Override
  public String toString() {
    return "NetValueFlow{scenario=" + scenario.id() + ", actors=" + sheets.size() + "}";
  }

  static Map<String, BigDecimal> occurrencesOf(Scenario scenario) {
    Map<String, Long> sizes = new HashMap<>();
    for (SegmentSize size : scenario.segmentSizes()) {
      sizes.put(size.actor(), size.size());
    }
    Map<String, BigDecimal> occurrences = new LinkedHashMap<>();
    for (Need need : scenario.needs()) {
      BigDecimal n = need.occurrences();
      Long size = sizes.get(need.actor());
      if (size != null) {
        n = n.multiply(BigDecimal.valueOf(size));
      }
      follow(need.path(), n, occurrences);
    }
    return occurrences;
  }

  private static void follow(Path path, BigDecimal n, Map<String, BigDecimal> occurrences) {
    for (Trigger trigger : path.triggers()) {
      occurrences.merge(trigger.exchange(), n.multiply(trigger.times()), BigDecimal::add);
    }
    for (OrSplit split : path.orSplits()) {
      for (OrSplit.Branch branch : split.branches()) {
        follow(branch.path(), n.multiply(branch.ratio()), occurrences);
      }
    }
  }

  /** The sheet of one actor while it is being filled. */
  private static final class Draft {
    final Actor actor;
    final List<SheetLine> transfers = new ArrayList<>();
    final List<CostLine> costs = new ArrayList<>();
    final List<String> unvalued = new ArrayList<>();

    Draft(Actor actor) {
      this.actor = actor;
    }
  }

  private static ImmutableList<ActorSheet> sheetsOf(
      Scenario scenario, Map<String, BigDecimal> occurrences) {
    Currency currency = scenario.currency();
    Map<String, Draft> drafts = new LinkedHashMap<>();
    for (Actor actor : scenario.model().actors()) {
      drafts.put(actor.id(), new Draft(actor));
    }
    Map<String, Valuation> valuations = new HashMap<>();
    for (Valuation valuation : scenario.valuations()) {
      valuations.put(valuation.exchange(), valuation);
    }
    for (Exchange exchange : scenario.model().exchange().exchanges()) {
      BigDecimal n = occurrences.get(exchange.id());
      if (n == null) {
        continue;
      }
      Valuation valuation = valuations.get(exchange.id());
      String object = objectOf(exchange.what());
      Draft giver = requireNonNull(drafts.get(exchange.provider()));
      Draft receiver = requireNonNull(drafts.get(exchange.recipient()));
      if (valuation == null) {
        giver.transfers.add(
            unvalued(exchange, SheetLine.Direction.OUT, exchange.recipient(), object, n));
        giver.unvalued.add(exchange.id());
        receiver.transfers.add(
            unvalued(exchange, SheetLine.Direction.IN, exchange.provider(), object, n));
        receiver.unvalued.add(exchange.id());
      } else if (valuation instanceof Valuation.Price price) {
        giver.transfers.add(
            valued(
                exchange, SheetLine.Direction.OUT, exchange.recipient(), object, n, price.price()));
        receiver.transfers.add(
            valued(
                exchange, SheetLine.Direction.IN, exchange.provider(), object, n, price.price()));
      } else {
        Valuation.Worth worth = (Valuation.Worth) valuation;
        giver.transfers.add(
            side(
                exchange,
                SheetLine.Direction.OUT,
                exchange.recipient(),
                object,
                n,
                worth.toGiver()));
        receiver.transfers.add(
            side(
                exchange,
                SheetLine.Direction.IN,
                exchange.provider(),
                object,
                n,
                worth.toReceiver()));
      }
    }
    for (Expense expense : scenario.expenses()) {
      Draft payer = requireNonNull(drafts.get(expense.actor()));
      if (expense instanceof Expense.Fixed fixed) {
        payer.costs.add(
            new CostLine(
                CostLine.Kind.FIXED_EXPENSE,
                fixed.description(),
                Optional.empty(),
                BigDecimal.ONE,
                fixed.perPeriod(),
                fixed.perPeriod()));
      } else {
        Expense.Variable variable = (Expense.Variable) expense;
        BigDecimal n = occurrences.getOrDefault(variable.exchange(), BigDecimal.ZERO);
        payer.costs.add(
            new CostLine(
                CostLine.Kind.VARIABLE_EXPENSE,
                variable.description(),
                Optional.of(variable.exchange()),
                n,
                variable.perOccurrence(),
                Amounts.money(n.multiply(variable.perOccurrence().amount()), currency)));
      }
    }
    for (Investment investment : scenario.investments()) {
      requireNonNull(drafts.get(investment.actor()))
          .costs
          .add(
              new CostLine(
                  CostLine.Kind.INVESTMENT,
                  investment.description(),
                  Optional.empty(),
                  BigDecimal.ONE,
                  investment.amount(),
                  investment.amount()));
    }
    Map<String, Long> sizes = new HashMap<>();
    for (SegmentSize size : scenario.segmentSizes()) {
      sizes.put(size.actor(), size.size());
    }
    ImmutableList.Builder<ActorSheet> sheets = ImmutableList.builder();
    for (Draft draft : drafts.values()) {
      sheets.add(
          new ActorSheet(
              draft.actor,
              currency,
              sizes.getOrDefault(draft.actor.id(), 1L),
              draft.transfers,
              draft.costs,
              draft.unvalued));
    }
    return sheets.build();
  }

  private static String objectOf(Exchanged what) {
    return what instanceof Exchanged.OfferingRef ref
        ? ref.offering()
        : ((Exchanged.Item) what).name();
  }

  private static SheetLine unvalued(
      Exchange exchange,
      SheetLine.Direction direction,
      String counterpart,
      String object,
      BigDecimal n) {
    return new SheetLine(
        exchange.id(),
        direction,
        counterpart,
        object,
        n,
        SheetLine.Status.UNVALUED,
        Optional.empty(),
        Optional.empty());
  }

  private static SheetLine valued(
      Exchange exchange,
      SheetLine.Direction direction,
      String counterpart,
      String object,
      BigDecimal n,
      Money unit) {
    BigDecimal total = n.multiply(unit.amount());
    if (direction == SheetLine.Direction.OUT) {
      total = total.negate();
    }
    return new SheetLine(
        exchange.id(),
        direction,
        counterpart,
        object,
        n,
        SheetLine.Status.VALUED,
        Optional.of(unit),
        Optional.of(Amounts.money(total, unit.currency())));
  }

  private static SheetLine side(
      Exchange exchange,
      SheetLine.Direction direction,
      String counterpart,
      String object,
      BigDecimal n,
      Optional<Money> unit) {
    if (unit.isPresent()) {
      return valued(exchange, direction, counterpart, object, n, unit.get());
    }
    return new SheetLine(
        exchange.id(),
        direction,
        counterpart,
        object,
        n,
        SheetLine.Status.LEFT_OUT,
        Optional.empty(),
        Optional.empty());
  }
}

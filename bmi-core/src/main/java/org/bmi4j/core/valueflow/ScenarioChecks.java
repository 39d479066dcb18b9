package org.bmi4j.core.valueflow;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bmi4j.core.internal.Decimals;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.Exchange;
import org.bmi4j.core.model.Ids;
import org.bmi4j.core.model.Money;
import org.bmi4j.core.model.Phrased;

/** Checks a scenario against its model, collecting every problem in scenario order. */
final class ScenarioChecks {
  private static final int LISTED = 10;

  /** BAD_SEGMENT_SIZE's repetition when the segment is sized once: no earlier sizing. */
  private static final Phrased<Optional<Integer>> NOT_REPEATED = Phrased.of(Optional.empty(), "");

  private final Scenario scenario;
  private final Map<String, Actor> actors = new HashMap<>();
  private final Map<String, Exchange> exchanges = new HashMap<>();
  private final List<ScenarioProblem> problems = new ArrayList<>();

  private ScenarioChecks(Scenario scenario) {
    this.scenario = scenario;
    for (Actor actor : scenario.model().actors()) {
      actors.put(actor.id(), actor);
    }
    for (Exchange exchange : scenario.model().exchange().exchanges()) {
      exchanges.put(exchange.id(), exchange);
    }
  }

  static ImmutableList<ScenarioProblem> check(Scenario scenario) {
    ScenarioChecks checks = new ScenarioChecks(scenario);
    checks.run();
    if (checks.problems.isEmpty()) {
      checks.totals();
    }
    return ImmutableList.copyOf(checks.problems);
  }

  /** The largest total a sheet line may reach, so that a million lines still sum within range. */
  private static final BigDecimal LARGEST_TOTAL = BigDecimal.TEN.pow(24);

  /** Checks that no exchange's occurrences times an amount on it grows beyond range. */
  private void totals() {
    Map<String, BigDecimal> occurrences = NetValueFlow.occurrencesOf(scenario);
    for (int i = 0; i < scenario.valuations().size(); i++) {
      Valuation valuation = scenario.valuations().get(i);
      BigDecimal n = occurrences.get(valuation.exchange());
      if (n == null) {
        continue;
      }
      if (valuation instanceof Valuation.Price price) {
        total("valuations[" + i + "].price", valuation.exchange(), n, "the price", price.price());
      } else if (valuation instanceof Valuation.Worth worth) {
        if (worth.toReceiver().isPresent()) {
          total(
              "valuations[" + i + "].toReceiver",
              valuation.exchange(),
              n,
              "the worth to the receiver",
              worth.toReceiver().get());
        }
        if (worth.toGiver().isPresent()) {
          total(
              "valuations[" + i + "].toGiver",
              valuation.exchange(),
              n,
              "the worth to the giver",
              worth.toGiver().get());
        }
      }
    }
    for (int i = 0; i < scenario.expenses().size(); i++) {
      if (scenario.expenses().get(i) instanceof Expense.Variable variable) {
        BigDecimal n = occurrences.get(variable.exchange());
        if (n != null) {
          total(
              "expenses[" + i + "].perOccurrence",
              variable.exchange(),
              n,
              "the variable expense '" + variable.description() + "'",
              variable.perOccurrence());
        }
      }
    }
  }

  private void total(String at, String exchange, BigDecimal n, String what, Money unit) {
    BigDecimal total = n.multiply(unit.amount());
    if (total.abs().compareTo(LARGEST_TOTAL) >= 0) {
      report(
          at,
          ScenarioProblemCode.TOTAL_TOO_LARGE,
          exchange,
          plain(n),
          what,
          unit,
          total.stripTrailingZeros());
    }
  }

  private void report(String path, ScenarioProblemCode code, Object... arguments) {
    problems.add(ScenarioProblem.of(path, code, arguments));
  }

  private void run() {
    id("scenario", scenario.id(), "id");
    Map<String, Integer> needIds = new HashMap<>();
    for (int i = 0; i < scenario.needs().size(); i++) {
      Need need = scenario.needs().get(i);
      String at = "needs[" + i + "]";
      if (id("need", need.id(), at + ".id")) {
        Integer first = needIds.putIfAbsent(need.id(), i);
        if (first != null) {
          report(
              at + ".id",
              ScenarioProblemCode.DUPLICATE_SCENARIO_ID,
              "need",
              need.id(),
              "needs[" + first + "]",
              "need");
        }
      }
      actor(at + ".actor", "actor of need '" + need.id() + "'", need.actor());
      count(
          at + ".occurrences",
          "number of occurrences of need '" + need.id() + "'",
          need.occurrences());
      path(at + ".path", need.path(), new HashMap<>());
    }
    Map<String, Integer> sized = new HashMap<>();
    for (int i = 0; i < scenario.segmentSizes().size(); i++) {
      SegmentSize size = scenario.segmentSizes().get(i);
      String at = "segmentSizes[" + i + "]";
      if (actor(at + ".actor", "market segment sized", size.actor())) {
        Integer first = sized.putIfAbsent(size.actor(), i);
        if (first != null) {
          report(
              at,
              ScenarioProblemCode.BAD_SEGMENT_SIZE,
              size.actor(),
              size.size(),
              Phrased.of(
                  Optional.of(first), ", and is sized already at segmentSizes[" + first + "]"));
        } else if (size.size() < 1) {
          report(
              at + ".size",
              ScenarioProblemCode.BAD_SEGMENT_SIZE,
              size.actor(),
              size.size(),
              NOT_REPEATED);
        }
      }
    }
    Map<String, Integer> valued = new HashMap<>();
    for (int i = 0; i < scenario.valuations().size(); i++) {
      Valuation valuation = scenario.valuations().get(i);
      String at = "valuations[" + i + "]";
      if (exchange(at + ".exchange", "exchange valued", valuation.exchange())) {
        Integer first = valued.putIfAbsent(valuation.exchange(), i);
        if (first != null) {
          report(
              at + ".exchange",
              ScenarioProblemCode.DUPLICATE_VALUATION,
              valuation.exchange(),
              "valuations[" + first + "]");
        }
      }
      if (valuation instanceof Valuation.Price price) {
        money(at + ".price", "price of exchange '" + price.exchange() + "'", price.price());
      } else if (valuation instanceof Valuation.Worth worth) {
        worth
            .toReceiver()
            .ifPresent(
                m ->
                    money(
                        at + ".toReceiver",
                        "worth to the receiver of exchange '" + worth.exchange() + "'",
                        m));
        worth
            .toGiver()
            .ifPresent(
                m ->
                    money(
                        at + ".toGiver",
                        "worth to the giver of exchange '" + worth.exchange() + "'",
                        m));
      }
    }
    for (int i = 0; i < scenario.expenses().size(); i++) {
      Expense expense = scenario.expenses().get(i);
      String at = "expenses[" + i + "]";
      String what = "expense '" + expense.description() + "' of actor '" + expense.actor() + "'";
      boolean knownActor = actor(at + ".actor", "actor of an expense", expense.actor());
      description(at + ".description", "expenses[" + i + "]", expense.description());
      if (expense instanceof Expense.Fixed fixed) {
        money(at + ".perPeriod", "amount per period of " + what, fixed.perPeriod());
      } else if (expense instanceof Expense.Variable variable) {
        money(at + ".perOccurrence", "amount per occurrence of " + what, variable.perOccurrence());
        if (exchange(at + ".exchange", "exchange of " + what, variable.exchange()) && knownActor) {
          Exchange exchange = requireNonNull(exchanges.get(variable.exchange()));
          if (!exchange.provider().equals(variable.actor())
              && !exchange.recipient().equals(variable.actor())) {
            report(
                at + ".exchange",
                ScenarioProblemCode.NOT_A_PARTY,
                variable.description(),
                variable.actor(),
                exchange.id(),
                exchange.provider(),
                exchange.recipient());
          }
        }
      }
    }
    for (int i = 0; i < scenario.investments().size(); i++) {
      Investment investment = scenario.investments().get(i);
      String at = "investments[" + i + "]";
      actor(at + ".actor", "actor of an investment", investment.actor());
      description(at + ".description", "investments[" + i + "]", investment.description());
      money(
          at + ".amount",
          "investment '" + investment.description() + "' of actor '" + investment.actor() + "'",
          investment.amount());
    }
  }

  private void path(String at, Path path, Map<String, String> splitIds) {
    for (int i = 0; i < path.triggers().size(); i++) {
      Trigger trigger = path.triggers().get(i);
      String here = at + ".triggers[" + i + "]";
      exchange(here + ".exchange", "exchange triggered at " + here, trigger.exchange());
      count(
          here + ".times",
          "number of times of exchange '" + trigger.exchange() + "'",
          trigger.times());
    }
    for (int i = 0; i < path.orSplits().size(); i++) {
      OrSplit split = path.orSplits().get(i);
      String here = at + ".orSplits[" + i + "]";
      if (id("or-split", split.id(), here + ".id")) {
        String first = splitIds.putIfAbsent(split.id(), here);
        if (first != null) {
          report(
              here + ".id",
              ScenarioProblemCode.DUPLICATE_SCENARIO_ID,
              "or-split",
              split.id(),
              first,
              "or-split of a need");
        }
      }
      if (split.branches().isEmpty()) {
        report(here, ScenarioProblemCode.EMPTY_OR_SPLIT, split.id());
        continue;
      }
      BigDecimal sum = BigDecimal.ZERO;
      for (int b = 0; b < split.branches().size(); b++) {
        OrSplit.Branch branch = split.branches().get(b);
        BigDecimal ratio = branch.ratio();
        if (!Decimals.fits(ratio)) {
          report(
              here + ".branches[" + b + "].ratio",
              ScenarioProblemCode.OUT_OF_DOMAIN,
              "ratio of branch " + b + " of or-split '" + split.id() + "'",
              ratio);
          continue;
        }
        if (ratio.signum() < 0 || ratio.compareTo(BigDecimal.ONE) > 0) {
          report(
              here + ".branches[" + b + "].ratio",
              ScenarioProblemCode.RATIO_OUT_OF_RANGE,
              b,
              split.id(),
              plain(ratio));
        }
        sum = sum.add(ratio);
        path(here + ".branches[" + b + "].path", branch.path(), splitIds);
      }
      if (sum.compareTo(BigDecimal.ONE) != 0) {
        report(here, ScenarioProblemCode.RATIOS_NOT_ONE, split.id(), plain(sum));
      }
    }
  }

  private boolean id(String kind, String id, String at) {
    if (Ids.isValid(id)) {
      return true;
    }
    report(at, ScenarioProblemCode.BAD_SCENARIO_ID, kind, id);
    return false;
  }

  private boolean actor(String at, String role, String actor) {
    if (actors.containsKey(actor)) {
      return true;
    }
    report(
        at,
        ScenarioProblemCode.UNKNOWN_SCENARIO_ACTOR,
        role,
        actor,
        scenario.model().id(),
        listed(actors.keySet(), scenario.model().actors().stream().map(Actor::id).toList()));
    return false;
  }

  private boolean exchange(String at, String role, String exchange) {
    if (exchanges.containsKey(exchange)) {
      return true;
    }
    report(
        at,
        ScenarioProblemCode.UNKNOWN_EXCHANGE,
        role,
        exchange,
        scenario.model().id(),
        listed(
            exchanges.keySet(),
            scenario.model().exchange().exchanges().stream().map(Exchange::id).toList()));
    return false;
  }

  private void count(String at, String what, BigDecimal count) {
    if (!Decimals.fits(count)) {
      report(at, ScenarioProblemCode.OUT_OF_DOMAIN, what, count);
    } else if (count.signum() < 0) {
      report(at, ScenarioProblemCode.NEGATIVE_COUNT, what, plain(count));
    }
  }

  private void money(String at, String what, Money money) {
    Currency currency = scenario.currency();
    if (!money.currency().equals(currency)) {
      report(at, ScenarioProblemCode.CURRENCY_MIX, what, money.currency(), currency, currency);
    }
    if (money.isNegative()) {
      report(at, ScenarioProblemCode.NEGATIVE_MONEY, what, money);
    }
  }

  private void description(String at, String where, String description) {
    if (description.isBlank()) {
      report(at, ScenarioProblemCode.BLANK_DESCRIPTION, where);
    }
  }

  /**
   * The ids a reference could have named, in model order, printed as the sentence names them: at
   * most {@value #LISTED} and how many more there are.
   */
  private static Phrased<ImmutableList<String>> listed(
      java.util.Set<String> all, List<String> inOrder) {
    ImmutableList<String> ids = ImmutableList.copyOf(inOrder);
    if (inOrder.isEmpty()) {
      return Phrased.of(ids, "none");
    }
    List<String> quoted = new ArrayList<>();
    for (int i = 0; i < Math.min(LISTED, inOrder.size()); i++) {
      quoted.add("'" + inOrder.get(i) + "'");
    }
    String text = String.join(", ", quoted);
    return Phrased.of(
        ids, all.size() > LISTED ? text + " and " + (all.size() - LISTED) + " more" : text);
  }

  /** A number as a typed value printed without an exponent. */
  private static Phrased<BigDecimal> plain(BigDecimal number) {
    return Phrased.of(number, number.toPlainString());
  }
}

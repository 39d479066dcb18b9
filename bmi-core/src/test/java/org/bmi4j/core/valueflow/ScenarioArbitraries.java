package org.bmi4j.core.valueflow;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Exchanged;
import org.bmi4j.core.model.Money;
import org.bmi4j.core.model.Sector;
import org.bmi4j.core.model.ValueExchange;

/** Valid random market scenarios over small random models. */
public final class ScenarioArbitraries {
  private ScenarioArbitraries() {}

  /** Scenarios whose valued transfers are all money transfers (prices): closed for cash. */
  static Arbitrary<Scenario> closed() {
    return scenarios(true);
  }

  /** Scenarios with prices, worths, unvalued exchanges, expenses and investments. */
  public static Arbitrary<Scenario> any() {
    return scenarios(false);
  }

  private static Arbitrary<BigDecimal> cents(int max) {
    return Arbitraries.integers().between(0, max).map(c -> BigDecimal.valueOf(c, 2));
  }

  private static Arbitrary<Scenario> scenarios(boolean closed) {
    Arbitrary<Integer> actors = Arbitraries.integers().between(2, 6);
    return actors.flatMap(
        n ->
            Combinators.combine(
                    Arbitraries.integers().between(0, n - 1),
                    Arbitraries.integers().between(1, n - 1))
                .as((from, step) -> net.jqwik.api.Tuple.of(from, (from + step) % n))
                .list()
                .ofMinSize(1)
                .ofMaxSize(8)
                .flatMap(pairs -> scenario(n, pairs, closed)));
  }

  private static Arbitrary<Scenario> scenario(
      int actors, List<net.jqwik.api.Tuple.Tuple2<Integer, Integer>> pairs, boolean closed) {
    BusinessModel.Builder model = BusinessModel.builder().id("m").name("Random");
    for (int i = 0; i < actors; i++) {
      model.addActor(Actor.of("a" + i, "Actor " + i, ActorRole.PARTNER, Sector.PRIVATE));
    }
    ValueExchange.Builder exchanges = ValueExchange.builder();
    for (int i = 0; i < pairs.size(); i++) {
      exchanges.addExchange(
          Shops.exchange(
              "e" + i, "a" + pairs.get(i).get1(), "a" + pairs.get(i).get2(), Exchanged.item("x")));
    }
    BusinessModel built = model.exchange(exchanges.build()).build();
    int e = pairs.size();
    Arbitrary<Valuation> valuation =
        closed
            ? cents(100_000).map(c -> Valuation.price("?", Money.of(c.toPlainString(), "EUR")))
            : Arbitraries.oneOf(
                cents(100_000).map(c -> Valuation.price("?", new Money(c, Shops.EUR))),
                Combinators.combine(cents(5_000).optional(), cents(5_000).optional())
                    .as(
                        (r, g) ->
                            new Valuation.Worth(
                                "?",
                                r.map(a -> new Money(a, Shops.EUR)),
                                g.map(a -> new Money(a, Shops.EUR)))),
                Arbitraries.just(null));
    Arbitrary<List<Valuation>> valuations =
        valuation
            .injectNull(0)
            .list()
            .ofSize(e)
            .map(
                list -> {
                  List<Valuation> named = new ArrayList<>();
                  for (int i = 0; i < list.size(); i++) {
                    Valuation v = list.get(i);
                    if (v instanceof Valuation.Price p) {
                      named.add(Valuation.price("e" + i, p.price()));
                    } else if (v instanceof Valuation.Worth w) {
                      named.add(new Valuation.Worth("e" + i, w.toReceiver(), w.toGiver()));
                    }
                  }
                  return named;
                });
    Arbitrary<String> exchange = Arbitraries.integers().between(0, e - 1).map(i -> "e" + i);
    Arbitrary<String> actor = Arbitraries.integers().between(0, actors - 1).map(i -> "a" + i);
    Arbitrary<Path> simple =
        exchange.list().ofMinSize(1).ofMaxSize(3).map(ids -> Path.of(ids.toArray(String[]::new)));
    Arbitrary<Path> path =
        Combinators.combine(
                simple,
                Combinators.combine(simple, simple, Arbitraries.integers().between(0, 4))
                    .as(
                        (a, b, k) ->
                            OrSplit.of(
                                "or",
                                new OrSplit.Branch(
                                    BigDecimal.valueOf(k, 1).multiply(BigDecimal.valueOf(2)), a),
                                new OrSplit.Branch(
                                    BigDecimal.ONE.subtract(BigDecimal.valueOf(2L * k, 1)), b)))
                    .optional())
            .as((p, split) -> split.map(p::with).orElse(p));
    Arbitrary<Need> need =
        Combinators.combine(actor, Arbitraries.integers().between(0, 50), path)
            .as((a, n, p) -> new Need("n", a, BigDecimal.valueOf(n), p));
    Arbitrary<List<Need>> needs =
        need.list()
            .ofMinSize(1)
            .ofMaxSize(3)
            .map(
                list -> {
                  List<Need> named = new ArrayList<>();
                  for (int i = 0; i < list.size(); i++) {
                    Need n = list.get(i);
                    named.add(new Need("n" + i, n.actor(), n.occurrences(), n.path()));
                  }
                  return named;
                });
    Arbitrary<Expense> fixed =
        Combinators.combine(actor, cents(10_000))
            .as((a, c) -> Expense.fixed(a, "fixed", new Money(c, Shops.EUR)));
    Arbitrary<Expense> variable =
        exchange.flatMap(
            id -> {
              var ex =
                  built.exchange().exchanges().stream()
                      .filter(x -> x.id().equals(id))
                      .findFirst()
                      .orElseThrow();
              return Combinators.combine(Arbitraries.of(ex.provider(), ex.recipient()), cents(500))
                  .as((a, c) -> Expense.variable(a, id, "variable", new Money(c, Shops.EUR)));
            });
    Arbitrary<List<Expense>> expenses = Arbitraries.oneOf(fixed, variable).list().ofMaxSize(3);
    Arbitrary<List<Investment>> investments =
        Combinators.combine(actor, cents(100_000))
            .as((a, c) -> Investment.of(a, "investment", new Money(c, Shops.EUR)))
            .list()
            .ofMaxSize(2);
    Arbitrary<List<SegmentSize>> sizes =
        Arbitraries.integers().between(1, 20).map(s -> List.of(SegmentSize.of("a0", s)));
    return Combinators.combine(needs, valuations, expenses, investments, sizes)
        .as(
            (ns, vs, es, is, ss) ->
                Scenario.builder()
                    .id("random")
                    .currency(Shops.EUR)
                    .model(built)
                    .needs(ns)
                    .valuations(vs)
                    .expenses(es)
                    .investments(is)
                    .segmentSizes(ss)
                    .build());
  }

  /** Returns a sheet's net plus its fixed expenses and investments: the part that scales. */
  static BigDecimal variablePart(ActorSheet sheet) {
    BigDecimal fixed = BigDecimal.ZERO;
    for (CostLine cost : sheet.costs()) {
      if (cost.kind() != CostLine.Kind.VARIABLE_EXPENSE) {
        fixed = fixed.add(cost.total().amount());
      }
    }
    return sheet.net().amount().add(fixed);
  }

  static Optional<Valuation> valuationOf(Scenario scenario, String exchange) {
    return scenario.valuations().stream().filter(v -> v.exchange().equals(exchange)).findFirst();
  }
}

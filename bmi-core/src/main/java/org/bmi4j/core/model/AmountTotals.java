package org.bmi4j.core.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Adds amounts like with like: per basis and currency. */
final class AmountTotals {
  private AmountTotals() {}

  static <T> ImmutableList<AmountTotal> of(
      List<T> elements,
      Function<T, String> id,
      Function<T, AmountBasis> basis,
      Function<T, Optional<Money>> amount) {
    ImmutableList.Builder<AmountTotal> totals = ImmutableList.builder();
    for (AmountBasis b : AmountBasis.values()) {
      Map<Currency, BigDecimal> sums = new LinkedHashMap<>();
      Map<Currency, List<String>> items = new LinkedHashMap<>();
      for (T element : elements) {
        Optional<Money> money = amount.apply(element);
        if (basis.apply(element) == b && money.isPresent()) {
          Currency currency = money.get().currency();
          sums.merge(currency, money.get().amount(), BigDecimal::add);
          items.computeIfAbsent(currency, c -> new ArrayList<>()).add(id.apply(element));
        }
      }
      sums.forEach(
          (currency, sum) ->
              totals.add(
                  new AmountTotal(
                      b,
                      new Money(sum, currency),
                      ImmutableList.copyOf(requireNonNull(items.get(currency))))));
    }
    return totals.build();
  }
}

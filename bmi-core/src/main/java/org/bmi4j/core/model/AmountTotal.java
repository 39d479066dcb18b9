package org.bmi4j.core.model;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * The sum of amounts of one basis and one currency, naming what it adds (library formalisation):
 * only like is added to like, so a model's revenue has one total per basis and currency.
 *
 * @param basis the basis every added amount has
 * @param total the sum, in the currency every added amount has
 * @param items the ids of the revenue streams or cost items added, in model order
 */
public record AmountTotal(AmountBasis basis, Money total, ImmutableList<String> items) {
  /**
   * @param basis the basis every added amount has
   * @param total the sum, in the currency every added amount has
   * @param items the ids of the revenue streams or cost items added, in model order
   * @throws NullPointerException if any component is null
   */
  public AmountTotal {
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(total, "total");
    items = ImmutableList.copyOf(Objects.requireNonNull(items, "items"));
  }

  /**
   * Copies the given collections, of any kind, into immutable ones.
   *
   * @param basis the basis every added amount has
   * @param total the sum, in the currency every added amount has
   * @param items the ids of the revenue streams or cost items added, in model order
   * @throws NullPointerException if any component is null
   */
  public AmountTotal(AmountBasis basis, Money total, List<? extends String> items) {
    this(basis, total, ImmutableList.copyOf(items));
  }

  /**
   * Says what was added: {@code 84000 EUR per period, from wine-sales, horeca}; past 240 characters
   * the rest of the items are counted, not named ({@code ... and 12 more}).
   */
  @Override
  public String toString() {
    StringBuilder text =
        new StringBuilder()
            .append(total)
            .append(' ')
            .append(com.google.common.base.Ascii.toLowerCase(basis.name()).replace('_', ' '))
            .append(", from ");
    for (int i = 0; i < items.size(); i++) {
      String next = (i == 0 ? "" : ", ") + items.get(i);
      int rest = items.size() - i;
      if (text.length() + next.length() + (rest > 1 ? 20 : 0) > 220) {
        return text.append(" and ").append(rest).append(" more").toString();
      }
      text.append(next);
    }
    return text.toString();
  }
}

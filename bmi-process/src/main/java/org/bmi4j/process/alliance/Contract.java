package org.bmi4j.process.alliance;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The signed contract "that clearly defines the working relationship" [SPIETH]: the partner set it
 * names, its rules for the cooperation and its end, an optional defined end (a date or a condition)
 * that COMPLETED requires, and the stakes it grants (library formalisation, see {@link Stake}).
 *
 * <p>Signing a contract records each named partner's stake with the partner; re-signing it, as
 * partners join or leave a joint venture in OPERATION, changes them.
 *
 * @param partners the actor ids of the partners it names
 * @param rules the rules of the cooperation and its end
 * @param definedEnd the end it defines, a date or a condition, if any
 * @param stakes the stake of each partner that has one, by actor id, in the order given; empty if
 *     the contract records no ownership
 */
public record Contract(
    ImmutableSet<String> partners,
    String rules,
    Optional<String> definedEnd,
    ImmutableMap<String, Stake> stakes) {
  /**
   * @param partners the actor ids of the partners it names
   * @param rules the rules of the cooperation and its end
   * @param definedEnd the end it defines, a date or a condition, if any
   * @param stakes the stake of each partner that has one, by actor id, in the order given; empty if
   *     the contract records no ownership
   * @throws IllegalArgumentException if a stake belongs to a partner the contract does not name, or
   *     the shares add up to more than 1 (the whole joint venture)
   * @throws NullPointerException if a component is null
   */
  public Contract {
    partners = ImmutableSet.copyOf(checkNotNull(partners, "partners"));
    checkNotNull(rules, "rules");
    checkNotNull(definedEnd, "definedEnd");
    stakes = stakes == null ? ImmutableMap.of() : ImmutableMap.copyOf(stakes);
    BigDecimal total = BigDecimal.ZERO;
    for (Map.Entry<String, Stake> stake : stakes.entrySet()) {
      checkArgument(
          partners.contains(stake.getKey()),
          "the contract grants a stake to '%s', which it does not name as a partner; name it"
              + " among the partners %s or leave its stake out",
          stake.getKey(),
          partners);
      total = total.add(stake.getValue().share());
    }
    checkArgument(
        total.compareTo(BigDecimal.ONE) <= 0,
        "the contract's stakes add up to %s of the joint venture; the shares add up to at most 1,"
            + " the whole",
        total.toPlainString());
  }

  /**
   * A contract that records no ownership.
   *
   * @param partners the actor ids of the partners it names
   * @param rules the rules of the cooperation and its end
   * @param definedEnd the end it defines, a date or a condition, if any
   */
  public Contract(Collection<String> partners, String rules, Optional<String> definedEnd) {
    this(
        ImmutableSet.copyOf(checkNotNull(partners, "partners")),
        rules,
        definedEnd,
        ImmutableMap.of());
  }

  /**
   * A contract whose partners and stakes come in any collection and map, copied in order.
   *
   * @param partners the actor ids of the partners it names
   * @param rules the rules of the cooperation and its end
   * @param definedEnd the end it defines, a date or a condition, if any
   * @param stakes the stake of each partner that has one, by actor id
   * @throws IllegalArgumentException if a stake belongs to a partner the contract does not name, or
   *     the shares add up to more than 1 (the whole joint venture)
   * @throws NullPointerException if an argument, partner or stake is null
   */
  public Contract(
      Collection<String> partners,
      String rules,
      Optional<String> definedEnd,
      Map<String, Stake> stakes) {
    this(
        ImmutableSet.copyOf(checkNotNull(partners, "partners")),
        rules,
        definedEnd,
        ImmutableMap.copyOf(checkNotNull(stakes, "stakes")));
  }

  /**
   * Returns the stake the contract grants to {@code partner}, if any.
   *
   * @param partner the partner's actor id
   * @return the stake the contract grants to {@code partner}, if any
   */
  public Optional<Stake> stake(String partner) {
    return Optional.ofNullable(stakes.get(partner));
  }

  /**
   * Returns this contract with the given stakes instead of its own.
   *
   * @param stakes the stake of each partner that has one, by actor id, in the order given; empty if
   *     the contract records no ownership
   * @return this contract with the given stakes instead of its own
   */
  public Contract withStakes(Map<String, Stake> stakes) {
    return new Contract(partners, rules, definedEnd, ImmutableMap.copyOf(stakes));
  }
}

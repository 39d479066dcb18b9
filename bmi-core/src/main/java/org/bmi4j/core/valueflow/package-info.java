/**
 * Net value flow per actor, after e3value: is a business model viable for each of its actors, over
 * one market scenario and over a time series of them?
 *
 * <p>e3value (Gordijn &amp; Akkermans, "Designing and evaluating e-business models", IEEE
 * Intelligent Systems 16(4), 2001, and "Value-based requirements engineering: exploring innovative
 * e-commerce ideas", Requirements Engineering 8(2), 2003; the e3value user guide by Gordijn &amp;
 * Wieringa, first release 2021) quantifies a value model with a <em>market scenario</em>: how often
 * each customer need occurs in a contract period, how large each market segment is, how the
 * occurrences split at or-dependencies, what each value transfer is worth, and the expenses and
 * investments of each actor. Following each need along its dependency path to the value transfers
 * it triggers gives every actor a <em>net value flow sheet</em> (user guide, chapter 6); a sequence
 * of scenarios, one per contract period, gives a time series whose net present value is computed
 * naively and discounted (user guide, chapter 7).
 *
 * <p>What this package takes from e3value and what it adds:
 *
 * <ul>
 *   <li>e3value's concepts: customer need with its occurrences ({@link Need}), market segment size
 *       ({@link SegmentSize}), dependency path with and-forks and or-forks ({@link Path}, {@link
 *       OrSplit}), the valuation of a money transfer and of a non-money transfer per actor ({@link
 *       Valuation}), fixed and variable expenses ({@link Expense}), investments ({@link
 *       Investment}), the net value flow sheet ({@link ActorSheet}), the time series and its naive
 *       and discounted net present value ({@link TimeSeries}).
 *   <li>Library formalisation, mapping e3value onto bmi4j's model: a value transfer is one {@link
 *       org.bmi4j.core.model.Exchange} of the model (from its giver to its receiver); an exchange
 *       on a dependency path with no valuation at all is <em>unvalued</em>, and the verdict of its
 *       giver and receiver is {@link Verdict#INDETERMINATE}, naming it (the library never guesses a
 *       value, nor that an exchange passes no money); a non-money transfer counts for an actor only
 *       where the scenario values it for that actor; the verdicts, the break-even period, the
 *       sensitivity sweep and the rounding rule below.
 * </ul>
 *
 * <p><b>Rounding rule</b> (library formalisation): every figure is computed exactly with {@link
 * java.math.BigDecimal} (sums and products never round), except division (discounting, the net per
 * member of a segment, the flip point of a sensitivity sweep), which keeps 34 significant digits
 * ({@link java.math.MathContext#DECIMAL128}) and at most 30 decimals, half-even. Tables and charts
 * show amounts rounded half-even to the currency's minor unit (cents for EUR, whole units for JPY).
 *
 * <p>Every type here is a deeply immutable value: no nulls, collections in insertion order,
 * thread-safe.
 */
@BmiStyle
@GeneratedTypes
@NullMarked
package org.bmi4j.core.valueflow;

import org.bmi4j.core.internal.BmiStyle;
import org.bmi4j.core.internal.GeneratedTypes;
import org.jspecify.annotations.NullMarked;

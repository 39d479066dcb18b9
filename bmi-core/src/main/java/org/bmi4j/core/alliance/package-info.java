/**
 * The alliance contribution ledger [Spieth et al.; Oskam et al. 2021: "tracking and exchanging
 * everyone's contributions and returns"], its win-win verdict, and the superadditivity verdict.
 *
 * <p>Every type here is a deeply immutable value: structural {@code equals}/{@code hashCode},
 * thread-safe, no nulls, collections in insertion order. Findings such as a partner below its
 * threshold are values; only a caller's mistake (a bad argument) throws.
 */
@BmiStyle
@GeneratedTypes
@NullMarked
package org.bmi4j.core.alliance;

import org.bmi4j.core.internal.BmiStyle;
import org.bmi4j.core.internal.GeneratedTypes;
import org.jspecify.annotations.NullMarked;

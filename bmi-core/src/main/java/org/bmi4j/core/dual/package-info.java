/**
 * Dual business models [Andreassen &amp; Andersson]: a firm's collaboration-based business model
 * (exploration, co-creation with selected customers) and market-based one (exploitation,
 * standardised production at market prices) side by side, the boundary element connecting them,
 * offerings moving between them on the customer's recorded choice, and the library's price
 * comparison calculator.
 *
 * <p>Every type here is a deeply immutable value: structural {@code equals}/{@code hashCode},
 * thread-safe, no nulls, collections in insertion order.
 */
@BmiStyle
@GeneratedTypes
@NullMarked
package org.bmi4j.core.dual;

import org.bmi4j.core.internal.BmiStyle;
import org.bmi4j.core.internal.GeneratedTypes;
import org.jspecify.annotations.NullMarked;

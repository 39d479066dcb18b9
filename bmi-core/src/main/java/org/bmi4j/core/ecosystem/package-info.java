/**
 * Ecosystem valuing value after Oskam, Bossink &amp; de Man (2021), "Valuing value in innovation
 * ecosystems": the actors of an innovation ecosystem with their sectors, value drivers and time
 * horizons, an optional common goal, the ecosystem's membership and value-proposition history, and
 * the value flowing between actors.
 *
 * <p>{@link org.bmi4j.core.ecosystem.EcosystemAssessment#of(Ecosystem)} classifies the pattern
 * (collective orchestration or continuous search) from the starting conditions, reports whether the
 * history corroborates or contradicts it, names the tensions between actors and flags every actor
 * that receives no value. The source's patterns and tensions are qualitative; the rules that decide
 * them here are the library's formalisation and say so where they are defined.
 *
 * <p>Every value type here is deeply immutable, with structural {@code equals}/{@code hashCode}, no
 * nulls, and collections in insertion order.
 */
@BmiStyle
@GeneratedTypes
@NullMarked
package org.bmi4j.core.ecosystem;

import org.bmi4j.core.internal.BmiStyle;
import org.bmi4j.core.internal.GeneratedTypes;
import org.jspecify.annotations.NullMarked;

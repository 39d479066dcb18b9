/**
 * The sense-seize-transform cycle of dynamic capabilities [DESILVA, ANDREASSEN]: SENSING, SEIZING
 * and TRANSFORMING, repeated in cycles, with the capabilities deployed at each stage and the
 * organisation's mission guarded against drift.
 *
 * <p>The stages, capabilities, strategies and challenges are the sources' ({@link
 * org.bmi4j.process.sst.CapabilityCatalogue}); the exit guards and the drift rule are the library's
 * formalisation of them, documented in {@link org.bmi4j.process.sst.SenseSeizeTransform}.
 */
@BmiStyle
@GeneratedTypes
@NullMarked
package org.bmi4j.process.sst;

import org.bmi4j.core.internal.BmiStyle;
import org.bmi4j.core.internal.GeneratedTypes;
import org.jspecify.annotations.NullMarked;

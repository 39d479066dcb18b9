/**
 * The firm-level BMI process [Spieth, Laudien &amp; Meissner]: how one firm in a strategic alliance
 * identifies enhancement ideas, consolidates them with a partner, lets the alliance create the new
 * business model while its own stays unchanged, and adapts its extant business model from the
 * lessons learned, cycle after cycle.
 *
 * <p>Start with {@link org.bmi4j.process.firm.FirmProcess}: its definition, its phases ({@link
 * org.bmi4j.process.firm.FirmPhase}), events ({@link org.bmi4j.process.firm.FirmEvent}) and context
 * ({@link org.bmi4j.process.firm.FirmContext}).
 */
@BmiStyle
@GeneratedTypes
@NullMarked
package org.bmi4j.process.firm;

import org.bmi4j.core.internal.BmiStyle;
import org.bmi4j.core.internal.GeneratedTypes;
import org.jspecify.annotations.NullMarked;

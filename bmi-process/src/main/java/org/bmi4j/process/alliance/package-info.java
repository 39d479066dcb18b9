/**
 * The alliance-level BMI process of Spieth et al. [SPIETH]: CONCEPT, FOUNDATION, DEVELOPMENT and
 * OPERATION, ending in one of six endings.
 *
 * <p>Each phase names the source's {@link org.bmi4j.process.CriticalPoint critical point}; the exit
 * guards are the library's operational reading of the phase's activities (library formalisation)
 * and are documented apart from it in {@link org.bmi4j.process.alliance.AllianceProcess}.
 */
@BmiStyle
@GeneratedTypes
@NullMarked
package org.bmi4j.process.alliance;

import org.bmi4j.core.internal.BmiStyle;
import org.bmi4j.core.internal.GeneratedTypes;
import org.jspecify.annotations.NullMarked;

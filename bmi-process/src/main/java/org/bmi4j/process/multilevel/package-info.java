/**
 * Both levels of Spieth et al.'s BMI process at once: {@link
 * org.bmi4j.process.multilevel.MultiLevelAlliance} couples one alliance-level process with one
 * firm-level process per partner, so that phase changes move all of them atomically or nothing,
 * with every violation attributed to its partner. Atomic coupling is the library's design choice;
 * the source does not require lock-step.
 */
@NullMarked
package org.bmi4j.process.multilevel;

import org.jspecify.annotations.NullMarked;

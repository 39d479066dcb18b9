/**
 * JMH benchmarks of the process kernel beside stateless4j, squirrel-foundation and Spring
 * Statemachine, and the report that turns a run into BENCHMARKS.md's table ({@link
 * org.bmi4j.benchmarks.Main}).
 */
@NullMarked
package org.bmi4j.benchmarks;

import org.jspecify.annotations.NullMarked;

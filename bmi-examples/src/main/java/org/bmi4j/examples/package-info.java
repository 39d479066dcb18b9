/**
 * The source cases as runnable teaching examples, each a {@code main} with no arguments, and the
 * {@link org.bmi4j.examples.Tour} that runs them all in order.
 */
@NullMarked
package org.bmi4j.examples;

import org.jspecify.annotations.NullMarked;

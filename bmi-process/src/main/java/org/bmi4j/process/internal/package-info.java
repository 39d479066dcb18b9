/**
 * Internals of bmi-process, not part of the API: the shared persistent history and list helpers of
 * the kernel.
 */
@NullMarked
package org.bmi4j.process.internal;

import org.jspecify.annotations.NullMarked;

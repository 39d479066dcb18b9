/**
 * Internals of bmi-core, not part of the API: the shared Immutables style, the integrity and
 * coherence walks and the sentence templates. Exported to bmi4j's own process module alone.
 */
@NullMarked
package org.bmi4j.core.internal;

import org.jspecify.annotations.NullMarked;

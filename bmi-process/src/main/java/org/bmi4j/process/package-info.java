/**
 * The process kernel: immutable, validated transition tables ({@link
 * org.bmi4j.process.ProcessDefinition}) over enum states and event types, and immutable instances
 * ({@link org.bmi4j.process.ProcessInstance}) whose {@code apply(event)} returns an {@link
 * org.bmi4j.process.Outcome}: accepted with the new instance, or rejected with every {@link
 * org.bmi4j.process.Violation} (stable codes, sentences), the instance unchanged.
 *
 * <p>Time comes from an injected {@link java.time.Clock}; the history is shared, not copied;
 * replaying the history reproduces the instance; instances are JSON documents ({@link
 * org.bmi4j.process.ProcessDocuments}) and export Mermaid, DOT and timelines ({@link
 * org.bmi4j.process.ProcessDiagrams}, {@link org.bmi4j.process.TimelineRow}). The kernel is the
 * library's own design; the processes built on it follow their sources.
 */
@NullMarked
package org.bmi4j.process;

import org.jspecify.annotations.NullMarked;

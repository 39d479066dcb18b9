/**
 * The immutable business model.
 *
 * <p>A {@link org.bmi4j.core.model.BusinessModel} holds the four value functions of De Silva et al.
 * (2019) ({@link org.bmi4j.core.model.ValueProposition}, {@link
 * org.bmi4j.core.model.ValueCreation}, {@link org.bmi4j.core.model.ValueExchange}, {@link
 * org.bmi4j.core.model.ValueCapture}) and the activity system of Zott &amp; Amit (2010): content
 * ({@link org.bmi4j.core.model.Activity activities}), structure ({@link
 * org.bmi4j.core.model.ActivityLink links}) and governance ({@link
 * org.bmi4j.core.model.GovernanceAssignment assignments}).
 *
 * <p>Every type here is a deeply immutable value: structural {@code equals}/{@code hashCode},
 * thread-safe, no nulls, collections in insertion order (sets of enum constants in declaration
 * order). Elements are plain values; a model checks their integrity when it is built, reporting
 * every problem at once in one {@link org.bmi4j.core.model.ModelIntegrityException}.
 */
@BmiStyle
@GeneratedTypes
@NullMarked
package org.bmi4j.core.model;

import org.bmi4j.core.internal.BmiStyle;
import org.bmi4j.core.internal.GeneratedTypes;
import org.jspecify.annotations.NullMarked;

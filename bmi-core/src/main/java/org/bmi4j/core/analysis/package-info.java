/**
 * Analyses that compare business models: the diff between two versions of a model and its BMI
 * classification, the impact of a change across the value functions, novelty against competitors,
 * and the intersection of two firms' models.
 *
 * <ul>
 *   <li>{@link org.bmi4j.core.analysis.BusinessModelDiff}: the elements added, removed and changed,
 *       each with the value functions (De Silva et al. 2019) and activity-system design elements
 *       (Zott &amp; Amit 2010) it touches.
 *   <li>{@link org.bmi4j.core.analysis.ClassificationPolicy}: the classes of Khanagha et al.
 *       (2014), as used by Spieth et al.; thresholds, rules and novelty signatures are the
 *       library's formalisation.
 *   <li>{@link org.bmi4j.core.analysis.ImpactAnalysis}: which value functions a change to others
 *       reaches, after De Silva et al. (2019).
 *   <li>{@link org.bmi4j.core.analysis.BusinessModelIntersection}: shared customer segments,
 *       complementary resources and overlapping offerings of two firms (Spieth et al.).
 * </ul>
 *
 * <p>Every result is an immutable value; every analysis is deterministic and thread-safe.
 */
@NullMarked
package org.bmi4j.core.analysis;

import org.jspecify.annotations.NullMarked;

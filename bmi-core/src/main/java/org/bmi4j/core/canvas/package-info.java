/**
 * The Business Model Canvas view of a business model: its nine familiar blocks (Osterwalder &amp;
 * Pigneur's canvas), rendered as Markdown and as a standalone HTML page with inline SVG, so that a
 * person can look at a model.
 *
 * <p>The canvas is a view, not a second model: {@link
 * org.bmi4j.core.canvas.BusinessModelCanvas#of(org.bmi4j.core.model.BusinessModel)} maps the four
 * value functions and the activity system onto the blocks as documented there, as typed {@link
 * org.bmi4j.core.canvas.CanvasItem items} (the model's actors, amounts as money with their basis,
 * channels, the parts of each relationship) whose texts the Markdown and HTML views print.
 */
@NullMarked
package org.bmi4j.core.canvas;

import org.jspecify.annotations.NullMarked;

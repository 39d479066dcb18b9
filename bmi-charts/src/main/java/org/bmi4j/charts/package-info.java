/**
 * SVG pictures of bmi4j analyses, drawn by JFreeChart on JFreeSVG ({@link
 * org.bmi4j.charts.ValueFlowCharts}); a separate module, so that bmi-core keeps no plotting or AWT
 * dependency.
 */
@NullMarked
package org.bmi4j.charts;

import org.jspecify.annotations.NullMarked;

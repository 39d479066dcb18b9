/**
 * bmi4j charts: optional SVG pictures of bmi4j analyses, drawn by JFreeChart on JFreeSVG. A
 * separate module, so that bmi-core keeps no plotting or AWT dependency.
 */
module org.bmi4j.charts {
  requires transitive org.bmi4j.core;
  requires java.desktop;
  requires org.jfree.jfreechart;
  requires org.jfree.svg;
  requires static org.jspecify;

  exports org.bmi4j.charts;
}

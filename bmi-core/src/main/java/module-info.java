/**
 * bmi4j core: the immutable business model (four value functions after De Silva et al. 2019 and the
 * content-structure-governance activity system after Zott &amp; Amit 2010), its integrity and
 * coherence checks, JSON binding, and analyses on models.
 *
 * <p>Only API packages are exported; {@code org.bmi4j.core.internal} is exported to bmi4j's own
 * process module alone, for the shared Immutables style.
 */
@SuppressWarnings("module") // the process module is compiled after this one
module org.bmi4j.core {
  requires transitive com.google.common;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.fasterxml.jackson.datatype.guava;
  requires com.fasterxml.jackson.dataformat.csv;
  requires static org.immutables.value.annotations;
  requires static org.immutables.annotate;
  requires static transitive org.jspecify;

  exports org.bmi4j.core.model;
  exports org.bmi4j.core.analysis;
  exports org.bmi4j.core.json;
  exports org.bmi4j.core.alliance;
  exports org.bmi4j.core.dual;
  exports org.bmi4j.core.ecosystem;
  exports org.bmi4j.core.canvas;
  exports org.bmi4j.core.csv;
  exports org.bmi4j.core.valueflow;
  exports org.bmi4j.core.internal to
      org.bmi4j.process;

  opens org.bmi4j.core.model to
      com.fasterxml.jackson.databind;
  opens org.bmi4j.core.json to
      com.fasterxml.jackson.databind;
  opens org.bmi4j.core.alliance to
      com.fasterxml.jackson.databind;
  opens org.bmi4j.core.dual to
      com.fasterxml.jackson.databind;
  opens org.bmi4j.core.ecosystem to
      com.fasterxml.jackson.databind;
  opens org.bmi4j.core.valueflow to
      com.fasterxml.jackson.databind;
  opens org.bmi4j.core.csv to
      com.fasterxml.jackson.databind;
}

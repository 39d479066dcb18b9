/**
 * bmi4j process: an immutable, table-driven process kernel and the BMI processes built on it.
 *
 * <p>Only API packages are exported; the kernel's internals stay in {@code
 * org.bmi4j.process.internal}.
 */
module org.bmi4j.process {
  requires transitive org.bmi4j.core;
  requires static org.immutables.value.annotations;
  requires static org.immutables.annotate;

  exports org.bmi4j.process;
  exports org.bmi4j.process.alliance;
  exports org.bmi4j.process.firm;
  exports org.bmi4j.process.multilevel;
  exports org.bmi4j.process.sst;

  opens org.bmi4j.process to
      com.fasterxml.jackson.databind;
  opens org.bmi4j.process.alliance to
      com.fasterxml.jackson.databind;
  opens org.bmi4j.process.firm to
      com.fasterxml.jackson.databind;
  opens org.bmi4j.process.multilevel to
      com.fasterxml.jackson.databind;
  opens org.bmi4j.process.sst to
      com.fasterxml.jackson.databind;
}

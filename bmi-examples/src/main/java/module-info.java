/**
 * bmi4j examples: the source cases of the specification as runnable teaching examples, each a
 * {@code main} with no arguments, and the {@link org.bmi4j.examples.Tour} that runs them all.
 */
module org.bmi4j.examples {
  requires transitive org.bmi4j.process;
  requires transitive org.bmi4j.charts;
  requires static org.jspecify;

  exports org.bmi4j.examples;
}

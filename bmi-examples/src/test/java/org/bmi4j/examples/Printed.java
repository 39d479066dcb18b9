package org.bmi4j.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/** Runs an example into a buffer and keeps both its result and what it printed. */
record Printed<R>(R result, String text) {
  /** Returns the printed text with every run of white space as one space, for wrapped prose. */
  String prose() {
    return text.replaceAll("\\s+", " ");
  }

  static <R> Printed<R> run(Function<PrintStream, R> example) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
    R result = example.apply(out);
    return new Printed<>(result, buffer.toString(StandardCharsets.UTF_8));
  }
}

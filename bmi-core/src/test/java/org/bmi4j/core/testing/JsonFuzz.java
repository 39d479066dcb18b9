package org.bmi4j.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.bmi4j.core.json.BmiJson;
import org.bmi4j.core.json.BmiJsonException;
import org.bmi4j.core.json.DocumentType;

/**
 * Feeds mutants of a valid document of any type to {@link BmiJson#read} and requires what the
 * README promises: a document read is valid and writes back to a document reading equal; anything
 * else is a {@link BmiJsonException} with a reason and integrity problems that pass the template
 * check ({@link Messages}), never another exception or error. Counts the inputs per document type
 * and remembers the slowest input read, to be measured outside the tests.
 */
public final class JsonFuzz {
  private final Map<String, AtomicLong> inputs = new TreeMap<>();
  private final Map<String, AtomicLong> accepted = new TreeMap<>();
  private long slowestNanos;
  private String slowest = "";
  private String slowestLabel = "";

  /**
   * Reads {@code mutants} mutants of {@code seed}, a valid document of {@code type}, each of a kind
   * drawn from {@code random}.
   *
   * @param label the name the counts are reported under, such as {@code "ledger"}
   */
  public synchronized <T> void fuzz(
      String label, DocumentType<T> type, String seed, Random random, int mutants) {
    JsonMutator mutator = new JsonMutator(random);
    JsonMutator.Kind[] kinds = JsonMutator.Kind.values();
    for (int i = 0; i < mutants; i++) {
      JsonMutator.Kind kind = kinds[random.nextInt(kinds.length)];
      String mutant = mutator.mutate(seed, kind);
      inputs.computeIfAbsent(label, k -> new AtomicLong()).incrementAndGet();
      long began = System.nanoTime();
      try {
        T read = BmiJson.read(type, mutant);
        note(label, mutant, began);
        accepted.computeIfAbsent(label, k -> new AtomicLong()).incrementAndGet();
        String again = BmiJson.write(type, read);
        assertEquals(read, BmiJson.read(type, again), "a document read writes back equal");
      } catch (BmiJsonException expected) {
        note(label, mutant, began);
        if (expected.reason().isBlank()) {
          fail("blank reason for " + kind + " mutant of a " + label, expected);
        }
        Messages.check(expected.problems());
      } catch (Throwable unexpected) {
        fail(
            kind
                + " mutant of a "
                + label
                + " yielded "
                + unexpected
                + "\n--- input (first 2000 chars) ---\n"
                + mutant.substring(0, Math.min(2000, mutant.length())),
            unexpected);
      }
    }
  }

  private void note(String label, String mutant, long began) {
    long took = System.nanoTime() - began;
    if (took > slowestNanos) {
      slowestNanos = took;
      slowest = mutant;
      slowestLabel = label;
    }
  }

  /** Returns the inputs read per label. */
  public synchronized Map<String, Long> inputs() {
    Map<String, Long> counts = new TreeMap<>();
    inputs.forEach((k, v) -> counts.put(k, v.get()));
    return counts;
  }

  /** Returns the slowest input read, to be measured again outside the tests. */
  public synchronized String slowest() {
    return slowest;
  }

  /**
   * Writes the slowest input read to {@code file}, for measuring it outside the tests.
   *
   * @throws java.io.UncheckedIOException if writing fails
   */
  public synchronized void saveSlowest(java.nio.file.Path file) {
    try {
      java.nio.file.Files.writeString(file, slowest);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Returns a one-paragraph report: inputs and acceptances per type, and the slowest input. */
  public synchronized String report() {
    long total = inputs.values().stream().mapToLong(AtomicLong::get).sum();
    StringBuilder text = new StringBuilder("JSON fuzz: " + total + " inputs;");
    inputs.forEach(
        (label, count) ->
            text.append(' ')
                .append(label)
                .append(' ')
                .append(count.get())
                .append(" (")
                .append(accepted.getOrDefault(label, new AtomicLong()).get())
                .append(" accepted)"));
    text.append("; slowest read: a ")
        .append(slowestLabel)
        .append(" of ")
        .append(slowest.length())
        .append(" characters, ")
        .append(slowestNanos / 1_000_000)
        .append(" ms in this run (measure it outside the tests)");
    return text.toString();
  }
}

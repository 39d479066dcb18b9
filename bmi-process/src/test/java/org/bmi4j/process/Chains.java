package org.bmi4j.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.bmi4j.core.canvas.BusinessModelCanvas;
import org.bmi4j.core.csv.BmiCsv;
import org.bmi4j.core.json.BmiJson;
import org.bmi4j.core.json.DocumentType;
import org.bmi4j.core.model.BusinessModel;

/**
 * Seeded process chains for the concurrency and determinism tests: the same seed always gives the
 * same events, so a chain run on any thread, in any order, must give the same transcript.
 *
 * <p>At every step a chain applies the next event and checks the kernel invariants; after an
 * accepted one it writes the instance's JSON document, reads it back (equal, and written again to
 * the same bytes), replays the history from the start (equal), and exports the Mermaid timeline,
 * the timeline CSV and whatever the process adds (models, canvases, diffs, ledgers). The transcript
 * records each step's outcome and a SHA-256 digest of every output, so two runs compare cheaply and
 * a difference names its step and output.
 */
public final class Chains {
  private Chains() {}

  /**
   * What a chain produced.
   *
   * @param chain the chain's name, such as {@code alliance#17}
   * @param end the value the chain ended with
   * @param lines one line per step and output: the outcome, or an output's name and digest
   */
  public record Transcript(String chain, Object end, ImmutableList<String> lines) {}

  /** Collects a chain's transcript lines. */
  public static final class Recorder {
    private final ImmutableList.Builder<String> lines = ImmutableList.builder();
    private int step;

    /** Starts the lines of the next step with its outcome. */
    public void step(String outcome) {
      step++;
      lines.add(step + " " + outcome);
    }

    /** Records an output of the current step by its digest. */
    public void output(String name, String content) {
      lines.add(step + " " + name + " " + digest(content));
    }

    /** Records several outputs of the current step, named {@code name[i]}. */
    public void outputs(String name, List<String> contents) {
      for (int i = 0; i < contents.size(); i++) {
        output(name + "[" + i + "]", contents.get(i));
      }
    }

    /** Returns the transcript of the chain. */
    public Transcript transcript(String chain, Object end) {
      return new Transcript(chain, end, lines.build());
    }
  }

  /**
   * Returns the permitted subtypes of a sealed event type sorted by name: {@link
   * Class#getPermittedSubclasses()} leaves their order unspecified, and javac 17 and javac 25 write
   * it differently, so a generator drawing from it would make other events from the same seed.
   */
  public static List<Class<?>> eventTypes(Class<?> sealed) {
    return Arrays.stream(sealed.getPermittedSubclasses())
        .sorted(Comparator.comparing(Class::getName))
        .toList();
  }

  /** Returns the SHA-256 of the UTF-8 bytes of {@code content}, in hex. */
  public static String digest(String content) {
    return Hashing.sha256().hashString(content, StandardCharsets.UTF_8).toString();
  }

  /** Returns how an outcome reads in a transcript: the new state, or every violation. */
  public static String describe(Outcome<?> outcome) {
    if (outcome instanceof Outcome.Rejected<?> rejected) {
      return "rejected " + rejected.violations();
    }
    ProcessInstance<?, ?, ?> after = (ProcessInstance<?, ?, ?>) outcome.instance();
    return "accepted " + after.state() + " cycle " + after.cycle();
  }

  /**
   * Returns a model's outputs: its JSON document (checked to read back equal), its elements CSV,
   * and its canvas as Markdown and HTML.
   */
  public static List<String> modelOutputs(BusinessModel model) {
    String document = BmiJson.write(DocumentType.BUSINESS_MODEL, model);
    assertEquals(
        model,
        BmiJson.read(DocumentType.BUSINESS_MODEL, document),
        "JSON round trip equals the model");
    BusinessModelCanvas canvas = BusinessModelCanvas.of(model);
    return List.of(
        document,
        BmiCsv.ELEMENTS.write(BmiCsv.elements(model)),
        canvas.toMarkdown(),
        canvas.toHtml());
  }

  /**
   * Checks an instance's JSON document (reads back equal, writes again to the same bytes) and its
   * replay from its start context, and records the document, the timeline (Mermaid and CSV) and the
   * instance's own exports.
   */
  public static <S extends Enum<S>, E, C, I extends ProcessInstance<S, E, C>> void export(
      Recorder recorder, String name, I instance, DocumentType<I> json) {
    String document = BmiJson.write(json, instance);
    I read = BmiJson.read(json, document);
    assertEquals(instance, read, "JSON round trip equals the instance");
    assertEquals(document, BmiJson.write(json, read), "a document read back writes the same bytes");
    Invariants.checkReplay(
        instance.definition().start(instance.start(), instance.clock()), instance);
    recorder.output(name + ".json", document);
    recorder.output(name + ".timeline.mmd", ProcessDiagrams.timeline(instance));
    recorder.output(name + ".timeline.csv", TimelineRow.TABLE.write(TimelineRow.of(instance)));
  }

  /**
   * Runs a chain of {@code steps} seeded events on one process instance.
   *
   * @param name the chain's name
   * @param start the instance to start from
   * @param json the document type of the process's instances
   * @param events the seeded event generator: the next event for the current instance
   * @param exports the process's own exports of an instance after an accepted step
   * @param seed the seed of the events
   * @param steps how many events to apply
   */
  @SuppressWarnings("unchecked") // a named instance's successors have its type
  public static <S extends Enum<S>, E, C, I extends ProcessInstance<S, E, C>> Transcript run(
      String name,
      I start,
      DocumentType<I> json,
      BiFunction<Random, ? super I, E> events,
      Function<? super I, List<String>> exports,
      long seed,
      int steps) {
    Random random = new Random(seed);
    Recorder recorder = new Recorder();
    I current = start;
    for (int i = 0; i < steps; i++) {
      E event = events.apply(random, current);
      Outcome<? extends ProcessInstance<S, E, C>> outcome = current.apply(event);
      Invariants.check(current, event, outcome);
      recorder.step(describe(outcome));
      if (outcome.isAccepted()) {
        current = (I) outcome.instance();
        export(recorder, "instance", current, json);
        recorder.outputs("export", exports.apply(current));
      }
    }
    return recorder.transcript(name + "#" + seed, current);
  }
}

package org.bmi4j.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bmi4j.core.json.BmiJson;
import org.bmi4j.core.json.DocumentType;
import org.bmi4j.process.ProcessDocuments;
import org.bmi4j.process.ProcessInstance;
import org.bmi4j.process.Step;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * 6. Writing and reading back a process instance with 100 history steps: bmi4j's own document
 * (envelope, strict reading, replay of the history through the definition) against plain Jackson on
 * equivalent records holding the same data (definition name, start context, and per step the
 * sequence, states, event, instant and cycle).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class JsonRoundTrip {
  /** The history length of the instance written and read. */
  public static final int STEPS = 100;

  /** The plain Jackson form of an instance. */
  public record StoredInstance(
      String definition, Bmi4jMachine.Project start, List<StoredStep> history) {}

  /** The plain Jackson form of a step. */
  public record StoredStep(
      long sequence, Phase from, Phase to, Bmi4jMachine.Event event, Instant at, int cycle) {}

  private final Clock clock = Clock.systemUTC();
  private final DocumentType<ProcessInstance<Phase, Bmi4jMachine.Event, Bmi4jMachine.Project>>
      document = ProcessDocuments.instance(Bmi4jMachine.DEFINITION, clock);
  private final ObjectMapper plain =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();
  private ProcessInstance<Phase, Bmi4jMachine.Event, Bmi4jMachine.Project> instance;
  private StoredInstance pojo;

  @Setup(Level.Trial)
  public void setUp() {
    instance = Bmi4jMachine.advanced(STEPS, clock);
    pojo = pojo(instance);
  }

  /** Returns the plain form of {@code instance}. */
  public static StoredInstance pojo(
      ProcessInstance<Phase, Bmi4jMachine.Event, Bmi4jMachine.Project> instance) {
    return new StoredInstance(
        instance.definition().name(),
        instance.start(),
        instance.history().stream().map(JsonRoundTrip::pojo).toList());
  }

  private static StoredStep pojo(Step<Phase, Bmi4jMachine.Event> s) {
    return new StoredStep(s.sequence(), s.from(), s.to(), s.event(), s.at(), s.cycle());
  }

  @Benchmark
  public ProcessInstance<Phase, Bmi4jMachine.Event, Bmi4jMachine.Project> bmi4j() {
    return BmiJson.read(document, BmiJson.write(document, instance));
  }

  @Benchmark
  public StoredInstance jackson() throws JsonProcessingException {
    return plain.readValue(plain.writeValueAsString(pojo), StoredInstance.class);
  }

  /** Returns the instance written; for tests. */
  ProcessInstance<Phase, Bmi4jMachine.Event, Bmi4jMachine.Project> instance() {
    return instance;
  }

  /** Returns the plain form written; for tests. */
  StoredInstance stored() {
    return pojo;
  }
}

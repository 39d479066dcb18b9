package org.bmi4j.benchmarks;

import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.bmi4j.core.json.BmiJson;
import org.bmi4j.core.json.DocumentType;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Sector;
import org.bmi4j.process.firm.FirmEvent;
import org.bmi4j.process.firm.FirmInstance;
import org.bmi4j.process.firm.FirmProcess;
import org.bmi4j.process.firm.Lesson;
import org.bmi4j.process.firm.LessonSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * 10. How building and reading a long history scale: a firm process recording {@code steps}
 * lessons, each a step whose context keeps every lesson so far. Linear work takes twice as long at
 * twice the length.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Thread)
public class HistoryScaling {
  /** The number of record-lesson steps. */
  @Param({"10000", "20000", "40000"})
  public int steps;

  private final Clock clock = Clock.systemUTC();
  private final DocumentType<FirmInstance> type = FirmProcess.documentType(clock);
  private FirmEvent[] events;
  private String json;

  @Setup(Level.Trial)
  public void setUp() {
    events = new FirmEvent[steps];
    for (int i = 0; i < steps; i++) {
      events[i] =
          new FirmEvent.RecordLesson(
              new Lesson("lesson-" + i, "Lesson number " + i, LessonSource.LEARNED));
    }
    json = BmiJson.write(type, firmBuild());
  }

  /** The firm process with a lesson recorded per step. */
  @Benchmark
  public FirmInstance firmBuild() {
    Actor firm = Actor.of("firm", "The firm", ActorRole.FOCAL_FIRM, Sector.PRIVATE);
    BusinessModel model = LargeModels.model("firm-model", 4, 0);
    FirmInstance instance =
        FirmProcess.start(firm, BusinessModel.builder().from(model).build(), clock);
    for (FirmEvent event : events) {
      instance = instance.applyOrThrow(event);
    }
    return instance;
  }

  /** Reading its document, which replays every step. */
  @Benchmark
  public FirmInstance firmRead() {
    return BmiJson.read(type, json);
  }
}

package org.bmi4j.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bmi4j.core.analysis.BusinessModelDiff;
import org.bmi4j.core.analysis.BusinessModelIntersection;
import org.bmi4j.core.analysis.ClassificationPolicy;
import org.bmi4j.core.analysis.Novelty;
import org.bmi4j.core.canvas.BusinessModelCanvas;
import org.bmi4j.core.csv.BmiCsv;
import org.bmi4j.core.json.BmiJson;
import org.bmi4j.core.json.BmiJsonException;
import org.bmi4j.core.json.DocumentType;
import org.bmi4j.core.model.BusinessModel;
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
 * 8. How each model analysis scales: the same work on models of 2,500 to 20,000 activities (with a
 * quarter as many actors, offerings, resources and exchanges, see {@link LargeModels}). Linear work
 * takes twice as long at twice the size; the target is at most 2.3 times.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Thread)
public class AnalysisScaling {
  /** The number of activities. */
  @Param({"2500", "5000", "10000", "20000"})
  public int activities;

  private BusinessModel before;
  private BusinessModel after;
  private BusinessModel partner;
  private BusinessModelDiff diff;
  private String json;
  private String badJson;

  @Setup(Level.Trial)
  public void setUp() {
    before = LargeModels.model("before", activities, 0);
    after =
        BusinessModel.builder().from(LargeModels.model("before", activities, 1)).version(2).build();
    partner = LargeModels.model("partner", activities, 2);
    diff = BusinessModelDiff.of(before, after);
    json = BmiJson.write(DocumentType.BUSINESS_MODEL, before);
    badJson = unknownLinkTargets(json);
  }

  /**
   * The document with every activity link leading to an activity the model does not have (in format
   * 2 an activity's governance and links are declared in the activity, so its links are where a bad
   * document names unknown activities).
   */
  static String unknownLinkTargets(String json) {
    String bad = json.replace("\"downstream\" : \"activity-", "\"downstream\" : \"unknown-");
    if (bad.equals(json)) {
      throw new IllegalStateException("the model's activity links were not found in its document");
    }
    return bad;
  }

  /**
   * A reference, not an analysis: one plain read of both models' activities (id, kind, resources,
   * links), governance and links, touching each element as the analyses must, and computing
   * nothing; what reading the data alone costs the machine at each size.
   */
  long readModels() {
    return read(before) + read(after);
  }

  private static long read(BusinessModel model) {
    long h = 0;
    for (var activity : model.activities()) {
      h +=
          activity.id().hashCode()
              + activity.kind().ordinal()
              + activity.resources().size()
              + activity.links().size();
    }
    for (var governance : model.governance()) {
      h += governance.performer().hashCode() + governance.mode().ordinal();
    }
    for (var link : model.links()) {
      h += link.downstream().hashCode();
    }
    return h;
  }

  @Benchmark
  public BusinessModel build() {
    return LargeModels.model("built", activities, 0);
  }

  @Benchmark
  public Object integrityRejection() {
    try {
      return BmiJson.read(DocumentType.BUSINESS_MODEL, badJson);
    } catch (BmiJsonException e) {
      return e;
    }
  }

  @Benchmark
  public BusinessModelDiff diff() {
    return BusinessModelDiff.of(before, after);
  }

  @Benchmark
  public Object classification() {
    return ClassificationPolicy.defaults().classify(diff);
  }

  @Benchmark
  public Novelty novelty() {
    return Novelty.of(diff, List.of(partner, before));
  }

  @Benchmark
  public BusinessModelIntersection intersection() {
    return BusinessModelIntersection.of(before, partner);
  }

  @Benchmark
  public BusinessModelCanvas canvas() {
    return BusinessModelCanvas.of(before);
  }

  @Benchmark
  public String csv() {
    return BmiCsv.ELEMENTS.write(BmiCsv.elements(before));
  }

  @Benchmark
  public BusinessModel json() {
    return BmiJson.read(
        DocumentType.BUSINESS_MODEL, BmiJson.write(DocumentType.BUSINESS_MODEL, before));
  }
}

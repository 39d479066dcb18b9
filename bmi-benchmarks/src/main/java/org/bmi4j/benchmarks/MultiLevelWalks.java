package org.bmi4j.benchmarks;

import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.bmi4j.process.multilevel.MultiLevelAlliance;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * 7. {@code walks} multi-level walks on one thread, one after another: an alliance with two coupled
 * partner firms from CONCEPT to OPERATION ({@link AllianceWalk}). One operation is the whole batch,
 * timed once per iteration.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Thread)
public class MultiLevelWalks {
  @Param({"1000000"})
  public int walks;

  private final Clock clock = Clock.systemUTC();

  @Benchmark
  public void bmi4j(Blackhole blackhole) {
    for (int i = 0; i < walks; i++) {
      MultiLevelAlliance alliance = AllianceWalk.walk(clock);
      blackhole.consume(alliance);
    }
  }
}

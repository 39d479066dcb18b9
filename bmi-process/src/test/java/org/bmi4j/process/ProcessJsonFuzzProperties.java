package org.bmi4j.process;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import org.bmi4j.core.json.BmiJson;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.testing.JsonFuzz;
import org.bmi4j.process.alliance.AllianceChains;
import org.bmi4j.process.firm.FirmChains;
import org.bmi4j.process.multilevel.MultiLevelAlliance;
import org.bmi4j.process.multilevel.MultiLevelChains;
import org.bmi4j.process.sst.SstChains;

/**
 * Fuzzing the JSON reader over the process documents: instances of each of the four processes and
 * multi-level alliances, seeded from valid documents that seeded chains of up to 60 events reach,
 * mutated structurally and with numeric extremes. Whatever happens in the replay, {@code read}
 * returns a valid value that writes back to a document reading equal, or throws {@code
 * BmiJsonException}.
 *
 * <p>{@value #SEEDS} seed documents per type; alliance and multi-level {@value #LONG_TRIES} &times;
 * {@value #MUTANTS}, firm and sense-seize-transform {@value #SHORT_TRIES} &times; {@value
 * #MUTANTS}: 40,000 inputs per run, beside bmi-core's 60,000 over its own document types.
 */
class ProcessJsonFuzzProperties {
  static final int SEEDS = 8;
  static final int LONG_TRIES = 300;
  static final int SHORT_TRIES = 200;
  static final int MUTANTS = 40;

  private static final JsonFuzz FUZZ = new JsonFuzz();

  private static final Supplier<List<BusinessModel>> POOL =
      Suppliers.memoize(FirmChains::fixtureModels);

  private static final Supplier<List<String>> ALLIANCES =
      Suppliers.memoize(
          () ->
              seeds(
                  seed ->
                      BmiJson.write(
                          AllianceChains.JSON,
                          cast(AllianceChains.chain(seed, steps(seed)).end()))));

  private static final Supplier<List<String>> FIRMS =
      Suppliers.memoize(
          () ->
              seeds(
                  seed ->
                      BmiJson.write(
                          FirmChains.JSON,
                          cast(FirmChains.chain(seed, steps(seed), POOL.get()).end()))));

  private static final Supplier<List<String>> SSTS =
      Suppliers.memoize(
          () ->
              seeds(
                  seed ->
                      BmiJson.write(
                          SstChains.JSON,
                          cast(SstChains.chain(seed, steps(seed), POOL.get()).end()))));

  private static final Supplier<List<String>> MULTI_LEVEL =
      Suppliers.memoize(
          () ->
              seeds(
                  seed ->
                      BmiJson.write(
                          MultiLevelChains.JSON,
                          (MultiLevelAlliance) MultiLevelChains.chain(seed, steps(seed)).end())));

  private static int steps(long seed) {
    return (int) (seed * 8 % 61);
  }

  private static List<String> seeds(java.util.function.LongFunction<String> document) {
    ImmutableList.Builder<String> seeds = ImmutableList.builder();
    for (long seed = 0; seed < SEEDS; seed++) {
      seeds.add(document.apply(seed));
    }
    return seeds.build();
  }

  @SuppressWarnings("unchecked")
  private static <T> T cast(Object end) {
    return (T) end;
  }

  @Property(tries = LONG_TRIES)
  void mutatedAllianceDocumentsYieldOnlyTheDocumentedException(
      @ForAll @IntRange(max = SEEDS - 1) int which, @ForAll long seed) {
    FUZZ.fuzz(
        "alliance process-instance",
        AllianceChains.JSON,
        ALLIANCES.get().get(which),
        new Random(seed),
        MUTANTS);
  }

  @Property(tries = SHORT_TRIES)
  void mutatedFirmDocumentsYieldOnlyTheDocumentedException(
      @ForAll @IntRange(max = SEEDS - 1) int which, @ForAll long seed) {
    FUZZ.fuzz(
        "firm process-instance",
        FirmChains.JSON,
        FIRMS.get().get(which),
        new Random(seed),
        MUTANTS);
  }

  @Property(tries = SHORT_TRIES)
  void mutatedSenseSeizeTransformDocumentsYieldOnlyTheDocumentedException(
      @ForAll @IntRange(max = SEEDS - 1) int which, @ForAll long seed) {
    FUZZ.fuzz(
        "sense-seize-transform process-instance",
        SstChains.JSON,
        SSTS.get().get(which),
        new Random(seed),
        MUTANTS);
  }

  @Property(tries = LONG_TRIES)
  void mutatedMultiLevelDocumentsYieldOnlyTheDocumentedException(
      @ForAll @IntRange(max = SEEDS - 1) int which, @ForAll long seed) {
    FUZZ.fuzz(
        "multi-level-alliance",
        MultiLevelChains.JSON,
        MULTI_LEVEL.get().get(which),
        new Random(seed),
        MUTANTS);
  }

  @AfterContainer
  static void report() {
    System.out.println(FUZZ.report());
    FUZZ.saveSlowest(java.nio.file.Path.of("target", "slowest-process-fuzz-input.json"));
  }
}

package org.bmi4j.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitrary;
import org.bmi4j.core.alliance.ContributionLedger;
import org.bmi4j.core.analysis.BusinessModelDiff;
import org.bmi4j.core.analysis.BusinessModelIntersection;
import org.bmi4j.core.analysis.ClassificationPolicy;
import org.bmi4j.core.canvas.BusinessModelCanvas;
import org.bmi4j.core.csv.BmiCsv;
import org.bmi4j.core.json.BmiJson;
import org.bmi4j.core.json.DocumentType;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.testing.LedgerArbitraries;
import org.bmi4j.core.testing.ModelArbitraries;
import org.bmi4j.process.alliance.AllianceChains;
import org.bmi4j.process.alliance.AlliancesAccess;
import org.bmi4j.process.firm.FirmChains;
import org.bmi4j.process.multilevel.MultiLevelChains;
import org.bmi4j.process.sst.SstChains;
import org.junit.jupiter.api.Test;

/**
 * Thread safety of the shared parts of bmi4j: eight threads share the process definitions
 * (alliance, firm, multi-level, sense-seize-transform), the shipped capability catalogue, {@link
 * BmiJson} and the document types of {@link ProcessDocuments}, and one pool of business models and
 * ledgers; each runs seeded random process chains (see {@link Chains}) and bmi-core analyses, and
 * every transcript equals the one a single thread gets for the same chain.
 *
 * <p>Every chain is run three times: once on this thread before the others start, and at the same
 * time on two of the eight pool threads, which all start together at a barrier. At every step a
 * chain applies its event, writes and reads the JSON document, replays the history and exports the
 * timeline, CSV tables, models and canvases; the transcript compares outcomes, the final value and
 * the digest of every output. No timing is asserted: speed is measured in JMH.
 */
class ConcurrencyTests {
  private static final int THREADS = 8;
  private static final int SEEDS_PER_KIND = 4;
  private static final int STEPS = 25;
  private static final long POOL_SEED = 20_260_301L;

  /** A chain to run: its kind and seed. */
  private record Plan(String kind, long seed) {
    Chains.Transcript run(Pool pool) {
      return switch (kind) {
        case "alliance" -> AllianceChains.chain(seed, STEPS);
        case "firm" -> FirmChains.chain(seed, STEPS, pool.models());
        case "multilevel" -> MultiLevelChains.chain(seed, STEPS);
        case "sst" -> SstChains.chain(seed, STEPS, pool.models());
        default -> analyses(seed, pool);
      };
    }
  }

  /** The models and ledgers every thread shares. */
  private record Pool(List<BusinessModel> models, List<ContributionLedger> ledgers) {}

  @Test
  void eightThreadsRunningRandomChainsGetWhatOneThreadGets() throws Exception {
    Pool pool = pool();
    List<Plan> plans = new ArrayList<>();
    for (int i = 0; i < SEEDS_PER_KIND; i++) {
      for (String kind : List.of("alliance", "firm", "multilevel", "sst", "analyses")) {
        plans.add(new Plan(kind, 1_000L * i + kind.length()));
      }
    }
    Map<Plan, Chains.Transcript> sequential = new LinkedHashMap<>();
    for (Plan plan : plans) {
      sequential.put(plan, plan.run(pool));
    }

    ExecutorService executor = Executors.newFixedThreadPool(THREADS);
    CyclicBarrier barrier = new CyclicBarrier(THREADS);
    List<Future<Map<Plan, Chains.Transcript>>> futures = new ArrayList<>();
    try {
      for (int t = 0; t < THREADS; t++) {
        List<Plan> share = share(plans, t);
        futures.add(
            executor.submit(
                () -> {
                  barrier.await(1, TimeUnit.MINUTES);
                  Map<Plan, Chains.Transcript> transcripts = new LinkedHashMap<>();
                  for (Plan plan : share) {
                    try {
                      transcripts.put(plan, plan.run(pool));
                    } catch (RuntimeException | AssertionError e) {
                      throw new AssertionError(
                          plan + " failed on " + Thread.currentThread().getName() + ": " + e, e);
                    }
                  }
                  return transcripts;
                }));
      }
      int runs = 0;
      for (Future<Map<Plan, Chains.Transcript>> future : futures) {
        Map<Plan, Chains.Transcript> transcripts;
        try {
          transcripts = future.get(5, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
          throw new AssertionError("a thread failed: " + e.getCause(), e.getCause());
        }
        for (Map.Entry<Plan, Chains.Transcript> run : transcripts.entrySet()) {
          assertSameTranscript(sequential.get(run.getKey()), run.getValue());
          runs++;
        }
      }
      assertEquals(2 * plans.size(), runs, "every chain ran on two threads");
    } finally {
      executor.shutdownNow();
      assertTrue(executor.awaitTermination(1, TimeUnit.MINUTES), "the threads ended");
    }
  }

  /**
   * The chains of thread {@code t}: each chain goes to two threads, {@code t} and {@code t + 4},
   * the second starting half-way through the list, so that the same chain also runs on two threads
   * at different points.
   */
  private static List<Plan> share(List<Plan> plans, int t) {
    List<Plan> mine = new ArrayList<>();
    for (int i = 0; i < plans.size(); i++) {
      if (i % (THREADS / 2) == t % (THREADS / 2)) {
        mine.add(plans.get(i));
      }
    }
    if (t >= THREADS / 2) {
      List<Plan> rotated = new ArrayList<>(mine.subList(mine.size() / 2, mine.size()));
      rotated.addAll(mine.subList(0, mine.size() / 2));
      return rotated;
    }
    return mine;
  }

  private static void assertSameTranscript(Chains.Transcript expected, Chains.Transcript actual) {
    List<String> a = expected.lines();
    List<String> b = actual.lines();
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      if (!a.get(i).equals(b.get(i))) {
        fail(
            expected.chain()
                + " differs from its sequential run at line "
                + (i + 1)
                + ":\n  sequential: "
                + a.get(i)
                + "\n  concurrent: "
                + b.get(i));
      }
    }
    assertEquals(a.size(), b.size(), expected.chain() + ": transcript length");
    assertEquals(expected.end(), actual.end(), expected.chain() + ": the value it ended with");
  }

  /**
   * Samples the shared pool on this thread from fixed seeds: the fixtures' models, generated models
   * (complete and not) and ledgers.
   */
  private static Pool pool() {
    Random random = new Random(POOL_SEED);
    List<BusinessModel> models = new ArrayList<>(FirmChains.fixtureModels());
    models.add(SstChains.filamentModel());
    models.add(AlliancesAccess.allianceModel());
    models.addAll(sample(ModelArbitraries.businessModels(), random, 16));
    models.addAll(sample(ModelArbitraries.completeBusinessModels(), random, 8));
    return new Pool(ImmutableList.copyOf(models), sample(LedgerArbitraries.ledgers(), random, 8));
  }

  private static <T> List<T> sample(Arbitrary<T> arbitrary, Random random, int count) {
    List<T> values = new ArrayList<>();
    var generator = arbitrary.generator(1000);
    for (int i = 0; i < count; i++) {
      values.add(generator.next(random).value());
    }
    return ImmutableList.copyOf(values);
  }

  /**
   * A chain of bmi-core analyses on the shared pool: diffs, classifications, intersections,
   * canvases, CSV tables and ledger verdicts of randomly chosen models and ledgers.
   */
  private static Chains.Transcript analyses(long seed, Pool pool) {
    Random random = new Random(seed);
    Chains.Recorder recorder = new Chains.Recorder();
    List<BusinessModel> models = pool.models();
    for (int i = 0; i < STEPS; i++) {
      BusinessModel before = models.get(random.nextInt(models.size()));
      BusinessModel after = models.get(random.nextInt(models.size()));
      ContributionLedger ledger = pool.ledgers().get(random.nextInt(pool.ledgers().size()));
      BusinessModelDiff diff = BusinessModelDiff.of(before, after);
      recorder.step(
          before.id()
              + " -> "
              + after.id()
              + ": "
              + ClassificationPolicy.defaults().classify(diff)
              + ", similarity "
              + diff.similarity());
      recorder.output("diff.csv", BmiCsv.DIFFS.write(BmiCsv.diff(diff)));
      recorder.output("intersection", BusinessModelIntersection.of(before, after).toString());
      recorder.output(
          "portfolio",
          ClassificationPolicy.defaults().classify(List.of(before), List.of(after)).toString());
      recorder.output("canvas.html", BusinessModelCanvas.of(after).toHtml());
      recorder.output("canvas.md", BusinessModelCanvas.of(after).toMarkdown());
      recorder.output("elements.csv", BmiCsv.ELEMENTS.write(BmiCsv.elements(after)));
      recorder.output("coherence", after.coherence().toString());
      recorder.output("ledger.csv", BmiCsv.LEDGER.write(BmiCsv.ledger(ledger)));
      recorder.output("ledger.json", BmiJson.write(DocumentType.CONTRIBUTION_LEDGER, ledger));
      recorder.output("win-win", ledger.winWin(LedgerArbitraries.PARTNERS).summary());
    }
    return recorder.transcript("analyses#" + seed, null);
  }
}

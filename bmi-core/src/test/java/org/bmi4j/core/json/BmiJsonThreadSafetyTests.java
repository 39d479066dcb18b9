package org.bmi4j.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.RandomGenerator;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.testing.ModelArbitraries;
import org.junit.jupiter.api.Test;

/**
 * {@link BmiJson} is shared by every thread of an application: documents written at the same time
 * on several threads are byte for byte the documents one thread writes.
 *
 * <p>Regression test: the pretty printer set on each generator was one shared instance, and a
 * Jackson pretty printer counts the nesting it is in, so documents written at the same time got
 * each other's indentation.
 */
class BmiJsonThreadSafetyTests {
  private static final int THREADS = 8;
  private static final int ROUNDS = 40;

  @Test
  void documentsWrittenOnEightThreadsAtOnceAreTheDocumentsOneThreadWrites() throws Exception {
    Random random = new Random(17);
    RandomGenerator<BusinessModel> generator =
        ModelArbitraries.completeBusinessModels().generator(1000);
    List<BusinessModel> models = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      BusinessModel model = generator.next(random).value();
      models.add(model);
      expected.add(BmiJson.write(DocumentType.BUSINESS_MODEL, model));
    }

    ExecutorService executor = Executors.newFixedThreadPool(THREADS);
    CyclicBarrier barrier = new CyclicBarrier(THREADS);
    try {
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int first = t;
        futures.add(
            executor.submit(
                () -> {
                  barrier.await(1, TimeUnit.MINUTES);
                  List<String> written = new ArrayList<>();
                  for (int round = 0; round < ROUNDS; round++) {
                    int i = (first + round) % models.size();
                    String json = BmiJson.write(DocumentType.BUSINESS_MODEL, models.get(i));
                    assertEquals(models.get(i), BmiJson.read(DocumentType.BUSINESS_MODEL, json));
                    written.add(i + "\n" + json);
                  }
                  return written;
                }));
      }
      for (Future<List<String>> future : futures) {
        List<String> written;
        try {
          written = future.get(2, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
          throw new AssertionError("a thread failed: " + e.getCause(), e.getCause());
        }
        for (String entry : written) {
          int i = Integer.parseInt(entry.substring(0, entry.indexOf('\n')));
          assertEquals(
              expected.get(i),
              entry.substring(entry.indexOf('\n') + 1),
              "model " + i + " written on a pool thread");
        }
      }
    } finally {
      executor.shutdownNow();
      assertTrue(executor.awaitTermination(1, TimeUnit.MINUTES), "the threads ended");
    }
  }
}

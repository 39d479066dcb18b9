package org.bmi4j.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AppendLogTests {
  @Nested
  class Unkeyed {
    @Test
    void anAppendedLogHoldsTheEarlierElementsThenTheNewOne() {
      AppendLog<String> one = AppendLog.<String>empty().append("a");
      AppendLog<String> two = one.append("b");
      assertEquals(List.of("a"), one);
      assertEquals(List.of("a", "b"), two);
      assertEquals(List.of(), AppendLog.empty());
    }

    @Test
    void appendingToAnOlderVersionBranchesWithoutChangingTheOthers() {
      AppendLog<String> one = AppendLog.<String>empty().append("a");
      AppendLog<String> two = one.append("b");
      AppendLog<String> branch = one.append("c");
      AppendLog<String> branchTwo = branch.append("d");
      AppendLog<String> three = two.append("e");
      assertEquals(List.of("a"), one);
      assertEquals(List.of("a", "b"), two);
      assertEquals(List.of("a", "c"), branch);
      assertEquals(List.of("a", "c", "d"), branchTwo);
      assertEquals(List.of("a", "b", "e"), three);
    }

    @Test
    void aLogIsAnUnmodifiableList() {
      AppendLog<String> log = AppendLog.copyOf(List.of("a", "b"));
      assertThrows(UnsupportedOperationException.class, () -> log.add("c"));
      assertThrows(UnsupportedOperationException.class, () -> log.set(0, "c"));
      assertThrows(UnsupportedOperationException.class, () -> log.remove(0));
      assertThrows(IndexOutOfBoundsException.class, () -> log.get(2));
      assertEquals(List.of("a", "b").hashCode(), log.hashCode());
    }

    @Test
    void copyOfAnUnkeyedLogIsThatLog() {
      AppendLog<String> log = AppendLog.copyOf(List.of("a", "b"));
      assertTrue(log == AppendLog.copyOf(log));
      assertFalse(log.isKeyed());
    }

    @Test
    void nullsAreRejected() {
      AppendLog<String> log = AppendLog.empty();
      assertThrows(NullPointerException.class, () -> log.append(nothing()));
    }

    @Test
    void anUnkeyedLogFindsNothingByKey() {
      AppendLog<String> log = AppendLog.copyOf(List.of("a"));
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> log.lastIndex("a"));
      assertEquals("an unkeyed log finds no element by key", e.getMessage());
    }

    @Test
    void versionsAppendedFromManyThreadsEachSeeTheirOwnElements() throws InterruptedException {
      AppendLog<Integer> base = AppendLog.copyOf(List.of(0, 1, 2));
      ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
      ExecutorService pool = Executors.newFixedThreadPool(4);
      for (int t = 0; t < 8; t++) {
        int mark = 100 * (t + 1);
        pool.execute(
            () -> {
              AppendLog<Integer> log = base;
              for (int i = 0; i < 1_000; i++) {
                log = log.append(mark + i);
              }
              for (int i = 0; i < 1_000; i++) {
                if (log.get(3 + i) != mark + i) {
                  failures.add("thread " + mark + " sees " + log.get(3 + i) + " at " + (3 + i));
                }
              }
            });
      }
      pool.shutdown();
      assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
      assertEquals(List.of(), List.copyOf(failures));
      assertEquals(List.of(0, 1, 2), base);
    }
  }

  @Nested
  class Keyed {
    private final AppendLog<String> empty = AppendLog.keyed(s -> s.substring(0, 1));

    @Test
    void theLastElementOfAKeyIsFoundAndTheOnesBeforeItInTurn() {
      AppendLog<String> log = empty.append("a1").append("b1").append("a2").append("a3");
      assertEquals(3, log.lastIndex("a"));
      assertEquals(2, log.previousIndex(3));
      assertEquals(0, log.previousIndex(2));
      assertEquals(-1, log.previousIndex(0));
      assertEquals(Optional.of("b1"), log.last("b"));
      assertEquals(Optional.empty(), log.last("c"));
      assertEquals(-1, empty.lastIndex("a"));
    }

    @Test
    void anOlderVersionFindsItsOwnLastElementOfAKey() {
      AppendLog<String> one = empty.append("a1");
      AppendLog<String> two = one.append("b1");
      two.append("a2").append("a3");
      assertEquals(Optional.of("a1"), two.last("a"));
      assertEquals(Optional.empty(), one.last("b"));
      AppendLog<String> branch = one.append("a9");
      assertEquals(Optional.of("a9"), branch.last("a"));
      assertEquals(0, branch.previousIndex(1));
      assertEquals(-1, branch.lastIndex("b"));
      assertTrue(branch.isKeyed());
    }
  }

  @Nested
  class SharedVersions {
    private static final int THREADS = 4;

    @Test
    void appendsToOneVersionFromManyThreadsAtOnceEachMakeTheirOwnVersion() throws Exception {
      List<String> failures = appendAtOnce(AppendLog.empty());
      assertEquals(List.of(), failures);
    }

    @Test
    void keyedAppendsToOneVersionFromManyThreadsAtOnceFindTheirOwnKeys() throws Exception {
      List<String> failures = appendAtOnce(AppendLog.keyed(s -> s.substring(0, 1)));
      assertEquals(List.of(), failures);
    }

    /**
     * Rounds of {@link #THREADS} threads appending each its own element to one shared version of 0
     * to 20 elements (in place, growing, past the keyed log's scanned length) at the same moment;
     * returns what any version, the shared one included, showed wrongly afterwards.
     */
    private List<String> appendAtOnce(AppendLog<String> empty) throws Exception {
      ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      try {
        AppendLog<String> base = empty;
        for (int round = 0; round < 400; round++) {
          int length = round % 21;
          while (base.size() > length) {
            base = empty;
          }
          while (base.size() < length) {
            base = base.append("k" + base.size() % 3);
          }
          AppendLog<String> shared = base;
          List<String> before = List.copyOf(shared);
          CyclicBarrier start = new CyclicBarrier(THREADS);
          List<Future<AppendLog<String>>> made = new ArrayList<>();
          for (int t = 0; t < THREADS; t++) {
            String mine = (char) ('a' + t) + "-" + round;
            made.add(
                pool.submit(
                    () -> {
                      start.await();
                      return shared.append(mine);
                    }));
          }
          for (int t = 0; t < THREADS; t++) {
            AppendLog<String> log = made.get(t).get(30, TimeUnit.SECONDS);
            String mine = (char) ('a' + t) + "-" + round;
            List<String> expected = new ArrayList<>(before);
            expected.add(mine);
            if (!expected.equals(log)) {
              failures.add("round " + round + ": thread " + t + " sees " + log);
            }
            if (log.isKeyed()
                && (log.lastIndex(mine.substring(0, 1)) != length
                    || log.previousIndex(length) != -1
                    || log.lastIndex("k") != lastOfKey(expected, "k"))) {
              failures.add("round " + round + ": thread " + t + " finds keys wrongly in " + log);
            }
          }
          if (!before.equals(shared)) {
            failures.add("round " + round + ": the shared version became " + shared);
          }
        }
      } finally {
        pool.shutdown();
      }
      assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
      return failures.stream().limit(10).toList(); // the first few tell
    }

    private int lastOfKey(List<String> elements, String key) {
      for (int i = elements.size() - 1; i >= 0; i--) {
        if (elements.get(i).startsWith(key)) {
          return i;
        }
      }
      return -1;
    }
  }

  @SuppressWarnings("NullAway")
  private static String nothing() {
    return null;
  }
}

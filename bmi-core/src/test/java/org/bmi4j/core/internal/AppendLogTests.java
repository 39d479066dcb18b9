package org.bmi4j.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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

  @SuppressWarnings("NullAway")
  private static String nothing() {
    return null;
  }
}

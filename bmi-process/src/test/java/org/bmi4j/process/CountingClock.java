package org.bmi4j.process;

import java.time.Instant;

/**
 * A clock for tests that counts its reads and moves one millisecond on each, so a test can assert
 * how often the library reads the clock and which steps share one reading.
 */
public final class CountingClock extends MillisClock {
  private int reads;
  private long millis;

  /** Returns a clock whose first reading is {@code start}. */
  public CountingClock(Instant start) {
    this.millis = start.toEpochMilli();
  }

  /** Returns how often the clock has been read. */
  public int reads() {
    return reads;
  }

  @Override
  public long millis() {
    reads++;
    return millis++;
  }
}

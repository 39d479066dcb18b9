package org.bmi4j.process;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock for tests that counts its reads and moves one millisecond on each, so a test can assert
 * how often the library reads the clock and which steps share one reading.
 */
public final class CountingClock extends Clock {
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
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException();
  }

  @Override
  public long millis() {
    reads++;
    return millis++;
  }

  @Override
  public Instant instant() {
    return Instant.ofEpochMilli(millis());
  }
}

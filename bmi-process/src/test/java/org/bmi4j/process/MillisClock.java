package org.bmi4j.process;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock for tests whose readings a subclass gives as milliseconds ({@link #millis()}), each read
 * once whether the library asks for milliseconds or an instant; in UTC, and never rezoned.
 */
public abstract class MillisClock extends Clock {
  @Override
  public final ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public final Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException();
  }

  @Override
  public abstract long millis();

  @Override
  public final Instant instant() {
    return Instant.ofEpochMilli(millis());
  }
}

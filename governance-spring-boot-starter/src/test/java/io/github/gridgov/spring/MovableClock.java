package io.github.gridgov.spring;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock of UTC that a test moves; whatever reads it, on any thread, sees the move at once. */
final class MovableClock extends Clock {
  private final AtomicReference<Instant> now;

  MovableClock(Instant start) {
    this.now = new AtomicReference<>(start);
  }

  void set(Instant at) {
    now.set(at);
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("a test clock of UTC only");
  }
}

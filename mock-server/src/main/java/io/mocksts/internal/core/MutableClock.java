package io.mocksts.internal.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that runs with a base clock plus an adjustable offset: the mock's control surface moves
 * it forward so that scenarios can watch credentials expire without waiting.
 */
public final class MutableClock extends Clock {

  private final Clock base;
  private final AtomicReference<Duration> offset;

  public MutableClock(Clock base) {
    this(base, new AtomicReference<>(Duration.ZERO));
  }

  private MutableClock(Clock base, AtomicReference<Duration> offset) {
    this.base = base;
    this.offset = offset;
  }

  public static MutableClock systemUtc() {
    return new MutableClock(Clock.systemUTC());
  }

  /** Moves the clock by the given amount (may be negative). */
  public void advance(Duration amount) {
    offset.updateAndGet(o -> o.plus(amount));
  }

  /** Puts the clock back onto its base clock. */
  public void reset() {
    offset.set(Duration.ZERO);
  }

  public Duration offset() {
    return offset.get();
  }

  @Override
  public Instant instant() {
    return base.instant().plus(offset.get());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new MutableClock(base.withZone(zone), offset);
  }
}

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

  /** The clock never moves further than this from its base clock, either way. */
  public static final Duration MAX_OFFSET = Duration.ofDays(36_525); // 100 years

  /**
   * Moves the clock by the given amount (may be negative).
   *
   * @throws IllegalArgumentException when the clock would end up more than {@link #MAX_OFFSET} from
   *     its base clock, or before 1970; nothing changes then
   */
  public void advance(Duration amount) {
    offset.updateAndGet(
        o -> {
          Duration next;
          try {
            next = o.plus(amount);
            next.abs();
          } catch (ArithmeticException e) {
            throw new IllegalArgumentException("the clock cannot move that far");
          }
          if (next.abs().compareTo(MAX_OFFSET) > 0) {
            throw new IllegalArgumentException(
                "the clock moves at most " + MAX_OFFSET.toDays() + " days from real time");
          }
          if (base.instant().plus(next).isBefore(Instant.EPOCH)) {
            throw new IllegalArgumentException("the clock cannot move before 1970");
          }
          return next;
        });
  }

  /**
   * Sets the clock to {@code instant}; it runs on from there at the base clock's pace (it is not
   * frozen).
   *
   * @throws IllegalArgumentException when {@code instant} is more than {@link #MAX_OFFSET} from the
   *     base clock, or before 1970; nothing changes then
   */
  public void set(Instant instant) {
    if (instant.isBefore(Instant.EPOCH)) {
      throw new IllegalArgumentException("the clock cannot move before 1970");
    }
    Duration next = Duration.between(base.instant(), instant);
    if (next.abs().compareTo(MAX_OFFSET) > 0) {
      throw new IllegalArgumentException(
          "the clock moves at most " + MAX_OFFSET.toDays() + " days from real time");
    }
    offset.set(next);
  }

  /** The base clock the offset applies to: real time unless a test pinned it. */
  public Clock base() {
    return base;
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

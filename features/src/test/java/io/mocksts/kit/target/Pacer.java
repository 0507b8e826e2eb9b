package io.mocksts.kit.target;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Keeps the kit's calls to a target within the profile's {@code rateLimits} (calls per second per
 * vendor): {@link #pace} waits until the vendor's next call is due, {@code 1 / rate} seconds after
 * the previous one. Without a limit for the vendor it does not wait. One pacer per target, shared
 * by every scenario of the run.
 */
public final class Pacer {

  private final Map<String, Duration> intervals = new HashMap<>();
  private final Map<String, Instant> due = new HashMap<>();
  private final Clock clock;
  private final Consumer<Duration> sleeper;

  Pacer(ProfileSettings settings, Clock clock, Consumer<Duration> sleeper) {
    settings
        .rateLimits()
        .forEach(
            (vendor, rate) ->
                intervals.put(vendor, Duration.ofNanos(Math.round(1_000_000_000d / rate))));
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /** A pacer on the system clock that sleeps the calling thread. */
  static Pacer of(ProfileSettings settings) {
    return new Pacer(settings, Clock.systemUTC(), Pacer::sleep);
  }

  /** Waits, if needed, until a call to {@code vendor} keeps within its limit, and books it. */
  public void pace(String vendor) {
    Duration interval = intervals.get(vendor);
    if (interval == null) {
      return;
    }
    Duration wait;
    synchronized (this) {
      Instant now = clock.instant();
      Instant slot = due.getOrDefault(vendor, now);
      if (slot.isBefore(now)) {
        slot = now;
      }
      due.put(vendor, slot.plus(interval));
      wait = Duration.between(now, slot);
    }
    if (!wait.isZero() && !wait.isNegative()) {
      sleeper.accept(wait);
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

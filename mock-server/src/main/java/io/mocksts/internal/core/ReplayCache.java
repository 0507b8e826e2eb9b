package io.mocksts.internal.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers values seen within a time window (signature nonces, SAML assertion ids) so that a
 * second use is detected. Bounded: entries older than the window are dropped, and beyond {@code
 * capacity} entries the oldest ones go first, so memory stays flat under any load.
 */
public final class ReplayCache {

  private final Clock clock;
  private final Duration window;
  private final int capacity;
  private final LinkedHashMap<String, Instant> seen = new LinkedHashMap<>();

  public ReplayCache(Clock clock, Duration window, int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive");
    }
    this.clock = clock;
    this.window = window;
    this.capacity = capacity;
  }

  /**
   * Records a use of {@code value}.
   *
   * @return {@code true} the first time a value is seen within the window, {@code false} on reuse
   */
  public synchronized boolean firstUse(String value) {
    Instant now = clock.instant();
    evictOlderThan(now.minus(window));
    Instant previous = seen.get(value);
    if (previous != null) {
      return false;
    }
    seen.put(value, now);
    while (seen.size() > capacity) {
      Iterator<Map.Entry<String, Instant>> eldest = seen.entrySet().iterator();
      eldest.next();
      eldest.remove();
    }
    return true;
  }

  public synchronized int size() {
    return seen.size();
  }

  private void evictOlderThan(Instant cutoff) {
    Iterator<Map.Entry<String, Instant>> it = seen.entrySet().iterator();
    while (it.hasNext()) {
      if (it.next().getValue().isBefore(cutoff)) {
        it.remove();
      } else {
        return;
      }
    }
  }
}

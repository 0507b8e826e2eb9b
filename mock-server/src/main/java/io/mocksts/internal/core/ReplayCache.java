package io.mocksts.internal.core;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers values seen within a time window, per key (signature nonces per AccessKeyId or
 * SecretId), so that a second use is detected.
 *
 * <p>Bounded in two ways, neither of which lets one key make another key's values forgettable:
 *
 * <ul>
 *   <li>each key keeps at most {@code perKeyCapacity} values; beyond that the key's own oldest
 *       values are forgotten first, so a key's flood only ever reopens that key's own requests;
 *   <li>all keys together keep at most {@code totalCapacity} values; when that many are remembered
 *       within the window, a new value of a key that is not at its own bound is refused ({@link
 *       Use#FULL}) rather than recorded at the cost of another key's entries (fail closed).
 * </ul>
 *
 * Values older than the window are dropped, so memory stays flat under any load.
 */
public final class ReplayCache {

  /** The outcome of recording a use. */
  public enum Use {
    /** The first use of the value by this key within the window; it is now remembered. */
    FIRST,
    /** The key used the value before, within the window. */
    REPLAY,
    /** Nothing was recorded: the total bound is reached and entries of other keys are kept. */
    FULL
  }

  private record Entry(String key, long at) {}

  private final Clock clock;
  private final long windowMillis;
  private final int perKeyCapacity;
  private final int totalCapacity;

  /** Every remembered (key, value), in the order recorded. */
  private final LinkedHashMap<String, Entry> seen = new LinkedHashMap<>();

  /** Each key's remembered (key, value) identities, oldest first. */
  private final Map<String, ArrayDeque<String>> byKey = new HashMap<>();

  /**
   * @param window how long a value is remembered
   * @param perKeyCapacity how many values one key keeps at most
   * @param totalCapacity how many values all keys keep at most (not below {@code perKeyCapacity})
   */
  public ReplayCache(Clock clock, Duration window, int perKeyCapacity, int totalCapacity) {
    if (perKeyCapacity < 1) {
      throw new IllegalArgumentException("perKeyCapacity must be positive");
    }
    if (totalCapacity < perKeyCapacity) {
      throw new IllegalArgumentException("totalCapacity must be at least perKeyCapacity");
    }
    this.clock = clock;
    this.windowMillis = window.toMillis();
    this.perKeyCapacity = perKeyCapacity;
    this.totalCapacity = totalCapacity;
  }

  /**
   * Records a use of {@code value} by {@code key}.
   *
   * @return {@link Use#FIRST} the first time the key uses the value within the window, {@link
   *     Use#REPLAY} on reuse, {@link Use#FULL} when the total bound leaves no room for it
   */
  public synchronized Use use(String key, String value) {
    long now = clock.millis();
    evictOlderThan(now - windowMillis);
    String identity = key.length() + ":" + key + "\n" + value;
    if (seen.containsKey(identity)) {
      return Use.REPLAY;
    }
    ArrayDeque<String> own = byKey.get(key);
    boolean keyAtItsBound = own != null && own.size() >= perKeyCapacity;
    if (!keyAtItsBound && seen.size() >= totalCapacity) {
      return Use.FULL;
    }
    if (own == null) {
      own = new ArrayDeque<>();
      byKey.put(key, own);
    }
    if (keyAtItsBound) {
      seen.remove(own.pollFirst());
    }
    seen.put(identity, new Entry(key, now));
    own.addLast(identity);
    return Use.FIRST;
  }

  /** The number of values remembered for all keys. */
  public synchronized int size() {
    return seen.size();
  }

  /** The number of values remembered for one key. */
  public synchronized int size(String key) {
    ArrayDeque<String> own = byKey.get(key);
    return own == null ? 0 : own.size();
  }

  private void evictOlderThan(long cutoff) {
    Iterator<Map.Entry<String, Entry>> it = seen.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<String, Entry> eldest = it.next();
      if (eldest.getValue().at() >= cutoff) {
        return;
      }
      it.remove();
      // The globally eldest entry is also the eldest of its own key.
      String key = eldest.getValue().key();
      ArrayDeque<String> own = byKey.get(key);
      own.pollFirst();
      if (own.isEmpty()) {
        byKey.remove(key);
      }
    }
  }
}

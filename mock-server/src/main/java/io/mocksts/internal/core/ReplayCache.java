package io.mocksts.internal.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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

  /**
   * One remembered (key, value): the first 128 bits of SHA-256 over the pair stand for it, so an
   * entry costs some 100 bytes whatever the value's length (a 128-bit collision, which would only
   * make a fresh request look like a replay, is beyond reach at these sizes). Equality is the
   * digest's; the key (its one shared instance) and the time ride along for eviction.
   */
  private static final class Seen {
    private final long high;
    private final long low;
    private final String key;
    private final long at;

    Seen(long high, long low, String key, long at) {
      this.high = high;
      this.low = low;
      this.key = key;
      this.at = at;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Seen s && s.high == high && s.low == low;
    }

    @Override
    public int hashCode() {
      return Long.hashCode(high);
    }
  }

  private final Clock clock;
  private final long windowMillis;
  private final int perKeyCapacity;
  private final int totalCapacity;

  /** Every remembered (key, value), in the order recorded. */
  private final LinkedHashMap<Seen, Seen> seen = new LinkedHashMap<>();

  /** Each key's remembered (key, value) pairs, oldest first. */
  private final Map<String, ArrayDeque<Seen>> byKey = new HashMap<>();

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
    byte[] digest = digest(key, value);
    Seen probe = new Seen(high(digest, 0), high(digest, 8), null, now);
    if (seen.containsKey(probe)) {
      return Use.REPLAY;
    }
    ArrayDeque<Seen> own = byKey.get(key);
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
    // The key of the map entry is the one instance every entry of that key shares.
    String sharedKey = own.isEmpty() ? key : own.peekFirst().key;
    Seen entry = new Seen(probe.high, probe.low, sharedKey, now);
    seen.put(entry, entry);
    own.addLast(entry);
    return Use.FIRST;
  }

  /** The number of values remembered for all keys. */
  public synchronized int size() {
    return seen.size();
  }

  /** The number of values remembered for one key. */
  public synchronized int size(String key) {
    ArrayDeque<Seen> own = byKey.get(key);
    return own == null ? 0 : own.size();
  }

  private void evictOlderThan(long cutoff) {
    Iterator<Seen> it = seen.keySet().iterator();
    while (it.hasNext()) {
      Seen eldest = it.next();
      if (eldest.at >= cutoff) {
        return;
      }
      it.remove();
      // The globally eldest entry is also the eldest of its own key.
      String key = eldest.key;
      ArrayDeque<Seen> own = byKey.get(key);
      own.pollFirst();
      if (own.isEmpty()) {
        byKey.remove(key);
      }
    }
  }

  /** SHA-256 over the key's length, the key and the value: no two pairs concatenate alike. */
  private static byte[] digest(String key, String value) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update((key.length() + ":" + key + "\n").getBytes(StandardCharsets.UTF_8));
      return sha.digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static long high(byte[] digest, int offset) {
    long v = 0;
    for (int i = offset; i < offset + 8; i++) {
      v = (v << 8) | (digest[i] & 0xff);
    }
    return v;
  }
}

package io.mocksts.internal.saml;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Remembers accepted assertions ({@code Issuer!ID}) until they expire, so that a second use is
 * refused (saml-security.md §0 S8). Each entry is kept until its own expiry (the assertion's
 * NotOnOrAfter plus the clock skew), so an assertion cannot be replayed for as long as it is valid.
 *
 * <p>Bounded: beyond {@code capacity} unexpired entries, the one closest to its expiry is dropped
 * first, which keeps memory flat and opens the smallest possible replay window. Only assertions
 * that passed every other check reach the cache, so junk cannot fill it.
 */
public final class AssertionReplayCache {

  /** Enough for hours of load at thousands of distinct assertions a minute. */
  public static final int DEFAULT_CAPACITY = 200_000;

  private final int capacity;
  private final Map<String, Instant> expiries = new HashMap<>();
  private final PriorityQueue<Entry> byExpiry = new PriorityQueue<>();

  public AssertionReplayCache(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive");
    }
    this.capacity = capacity;
  }

  public AssertionReplayCache() {
    this(DEFAULT_CAPACITY);
  }

  /**
   * Records a use of {@code key}.
   *
   * @param key the identity of the assertion, e.g. {@code issuer + "!" + id}
   * @param expiresAt when the entry may be forgotten
   * @param now the current time of the caller's clock
   * @return {@code true} the first time (or after the earlier use expired), {@code false} on reuse
   */
  public synchronized boolean firstUse(String key, Instant expiresAt, Instant now) {
    evictExpired(now);
    if (expiries.containsKey(key)) {
      return false;
    }
    expiries.put(key, expiresAt);
    byExpiry.add(new Entry(expiresAt, key));
    while (expiries.size() > capacity) {
      Entry soonest = byExpiry.poll();
      expiries.remove(soonest.key());
    }
    return true;
  }

  /** The number of remembered assertions. */
  public synchronized int size() {
    return expiries.size();
  }

  private void evictExpired(Instant now) {
    while (!byExpiry.isEmpty() && !byExpiry.peek().expiresAt().isAfter(now)) {
      expiries.remove(byExpiry.poll().key());
    }
  }

  private record Entry(Instant expiresAt, String key) implements Comparable<Entry> {
    @Override
    public int compareTo(Entry other) {
      return expiresAt.compareTo(other.expiresAt);
    }
  }
}

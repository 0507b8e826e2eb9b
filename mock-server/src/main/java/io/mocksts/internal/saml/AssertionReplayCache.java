package io.mocksts.internal.saml;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Remembers accepted assertions ({@code Issuer!ID}) until they expire, so that a second use is
 * refused (step S8 of the {@link SamlValidator} pipeline). Each entry is kept until its own expiry
 * (the assertion's NotOnOrAfter plus the clock skew), so an assertion cannot be replayed for as
 * long as it is valid.
 *
 * <p>Bounded per issuer and in total, so that one issuer's assertions can never make another
 * issuer's forgettable:
 *
 * <ul>
 *   <li>beyond {@code perIssuerCapacity} unexpired entries of one issuer, that issuer's entry
 *       closest to its expiry is dropped first (the smallest replay window, and only for the issuer
 *       that caused it);
 *   <li>when {@code totalCapacity} unexpired entries are held, a new assertion of an issuer below
 *       its own bound is refused ({@link #firstUse} answers {@code false}, as for a reuse) rather
 *       than recorded at another issuer's expense: the cache fails closed until entries expire.
 * </ul>
 *
 * Only assertions that passed every other check reach the cache, so junk cannot fill it.
 */
public final class AssertionReplayCache {

  /** All issuers together: enough for hours of load at thousands of assertions a minute. */
  public static final int DEFAULT_CAPACITY = 200_000;

  /** One issuer: a quarter of the total, so that one busy IdP cannot fill the cache alone. */
  public static final int DEFAULT_CAPACITY_PER_ISSUER = 50_000;

  private record Entry(Instant expiresAt, long sequence, String issuer, String identity)
      implements Comparable<Entry> {
    @Override
    public int compareTo(Entry other) {
      int byTime = expiresAt.compareTo(other.expiresAt);
      return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
    }
  }

  private final int perIssuerCapacity;
  private final int totalCapacity;
  private final Map<String, Entry> entries = new HashMap<>();
  private final TreeSet<Entry> byExpiry = new TreeSet<>();
  private final Map<String, TreeSet<Entry>> byIssuer = new HashMap<>();
  private long sequence;

  /**
   * @param perIssuerCapacity unexpired entries one issuer keeps at most
   * @param totalCapacity unexpired entries all issuers keep at most (not below {@code
   *     perIssuerCapacity})
   */
  public AssertionReplayCache(int perIssuerCapacity, int totalCapacity) {
    if (perIssuerCapacity < 1) {
      throw new IllegalArgumentException("capacity must be positive");
    }
    if (totalCapacity < perIssuerCapacity) {
      throw new IllegalArgumentException("totalCapacity must be at least perIssuerCapacity");
    }
    this.perIssuerCapacity = perIssuerCapacity;
    this.totalCapacity = totalCapacity;
  }

  /** One bound for each issuer and for all of them together. */
  public AssertionReplayCache(int capacity) {
    this(capacity, capacity);
  }

  public AssertionReplayCache() {
    this(DEFAULT_CAPACITY_PER_ISSUER, DEFAULT_CAPACITY);
  }

  /**
   * Records a use of {@code key}, counted against no particular issuer (all such keys share one
   * bound).
   *
   * @see #firstUse(String, String, Instant, Instant)
   */
  public synchronized boolean firstUse(String key, Instant expiresAt, Instant now) {
    return firstUse("", key, expiresAt, now);
  }

  /**
   * Records a use of {@code key} by {@code issuer}.
   *
   * @param issuer the assertion's issuer, whose bound the entry counts against
   * @param key the identity of the assertion, e.g. {@code issuer + "!" + id}
   * @param expiresAt when the entry may be forgotten
   * @param now the current time of the caller's clock
   * @return {@code true} the first time (or after the earlier use expired); {@code false} on reuse,
   *     and when the total bound leaves no room for it (fail closed)
   */
  public synchronized boolean firstUse(String issuer, String key, Instant expiresAt, Instant now) {
    evictExpired(now);
    issuer = issuer == null ? "" : issuer;
    String identity = issuer.length() + ":" + issuer + "\n" + key;
    if (entries.containsKey(identity)) {
      return false;
    }
    TreeSet<Entry> own = byIssuer.get(issuer);
    boolean issuerAtItsBound = own != null && own.size() >= perIssuerCapacity;
    if (!issuerAtItsBound && entries.size() >= totalCapacity) {
      return false;
    }
    if (issuerAtItsBound) {
      remove(own.first());
    }
    Entry entry = new Entry(expiresAt, sequence++, issuer, identity);
    entries.put(identity, entry);
    byExpiry.add(entry);
    byIssuer.computeIfAbsent(issuer, i -> new TreeSet<>()).add(entry);
    return true;
  }

  /** The number of remembered assertions. */
  public synchronized int size() {
    return entries.size();
  }

  /** The number of remembered assertions of one issuer. */
  public synchronized int size(String issuer) {
    TreeSet<Entry> own = byIssuer.get(issuer);
    return own == null ? 0 : own.size();
  }

  private void evictExpired(Instant now) {
    while (!byExpiry.isEmpty() && !byExpiry.first().expiresAt().isAfter(now)) {
      remove(byExpiry.first());
    }
  }

  private void remove(Entry entry) {
    entries.remove(entry.identity());
    byExpiry.remove(entry);
    TreeSet<Entry> own = byIssuer.get(entry.issuer());
    own.remove(entry);
    if (own.isEmpty()) {
      byIssuer.remove(entry.issuer());
    }
  }
}

package io.mocksts.internal.core;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The most recently issued temporary credentials, for the control surface's listing ({@code GET
 * /__admin/mock-sts/credentials}). Bounded: beyond {@code capacity} entries the oldest is
 * forgotten. Holds no secret and no token: only what identifies the credentials.
 */
public final class IssuedLog {

  /** Entries kept by default. */
  public static final int DEFAULT_CAPACITY = 1000;

  /**
   * One issuance.
   *
   * @param vendor the cloud whose protocol issued it
   * @param action the action that issued it (e.g. {@code AssumeRole}), or {@code null}
   * @param accessKeyId the temporary access key id (not a secret)
   * @param arn the session's ARN as the vendor's GetCallerIdentity reports it, or {@code null}
   * @param accountId the account the session belongs to
   * @param sessionName the session name
   * @param keyId the id of the master key that sealed the token
   * @param issuedAt when, by the mock's clock
   * @param expiration when the credentials expire, by the mock's clock
   */
  public record Entry(
      Vendor vendor,
      String action,
      String accessKeyId,
      String arn,
      String accountId,
      String sessionName,
      String keyId,
      Instant issuedAt,
      Instant expiration) {}

  private final int capacity;
  private final ArrayDeque<Entry> entries = new ArrayDeque<>();
  private long total;

  public IssuedLog() {
    this(DEFAULT_CAPACITY);
  }

  public IssuedLog(int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity must not be negative");
    }
    this.capacity = capacity;
  }

  /** Records an issuance, forgetting the oldest one beyond the capacity. */
  public synchronized void record(Entry entry) {
    total++;
    if (capacity == 0) {
      return;
    }
    if (entries.size() >= capacity) {
      entries.pollFirst();
    }
    entries.addLast(entry);
  }

  /** The entries kept, newest first. */
  public synchronized List<Entry> newestFirst() {
    List<Entry> out = new ArrayList<>(entries);
    java.util.Collections.reverse(out);
    return out;
  }

  /** How many issuances were recorded since start-up, including those forgotten. */
  public synchronized long total() {
    return total;
  }

  public int capacity() {
    return capacity;
  }
}

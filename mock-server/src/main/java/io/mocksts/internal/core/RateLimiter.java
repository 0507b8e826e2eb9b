package io.mocksts.internal.core;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * A per-key limit of calls per fixed window, e.g. Alibaba's "AssumeRole: at most 6,000 calls a
 * minute, shared by the account and its RAM users and roles" (Alibaba STS: who may call,
 * https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/cn.zh-CN/API%E5%8F%82%E8%80%83/API%20%E5%8F%82%E8%80%83%EF%BC%88STS%EF%BC%89/%E6%93%8D%E4%BD%9C%E6%8E%A5%E5%8F%A3/AssumeRole.md)
 * or Tencent's per-second action limits (Tencent STS actions and rate limits,
 * https://www.tencentcloud.website/document/product/1150/49443). Keys are account ids, so memory is
 * bounded by the world. The limit can be changed at run time through the mock's control surface; a
 * change starts a fresh window.
 */
public final class RateLimiter {

  private final Clock clock;
  private final long windowSeconds;
  private final int configuredLimit;
  private int limit;
  private final Map<String, long[]> windows = new HashMap<>();

  /**
   * @param clock the clock windows are measured with
   * @param limitPerMinute calls allowed per key and minute; 0 means unlimited
   */
  public RateLimiter(Clock clock, int limitPerMinute) {
    this(clock, limitPerMinute, 60);
  }

  private RateLimiter(Clock clock, int limit, long windowSeconds) {
    if (limit < 0) {
      throw new IllegalArgumentException("the limit must not be negative");
    }
    this.clock = clock;
    this.windowSeconds = windowSeconds;
    this.configuredLimit = limit;
    this.limit = limit;
  }

  /**
   * A limit of calls per key and second.
   *
   * @param limitPerSecond calls allowed per key and second; 0 means unlimited
   */
  public static RateLimiter perSecond(Clock clock, int limitPerSecond) {
    return new RateLimiter(clock, limitPerSecond, 1);
  }

  /** Counts a call; {@code false} when the key has used up its calls of the current window. */
  public synchronized boolean tryAcquire(String key) {
    if (limit == 0) {
      return true;
    }
    long current = clock.instant().getEpochSecond() / windowSeconds;
    long[] window = windows.computeIfAbsent(key, k -> new long[] {current, 0});
    if (window[0] != current) {
      window[0] = current;
      window[1] = 0;
    }
    if (window[1] >= limit) {
      return false;
    }
    window[1]++;
    return true;
  }

  /** Sets another limit (0 = unlimited) and starts every key on a fresh window. */
  public synchronized void limit(int limitPerWindow) {
    if (limitPerWindow < 0) {
      throw new IllegalArgumentException("the limit must not be negative");
    }
    limit = limitPerWindow;
    windows.clear();
  }

  /** Goes back to the limit the mock was started with. */
  public synchronized void reset() {
    limit(configuredLimit);
  }

  public synchronized int limit() {
    return limit;
  }
}

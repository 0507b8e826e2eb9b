package io.mocksts.internal.tencent;

import io.mocksts.internal.core.RateLimiter;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The documented per-second limits of the STS actions (Tencent STS actions and rate limits,
 * https://www.tencentcloud.website/document/product/1150/49443), counted per owner account.
 * GetSessionToken and QueryApiKey have no documented limit and are not limited. The limits can be
 * changed at run time through the mock's control surface.
 */
public final class TencentLimits {

  /** Calls per second and account, as documented (Tencent STS actions and rate limits). */
  public static final Map<String, Integer> DOCUMENTED =
      Map.of(
          "AssumeRole", 600,
          "AssumeRoleWithSAML", 200,
          "AssumeRoleWithWebIdentity", 20,
          "GetCallerIdentity", 20,
          "GetFederationToken", 600);

  private final Map<String, RateLimiter> limiters = new LinkedHashMap<>();

  public TencentLimits(Clock clock) {
    DOCUMENTED.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> limiters.put(e.getKey(), RateLimiter.perSecond(clock, e.getValue())));
  }

  boolean tryAcquire(String action, String key) {
    RateLimiter limiter = limiters.get(action);
    return limiter == null || limiter.tryAcquire(key);
  }

  /** The current limit of every limited action (0 = unlimited). */
  public Map<String, Integer> limits() {
    Map<String, Integer> out = new LinkedHashMap<>();
    limiters.forEach((action, limiter) -> out.put(action, limiter.limit()));
    return out;
  }

  /** The limiter of an action, if the action is limited. */
  public Optional<RateLimiter> limiter(String action) {
    return Optional.ofNullable(limiters.get(action));
  }

  /** Goes back to the documented limits. */
  public void reset() {
    limiters.values().forEach(RateLimiter::reset);
  }
}

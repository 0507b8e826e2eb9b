package io.mocksts.internal.alibaba;

import io.mocksts.internal.core.RateLimiter;
import io.mocksts.internal.core.ReplayCache;
import io.mocksts.internal.core.SessionTokens;
import io.mocksts.internal.core.Vendor;
import io.mocksts.internal.core.World;
import io.mocksts.internal.oidc.OidcValidator;
import io.mocksts.internal.saml.SamlProfile;
import io.mocksts.internal.saml.SamlTrust;
import io.mocksts.internal.saml.SamlValidator;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/** Builds the Alibaba protocol with its route table: one handler per action. */
public final class AlibabaSts {

  /** Nonces are remembered for twice the timestamp window: a timestamp may be 15 min ahead. */
  static final Duration NONCE_WINDOW = RpcAuthenticator.TIMESTAMP_WINDOW.multipliedBy(2);

  /**
   * Nonces one AccessKeyId keeps at most; beyond it that key's own oldest are forgotten first. The
   * documented AssumeRole rate (6,000 a minute per account) fills 180,000 in the window.
   */
  static final int NONCE_CAPACITY_PER_KEY = 200_000;

  /**
   * Nonces all AccessKeyIds keep at most; when that many are remembered, a key below its own bound
   * is refused ({@code Throttling.User}) until older nonces leave the window. About 100 bytes each
   * ({@link ReplayCache}): some 40 MB at the bound.
   */
  static final int NONCE_CAPACITY_TOTAL = 400_000;

  /**
   * The documented AssumeRole limit: 6,000 calls a minute per account (Alibaba STS: who may call,
   * https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/cn.zh-CN/API%E5%8F%82%E8%80%83/API%20%E5%8F%82%E8%80%83%EF%BC%88STS%EF%BC%89/%E6%93%8D%E4%BD%9C%E6%8E%A5%E5%8F%A3/AssumeRole.md).
   */
  public static final int ASSUME_ROLE_CALLS_PER_MINUTE = 6000;

  private AlibabaSts() {}

  /** The protocol with the documented AssumeRole rate limit. */
  public static AlibabaProtocol protocol(
      World world, SessionTokens tokens, Clock clock, Consumer<String> faultLog) {
    return protocol(
        world, tokens, clock, new RateLimiter(clock, ASSUME_ROLE_CALLS_PER_MINUTE), faultLog);
  }

  /**
   * The protocol and its route table, request timestamps checked against {@code clock}.
   *
   * @param assumeRoleLimiter AssumeRole calls per account and minute
   */
  public static AlibabaProtocol protocol(
      World world,
      SessionTokens tokens,
      Clock clock,
      RateLimiter assumeRoleLimiter,
      Consumer<String> faultLog) {
    return protocol(world, tokens, clock, clock, assumeRoleLimiter, faultLog);
  }

  /**
   * The protocol and its route table.
   *
   * @param clock the mock's clock: issue times, expiry, SAML and OIDC validity
   * @param signatureClock what request timestamps are checked against and nonces remembered by
   *     (docs/time-and-replicas.md): real time unless the mock's clock is asked for
   * @param assumeRoleLimiter AssumeRole calls per account and minute
   */
  public static AlibabaProtocol protocol(
      World world,
      SessionTokens tokens,
      Clock clock,
      Clock signatureClock,
      RateLimiter assumeRoleLimiter,
      Consumer<String> faultLog) {
    return protocol(
        world,
        tokens,
        clock,
        signatureClock,
        assumeRoleLimiter,
        new ReplayCache(signatureClock, NONCE_WINDOW, NONCE_CAPACITY_PER_KEY, NONCE_CAPACITY_TOTAL),
        faultLog);
  }

  /** The protocol with its own nonce cache (tests use small bounds). */
  static AlibabaProtocol protocol(
      World world,
      SessionTokens tokens,
      Clock clock,
      RateLimiter assumeRoleLimiter,
      ReplayCache nonces,
      Consumer<String> faultLog) {
    return protocol(world, tokens, clock, clock, assumeRoleLimiter, nonces, faultLog);
  }

  private static AlibabaProtocol protocol(
      World world,
      SessionTokens tokens,
      Clock clock,
      Clock signatureClock,
      RateLimiter assumeRoleLimiter,
      ReplayCache nonces,
      Consumer<String> faultLog) {
    RpcAuthenticator authenticator = new RpcAuthenticator(world, tokens, nonces, signatureClock);
    return new AlibabaProtocol(
        authenticator,
        List.of(
            new AssumeRole(world, tokens, clock, assumeRoleLimiter),
            new AssumeRoleWithOIDC(world, tokens, clock, new OidcValidator(clock)),
            new AssumeRoleWithSAML(
                world,
                tokens,
                clock,
                SamlTrust.of(world, Vendor.ALIBABA),
                new SamlValidator(SamlProfile.alibaba(), clock)),
            new GetCallerIdentity()),
        faultLog);
  }
}

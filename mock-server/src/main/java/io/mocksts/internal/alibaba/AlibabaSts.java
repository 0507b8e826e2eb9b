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

  /** At most this many nonces are remembered; beyond it the oldest are forgotten first. */
  static final int NONCE_CAPACITY = 200_000;

  /** The documented AssumeRole limit: 6,000 calls a minute per account (alibaba-sts.md §1.2). */
  public static final int ASSUME_ROLE_CALLS_PER_MINUTE = 6000;

  private AlibabaSts() {}

  /** The protocol with the documented AssumeRole rate limit. */
  public static AlibabaProtocol protocol(
      World world, SessionTokens tokens, Clock clock, Consumer<String> faultLog) {
    return protocol(
        world, tokens, clock, new RateLimiter(clock, ASSUME_ROLE_CALLS_PER_MINUTE), faultLog);
  }

  /**
   * The protocol and its route table.
   *
   * @param assumeRoleLimiter AssumeRole calls per account and minute
   */
  public static AlibabaProtocol protocol(
      World world,
      SessionTokens tokens,
      Clock clock,
      RateLimiter assumeRoleLimiter,
      Consumer<String> faultLog) {
    RpcAuthenticator authenticator =
        new RpcAuthenticator(
            world, tokens, new ReplayCache(clock, NONCE_WINDOW, NONCE_CAPACITY), clock);
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

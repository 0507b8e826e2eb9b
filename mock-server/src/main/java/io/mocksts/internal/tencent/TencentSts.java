package io.mocksts.internal.tencent;

import io.mocksts.internal.core.ReplayCache;
import io.mocksts.internal.core.SessionTokens;
import io.mocksts.internal.core.Vendor;
import io.mocksts.internal.core.World;
import io.mocksts.internal.oidc.OidcValidator;
import io.mocksts.internal.saml.SamlProfile;
import io.mocksts.internal.saml.SamlTrust;
import io.mocksts.internal.saml.SamlValidator;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/**
 * Builds the Tencent protocol with its route table: one handler per action (Tencent STS actions and
 * rate limits, https://www.tencentcloud.website/document/product/1150/49443).
 */
public final class TencentSts {

  private TencentSts() {}

  /**
   * The protocol and its route table.
   *
   * @param limits the per-second action limits
   */
  public static TencentProtocol protocol(
      World world,
      SessionTokens tokens,
      Clock clock,
      TencentLimits limits,
      Consumer<String> faultLog) {
    return protocol(world, tokens, clock, clock, limits, faultLog);
  }

  /**
   * The protocol and its route table.
   *
   * @param clock the mock's clock: issue times, expiry, SAML and OIDC validity, MFA codes
   * @param signatureClock what request timestamps are checked against and v1 nonces remembered by
   *     (docs/time-and-replicas.md): real time unless the mock's clock is asked for
   * @param limits the per-second action limits
   */
  public static TencentProtocol protocol(
      World world,
      SessionTokens tokens,
      Clock clock,
      Clock signatureClock,
      TencentLimits limits,
      Consumer<String> faultLog) {
    return protocol(
        world,
        tokens,
        clock,
        signatureClock,
        limits,
        TencentAuthenticator.nonceCache(signatureClock),
        faultLog);
  }

  /** The protocol with its own v1 nonce cache (tests use small bounds). */
  static TencentProtocol protocol(
      World world,
      SessionTokens tokens,
      Clock clock,
      TencentLimits limits,
      ReplayCache nonces,
      Consumer<String> faultLog) {
    return protocol(world, tokens, clock, clock, limits, nonces, faultLog);
  }

  private static TencentProtocol protocol(
      World world,
      SessionTokens tokens,
      Clock clock,
      Clock signatureClock,
      TencentLimits limits,
      ReplayCache nonces,
      Consumer<String> faultLog) {
    TemporaryCredentials credentials = new TemporaryCredentials(tokens, clock);
    return new TencentProtocol(
        new TencentAuthenticator(world, tokens, signatureClock, nonces),
        List.of(
            new AssumeRole(world, credentials, clock),
            new AssumeRoleWithSAML(
                world,
                credentials,
                SamlTrust.of(world, Vendor.TENCENT),
                new SamlValidator(SamlProfile.tencent(), clock)),
            new AssumeRoleWithWebIdentity(world, credentials, new OidcValidator(clock)),
            new GetCallerIdentity(),
            new GetFederationToken(credentials),
            new GetSessionToken(credentials, clock),
            new QueryApiKey()),
        limits,
        faultLog);
  }
}

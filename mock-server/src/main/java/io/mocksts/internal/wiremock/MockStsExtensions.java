package io.mocksts.internal.wiremock;

import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.extension.ExtensionFactory;
import com.github.tomakehurst.wiremock.extension.WireMockServices;
import io.mocksts.internal.alibaba.AlibabaProtocol;
import io.mocksts.internal.alibaba.AlibabaSts;
import io.mocksts.internal.core.IssuedLog;
import io.mocksts.internal.core.MasterKeys;
import io.mocksts.internal.core.MutableClock;
import io.mocksts.internal.core.RateLimiter;
import io.mocksts.internal.core.SessionTokens;
import io.mocksts.internal.core.World;
import io.mocksts.internal.http.CallLog;
import io.mocksts.internal.http.MetadataRoutes;
import io.mocksts.internal.http.StsRouter;
import io.mocksts.internal.http.faults.FaultRegistry;
import io.mocksts.internal.tencent.TencentLimits;
import io.mocksts.internal.tencent.TencentProtocol;
import io.mocksts.internal.tencent.TencentSts;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/**
 * The composition root: builds the vendor protocols over one world, clock and token service, and
 * hands them to WireMock as a response transformer plus the admin routes.
 */
public final class MockStsExtensions implements ExtensionFactory {

  private final World world;
  private final MutableClock clock;
  private final Replicas replicas;
  private final String certificatePem;
  private final RateLimiter assumeRoleLimiter;
  private final TencentLimits tencentLimits;
  private final StsRouter router;
  private final OwnStubs ownStubs = new OwnStubs();
  private final FaultRegistry faults;
  private final GracefulStop graceful = new GracefulStop();
  private final CallLog calls = new CallLog(Clock.systemUTC(), CallLog.DEFAULT_CAPACITY);
  private final SessionTokens tokens;
  private final MetadataRoutes metadata = new MetadataRoutes(List.of());

  /**
   * @param world the identities the STS knows
   * @param clock the clock every check and every expiry uses
   * @param certificatePem the HTTPS certificate to publish, or {@code null} without HTTPS
   * @param assumeRoleLimiter Alibaba AssumeRole calls per account and minute
   * @param tencentLimits Tencent calls per action, account and second
   * @param faultLog where unexpected faults are reported (never with request content)
   */
  public MockStsExtensions(
      World world,
      MutableClock clock,
      String certificatePem,
      RateLimiter assumeRoleLimiter,
      TencentLimits tencentLimits,
      Consumer<String> faultLog) {
    this(
        world,
        clock,
        new Replicas(clock, MasterKeys.random(), new IssuedLog()),
        certificatePem,
        assumeRoleLimiter,
        tencentLimits,
        faultLog);
  }

  /**
   * What instances behind one load balancer must agree on, and what they keep each to their own
   * (docs/time-and-replicas.md).
   *
   * @param signatureClock what request timestamps are checked against and nonces remembered by
   * @param keys the master keys that seal tokens and derive temporary secrets
   * @param issued the bounded log of issued credentials the control surface lists
   */
  public record Replicas(Clock signatureClock, MasterKeys keys, IssuedLog issued) {}

  /**
   * @param world the identities the STS knows
   * @param clock the mock's clock: issue times, expiry, SAML and OIDC validity
   * @param replicas the signature clock, master keys and issued-credentials log
   * @param certificatePem the HTTPS certificate to publish, or {@code null} without HTTPS
   * @param assumeRoleLimiter Alibaba AssumeRole calls per account and minute
   * @param tencentLimits Tencent calls per action, account and second
   * @param faultLog where unexpected faults are reported (never with request content)
   */
  public MockStsExtensions(
      World world,
      MutableClock clock,
      Replicas replicas,
      String certificatePem,
      RateLimiter assumeRoleLimiter,
      TencentLimits tencentLimits,
      Consumer<String> faultLog) {
    this.world = world;
    this.clock = clock;
    this.replicas = replicas;
    this.certificatePem = certificatePem;
    this.assumeRoleLimiter = assumeRoleLimiter;
    this.tencentLimits = tencentLimits;
    SessionTokens tokens = new SessionTokens(clock, replicas.keys(), replicas.issued());
    this.tokens = tokens;
    Clock signatures = replicas.signatureClock();
    TencentProtocol tencent =
        TencentSts.protocol(world, tokens, clock, signatures, tencentLimits, faultLog);
    AlibabaProtocol alibaba =
        AlibabaSts.protocol(world, tokens, clock, signatures, assumeRoleLimiter, faultLog);
    this.faults = new FaultRegistry(List.of(alibaba.faultCatalog(), tencent.faultCatalog()));
    alibaba.faults(faults.hook("alibaba"));
    tencent.faults(faults.hook("tencent"));
    tencent.recordingCallsIn(calls);
    alibaba.recordingCallsIn(calls);
    this.router = new StsRouter(List.of(metadata, tencent), alibaba);
    instanceMetadata(InstanceMetadataSettings.defaults());
  }

  /**
   * Configures what the default credential chains read (docs/guides/credential-chains.md); call
   * before the server starts.
   *
   * @throws IllegalArgumentException naming a role the world does not have
   */
  public void instanceMetadata(InstanceMetadataSettings settings) {
    metadata.replace(InstanceMetadataSettings.services(world, tokens, clock, settings));
  }

  /** The metadata routes, also served alone by a metadata listener. */
  public MetadataRoutes metadata() {
    return metadata;
  }

  /** The injected faults (docs/faults.md). */
  public FaultRegistry faults() {
    return faults;
  }

  /** The vendor router, also used by the HTTP layer to answer requests it refuses. */
  StsRouter router() {
    return router;
  }

  /** How the server stops: at once, or letting requests in flight finish. */
  public GracefulStop graceful() {
    return graceful;
  }

  /** The recent STS calls ({@code /__admin/mock-sts/calls}, the JSON-lines log). */
  public CallLog calls() {
    return calls;
  }

  /** The mock's own stubs, kept across WireMock's resets. */
  public OwnStubs ownStubs() {
    return ownStubs;
  }

  @Override
  public List<Extension> create(WireMockServices services) {
    ownStubs.attach(services.getAdmin());
    return List.of(
        ownStubs,
        new StsTransformer(router),
        new StubHeaders(),
        new MockStsAdminApi(clock, assumeRoleLimiter, tencentLimits, certificatePem, faults, calls)
            .withTime(replicas.signatureClock() == clock, replicas.issued()));
  }
}

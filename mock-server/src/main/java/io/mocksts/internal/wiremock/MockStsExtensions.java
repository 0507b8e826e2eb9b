package io.mocksts.internal.wiremock;

import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.extension.ExtensionFactory;
import com.github.tomakehurst.wiremock.extension.WireMockServices;
import io.mocksts.internal.alibaba.AlibabaProtocol;
import io.mocksts.internal.alibaba.AlibabaSts;
import io.mocksts.internal.core.MutableClock;
import io.mocksts.internal.core.RateLimiter;
import io.mocksts.internal.core.SessionTokens;
import io.mocksts.internal.core.World;
import io.mocksts.internal.http.StsRouter;
import io.mocksts.internal.http.faults.FaultRegistry;
import io.mocksts.internal.tencent.TencentLimits;
import io.mocksts.internal.tencent.TencentProtocol;
import io.mocksts.internal.tencent.TencentSts;
import java.util.List;
import java.util.function.Consumer;

/**
 * The composition root: builds the vendor protocols over one world, clock and token service, and
 * hands them to WireMock as a response transformer plus the admin routes.
 */
public final class MockStsExtensions implements ExtensionFactory {

  private final World world;
  private final MutableClock clock;
  private final String certificatePem;
  private final RateLimiter assumeRoleLimiter;
  private final TencentLimits tencentLimits;
  private final StsRouter router;
  private final OwnStubs ownStubs = new OwnStubs();
  private final FaultRegistry faults;

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
    this.world = world;
    this.clock = clock;
    this.certificatePem = certificatePem;
    this.assumeRoleLimiter = assumeRoleLimiter;
    this.tencentLimits = tencentLimits;
    SessionTokens tokens = new SessionTokens(clock);
    TencentProtocol tencent = TencentSts.protocol(world, tokens, clock, tencentLimits, faultLog);
    AlibabaProtocol alibaba =
        AlibabaSts.protocol(world, tokens, clock, assumeRoleLimiter, faultLog);
    this.faults = new FaultRegistry(List.of(alibaba.faultCatalog(), tencent.faultCatalog()));
    alibaba.faults(faults.hook("alibaba"));
    tencent.faults(faults.hook("tencent"));
    this.router = new StsRouter(List.of(tencent), alibaba);
  }

  /** The injected faults (docs/faults.md). */
  public FaultRegistry faults() {
    return faults;
  }

  /** The vendor router, also used by the HTTP layer to answer requests it refuses. */
  StsRouter router() {
    return router;
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
        new MockStsAdminApi(clock, assumeRoleLimiter, tencentLimits, certificatePem, faults));
  }
}

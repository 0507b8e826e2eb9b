package io.mocksts.internal.wiremock;

import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.extension.ExtensionFactory;
import com.github.tomakehurst.wiremock.extension.WireMockServices;
import io.mocksts.internal.alibaba.AlibabaSts;
import io.mocksts.internal.core.MutableClock;
import io.mocksts.internal.core.RateLimiter;
import io.mocksts.internal.core.SessionTokens;
import io.mocksts.internal.core.World;
import io.mocksts.internal.http.CallLog;
import io.mocksts.internal.http.StsRouter;
import io.mocksts.internal.tencent.TencentLimits;
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
  private final String certificatePem;
  private final RateLimiter assumeRoleLimiter;
  private final TencentLimits tencentLimits;
  private final StsRouter router;
  private final OwnStubs ownStubs = new OwnStubs();
  private final GracefulStop graceful = new GracefulStop();
  private final CallLog calls = new CallLog(Clock.systemUTC(), CallLog.DEFAULT_CAPACITY);

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
    this.router =
        new StsRouter(
            List.of(
                TencentSts.protocol(world, tokens, clock, tencentLimits, faultLog)
                    .recordingCallsIn(calls)),
            AlibabaSts.protocol(world, tokens, clock, assumeRoleLimiter, faultLog)
                .recordingCallsIn(calls));
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
        new MockStsAdminApi(clock, assumeRoleLimiter, tencentLimits, certificatePem, calls));
  }
}

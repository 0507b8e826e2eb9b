package io.mocksts.internal.wiremock;

import static com.github.tomakehurst.wiremock.http.RequestMethod.DELETE;
import static com.github.tomakehurst.wiremock.http.RequestMethod.GET;
import static com.github.tomakehurst.wiremock.http.RequestMethod.POST;

import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import io.mocksts.internal.core.IssuedLog;
import io.mocksts.internal.core.MutableClock;
import io.mocksts.internal.core.RateLimiter;
import io.mocksts.internal.http.CallLog;
import io.mocksts.internal.http.faults.FaultRegistry;
import io.mocksts.internal.tencent.TencentLimits;

/** The mock's control surface, one route table under {@code /__admin/mock-sts/}. */
final class MockStsAdminApi implements AdminApiExtension {

  private final MutableClock clock;
  private final LimitsAdminTask.Limits limits;
  private final String certificatePem;
  private boolean signaturesFollowClock;
  private IssuedLog issued = new IssuedLog(0);
  private final FaultRegistry faults;
  private final CallLog calls;

  MockStsAdminApi(
      MutableClock clock,
      RateLimiter assumeRoleLimiter,
      TencentLimits tencentLimits,
      String certificatePem,
      FaultRegistry faults,
      CallLog calls) {
    this.clock = clock;
    this.limits = new LimitsAdminTask.Limits(assumeRoleLimiter, tencentLimits);
    this.certificatePem = certificatePem;
    this.faults = faults;
    this.calls = calls;
  }

  /**
   * What the clock and credentials routes report: whether request timestamps follow the mock's
   * clock, and the log of issued credentials.
   */
  MockStsAdminApi withTime(boolean signaturesFollowClock, IssuedLog issued) {
    this.signaturesFollowClock = signaturesFollowClock;
    this.issued = issued;
    return this;
  }

  @Override
  public String getName() {
    return "mock-sts-admin";
  }

  @Override
  public void contributeAdminApiRoutes(Router router) {
    ClockAdminTask.Time time = new ClockAdminTask.Time(clock, signaturesFollowClock);
    router.add(GET, "/mock-sts/clock", new ClockAdminTask.Read(time));
    router.add(POST, "/mock-sts/clock/advance", new ClockAdminTask.Advance(time));
    router.add(POST, "/mock-sts/clock/set", new ClockAdminTask.Set(time));
    router.add(POST, "/mock-sts/clock/reset", new ClockAdminTask.Reset(time));
    router.add(GET, "/mock-sts/credentials", new CredentialsAdminTask(issued, clock));
    router.add(GET, "/mock-sts/limits", new LimitsAdminTask.Read(limits));
    router.add(POST, "/mock-sts/limits", new LimitsAdminTask.Change(limits));
    router.add(POST, "/mock-sts/limits/reset", new LimitsAdminTask.Reset(limits));
    router.add(GET, "/mock-sts/tls-certificate", CertificateAdminTask.chain(certificatePem));
    router.add(GET, "/mock-sts/ca-certificate", CertificateAdminTask.authority(certificatePem));
    router.add(GET, "/mock-sts/faults", new FaultsAdminTask.List(faults));
    router.add(POST, "/mock-sts/faults", new FaultsAdminTask.Add(faults));
    router.add(DELETE, "/mock-sts/faults", new FaultsAdminTask.Clear(faults));
    router.add(GET, "/mock-sts/faults/codes", new FaultsAdminTask.Codes(faults));
    router.add(DELETE, "/mock-sts/faults/{id}", new FaultsAdminTask.Remove(faults));
    router.add(GET, "/mock-sts/calls", new CallsAdminTask.Read(calls));
    router.add(POST, "/mock-sts/calls/reset", new CallsAdminTask.Reset(calls));
  }
}

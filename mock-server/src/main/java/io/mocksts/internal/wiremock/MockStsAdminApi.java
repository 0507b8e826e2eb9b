package io.mocksts.internal.wiremock;

import static com.github.tomakehurst.wiremock.http.RequestMethod.GET;
import static com.github.tomakehurst.wiremock.http.RequestMethod.POST;

import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import io.mocksts.internal.core.MutableClock;
import io.mocksts.internal.core.RateLimiter;
import io.mocksts.internal.http.CallLog;
import io.mocksts.internal.tencent.TencentLimits;

/** The mock's control surface, one route table under {@code /__admin/mock-sts/}. */
final class MockStsAdminApi implements AdminApiExtension {

  private final MutableClock clock;
  private final LimitsAdminTask.Limits limits;
  private final String certificatePem;
  private final CallLog calls;

  MockStsAdminApi(
      MutableClock clock,
      RateLimiter assumeRoleLimiter,
      TencentLimits tencentLimits,
      String certificatePem,
      CallLog calls) {
    this.clock = clock;
    this.limits = new LimitsAdminTask.Limits(assumeRoleLimiter, tencentLimits);
    this.certificatePem = certificatePem;
    this.calls = calls;
  }

  @Override
  public String getName() {
    return "mock-sts-admin";
  }

  @Override
  public void contributeAdminApiRoutes(Router router) {
    router.add(GET, "/mock-sts/clock", new ClockAdminTask.Read(clock));
    router.add(POST, "/mock-sts/clock/advance", new ClockAdminTask.Advance(clock));
    router.add(POST, "/mock-sts/clock/reset", new ClockAdminTask.Reset(clock));
    router.add(GET, "/mock-sts/limits", new LimitsAdminTask.Read(limits));
    router.add(POST, "/mock-sts/limits", new LimitsAdminTask.Change(limits));
    router.add(POST, "/mock-sts/limits/reset", new LimitsAdminTask.Reset(limits));
    router.add(GET, "/mock-sts/tls-certificate", new CertificateAdminTask(certificatePem));
    router.add(GET, "/mock-sts/calls", new CallsAdminTask.Read(calls));
    router.add(POST, "/mock-sts/calls/reset", new CallsAdminTask.Reset(calls));
  }
}

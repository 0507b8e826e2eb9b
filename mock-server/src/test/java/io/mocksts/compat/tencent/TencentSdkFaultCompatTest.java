package io.mocksts.compat.tencent;

import static io.mocksts.compat.tencent.TencentFixtures.ALICE_SECRET_ID;
import static io.mocksts.compat.tencent.TencentFixtures.ALICE_SECRET_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.sts.v20180813.StsClient;
import com.tencentcloudapi.sts.v20180813.models.GetCallerIdentityRequest;
import com.tencentcloudapi.sts.v20180813.models.GetCallerIdentityResponse;
import io.mocksts.Fault;
import io.mocksts.Faults;
import io.mocksts.MockSts;
import io.mocksts.junit.MockStsExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Tencent Cloud Java SDK (tencentcloud-sdk-java 3.1.678) against injected faults: attempts that
 * reach the mock and what the caller finally sees (docs/faults.md, SDK behaviour). A plain call is
 * never retried; {@code AbstractClient.retry(request, n)} calls again, a second apart, up to {@code
 * n} more times on any {@code Response.Error} (not only {@code RequestLimitExceeded}) and on a read
 * timeout.
 */
class TencentSdkFaultCompatTest {

  @RegisterExtension static final MockStsExtension STS = new MockStsExtension();

  private final MockSts sts = STS.sts();

  private StsClient client() {
    return TencentSdk.client(sts, ALICE_SECRET_ID, ALICE_SECRET_KEY);
  }

  private long attempts(Faults.Injected fault) {
    return sts.faults().get(fault.id()).orElseThrow().matched();
  }

  @Test
  void aPlainCallDoesNotRetryThrottling() {
    Faults.Injected fault = sts.faults().inject(Fault.tencent().error("RequestLimitExceeded"));

    TencentCloudSDKException error =
        TencentSdk.assertError(
            () -> client().GetCallerIdentity(new GetCallerIdentityRequest()),
            "RequestLimitExceeded");

    assertThat(error.getMessage()).isEqualTo("Too many and frequent requests.");
    assertThat(attempts(fault)).isEqualTo(1);
  }

  @Test
  void aPlainCallDoesNotRetryAServerError() {
    Faults.Injected fault = sts.faults().inject(Fault.tencent().error("InternalError"));

    TencentSdk.assertError(
        () -> client().GetCallerIdentity(new GetCallerIdentityRequest()), "InternalError");

    assertThat(attempts(fault)).isEqualTo(1);
  }

  @Test
  void retryGetsThroughOneThrottledAnswer() throws Exception {
    Faults.Injected fault =
        sts.faults().inject(Fault.tencent().error("RequestLimitExceeded").times(1));

    Object response = client().retry(new GetCallerIdentityRequest(), 3);

    assertThat(response).isInstanceOf(GetCallerIdentityResponse.class);
    assertThat(((GetCallerIdentityResponse) response).getAccountId())
        .isEqualTo(TencentFixtures.OWNER_UIN);
    assertThat(attempts(fault)).isEqualTo(2);
  }

  @Test
  void retryOfThreeTimesCallsFourTimesOnAPersistentThrottlingSubCode() {
    Faults.Injected fault =
        sts.faults().inject(Fault.tencent().error("RequestLimitExceeded.UinLimitExceeded"));

    TencentSdk.assertError(
        () -> client().retry(new GetCallerIdentityRequest(), 3),
        "RequestLimitExceeded.UinLimitExceeded");

    assertThat(attempts(fault)).isEqualTo(4);
  }

  @Test
  void retryOfThreeTimesAlsoRetriesAServerError() {
    Faults.Injected fault = sts.faults().inject(Fault.tencent().error("InternalError"));

    TencentSdk.assertError(
        () -> client().retry(new GetCallerIdentityRequest(), 3), "InternalError");

    assertThat(attempts(fault)).isEqualTo(4);
  }

  @Test
  void aShortReadTimeoutEndsTheCallOnInjectedLatency() {
    Faults.Injected fault = sts.faults().inject(Fault.tencent().latency(Duration.ofSeconds(3)));
    ClientProfile profile = TencentSdk.profile(sts, TencentSdk.Signing.TC3_POST);
    profile.getHttpProfile().setReadTimeout(1);
    StsClient quick =
        TencentSdk.client(sts, new Credential(ALICE_SECRET_ID, ALICE_SECRET_KEY), profile);

    TencentCloudSDKException error =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            TencentCloudSDKException.class,
            () -> quick.GetCallerIdentity(new GetCallerIdentityRequest()));

    assertThat(error.getMessage()).contains("SocketTimeoutException");
    assertThat(error.getErrorCode()).isEmpty();
    assertThat(attempts(fault)).isEqualTo(1);
  }
}

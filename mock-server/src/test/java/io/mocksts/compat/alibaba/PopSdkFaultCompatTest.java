package io.mocksts.compat.alibaba;

import static io.mocksts.compat.alibaba.AlibabaFixtures.ALICE_KEY_ID;
import static io.mocksts.compat.alibaba.AlibabaFixtures.ALICE_SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.exceptions.ServerException;
import com.aliyuncs.policy.retry.RetryPolicy;
import com.aliyuncs.sts.model.v20150401.GetCallerIdentityRequest;
import com.aliyuncs.sts.model.v20150401.GetCallerIdentityResponse;
import io.mocksts.Fault;
import io.mocksts.Faults;
import io.mocksts.MockSts;
import io.mocksts.junit.MockStsExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The "pop" SDK (aliyun-java-sdk-core 4.7.10) against injected faults: how many attempts reach the
 * mock (the fault's {@code matched} count) and what the caller finally sees (docs/faults.md, SDK
 * behaviour). By default the client retries neither throttling nor server errors; with {@code
 * RetryPolicy.defaultRetryPolicy(true)} it retries 5xx answers and read timeouts three times, and
 * still not the {@code Throttling} code (its throttling control reads rate-limit headers, which STS
 * does not send).
 */
class PopSdkFaultCompatTest {

  @RegisterExtension static final MockStsExtension STS = new MockStsExtension();

  private final MockSts sts = STS.sts();

  private static DefaultAcsClient retrying() {
    DefaultAcsClient client = PopSdk.client(ALICE_KEY_ID, ALICE_SECRET);
    client.setSysRetryPolicy(RetryPolicy.defaultRetryPolicy(true));
    return client;
  }

  private long attempts(Faults.Injected fault) {
    return sts.faults().get(fault.id()).orElseThrow().matched();
  }

  @Test
  void theDefaultClientDoesNotRetryThrottling() {
    Faults.Injected fault = sts.faults().inject(Fault.alibaba().error("Throttling"));

    ClientException error =
        catchThrowableOfType(
            ClientException.class,
            () ->
                PopSdk.client(ALICE_KEY_ID, ALICE_SECRET)
                    .getAcsResponse(PopSdk.getCallerIdentity(sts)));

    assertThat(error.getErrCode()).isEqualTo("Throttling");
    assertThat(error.getErrMsg()).isEqualTo("Request was denied due to request throttling.");
    assertThat(attempts(fault)).isEqualTo(1);
  }

  @Test
  void theDefaultClientDoesNotRetryAServerError() {
    Faults.Injected fault = sts.faults().inject(Fault.alibaba().error("ServiceUnavailable"));

    ServerException error =
        catchThrowableOfType(
            ServerException.class,
            () ->
                PopSdk.client(ALICE_KEY_ID, ALICE_SECRET)
                    .getAcsResponse(PopSdk.getCallerIdentity(sts)));

    assertThat(error.getErrCode()).isEqualTo("ServiceUnavailable");
    assertThat(error.getRequestId()).matches(AlibabaFixtures.REQUEST_ID_PATTERN);
    assertThat(attempts(fault)).isEqualTo(1);
  }

  @Test
  void theDefaultRetryPolicyRetriesAServerErrorThreeTimesThenThrowsIt() {
    Faults.Injected fault = sts.faults().inject(Fault.alibaba().error("InternalError"));

    ServerException error =
        catchThrowableOfType(
            ServerException.class, () -> retrying().getAcsResponse(PopSdk.getCallerIdentity(sts)));

    assertThat(error.getErrCode()).isEqualTo("InternalError");
    assertThat(attempts(fault)).isEqualTo(4);
  }

  @Test
  void theDefaultRetryPolicyGetsThroughTwoServiceUnavailableAnswers() throws Exception {
    Faults.Injected fault =
        sts.faults().inject(Fault.alibaba().error("ServiceUnavailable").times(2));

    GetCallerIdentityResponse identity = retrying().getAcsResponse(PopSdk.getCallerIdentity(sts));

    assertThat(identity.getAccountId()).isEqualTo(AlibabaFixtures.ACCOUNT_ID);
    assertThat(attempts(fault)).isEqualTo(3);
  }

  @Test
  void theDefaultRetryPolicyDoesNotRetryTheThrottlingCode() {
    Faults.Injected fault = sts.faults().inject(Fault.alibaba().error("Throttling"));

    ClientException error =
        catchThrowableOfType(
            ClientException.class, () -> retrying().getAcsResponse(PopSdk.getCallerIdentity(sts)));

    assertThat(error.getErrCode()).isEqualTo("Throttling");
    assertThat(attempts(fault)).isEqualTo(1);
  }

  @Test
  void aShortReadTimeoutEndsTheCallOnInjectedLatencyWithoutARetryByDefault() {
    Faults.Injected fault = sts.faults().inject(Fault.alibaba().latency(Duration.ofSeconds(3)));
    GetCallerIdentityRequest request = PopSdk.getCallerIdentity(sts);
    request.setSysReadTimeout(500);

    ClientException error =
        catchThrowableOfType(
            ClientException.class,
            () -> PopSdk.client(ALICE_KEY_ID, ALICE_SECRET).getAcsResponse(request));

    assertThat(error.getErrCode()).isEqualTo("SDK.ReadTimeout");
    assertThat(attempts(fault)).isEqualTo(1);
  }

  @Test
  void theDefaultRetryPolicyRetriesAReadTimeoutThreeTimes() {
    Faults.Injected fault = sts.faults().inject(Fault.alibaba().latency(Duration.ofSeconds(3)));
    GetCallerIdentityRequest request = PopSdk.getCallerIdentity(sts);
    request.setSysReadTimeout(500);

    ClientException error =
        catchThrowableOfType(ClientException.class, () -> retrying().getAcsResponse(request));

    assertThat(error.getErrCode()).isEqualTo("SDK.ReadTimeout");
    assertThat(attempts(fault)).isEqualTo(4);
  }
}

package io.mocksts.compat.alibaba;

import static io.mocksts.compat.alibaba.AlibabaFixtures.ALICE_KEY_ID;
import static io.mocksts.compat.alibaba.AlibabaFixtures.ALICE_SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aliyun.sts20150401.Client;
import com.aliyun.tea.TeaException;
import com.aliyun.tea.TeaUnretryableException;
import com.aliyun.teaopenapi.models.Config;
import com.aliyun.teautil.models.RuntimeOptions;
import io.mocksts.Fault;
import io.mocksts.Faults;
import io.mocksts.MockSts;
import io.mocksts.junit.MockStsExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Tea SDK (com.aliyun:sts20150401 1.1.4) against injected faults: attempts that reach the mock
 * and what the caller finally sees (docs/faults.md, SDK behaviour). Tea retries only transport
 * failures (a read timeout included), and only with {@code RuntimeOptions.autoretry}; an error
 * answer (4xx or 5xx) is thrown at once as a {@link TeaException}. With {@code maxAttempts} 3 a
 * read timeout is tried four times (the first call and three retries).
 */
class TeaSdkFaultCompatTest {

  @RegisterExtension static final MockStsExtension STS = new MockStsExtension();

  private final MockSts sts = STS.sts();

  private long attempts(MockSts mock, Faults.Injected fault) {
    return mock.faults().get(fault.id()).orElseThrow().matched();
  }

  /** What GetCallerIdentity with autoretry (3 attempts) throws under an injected error. */
  private record Refused(TeaException error, long attempts) {}

  private Refused callWithAutoretryAgainst(String code) throws Exception {
    Faults.Injected fault = sts.faults().inject(Fault.alibaba().error(code));
    Client client = TeaSdk.client(sts, ALICE_KEY_ID, ALICE_SECRET);
    TeaException error =
        catchThrowableOfType(
            TeaException.class,
            () ->
                client.getCallerIdentityWithOptions(
                    new RuntimeOptions().setAutoretry(true).setMaxAttempts(3)));
    return new Refused(error, attempts(sts, fault));
  }

  @Test
  void throttlingIsThrownAtOnceEvenWithAutoretry() throws Exception {
    Refused refused = callWithAutoretryAgainst("Throttling");

    assertThat(refused.error().getCode()).isEqualTo("Throttling");
    assertThat(refused.error().getStatusCode()).isEqualTo(400);
    assertThat(refused.attempts()).isEqualTo(1);
  }

  @Test
  void aServerErrorIsThrownAtOnceEvenWithAutoretry() throws Exception {
    Refused refused = callWithAutoretryAgainst("ServiceUnavailable");

    assertThat(refused.error().getCode()).isEqualTo("ServiceUnavailable");
    assertThat(refused.error().getStatusCode()).isEqualTo(503);
    assertThat(refused.error().getData()).containsKey("RequestId");
    assertThat(refused.attempts()).isEqualTo(1);
  }

  /**
   * Tea keeps one HTTP client per host and port with the timeouts of its first call, so this test
   * has a mock of its own and sets the read timeout on the client's configuration.
   */
  @ParameterizedTest
  @CsvSource({"false, 1", "true, 4"})
  void aShortReadTimeoutEndsTheCallOnInjectedLatency(boolean autoretry, long expectedAttempts)
      throws Exception {
    try (MockSts own = MockSts.start()) {
      Faults.Injected fault = own.faults().inject(Fault.alibaba().latency(Duration.ofSeconds(3)));
      Client client =
          new Client(
              new Config()
                  .setEndpoint("127.0.0.1:" + own.port())
                  .setProtocol("HTTP")
                  .setAccessKeyId(ALICE_KEY_ID)
                  .setAccessKeySecret(ALICE_SECRET)
                  .setReadTimeout(500));

      Throwable error =
          catchThrowable(
              () ->
                  client.getCallerIdentityWithOptions(
                      new RuntimeOptions().setAutoretry(autoretry).setMaxAttempts(3)));

      assertThat(error)
          .isInstanceOf(TeaUnretryableException.class)
          .hasMessageMatching("(?i).*time.*out.*");
      assertThat(attempts(own, fault)).isEqualTo(expectedAttempts);
    }
  }
}

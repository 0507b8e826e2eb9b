package io.mocksts.compat.alibaba;

import static io.mocksts.compat.alibaba.AlibabaFixtures.ALICE_KEY_ID;
import static io.mocksts.compat.alibaba.AlibabaFixtures.ALICE_SECRET;
import static io.mocksts.compat.alibaba.AlibabaFixtures.ROLE_ARN;
import static io.mocksts.compat.alibaba.AlibabaFixtures.parseExpiration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import com.aliyun.sts20150401.Client;
import com.aliyun.tea.TeaException;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.HttpResponse;
import com.aliyuncs.sts.model.v20150401.AssumeRoleRequest;
import com.aliyuncs.sts.model.v20150401.AssumeRoleResponse;
import io.mocksts.MockSts;
import io.mocksts.junit.MockStsExtension;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Expired temporary credentials, seen through the SDKs. The SDKs stamp every request with the real
 * time, and the mock checks that {@code Timestamp} (±15 minutes of its own clock) <em>before </em>
 * it looks at the security token ({@code RpcAuthenticator.authenticateV1}). Moving the mock's clock
 * an hour on therefore yields {@code InvalidTimeStamp.Expired}, not {@code
 * InvalidSecurityToken.Expired}. To see the token expire, the credentials are minted with the
 * shortest duration (900 s) while the mock's clock runs 14 minutes slow, and checked while it runs
 * 14 minutes fast: both times within the window, yet 28 minutes apart.
 */
class ExpiredCredentialsCompatTest {

  private static final Duration SKEW = Duration.ofMinutes(14);

  @RegisterExtension static final MockStsExtension STS = new MockStsExtension();

  private static MockSts sts;
  private static DefaultAcsClient alice;

  @BeforeAll
  static void start() {
    sts = STS.sts();
    alice = PopSdk.client(ALICE_KEY_ID, ALICE_SECRET);
  }

  @AfterEach
  void resetClock() {
    sts.resetClock();
  }

  @AfterAll
  static void stop() {
    alice.shutdown();
  }

  @Test
  void whenTheSecurityTokenHasExpiredThenInvalidSecurityTokenExpired() throws Exception {
    sts.advanceClock(SKEW.negated());
    AssumeRoleResponse.Credentials credentials = assumeRole("expiring", 900L);
    assertThat(parseExpiration(credentials.getExpiration()))
        .isCloseTo(Instant.now().minus(SKEW).plusSeconds(900), within(10, ChronoUnit.SECONDS));
    sts.resetClock();
    DefaultAcsClient session = sessionClient(credentials);
    Client teaSession =
        TeaSdk.sessionClient(
            sts,
            credentials.getAccessKeyId(),
            credentials.getAccessKeySecret(),
            credentials.getSecurityToken());
    try {
      // Still valid for about a minute at the mock's real time.
      assertThat(session.getAcsResponse(PopSdk.getCallerIdentity(sts)).getIdentityType())
          .isEqualTo("AssumedRoleUser");

      sts.advanceClock(SKEW);

      ClientException popError = popFailure(session);
      HttpResponse raw = session.doAction(PopSdk.getCallerIdentity(sts));
      TeaException teaError =
          catchThrowableOfType(TeaException.class, teaSession::getCallerIdentity);

      assertThat(popError.getErrCode()).isEqualTo("InvalidSecurityToken.Expired");
      assertThat(raw.getStatus()).isEqualTo(400);
      assertThat(teaError).isNotNull();
      assertThat(teaError.getCode()).isEqualTo("InvalidSecurityToken.Expired");
      assertThat(teaError.getStatusCode()).isEqualTo(400);
    } finally {
      session.shutdown();
    }
  }

  @Test
  void whenTheMockClockRunsAnHourAheadThenTheTimestampIsRejectedBeforeTheToken() throws Exception {
    AssumeRoleResponse.Credentials credentials = assumeRole("clock-ahead", 3600L);
    DefaultAcsClient session = sessionClient(credentials);
    try {
      sts.advanceClock(Duration.ofSeconds(3601));

      ClientException error = popFailure(session);
      HttpResponse raw = session.doAction(PopSdk.getCallerIdentity(sts));

      assertThat(error.getErrCode()).isEqualTo("InvalidTimeStamp.Expired");
      assertThat(raw.getStatus()).isEqualTo(400);
    } finally {
      session.shutdown();
    }
  }

  private static AssumeRoleResponse.Credentials assumeRole(String session, long seconds)
      throws Exception {
    AssumeRoleRequest request = PopSdk.assumeRole(sts, ROLE_ARN, session);
    request.setDurationSeconds(seconds);
    return alice.getAcsResponse(request).getCredentials();
  }

  private static DefaultAcsClient sessionClient(AssumeRoleResponse.Credentials credentials) {
    return PopSdk.sessionClient(
        credentials.getAccessKeyId(),
        credentials.getAccessKeySecret(),
        credentials.getSecurityToken());
  }

  private static ClientException popFailure(DefaultAcsClient session) {
    ClientException error =
        catchThrowableOfType(
            ClientException.class, () -> session.getAcsResponse(PopSdk.getCallerIdentity(sts)));
    assertThat(error).as("the SDK should have thrown a ClientException").isNotNull();
    return error;
  }
}

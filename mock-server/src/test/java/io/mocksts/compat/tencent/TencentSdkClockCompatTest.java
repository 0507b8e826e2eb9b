package io.mocksts.compat.tencent;

import static io.mocksts.compat.tencent.TencentFixtures.ALICE_SECRET_ID;
import static io.mocksts.compat.tencent.TencentFixtures.ALICE_SECRET_KEY;
import static io.mocksts.compat.tencent.TencentFixtures.OWNER_UIN;
import static io.mocksts.compat.tencent.TencentFixtures.ROLE_ARN;
import static io.mocksts.compat.tencent.TencentSdk.assertError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.tencentcloudapi.sts.v20180813.StsClient;
import com.tencentcloudapi.sts.v20180813.models.AssumeRoleRequest;
import com.tencentcloudapi.sts.v20180813.models.AssumeRoleResponse;
import com.tencentcloudapi.sts.v20180813.models.Credentials;
import com.tencentcloudapi.sts.v20180813.models.GetCallerIdentityRequest;
import io.mocksts.MockSts;
import io.mocksts.compat.tencent.TencentSdk.Signing;
import io.mocksts.junit.MockStsExtension;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Time, seen through the SDK. The SDK stamps every request with the real time ({@code
 * X-TC-Timestamp}, or {@code Timestamp} in v1), and the mock allows five minutes either way
 * (Tencent timestamp skew,
 * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E6%8E%A5%E5%8F%A3%E9%89%B4%E6%9D%83%20v3.md);
 * these tests move the mock's clock instead of the SDK's.
 *
 * <p>Expired temporary credentials: moving the mock's clock past {@code ExpiredTime} would also put
 * the request's timestamp outside the window. So the credentials are minted for 420 s while the
 * mock's clock runs 4 minutes slow (they expire 3 minutes from real time), and used while it runs 4
 * minutes fast: both timestamps are inside the window, yet the credentials have expired.
 */
class TencentSdkClockCompatTest {

  private static final Duration SKEW = Duration.ofMinutes(4);

  @RegisterExtension static final MockStsExtension STS = new MockStsExtension();

  private static MockSts sts;

  @BeforeAll
  static void start() {
    sts = STS.sts();
  }

  @AfterEach
  void resetClock() {
    sts.resetClock();
  }

  @ParameterizedTest(name = "{0}, mock clock {1} minutes off")
  @CsvSource({
    "TC3_POST, 10",
    "TC3_POST, -10",
    "TC3_GET, 10",
    "HMAC_SHA1_POST, -10",
    "HMAC_SHA256_GET, 10",
  })
  void whenTheTimestampIsTenMinutesOffThenAuthFailureSignatureExpire(
      Signing signing, long minutes) {
    sts.advanceClock(Duration.ofMinutes(minutes));

    assertError(
        () -> alice(signing).GetCallerIdentity(new GetCallerIdentityRequest()),
        "AuthFailure.SignatureExpire");
  }

  @ParameterizedTest(name = "{0}, mock clock {1} minutes off")
  @CsvSource({
    "TC3_POST, 4",
    "TC3_POST, -4",
    "HMAC_SHA256_GET, 4",
    "HMAC_SHA1_POST, -4",
  })
  void whenTheTimestampIsWithinFiveMinutesThenTheRequestIsAccepted(Signing signing, long minutes)
      throws Exception {
    sts.advanceClock(Duration.ofMinutes(minutes));

    assertThat(alice(signing).GetCallerIdentity(new GetCallerIdentityRequest()).getAccountId())
        .isEqualTo(OWNER_UIN);
  }

  @ParameterizedTest
  @EnumSource(
      value = Signing.class,
      names = {"TC3_POST", "HMAC_SHA256_GET"})
  void whenTheTemporaryCredentialsHaveExpiredThenAuthFailureTokenFailure(Signing signing)
      throws Exception {
    sts.advanceClock(SKEW.negated());
    AssumeRoleRequest request = TencentSdkCompatTest.assumeRole(ROLE_ARN, "expiring");
    request.setDurationSeconds(420L);
    AssumeRoleResponse response = alice(Signing.TC3_POST).AssumeRole(request);
    assertThat(Instant.ofEpochSecond(response.getExpiredTime()))
        .as("ExpiredTime follows the mock's clock")
        .isCloseTo(Instant.now().minus(SKEW).plusSeconds(420), within(10, ChronoUnit.SECONDS));
    Credentials credentials = response.getCredentials();
    StsClient session =
        TencentSdk.sessionClient(
            sts,
            credentials.getTmpSecretId(),
            credentials.getTmpSecretKey(),
            credentials.getToken(),
            signing);
    sts.resetClock();
    // Still valid for about three minutes at the mock's real time.
    assertThat(session.GetCallerIdentity(new GetCallerIdentityRequest()).getType())
        .isEqualTo("CAMRole");

    sts.advanceClock(SKEW);

    assertError(
        () -> session.GetCallerIdentity(new GetCallerIdentityRequest()),
        "AuthFailure.TokenFailure");
  }

  private static StsClient alice(Signing signing) {
    return TencentSdk.client(sts, ALICE_SECRET_ID, ALICE_SECRET_KEY, signing);
  }
}

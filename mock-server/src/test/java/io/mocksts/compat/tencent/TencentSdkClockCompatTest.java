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
import io.mocksts.MockStsOptions;
import io.mocksts.compat.tencent.TencentSdk.Signing;
import io.mocksts.junit.MockStsExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Time, seen through the SDK. The SDK stamps every request with the real time ({@code
 * X-TC-Timestamp}, or {@code Timestamp} in v1), and the mock allows five minutes either way
 * (Tencent timestamp skew,
 * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E6%8E%A5%E5%8F%A3%E9%89%B4%E6%9D%83%20v3.md).
 * By default the window is measured against real time and the mock's clock moves only expiry
 * (docs/time-and-replicas.md): the timestamp tests therefore run against a mock started with the
 * {@code mock} signature clock, whose moves displace the window, and the expiry tests against the
 * default. The extensions put the clocks back after each test.
 */
class TencentSdkClockCompatTest {

  private static final Duration SKEW = Duration.ofMinutes(4);

  @RegisterExtension static final MockStsExtension STS = new MockStsExtension();

  @RegisterExtension
  static final MockStsExtension MOCK_SIGNATURE_CLOCK =
      new MockStsExtension(
          MockStsOptions.defaults().withSignatureClock(MockStsOptions.SignatureClock.MOCK));

  private static MockSts sts;
  private static MockSts mockClock;

  @BeforeAll
  static void start() {
    sts = STS.sts();
    mockClock = MOCK_SIGNATURE_CLOCK.sts();
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
    mockClock.advanceClock(Duration.ofMinutes(minutes));

    assertError(
        () -> alice(mockClock, signing).GetCallerIdentity(new GetCallerIdentityRequest()),
        "AuthFailure.SignatureExpire");
  }

  @ParameterizedTest(name = "{0}, mock clock {1} minutes off")
  @CsvSource({"TC3_POST, 10", "TC3_POST, -10", "HMAC_SHA256_GET, 10"})
  void whenTheSignatureClockIsRealThenMovingTheMockClockLeavesTheWindowAlone(
      Signing signing, long minutes) throws Exception {
    sts.advanceClock(Duration.ofMinutes(minutes));

    assertThat(alice(signing).GetCallerIdentity(new GetCallerIdentityRequest()).getAccountId())
        .isEqualTo(OWNER_UIN);
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
    mockClock.advanceClock(Duration.ofMinutes(minutes));

    assertThat(
            alice(mockClock, signing)
                .GetCallerIdentity(new GetCallerIdentityRequest())
                .getAccountId())
        .isEqualTo(OWNER_UIN);
  }

  /**
   * The README's recipe: {@code POST /__admin/mock-sts/clock/advance {"seconds": 3600}} "to watch
   * credentials expire". A call the SDK signs afterwards, with its real clock, fails on the token
   * ({@code AuthFailure.TokenFailure}), not on its timestamp ({@code AuthFailure.SignatureExpire}).
   */
  @ParameterizedTest
  @EnumSource(
      value = Signing.class,
      names = {"TC3_POST", "HMAC_SHA1_GET"})
  void whenTheClockIsAdvancedAnHourThroughTheAdminApiThenTheTokenHasExpiredNotTheTimestamp(
      Signing signing) throws Exception {
    AssumeRoleRequest request = TencentSdkCompatTest.assumeRole(ROLE_ARN, "an-hour");
    request.setDurationSeconds(3600L);
    Credentials credentials = alice(Signing.TC3_POST).AssumeRole(request).getCredentials();
    StsClient session =
        TencentSdk.sessionClient(
            sts,
            credentials.getTmpSecretId(),
            credentials.getTmpSecretKey(),
            credentials.getToken(),
            signing);
    assertThat(session.GetCallerIdentity(new GetCallerIdentityRequest()).getType())
        .isEqualTo("CAMRole");

    var response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(sts.baseUrl() + "/__admin/mock-sts/clock/advance"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"seconds\": 3600}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);

    assertError(
        () -> session.GetCallerIdentity(new GetCallerIdentityRequest()),
        "AuthFailure.TokenFailure");
  }

  @org.junit.jupiter.api.Test
  void whenTheSignatureClockIsTheMockClockThenAnHourAheadRejectsTheTimestampBeforeTheToken()
      throws Exception {
    AssumeRoleRequest request = TencentSdkCompatTest.assumeRole(ROLE_ARN, "clock-ahead");
    request.setDurationSeconds(3600L);
    Credentials credentials =
        alice(mockClock, Signing.TC3_POST).AssumeRole(request).getCredentials();
    StsClient session =
        TencentSdk.sessionClient(
            mockClock,
            credentials.getTmpSecretId(),
            credentials.getTmpSecretKey(),
            credentials.getToken(),
            Signing.TC3_POST);

    mockClock.advanceClock(Duration.ofSeconds(3601));

    assertError(
        () -> session.GetCallerIdentity(new GetCallerIdentityRequest()),
        "AuthFailure.SignatureExpire");
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
    return alice(sts, signing);
  }

  private static StsClient alice(MockSts target, Signing signing) {
    return TencentSdk.client(target, ALICE_SECRET_ID, ALICE_SECRET_KEY, signing);
  }
}

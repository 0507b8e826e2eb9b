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
import io.mocksts.MockStsOptions;
import io.mocksts.junit.MockStsExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Expired temporary credentials, seen through the SDKs. The SDKs stamp every request with the real
 * time; the mock checks that {@code Timestamp} (±15 minutes) against real time by default, and the
 * security token's expiry against its own clock (docs/time-and-replicas.md). Moving the mock's
 * clock on therefore makes the token expire while freshly signed calls stay within the window; with
 * the {@code mock} signature clock the same move makes the timestamp too old first. The extension
 * puts the clock back after each test.
 */
class ExpiredCredentialsCompatTest {

  private static final Duration SKEW = Duration.ofMinutes(14);

  @RegisterExtension static final MockStsExtension STS = new MockStsExtension();

  @RegisterExtension
  static final MockStsExtension MOCK_SIGNATURE_CLOCK =
      new MockStsExtension(
          MockStsOptions.defaults().withSignatureClock(MockStsOptions.SignatureClock.MOCK));

  private static MockSts sts;
  private static DefaultAcsClient alice;

  @BeforeAll
  static void start() {
    sts = STS.sts();
    alice = PopSdk.client(ALICE_KEY_ID, ALICE_SECRET);
  }

  @AfterAll
  static void stop() {
    alice.shutdown();
  }

  @Test
  void whenTheSecurityTokenHasExpiredThenInvalidSecurityTokenExpired() throws Exception {
    sts.advanceClock(SKEW.negated());
    AssumeRoleResponse.Credentials credentials = assumeRole(sts, "expiring", 900L);
    assertThat(parseExpiration(credentials.getExpiration()))
        .as("Expiration follows the mock's clock")
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

      ClientException popError = popFailure(sts, session);
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

  /**
   * The README's recipe: {@code POST /__admin/mock-sts/clock/advance {"seconds": 3600}} "to watch
   * credentials expire". A call the SDK signs afterwards, with its real clock, fails on the token,
   * not on its timestamp.
   */
  @Test
  void whenTheClockIsAdvancedAnHourThroughTheAdminApiThenTheTokenHasExpiredNotTheTimestamp()
      throws Exception {
    AssumeRoleResponse.Credentials credentials = assumeRole(sts, "an-hour", 3600L);
    DefaultAcsClient session = sessionClient(credentials);
    try {
      assertThat(session.getAcsResponse(PopSdk.getCallerIdentity(sts)).getIdentityType())
          .isEqualTo("AssumedRoleUser");

      advanceThroughAdminApi(sts, 3600);

      ClientException error = popFailure(sts, session);
      HttpResponse raw = session.doAction(PopSdk.getCallerIdentity(sts));
      assertThat(error.getErrCode()).isEqualTo("InvalidSecurityToken.Expired");
      assertThat(raw.getStatus()).isEqualTo(400);
    } finally {
      session.shutdown();
    }
  }

  @Test
  void whenTheSignatureClockIsTheMockClockThenAnHourAheadRejectsTheTimestampBeforeTheToken()
      throws Exception {
    MockSts mockClock = MOCK_SIGNATURE_CLOCK.sts();
    AssumeRoleResponse.Credentials credentials = assumeRole(mockClock, "clock-ahead", 3600L);
    DefaultAcsClient session = sessionClient(credentials);
    try {
      mockClock.advanceClock(Duration.ofSeconds(3601));

      ClientException error = popFailure(mockClock, session);
      HttpResponse raw = session.doAction(PopSdk.getCallerIdentity(mockClock));

      assertThat(error.getErrCode()).isEqualTo("InvalidTimeStamp.Expired");
      assertThat(raw.getStatus()).isEqualTo(400);
    } finally {
      session.shutdown();
    }
  }

  @Test
  void whenTheSignatureClockIsRealThenTheMockClockFarOffStillAcceptsFreshCalls() throws Exception {
    sts.setClock(Instant.parse("2030-01-01T00:00:00Z"));

    AssumeRoleResponse.Credentials credentials = assumeRole(sts, "in-2030", 3600L);

    assertThat(parseExpiration(credentials.getExpiration()))
        .as("Expiration follows the mock's clock, set to 2030")
        .isCloseTo(Instant.parse("2030-01-01T01:00:00Z"), within(10, ChronoUnit.SECONDS));
  }

  private static void advanceThroughAdminApi(MockSts target, long seconds) throws Exception {
    var response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(target.baseUrl() + "/__admin/mock-sts/clock/advance"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"seconds\": " + seconds + "}"))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  private static AssumeRoleResponse.Credentials assumeRole(
      MockSts target, String session, long seconds) throws Exception {
    AssumeRoleRequest request = PopSdk.assumeRole(target, ROLE_ARN, session);
    request.setDurationSeconds(seconds);
    return alice.getAcsResponse(request).getCredentials();
  }

  private static DefaultAcsClient sessionClient(AssumeRoleResponse.Credentials credentials) {
    return PopSdk.sessionClient(
        credentials.getAccessKeyId(),
        credentials.getAccessKeySecret(),
        credentials.getSecurityToken());
  }

  private static ClientException popFailure(MockSts target, DefaultAcsClient session) {
    ClientException error =
        catchThrowableOfType(
            ClientException.class, () -> session.getAcsResponse(PopSdk.getCallerIdentity(target)));
    assertThat(error).as("the SDK should have thrown a ClientException").isNotNull();
    return error;
  }
}

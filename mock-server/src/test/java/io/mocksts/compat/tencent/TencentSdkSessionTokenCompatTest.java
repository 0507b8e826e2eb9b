package io.mocksts.compat.tencent;

import static io.mocksts.compat.tencent.TencentFixtures.ALICE_MFA_SECRET;
import static io.mocksts.compat.tencent.TencentFixtures.ALICE_MFA_SERIAL;
import static io.mocksts.compat.tencent.TencentFixtures.ALICE_SECRET_ID;
import static io.mocksts.compat.tencent.TencentFixtures.ALICE_SECRET_KEY;
import static io.mocksts.compat.tencent.TencentFixtures.OWNER_UIN;
import static io.mocksts.compat.tencent.TencentFixtures.REQUEST_ID_PATTERN;
import static io.mocksts.compat.tencent.TencentFixtures.ROLE_ARN;
import static io.mocksts.compat.tencent.TencentFixtures.assertTemporaryCredentials;
import static io.mocksts.compat.tencent.TencentSdk.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.sts.v20180813.models.Credentials;
import com.tencentcloudapi.sts.v20180813.models.GetCallerIdentityRequest;
import io.mocksts.MockSts;
import io.mocksts.compat.tencent.TencentSdk.Signing;
import io.mocksts.junit.MockStsExtension;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * GetSessionToken (Tencent GetSessionToken API model,
 * https://github.com/TencentCloud/tencentcloud-cli/blob/6e53beb521ad/tccli/services/sts/v20180813/api.json),
 * which the 3.1.678 {@code StsClient} does not have: called through the SDK's {@link CommonClient},
 * which signs with TC3 over a JSON POST, with a TOTP code of alice's soft token computed here (RFC
 * 6238).
 */
class TencentSdkSessionTokenCompatTest {

  @RegisterExtension static final MockStsExtension STS = new MockStsExtension();

  private static MockSts sts;

  @BeforeAll
  static void start() {
    sts = STS.sts();
  }

  /** RFC 6238 Appendix B (SHA1, 8 digits) and the base32 secret of the default world. */
  @Test
  void whenTheTotpHelperIsGivenTheRfc6238VectorsThenItReproducesThem() {
    byte[] key = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    assertThat(Totp.code(key, Instant.ofEpochSecond(59), 8)).isEqualTo("94287082");
    assertThat(Totp.code(key, Instant.ofEpochSecond(1111111109), 8)).isEqualTo("07081804");
    assertThat(Totp.code(key, Instant.ofEpochSecond(1111111111), 8)).isEqualTo("14050471");
    assertThat(Totp.code(key, Instant.ofEpochSecond(1234567890), 8)).isEqualTo("89005924");
    assertThat(Totp.code(key, Instant.ofEpochSecond(2000000000), 8)).isEqualTo("69279037");
    assertThat(Totp.code(key, Instant.ofEpochSecond(20000000000L), 8)).isEqualTo("65353130");
    assertThat(Totp.code(key, Instant.ofEpochSecond(59), 6)).isEqualTo("287082");
    assertThat(Totp.base32(ALICE_MFA_SECRET))
        .containsExactly(0x48, 0x65, 0x6c, 0x6c, 0x6f, 0x21, 0xde, 0xad, 0xbe, 0xef);
  }

  @Test
  void whenAliceSendsHerCurrentMfaCodeThenTheCredentialsLastHalfAnHourByDefault() throws Exception {
    Instant issuedAt = Instant.now();

    JsonNode response = getSessionToken(alice(), ALICE_MFA_SERIAL, currentCode(), null);

    assertSessionToken(response, issuedAt, 1800);
  }

  @Test
  void whenGetSessionTokenAsksForAnHourThenTheCredentialsLastAnHour() throws Exception {
    Instant issuedAt = Instant.now();

    JsonNode response = getSessionToken(alice(), ALICE_MFA_SERIAL, currentCode(), 3600L);

    assertSessionToken(response, issuedAt, 3600);
  }

  @Test
  void whenTheSessionTokenCredentialsAreUsedThenTheMockAcceptsThem() throws Exception {
    JsonNode credentials =
        getSessionToken(alice(), ALICE_MFA_SERIAL, currentCode(), null).path("Credentials");

    String accountId =
        TencentSdk.sessionClient(
                sts,
                credentials.path("TmpSecretId").asText(),
                credentials.path("TmpSecretKey").asText(),
                credentials.path("Token").asText(),
                Signing.TC3_POST)
            .GetCallerIdentity(new GetCallerIdentityRequest())
            .getAccountId();

    assertThat(accountId).isEqualTo(OWNER_UIN);
  }

  @Test
  void whenTheMfaCodeIsWrongThenFailedOperationCheckMfaError() {
    assertError(
        () -> getSessionToken(alice(), ALICE_MFA_SERIAL, wrongCode(), null),
        "FailedOperation.CheckMFAError");
  }

  /**
   * "mfaType支持softToken（软token）" (Tencent AssumeRole reference,
   * https://cloud.tencent.com/document/product/598/33164, Tencent GetSessionToken API model).
   */
  @Test
  void whenTheMfaTypeIsNotSoftTokenThenFailedOperationMfaTypeNotSupported() {
    String serial = "qcs::cam:uin/" + OWNER_UIN + "::mfa/hardToken";

    assertError(
        () -> getSessionToken(alice(), serial, currentCode(), null),
        "FailedOperation.MFATypeNotSupported");
  }

  /**
   * "该接口不支持临时密钥调用" (Tencent STS: who may call,
   * https://github.com/TencentCloud/tencentcloud-cli/blob/6e53beb521ad/tccli/services/sts/v20180813/api.json,
   * Tencent STS error codes,
   * https://github.com/TencentCloud/tencentcloud-sdk-go/blob/144f6c8d39e4/tencentcloud/sts/v20180813/errors.go).
   */
  @Test
  void whenTemporaryCredentialsCallGetSessionTokenThenFailedOperationTempKeyNotAllowed()
      throws Exception {
    Credentials issued =
        TencentSdk.client(sts, ALICE_SECRET_ID, ALICE_SECRET_KEY)
            .AssumeRole(TencentSdkCompatTest.assumeRole(ROLE_ARN, "temp-key"))
            .getCredentials();
    CommonClient session =
        TencentSdk.commonClient(
            sts,
            new Credential(issued.getTmpSecretId(), issued.getTmpSecretKey(), issued.getToken()));

    assertError(
        () -> getSessionToken(session, ALICE_MFA_SERIAL, currentCode(), null),
        "FailedOperation.TempKeyNotAllowed");
  }

  /**
   * AssumeRole's {@code SerialNumber}/{@code TokenCode} (Tencent AssumeRole reference) postdate the
   * 3.1.678 models, so they go through {@link CommonClient} too.
   */
  @Test
  void whenAssumeRoleCarriesTheCurrentMfaCodeThenTheRoleIsAssumed() throws Exception {
    Instant issuedAt = Instant.now();

    JsonNode response = assumeRoleWithMfa(currentCode());

    assertSessionToken(response, issuedAt, 7200);
  }

  @Test
  void whenAssumeRoleCarriesAWrongMfaCodeThenFailedOperationCheckMfaError() {
    assertError(() -> assumeRoleWithMfa(wrongCode()), "FailedOperation.CheckMFAError");
  }

  private static JsonNode assumeRoleWithMfa(String tokenCode) throws Exception {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("RoleArn", ROLE_ARN);
    payload.put("RoleSessionName", "mfa-session");
    payload.put("SerialNumber", ALICE_MFA_SERIAL);
    payload.put("TokenCode", tokenCode);
    return TencentSdk.call(alice(), "AssumeRole", TencentSdk.json(payload));
  }

  private static CommonClient alice() {
    return TencentSdk.commonClient(sts, new Credential(ALICE_SECRET_ID, ALICE_SECRET_KEY));
  }

  private static String currentCode() {
    return Totp.currentCode(ALICE_MFA_SECRET);
  }

  /** Six digits that are not the code of any step within two minutes of now. */
  private static String wrongCode() {
    Instant now = Instant.now();
    var nearby =
        IntStream.rangeClosed(-4, 4)
            .mapToObj(step -> Totp.code(ALICE_MFA_SECRET, now.plusSeconds(30L * step)))
            .toList();
    int candidate = (Integer.parseInt(nearby.get(4)) + 500_000) % 1_000_000;
    while (nearby.contains(String.format(Locale.ROOT, "%06d", candidate))) {
      candidate = (candidate + 1) % 1_000_000;
    }
    return String.format(Locale.ROOT, "%06d", candidate);
  }

  static JsonNode getSessionToken(
      CommonClient client, String serialNumber, String tokenCode, Long durationSeconds)
      throws Exception {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("SerialNumber", serialNumber);
    payload.put("TokenCode", tokenCode);
    if (durationSeconds != null) {
      payload.put("DurationSeconds", durationSeconds);
    }
    return TencentSdk.call(client, "GetSessionToken", TencentSdk.json(payload));
  }

  private static void assertSessionToken(JsonNode response, Instant issuedAt, long seconds) {
    assertThat(response.path("RequestId").asText()).matches(REQUEST_ID_PATTERN);
    JsonNode credentials = response.path("Credentials");
    assertThat(credentials.isObject()).as("Response.Credentials is an object").isTrue();
    assertThat(response.path("ExpiredTime").isIntegralNumber())
        .as("ExpiredTime is a JSON integer")
        .isTrue();
    assertTemporaryCredentials(
        credentials.path("TmpSecretId").asText(),
        credentials.path("TmpSecretKey").asText(),
        credentials.path("Token").asText(),
        response.path("ExpiredTime").asLong(),
        response.path("Expiration").asText(),
        issuedAt,
        seconds);
  }
}

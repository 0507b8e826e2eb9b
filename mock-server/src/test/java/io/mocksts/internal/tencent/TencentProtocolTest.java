package io.mocksts.internal.tencent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mocksts.internal.core.MutableClock;
import io.mocksts.internal.core.SessionTokens;
import io.mocksts.internal.core.Totp;
import io.mocksts.internal.core.World;
import io.mocksts.internal.core.WorldLoader;
import io.mocksts.internal.http.StsRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Drives {@link TencentProtocol} with requests built and signed here (Tencent STS API,
 * https://github.com/TencentCloud/tencentcloud-cli/blob/6e53beb521ad/tccli/services/sts/v20180813/api.json):
 * the default world, a fixed clock, no HTTP.
 */
class TencentProtocolTest {

  private static final World WORLD = WorldLoader.defaultWorld();
  private static final Instant NOW = Instant.parse("2026-11-01T08:00:00Z");

  static final String OWNER = "100000000001";
  static final String ALICE_UIN = "100000000002";
  static final String ALICE = "AKIDMockAliceSecretId000000000000001";
  static final String ALICE_KEY = "MockAliceSecretKey00000000000001";
  static final String ROOT = "AKIDMockRootSecretId0000000000000001";
  static final String ROOT_KEY = "MockRootSecretKey000000000000001";
  static final String BOB = "AKIDMockBobSecretId00000000000000001";
  static final String BOB_KEY = "MockBobSecretKey0000000000000000001";
  static final String CAROL = "AKIDMockCarolSecretId000000000000001";
  static final String CAROL_KEY = "MockCarolSecretKey00000000000001";
  static final String MALLORY = "AKIDMockMallorySecretId0000000000001";
  static final String MALLORY_KEY = "MockMallorySecretKey000000000001";
  static final String MOCK_ROLE = "qcs::cam::uin/" + OWNER + ":roleName/mock-role";
  static final String MOCK_ROLE_ID = "4611686018427397901";
  static final String MFA_SECRET = "JBSWY3DPEHPK3PXP";

  private final MutableClock clock = new MutableClock(Clock.fixed(NOW, ZoneOffset.UTC));
  private final List<String> faults = new ArrayList<>();
  private final TencentLimits limits = new TencentLimits(clock);
  private final TencentProtocol sts =
      TencentSts.protocol(WORLD, new SessionTokens(clock), clock, limits, faults::add);

  // ---------------------------------------------------------------- helpers

  TencentCalls.Tc3 call(String action, String secretId, String secretKey) {
    return new TencentCalls.Tc3(clock, action, secretId, secretKey);
  }

  JsonNode send(TencentCalls.Tc3 call) {
    return TencentCalls.send(sts, call.request());
  }

  JsonNode send(StsRequest request) {
    return TencentCalls.send(sts, request);
  }

  static String code(JsonNode response) {
    return response.path("Error").path("Code").asText(null);
  }

  JsonNode assumeRole(String secretId, String key, String body) {
    return send(call("AssumeRole", secretId, key).body(body));
  }

  JsonNode aliceAssumes(String extra) {
    return assumeRole(
        ALICE,
        ALICE_KEY,
        "{\"RoleArn\":\"" + MOCK_ROLE + "\",\"RoleSessionName\":\"s1\"" + extra + "}");
  }

  TencentCalls.Tc3 withCredentials(String action, JsonNode issued) {
    JsonNode c = issued.get("Credentials");
    return call(action, c.get("TmpSecretId").asText(), c.get("TmpSecretKey").asText())
        .header("X-TC-Token", c.get("Token").asText());
  }

  static String encoded(String policy) {
    return java.net.URLEncoder.encode(policy, StandardCharsets.UTF_8);
  }

  // ---------------------------------------------------------------- tests

  @Nested
  class Envelope {

    @Test
    void whenACallSucceedsThenTheResponseCarriesALowerCaseUuidRequestId() {
      JsonNode response = send(call("GetCallerIdentity", ALICE, ALICE_KEY));
      assertThat(response.get("RequestId").asText())
          .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
      assertThat(response.has("Error")).isFalse();
    }

    @Test
    void whenACallFailsThenTheErrorIsInResponseErrorWithHttp200() {
      var response =
          sts.handle(
              call("GetCallerIdentity", ALICE, "wrong-secret-wrong-secret-wrong1").request());
      assertThat(response.status()).isEqualTo(200);
      assertThat(response.bodyText())
          .contains(
              "{\"Response\":{\"Error\":{\"Code\":\"AuthFailure.SignatureFailure\",\"Message\":"
                  + "\"The provided credentials could not be validated. Please check your"
                  + " signature is correct.\"},\"RequestId\":\"");
    }

    @Test
    void whenTheCallerAsksForChineseThenTheMessageIsTheChineseDescription() {
      JsonNode response =
          send(
              call("GetCallerIdentity", ALICE, "wrong-secret-wrong-secret-wrong1")
                  .header("X-TC-Language", "zh-CN"));
      assertThat(response.at("/Error/Message").asText())
          .isEqualTo(TencentError.SIGNATURE_FAILURE.chinese());
    }

    @ParameterizedTest
    @CsvSource({
      "X-TC-Action,,MissingParameter",
      "X-TC-Version,,MissingParameter",
      "X-TC-Version,2017-03-12,NoSuchVersion",
      "X-TC-Action,DescribeInstances,InvalidAction",
      "X-TC-Region,,MissingParameter",
      "X-TC-Region,mars-north-1,UnsupportedRegion",
    })
    void whenACommonParameterIsMissingOrWrongThenTheDocumentedCodeAnswers(
        String header, String value, String expected) {
      assertThat(code(send(call("GetCallerIdentity", ALICE, ALICE_KEY).header(header, value))))
          .isEqualTo(expected);
    }

    @Test
    void whenTheMethodIsNeitherGetNorPostThenUnsupportedProtocolAnswers() {
      StsRequest put =
          new StsRequest(
              "PUT",
              "/",
              "",
              Map.of("X-TC-Action", List.of("GetCallerIdentity")),
              new byte[0],
              "http");
      assertThat(code(send(put))).isEqualTo("UnsupportedProtocol");
    }

    @Test
    void whenAnUndefinedParameterIsSentThenUnknownParameterNamesIt() {
      JsonNode response =
          send(call("GetCallerIdentity", ALICE, ALICE_KEY).body("{\"DryRun\":true}"));
      assertThat(code(response)).isEqualTo("UnknownParameter");
      assertThat(response.at("/Error/Message").asText()).contains("`DryRun`");
    }

    @Test
    void whenTheBodyIsNotAJsonObjectThenInvalidParameterAnswers() {
      assertThat(code(send(call("GetCallerIdentity", ALICE, ALICE_KEY).body("[1,2]"))))
          .isEqualTo("InvalidParameter");
    }

    @Test
    void whenAGetIsLargerThan32KilobytesThenRequestSizeLimitExceededAnswers() {
      String query = "Name=" + "a".repeat(33 * 1024);
      assertThat(code(send(call("GetFederationToken", ALICE, ALICE_KEY).get(query))))
          .isEqualTo("RequestSizeLimitExceeded");
    }

    @Test
    void whenGetCallerIdentityExceedsTwentyCallsASecondThenRequestLimitExceededAnswers() {
      for (int i = 0; i < 20; i++) {
        assertThat(code(send(call("GetCallerIdentity", ALICE, ALICE_KEY)))).isNull();
      }
      assertThat(code(send(call("GetCallerIdentity", ALICE, ALICE_KEY))))
          .isEqualTo("RequestLimitExceeded");
      clock.advance(Duration.ofSeconds(1));
      assertThat(code(send(call("GetCallerIdentity", ALICE, ALICE_KEY)))).isNull();
    }
  }

  @Nested
  class Tc3Authentication {

    @Test
    void whenTheJavaSdkScopeServiceIsTheFirstLabelOfTheHostThenTheSignatureIsAccepted() {
      assertThat(code(send(call("GetCallerIdentity", ALICE, ALICE_KEY)))).isNull();
    }

    @Test
    void whenTheHostIsSignedWithoutItsPortThenTheSignatureIsAccepted() {
      TencentCalls.Tc3 node = call("GetCallerIdentity", ALICE, ALICE_KEY);
      node.signHost = "127.0.0.1";
      node.service = "sts";
      assertThat(code(send(node))).isNull();
    }

    @Test
    void whenTheSignedHostDiffersFromTheHostSentThenSignatureFailureAnswers() {
      TencentCalls.Tc3 other = call("GetCallerIdentity", ALICE, ALICE_KEY);
      other.signHost = "sts.tencentcloudapi.com";
      assertThat(code(send(other))).isEqualTo("AuthFailure.SignatureFailure");
    }

    @Test
    void whenABodyIsChangedAfterSigningThenSignatureFailureAnswers() {
      StsRequest signed =
          call("AssumeRole", ALICE, ALICE_KEY)
              .body("{\"RoleArn\":\"" + MOCK_ROLE + "\",\"RoleSessionName\":\"s1\"}")
              .request();
      StsRequest altered =
          new StsRequest(
              "POST",
              "/",
              "",
              signed.headers(),
              new String(signed.body(), StandardCharsets.UTF_8)
                  .replace("s1", "s2")
                  .getBytes(StandardCharsets.UTF_8),
              "http");
      assertThat(code(send(altered))).isEqualTo("AuthFailure.SignatureFailure");
    }

    @ParameterizedTest
    @CsvSource({"301,AuthFailure.SignatureExpire", "-301,AuthFailure.SignatureExpire", "300,"})
    void whenTheTimestampIsOutsideFiveMinutesThenSignatureExpireAnswers(
        long offset, String expected) {
      assertThat(
              code(
                  send(
                      call("GetCallerIdentity", ALICE, ALICE_KEY)
                          .timestamp(NOW.getEpochSecond() + offset))))
          .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
      "AKIDUnknownSecretId0000000000000001,AuthFailure.SecretIdNotFound",
      "LTAI5tMockAliceAccessKey,AuthFailure.InvalidSecretId",
      CAROL + ",AuthFailure.SecretIdNotFound",
    })
    void whenTheSecretIdIsUnknownForeignOrDisabledThenTheDocumentedCodeAnswers(
        String secretId, String expected) {
      assertThat(code(send(call("GetCallerIdentity", secretId, CAROL_KEY)))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "HMAC-SHA256 Credential=x",
          "TC3-HMAC-SHA256 Credential=" + ALICE + "/2026-11-01/sts/tc3_request",
          "TC3-HMAC-SHA256 Credential="
              + ALICE
              + "/2026-11-01/sts/tc3_request, SignedHeaders=host, Signature="
              + "0000000000000000000000000000000000000000000000000000000000000000",
          "SKIP",
        })
    void whenTheAuthorizationIsMalformedThenInvalidAuthorizationAnswers(String authorization) {
      assertThat(
              code(
                  send(
                      call("GetCallerIdentity", ALICE, ALICE_KEY)
                          .header("Authorization", authorization))))
          .isEqualTo("AuthFailure.InvalidAuthorization");
    }

    @Test
    void whenTheScopeDateIsNotTheTimestampsDateThenSignatureFailureAnswers() {
      TencentCalls.Tc3 call = call("GetCallerIdentity", ALICE, ALICE_KEY);
      StsRequest request = call.request();
      String auth = request.header("authorization").replace("2026-11-01", "2026-10-31");
      assertThat(code(send(call.header("Authorization", auth))))
          .isEqualTo("AuthFailure.SignatureFailure");
    }

    @Test
    void whenAnUnsignedPayloadIsDeclaredThenTheBodyIsNotHashed() {
      TencentCalls.Tc3 call =
          call("GetCallerIdentity", ALICE, ALICE_KEY)
              .header("X-TC-Content-SHA256", "UNSIGNED-PAYLOAD");
      // The kit-side signer hashes the body; sign the literal instead, as the SDK does.
      call.body = "UNSIGNED-PAYLOAD";
      StsRequest signed = call.request();
      StsRequest sent =
          new StsRequest(
              "POST", "/", "", signed.headers(), "{}".getBytes(StandardCharsets.UTF_8), "http");
      assertThat(code(send(sent))).isNull();
    }

    @Test
    void whenAGetIsSignedOverTheRawQueryThenItIsAccepted() {
      String policy =
          encoded(
              encoded(
                  "{\"version\":\"2.0\",\"statement\":[{\"effect\":\"allow\",\"action\":[\"cos:*\"],"
                      + "\"resource\":[\"*\"]}]}"));
      JsonNode response =
          send(call("GetFederationToken", ALICE, ALICE_KEY).get("Name=fed&Policy=" + policy));
      assertThat(code(response)).isNull();
      assertThat(response.at("/Credentials/TmpSecretId").asText()).startsWith("AKID");
    }
  }

  @Nested
  class V1Authentication {

    @ParameterizedTest
    @CsvSource({"POST,HmacSHA1", "POST,HmacSHA256", "GET,HmacSHA1", "GET,HmacSHA256"})
    void whenAV1CallIsSignedWithEitherHmacThenItIsAccepted(String method, String algorithm) {
      Map<String, String> params = TencentCalls.v1Params(clock, "GetCallerIdentity", ALICE);
      params.put("SignatureMethod", algorithm);
      params.put("RequestClient", "SDK_JAVA_3.1.678");
      JsonNode response = send(TencentCalls.v1(method, params, ALICE_KEY, algorithm));
      assertThat(code(response)).isNull();
      assertThat(response.get("UserId").asText()).isEqualTo(ALICE_UIN);
    }

    @Test
    void whenAV1CallIsSignedWithTheOtherHmacThenSignatureFailureAnswers() {
      Map<String, String> params = TencentCalls.v1Params(clock, "GetCallerIdentity", ALICE);
      params.put("SignatureMethod", "HmacSHA256");
      assertThat(code(send(TencentCalls.v1("POST", params, ALICE_KEY, "HmacSHA1"))))
          .isEqualTo("AuthFailure.SignatureFailure");
    }

    @Test
    void whenAV1CallCarriesFlattenedTagsThenTheyAreReadAsAList() {
      Map<String, String> params = TencentCalls.v1Params(clock, "AssumeRole", ALICE);
      params.put("RoleArn", MOCK_ROLE);
      params.put("RoleSessionName", "tagged");
      for (int i = 0; i <= 50; i++) {
        params.put("Tags." + i + ".Key", "k" + i);
        params.put("Tags." + i + ".Value", "v");
      }
      JsonNode response = send(TencentCalls.v1("POST", params, ALICE_KEY, "HmacSHA1"));
      assertThat(code(response)).isEqualTo("InvalidParameter.ParamError");
      params.remove("Tags.50.Key");
      params.remove("Tags.50.Value");
      params.put("Nonce", "2"); // the first call's nonce was spent
      assertThat(code(send(TencentCalls.v1("POST", params, ALICE_KEY, "HmacSHA1")))).isNull();
    }

    @ParameterizedTest
    @CsvSource({
      "Nonce,MissingParameter",
      "SecretId,MissingParameter",
      "Timestamp,MissingParameter"
    })
    void whenAV1SignatureParameterIsMissingThenMissingParameterAnswers(
        String parameter, String expected) {
      Map<String, String> params = TencentCalls.v1Params(clock, "GetCallerIdentity", ALICE);
      params.remove(parameter);
      assertThat(code(send(TencentCalls.v1("POST", params, ALICE_KEY, "HmacSHA1"))))
          .isEqualTo(expected);
    }

    @Test
    void whenAJsonPostHasNoAuthorizationThenInvalidAuthorizationAnswers() {
      StsRequest request = call("GetCallerIdentity", ALICE, ALICE_KEY).request();
      Map<String, List<String>> headers = new java.util.LinkedHashMap<>(request.headers());
      headers.remove("authorization");
      assertThat(code(send(new StsRequest("POST", "/", "", headers, request.body(), "http"))))
          .isEqualTo("AuthFailure.InvalidAuthorization");
    }
  }

  @Nested
  class TemporaryCredentialTokens {

    @Test
    void whenTemporaryCredentialsAreUsedWithTheirTokenThenTheCallerIsTheRoleSession() {
      JsonNode issued = aliceAssumes("");
      JsonNode identity = send(withCredentials("GetCallerIdentity", issued));
      assertThat(identity.get("Type").asText()).isEqualTo("CAMRole");
      assertThat(identity.get("UserId").asText()).isEqualTo(MOCK_ROLE_ID + ":s1");
      assertThat(identity.get("PrincipalId").asText()).isEqualTo(ALICE_UIN);
      assertThat(identity.get("AccountId").asText()).isEqualTo(OWNER);
      assertThat(identity.get("Arn").asText())
          .isEqualTo("qcs::sts:" + OWNER + ":assumed-role/" + MOCK_ROLE_ID);
    }

    @Test
    void whenTheTokenIsMissingAlteredForeignOrExpiredThenTheDocumentedCodeAnswers() {
      JsonNode issued = aliceAssumes("");
      JsonNode other = aliceAssumes("");
      assertThat(
              code(send(withCredentials("GetCallerIdentity", issued).header("X-TC-Token", null))))
          .isEqualTo("AuthFailure.SecretIdNotFound");
      String token = issued.at("/Credentials/Token").asText();
      assertThat(
              code(
                  send(
                      withCredentials("GetCallerIdentity", issued)
                          .header("X-TC-Token", token.substring(0, token.length() - 2) + "xx"))))
          .isEqualTo("AuthFailure.TokenFailure");
      assertThat(
              code(
                  send(
                      withCredentials("GetCallerIdentity", issued)
                          .header("X-TC-Token", other.at("/Credentials/Token").asText()))))
          .isEqualTo("AuthFailure.TokenFailure");
      clock.advance(Duration.ofSeconds(7201));
      JsonNode expired = send(withCredentials("GetCallerIdentity", issued));
      assertThat(code(expired)).isEqualTo("AuthFailure.TokenFailure");
      assertThat(expired.at("/Error/Message").asText()).isEqualTo("The token has expired.");
    }
  }

  @Nested
  class AssumeRoleAction {

    @Test
    void whenAliceAssumesMockRoleThenEveryDocumentedFieldIsThere() {
      JsonNode response = aliceAssumes(",\"DurationSeconds\":\"1800\"");
      assertThat(code(response)).isNull();
      assertThat(response.at("/Credentials/TmpSecretId").asText()).matches("AKID[A-Za-z0-9]{32}");
      assertThat(response.at("/Credentials/TmpSecretKey").asText()).hasSize(32);
      assertThat(response.at("/Credentials/Token").asText()).isNotEmpty();
      assertThat(response.get("ExpiredTime").isIntegralNumber()).isTrue();
      assertThat(response.get("ExpiredTime").asLong()).isEqualTo(NOW.getEpochSecond() + 1800);
      assertThat(response.get("Expiration").asText()).isEqualTo("2026-11-01T08:30:00Z");
    }

    @Test
    void whenNoDurationIsGivenThenCredentialsLast7200Seconds() {
      assertThat(aliceAssumes("").get("ExpiredTime").asLong())
          .isEqualTo(NOW.getEpochSecond() + 7200);
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "qcs::cam::uin/" + OWNER + ":role/" + MOCK_ROLE_ID + "|s1||",
          "qcs::cam::uin/" + OWNER + ":roleName/MOCK-ROLE|s1||",
          "acs:ram::1:role/mock-role|s1||InvalidParameter.ParamError",
          "qcs::cam::uin/999999999999:roleName/mock-role|s1||InvalidParameter.AccountNotAvaliable",
          "qcs::cam::uin/" + OWNER + ":roleName/nobody|s1||ResourceNotFound.RoleNotFound",
          "qcs::cam::uin/"
              + OWNER
              + ":role/tencentcloudServiceRole/1|s1||ResourceNotFound.RoleNotFound",
          MOCK_ROLE + "|s|,\"DurationSeconds\":900|InvalidParameter.ParamError",
          MOCK_ROLE + "|a:b|,\"DurationSeconds\":900|InvalidParameter.ParamError",
          MOCK_ROLE + "|s1|,\"DurationSeconds\":43201|InvalidParameter.OverTimeError",
          MOCK_ROLE + "|s1|,\"DurationSeconds\":0|InvalidParameter.ParamError",
          MOCK_ROLE + "|s1|,\"DurationSeconds\":\"x\"|InvalidParameter",
          "qcs::cam::uin/"
              + OWNER
              + ":roleName/mock-short-role|s1|,\"DurationSeconds\":3601|InvalidParameter.OverTimeError",
          MOCK_ROLE + "|s1|,\"ExternalId\":\"x\"|InvalidParameter.ParamError",
          "qcs::cam::uin/"
              + OWNER
              + ":roleName/mock-external-role|s1|,\"ExternalId\":\"nope\"|UnauthorizedOperation",
          "qcs::cam::uin/"
              + OWNER
              + ":roleName/mock-external-role|s1|,\"ExternalId\":\"mock-external-id\"|",
          "qcs::cam::uin/" + OWNER + ":roleName/mock-foreign-role|s1||UnauthorizedOperation",
          MOCK_ROLE
              + "|s1|,\"Tags\":[{\"Key\":\"a\",\"Value\":\"1\"},{\"Key\":\"a\",\"Value\":\"2\"}]|InvalidParameter.ParamError",
          MOCK_ROLE
              + "|s1|,\"Tags\":[{\"Key\":\"a\",\"Value\":\"1\"}],\"SourceIdentity\":\"100000000002\"|",
        })
    void whenAliceAssumesARoleThenTheDocumentedOutcomeFollows(
        String roleArn, String session, String extra, String expected) {
      JsonNode response =
          assumeRole(
              ALICE,
              ALICE_KEY,
              "{\"RoleArn\":\""
                  + roleArn
                  + "\",\"RoleSessionName\":\""
                  + session
                  + "\""
                  + (extra == null ? "" : extra)
                  + "}");
      assertThat(code(response)).as(response.toString()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "{\"version\":\"2.0\",\"statement\":[{\"effect\":\"allow\",\"action\":[\"cos:*\"],\"resource\":[\"*\"]}]}|",
          "{\"version\":\"2.0\",\"statement\":[{\"effect\":\"allow\",\"action\":[\"cos:*\"],\"resource\":[\"qcs::cos:ap-guangzhou:uid/1250000000:bucket-1250000000/*\"]}]}|",
          "{\"version\":\"2.0\",\"statement\":[{\"effect\":\"allow\",\"action\":[\"cam:GetUser\"],\"resource\":[\"qcs::cam::uin/100000000001:uin/100000000002\"]}]}|",
          "{\"version\":\"2.0\",\"statement\":[{\"effect\":\"allow\",\"action\":[\"cam:GetUser\"],\"resource\":[\"qcs::cam::uin/200000000001:uin/200000000002\"]}]}|InvalidParameter.GrantOtherResource",
          "{\"version\":\"2.0\",\"statement\":[{\"effect\":\"allow\",\"action\":[\"cos:*\"],\"resource\":[\"bucket/*\"]}]}|InvalidParameter.ResouceError",
          "{\"version\":\"2.0\",\"statement\":[{\"effect\":\"allow\",\"principal\":{\"qcs\":[\"*\"]},\"action\":[\"cos:*\"],\"resource\":[\"*\"]}]}|InvalidParameter.StrategyInvalid",
          "{\"version\":\"1\",\"statement\":[]}|InvalidParameter.StrategyFormatError",
          "not json|InvalidParameter.StrategyFormatError",
        })
    void whenAPolicyIsPassedThenItIsDecodedOnceAndChecked(String policy, String expected) {
      JsonNode response =
          aliceAssumes(",\"Policy\":\"" + encoded(policy).replace("\"", "\\\"") + "\"");
      assertThat(code(response)).as(response.toString()).isEqualTo(expected);
    }

    @Test
    void whenAPolicyIsLongerThan6144CharactersThenPolicyTooLongAnswers() {
      String policy =
          "{\"version\":\"2.0\",\"statement\":[{\"effect\":\"allow\",\"action\":[\""
              + "a".repeat(6200)
              + "\"],\"resource\":[\"*\"]}]}";
      assertThat(code(aliceAssumes(",\"Policy\":\"" + encoded(policy) + "\"")))
          .isEqualTo("InvalidParameter.PolicyTooLong");
    }

    @Test
    void whenBobWithoutStsPermissionAssumesARoleThenUnauthorizedOperationAnswers() {
      assertThat(
              code(
                  assumeRole(
                      BOB,
                      BOB_KEY,
                      "{\"RoleArn\":\"" + MOCK_ROLE + "\",\"RoleSessionName\":\"s1\"}")))
          .isEqualTo("UnauthorizedOperation");
    }

    @Test
    void whenTheRootAccountAssumesARoleTrustingTheAccountThenItSucceeds() {
      JsonNode response =
          assumeRole(
              ROOT, ROOT_KEY, "{\"RoleArn\":\"" + MOCK_ROLE + "\",\"RoleSessionName\":\"r1\"}");
      assertThat(code(response)).isNull();
      assertThat(send(withCredentials("GetCallerIdentity", response)).get("PrincipalId").asText())
          .isEqualTo(OWNER);
    }

    @Test
    void whenMalloryOfTheTrustedAccountAssumesTheForeignRoleThenItSucceeds() {
      assertThat(
              code(
                  assumeRole(
                      MALLORY,
                      MALLORY_KEY,
                      "{\"RoleArn\":\"qcs::cam::uin/"
                          + OWNER
                          + ":roleName/mock-foreign-role\",\"RoleSessionName\":\"m1\"}")))
          .isNull();
    }

    @Test
    void whenFederatedUserCredentialsAssumeARoleThenUnauthorizedOperationAnswers() {
      JsonNode federated =
          send(
              call("GetFederationToken", ALICE, ALICE_KEY)
                  .body("{\"Name\":\"fed\",\"Policy\":\"" + encoded(ANY_POLICY) + "\"}"));
      assertThat(
              code(
                  send(
                      withCredentials("AssumeRole", federated)
                          .body("{\"RoleArn\":\"" + MOCK_ROLE + "\",\"RoleSessionName\":\"x1\"}"))))
          .isEqualTo("UnauthorizedOperation");
    }

    @Test
    void whenAnMfaCodeIsGivenThenItIsCheckedAgainstAlicesDevice() {
      String serial = ",\"SerialNumber\":\"qcs::cam:uin/" + OWNER + "::mfa/softToken\"";
      assertThat(
              code(
                  aliceAssumes(
                      serial + ",\"TokenCode\":\"" + Totp.currentCode(MFA_SECRET, clock) + "\"")))
          .isNull();
      assertThat(code(aliceAssumes(serial + ",\"TokenCode\":\"000000\"")))
          .isEqualTo("FailedOperation.CheckMFAError");
      assertThat(
              code(
                  aliceAssumes(
                      ",\"SerialNumber\":\"qcs::cam:uin/"
                          + OWNER
                          + "::mfa/hardToken\",\"TokenCode\":\"123456\"")))
          .isEqualTo("FailedOperation.MFATypeNotSupported");
    }
  }

  static final String ANY_POLICY =
      "{\"version\":\"2.0\",\"statement\":[{\"effect\":\"allow\",\"action\":[\"cos:*\"],"
          + "\"resource\":[\"*\"]}]}";

  @Nested
  class OtherActions {

    @Test
    void whenAliceGetsAFederationTokenThenItsIdentityIsTheFederatedUser() {
      JsonNode issued =
          send(
              call("GetFederationToken", ALICE, ALICE_KEY)
                  .body("{\"Name\":\"fed\",\"Policy\":\"" + encoded(ANY_POLICY) + "\"}"));
      assertThat(issued.get("ExpiredTime").asLong()).isEqualTo(NOW.getEpochSecond() + 1800);
      JsonNode identity = send(withCredentials("GetCallerIdentity", issued));
      assertThat(identity.get("Type").asText()).isEqualTo("CAMUser");
      assertThat(identity.get("UserId").asText()).isEqualTo(ALICE_UIN + ":fed");
      assertThat(identity.get("Arn").asText())
          .isEqualTo("qcs::sts:" + OWNER + ":federated-user/" + ALICE_UIN);
      assertThat(
              code(
                  send(
                      withCredentials("GetFederationToken", issued)
                          .body(
                              "{\"Name\":\"again\",\"Policy\":\"" + encoded(ANY_POLICY) + "\"}"))))
          .isEqualTo("UnsupportedOperation");
    }

    @ParameterizedTest
    @CsvSource({
      "ROOT,7201,InvalidParameter.OverTimeError",
      "ROOT,7200,",
      "ALICE,129600,",
      "ALICE,129601,InvalidParameter.OverTimeError",
    })
    void whenAFederationTokenIsAskedForThenRootAndSubUsersHaveTheirOwnMaximum(
        String who, long seconds, String expected) {
      String id = who.equals("ROOT") ? ROOT : ALICE;
      String key = who.equals("ROOT") ? ROOT_KEY : ALICE_KEY;
      assertThat(
              code(
                  send(
                      call("GetFederationToken", id, key)
                          .body(
                              "{\"Name\":\"fed\",\"DurationSeconds\":"
                                  + seconds
                                  + ",\"Policy\":\""
                                  + encoded(ANY_POLICY)
                                  + "\"}"))))
          .isEqualTo(expected);
    }

    @Test
    void whenAFederationTokenLacksItsPolicyOrHasADigitInItsNameThenTheDocumentedCodeAnswers() {
      assertThat(
              code(send(call("GetFederationToken", ALICE, ALICE_KEY).body("{\"Name\":\"fed\"}"))))
          .isEqualTo("MissingParameter");
      assertThat(
              code(
                  send(
                      call("GetFederationToken", ALICE, ALICE_KEY)
                          .body("{\"Name\":\"fed1\",\"Policy\":\"" + encoded(ANY_POLICY) + "\"}"))))
          .isEqualTo("InvalidParameter.ParamError");
    }

    @Test
    void whenTheRootAccountAsksWhoItIsThenItIsItsOwnUin() {
      JsonNode identity = send(call("GetCallerIdentity", ROOT, ROOT_KEY));
      assertThat(identity.get("UserId").asText()).isEqualTo(OWNER);
      assertThat(identity.get("PrincipalId").asText()).isEqualTo(OWNER);
      assertThat(identity.get("Arn").asText())
          .isEqualTo("qcs::cam::uin/" + OWNER + ":uin/" + OWNER);
    }

    @Test
    void whenAliceQueriesHerApiKeysThenHerKeyIsListedActiveWithItsCreationTime() {
      JsonNode keys = send(call("QueryApiKey", ALICE, ALICE_KEY));
      assertThat(keys.at("/IdKeys/0/SecretId").asText()).isEqualTo(ALICE);
      assertThat(keys.at("/IdKeys/0/CreateTime").asLong()).isEqualTo(1704067200L);
      assertThat(keys.at("/IdKeys/0/Status").asInt()).isEqualTo(2);
    }

    @Test
    void whenTheRootAccountQueriesCarolsKeysThenHerDisabledKeyHasStatus3() {
      JsonNode keys =
          send(call("QueryApiKey", ROOT, ROOT_KEY).body("{\"TargetUin\":100000000004}"));
      assertThat(keys.at("/IdKeys/0/Status").asInt()).isEqualTo(3);
    }

    @Test
    void whenAliceQueriesAnotherUinThenTheDocumentedCodeAnswers() {
      assertThat(
              code(
                  send(call("QueryApiKey", ALICE, ALICE_KEY).body("{\"TargetUin\":100000000003}"))))
          .isEqualTo("AuthFailure.UnauthorizedOperation");
      assertThat(
              code(
                  send(call("QueryApiKey", ALICE, ALICE_KEY).body("{\"TargetUin\":200000000002}"))))
          .isEqualTo("InvalidParameter.ParamError");
    }

    @Test
    void whenAliceProvesHerMfaDeviceThenGetSessionTokenAnswersAsHerself() {
      String body =
          "{\"SerialNumber\":\"qcs::cam:uin/"
              + OWNER
              + "::mfa/softToken\",\"TokenCode\":\""
              + Totp.currentCode(MFA_SECRET, clock)
              + "\"}";
      JsonNode issued = send(call("GetSessionToken", ALICE, ALICE_KEY).body(body));
      assertThat(code(issued)).isNull();
      assertThat(issued.get("ExpiredTime").asLong()).isEqualTo(NOW.getEpochSecond() + 1800);
      JsonNode identity = send(withCredentials("GetCallerIdentity", issued));
      assertThat(identity.get("UserId").asText()).isEqualTo(ALICE_UIN);
      assertThat(code(send(withCredentials("GetSessionToken", issued).body(body))))
          .isEqualTo("FailedOperation.TempKeyNotAllowed");
    }

    @Test
    void whenMfaSessionCredentialsAssumeARoleTrustingOnlyAliceThenAliceIsTheTrustedPrincipal() {
      String body =
          "{\"SerialNumber\":\"qcs::cam:uin/"
              + OWNER
              + "::mfa/softToken\",\"TokenCode\":\""
              + Totp.currentCode(MFA_SECRET, clock)
              + "\"}";
      JsonNode session = send(call("GetSessionToken", ALICE, ALICE_KEY).body(body));
      JsonNode assumed =
          send(
              withCredentials("AssumeRole", session)
                  .body(
                      "{\"RoleArn\":\"qcs::cam::uin/"
                          + OWNER
                          + ":roleName/mock-alice-role\",\"RoleSessionName\":\"mfa\"}"));
      assertThat(code(assumed)).isNull();
      assertThat(send(withCredentials("GetCallerIdentity", assumed)).get("PrincipalId").asText())
          .isEqualTo(ALICE_UIN);
    }

    @Test
    void whenAFederationActionIsCalledWithSkipThenItsParametersAreCheckedWithoutASignature() {
      String saml =
          "{\"SAMLAssertion\":\"PHNhbWw+\",\"PrincipalArn\":\"qcs::cam::uin/"
              + OWNER
              + ":saml-provider/mock-idp\",\"RoleArn\":\"qcs::cam::uin/"
              + OWNER
              + ":roleName/mock-saml-role\",\"RoleSessionName\":\"s1\"}";
      TencentCalls.Tc3 call =
          call("AssumeRoleWithSAML", "", "").body(saml).header("Authorization", "SKIP");
      assertThat(code(send(call))).isEqualTo("InvalidParameter.ParamError");
      assertThat(
              code(
                  send(
                      call("AssumeRoleWithWebIdentity", "", "")
                          .header("Authorization", "SKIP")
                          .body(
                              "{\"ProviderId\":\"mock-oidc\",\"WebIdentityToken\":\"e30.e30.x\","
                                  + "\"RoleArn\":\"qcs::cam::uin/"
                                  + OWNER
                                  + ":roleName/mock-oidc-role\",\"RoleSessionName\":\"s1\"}"))))
          .isEqualTo("InvalidParameter.WebIdentityTokenError");
      assertThat(
              code(
                  send(
                      call("AssumeRoleWithWebIdentity", "", "")
                          .header("Authorization", "SKIP")
                          .body("{\"ProviderId\":\"mock-oidc\"}"))))
          .isEqualTo("MissingParameter");
    }
  }

  /** A request like {@code signed} with another query string, body or Content-Type. */
  static StsRequest reshaped(StsRequest signed, String rawQuery, String contentType, String body) {
    Map<String, List<String>> headers = new java.util.LinkedHashMap<>(signed.headers());
    headers.remove("content-type");
    if (contentType != null) {
      headers.put("content-type", List.of(contentType));
    }
    return new StsRequest(
        signed.method(),
        signed.path(),
        rawQuery,
        headers,
        body == null ? null : body.getBytes(StandardCharsets.UTF_8),
        signed.scheme());
  }

  static String bodyOf(StsRequest request) {
    return new String(request.body(), StandardCharsets.UTF_8);
  }

  StsRequest aliceV1(String method, String algorithm, String nonce) {
    Map<String, String> params = TencentCalls.v1Params(clock, "GetCallerIdentity", ALICE);
    params.put("SignatureMethod", algorithm);
    if (nonce != null) {
      params.put("Nonce", nonce);
    }
    return TencentCalls.v1(method, params, ALICE_KEY, algorithm);
  }

  @Nested
  class V1Nonces {

    /** Before: only 1–12 digits were taken; 19 answered InvalidParameter "Nonce type error". */
    @ParameterizedTest
    @CsvSource({
      "POST,HmacSHA1,9223372036854775807",
      "POST,HmacSHA256,1234567890123456789",
      "GET,HmacSHA1,1000000000000000000",
      "GET,HmacSHA256,9223372036854775806",
      "POST,HmacSHA1,12345678901234567890",
      "GET,HmacSHA256,1"
    })
    void whenTheNonceHasUpToTwentyDigitsThenItIsAccepted(
        String method, String algorithm, String nonce) {
      JsonNode response = send(aliceV1(method, algorithm, nonce));

      assertThat(code(response)).isNull();
      assertThat(response.get("UserId").asText()).isEqualTo(ALICE_UIN);
    }

    @ParameterizedTest
    @CsvSource({"123456789012345678901", "-1", "12a", "1.5", "' 1'"})
    void whenTheNonceIsNotAnIntegerOfUpToTwentyDigitsThenInvalidParameter(String nonce) {
      assertThat(code(send(aliceV1("POST", "HmacSHA1", nonce)))).isEqualTo("InvalidParameter");
    }

    /** Before: the same signed request was served again and again. */
    @ParameterizedTest
    @CsvSource({"POST,HmacSHA1", "GET,HmacSHA256"})
    void whenASignedRequestIsSentAgainThenSignatureExpire(String method, String algorithm) {
      StsRequest request = aliceV1(method, algorithm, "9223372036854775807");

      assertThat(code(send(request))).isNull();
      assertThat(code(send(request))).isEqualTo("AuthFailure.SignatureExpire");
    }

    @Test
    void whenTheNonceIsReusedWithAnotherTimestampThenItIsAccepted() {
      assertThat(code(send(aliceV1("POST", "HmacSHA1", "42")))).isNull();
      clock.advance(Duration.ofSeconds(1));

      assertThat(code(send(aliceV1("POST", "HmacSHA1", "42")))).isNull();
    }

    @Test
    void whenAnotherSecretIdUsesTheSameNonceThenItIsAccepted() {
      Map<String, String> root = TencentCalls.v1Params(clock, "GetCallerIdentity", ROOT);
      root.put("Nonce", "42");
      assertThat(code(send(aliceV1("POST", "HmacSHA1", "42")))).isNull();

      assertThat(code(send(TencentCalls.v1("POST", root, ROOT_KEY, "HmacSHA1")))).isNull();
    }

    @Test
    void whenASignatureFailsThenItsNonceIsNotSpent() {
      Map<String, String> params = TencentCalls.v1Params(clock, "GetCallerIdentity", ALICE);
      params.put("Nonce", "77");
      assertThat(code(send(TencentCalls.v1("POST", params, "wrong", "HmacSHA1"))))
          .isEqualTo("AuthFailure.SignatureFailure");

      assertThat(code(send(TencentCalls.v1("POST", params, ALICE_KEY, "HmacSHA1")))).isNull();
    }

    @Test
    void whenTc3CallsRepeatThenNoNonceIsInvolved() {
      StsRequest request = call("GetCallerIdentity", ALICE, ALICE_KEY).request();

      assertThat(code(send(request))).isNull();
      assertThat(code(send(request))).isNull();
    }

    @Test
    void whenAnotherAccountsKeyFloodsPastEveryBoundThenACapturedRequestStillCannotBeReplayed() {
      TencentProtocol small =
          TencentSts.protocol(
              WORLD,
              new SessionTokens(clock),
              clock,
              limits,
              new io.mocksts.internal.core.ReplayCache(
                  clock, TencentAuthenticator.NONCE_WINDOW, 500, 1_500),
              faults::add);
      limits.limiter("GetCallerIdentity").orElseThrow().limit(0);
      StsRequest captured = aliceV1("POST", "HmacSHA1", null);
      assertThat(code(TencentCalls.send(small, captured))).isNull();

      for (int i = 0; i < 2_000; i++) {
        Map<String, String> flood = TencentCalls.v1Params(clock, "GetCallerIdentity", MALLORY);
        assertThat(
                code(
                    TencentCalls.send(
                        small, TencentCalls.v1("POST", flood, MALLORY_KEY, "HmacSHA1"))))
            .isNull();
      }

      assertThat(code(TencentCalls.send(small, captured))).isEqualTo("AuthFailure.SignatureExpire");
    }

    @Test
    void whenEveryKeyTogetherHoldsTheTotalBoundThenANewKeyIsRefusedNotAnotherKeysNonceForgotten() {
      TencentProtocol small =
          TencentSts.protocol(
              WORLD,
              new SessionTokens(clock),
              clock,
              limits,
              new io.mocksts.internal.core.ReplayCache(
                  clock, TencentAuthenticator.NONCE_WINDOW, 3, 4),
              faults::add);
      StsRequest captured = aliceV1("POST", "HmacSHA1", null);
      assertThat(code(TencentCalls.send(small, captured))).isNull();
      for (int i = 0; i < 3; i++) {
        Map<String, String> p = TencentCalls.v1Params(clock, "QueryApiKey", MALLORY);
        assertThat(
                code(TencentCalls.send(small, TencentCalls.v1("POST", p, MALLORY_KEY, "HmacSHA1"))))
            .isNull();
      }
      Map<String, String> root = TencentCalls.v1Params(clock, "QueryApiKey", ROOT);

      assertThat(
              code(TencentCalls.send(small, TencentCalls.v1("POST", root, ROOT_KEY, "HmacSHA1"))))
          .isEqualTo("RequestLimitExceeded");
      assertThat(code(TencentCalls.send(small, captured))).isEqualTo("AuthFailure.SignatureExpire");
    }

    @Test
    void whenTheDefaultBoundsAreReadThenTheyMatchTheDocumentedFigures() {
      assertThat(TencentAuthenticator.NONCE_WINDOW).isEqualTo(Duration.ofMinutes(10));
      assertThat(TencentAuthenticator.NONCE_CAPACITY_PER_KEY).isEqualTo(200_000);
      assertThat(TencentAuthenticator.NONCE_CAPACITY_TOTAL).isEqualTo(400_000);
    }
  }

  @Nested
  class FlattenedNames {

    /** Before: StackOverflowError, answered InternalError, before any signature check. */
    @Test
    void whenAQueryNameIsNested15000LevelsDeepThenInvalidParameter() {
      StsRequest signed = aliceV1("GET", "HmacSHA1", null);
      String name = "a.".repeat(14_999) + "a";

      assertThat(
              code(
                  send(
                      reshaped(
                          signed,
                          signed.rawQuery() + "&" + name + "=1",
                          "application/x-www-form-urlencoded",
                          null))))
          .isEqualTo("InvalidParameter");
      assertThat(faults).isEmpty();
    }

    @Test
    void whenAFormBodyNameIsNested400000LevelsDeepThenInvalidParameter() {
      StsRequest signed = aliceV1("POST", "HmacSHA1", null);
      String name = "a.".repeat(399_999) + "a";

      assertThat(
              code(
                  send(
                      reshaped(
                          signed,
                          "",
                          "application/x-www-form-urlencoded",
                          bodyOf(signed) + "&" + name + "=1"))))
          .isEqualTo("InvalidParameter");
      assertThat(faults).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
      "a.b.c.d.e.f.g.h.i",
      "Tags.0.Key.a.b.c.d.e.f",
      "Tags.10000.Key",
      "Tags.99999999999999999999.Key",
      "Tags.00000.Key"
    })
    void whenANameIsDeeperThanEightSegmentsOrHasAnAbsurdIndexThenInvalidParameter(String name) {
      StsRequest signed = aliceV1("POST", "HmacSHA1", null);

      assertThat(
              code(
                  send(
                      reshaped(
                          signed,
                          "",
                          "application/x-www-form-urlencoded",
                          bodyOf(signed) + "&" + name + "=1"))))
          .isEqualTo("InvalidParameter");
    }

    @Test
    void whenANameHasEightSegmentsThenItIsStructuredAndSigned() {
      Map<String, String> params = TencentCalls.v1Params(clock, "GetCallerIdentity", ALICE);
      params.put("a.b.c.d.e.f.g.h", "1");

      assertThat(code(send(TencentCalls.v1("POST", params, ALICE_KEY, "HmacSHA1"))))
          .isEqualTo("UnknownParameter");
    }

    @Test
    void whenFlattenedNamesNestListsInObjectsThenTheStructureIsBuilt() throws Exception {
      var tree =
          ApiRequestParser.structure(
              new java.util.LinkedHashMap<>(
                  Map.of(
                      "Tags.1.Key", "k1",
                      "Tags.0.Key", "k0",
                      "Tags.0.Value", "v0",
                      "A.B.0.C.1", "x",
                      "A.B.0.C.0", "y",
                      "Plain", "p")));

      assertThat((JsonNode) tree)
          .isEqualTo(
              TencentCalls.JSON.readTree(
                  "{\"Tags\":[{\"Key\":\"k0\",\"Value\":\"v0\"},{\"Key\":\"k1\"}],"
                      + "\"A\":{\"B\":[{\"C\":[\"y\",\"x\"]}]},\"Plain\":\"p\"}"));
    }
  }

  @Nested
  class DeepJson {

    /** Jackson's default nesting limit (1,000) answers as a body that is not JSON. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {1_001, 5_000, 200_000})
    void whenAJsonBodyIsNestedDeeperThanTheParserAllowsThenInvalidParameter(int depth) {
      String body = "{\"Tags\":" + "[".repeat(depth) + "]".repeat(depth) + "}";

      assertThat(code(send(call("GetCallerIdentity", ALICE, ALICE_KEY).body(body))))
          .isEqualTo("InvalidParameter");
      assertThat(faults).isEmpty();
    }

    @Test
    void whenAJsonBodyIsNestedWithinTheLimitThenTheDocumentedCheckAnswers() {
      String body = "{\"Tags\":" + "[".repeat(990) + "]".repeat(990) + "}";

      assertThat(code(send(call("AssumeRole", ALICE, ALICE_KEY).body(body))))
          .isEqualTo("InvalidParameter");
      assertThat(faults).isEmpty();
    }
  }

  @Nested
  class ContentTypes {

    /** Before: {@code split(";")[0]} on {@code ;;;} threw, answered InternalError. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
        strings = {";;;", ";", "  ;charset=x", "\u00e9; x", "\uD83D\uDE00", "text/plain"})
    void whenAPostBodyHasNoUsableMediaTypeThenInvalidParameter(String contentType) {
      StsRequest signed = aliceV1("POST", "HmacSHA1", null);

      assertThat(code(send(reshaped(signed, "", contentType, bodyOf(signed)))))
          .isEqualTo("InvalidParameter");
      assertThat(faults).isEmpty();
    }

    @Test
    void whenTheContentTypeIsVeryLongThenInvalidParameter() {
      StsRequest signed = aliceV1("POST", "HmacSHA1", null);

      assertThat(code(send(reshaped(signed, "", ";".repeat(100_000), bodyOf(signed)))))
          .isEqualTo("InvalidParameter");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
        strings = {
          "application/x-www-form-urlencoded",
          "Application/X-WWW-Form-Urlencoded; charset=utf-8",
          " application/x-www-form-urlencoded ;;"
        })
    void whenTheMediaTypeIsAFormInAnySpellingThenTheBodyIsRead(String contentType) {
      StsRequest signed = aliceV1("POST", "HmacSHA1", null);

      assertThat(code(send(reshaped(signed, "", contentType, bodyOf(signed))))).isNull();
    }
  }

  @Test
  void whenSignedHeadersIsOnlySemicolonsThenInvalidAuthorizationNotAFault() {
    String authorization =
        "TC3-HMAC-SHA256 Credential="
            + ALICE
            + "/2026-11-01/sts/tc3_request, SignedHeaders=;;;, Signature="
            + "0".repeat(64);

    assertThat(
            code(
                send(
                    call("GetCallerIdentity", ALICE, ALICE_KEY)
                        .header("Authorization", authorization))))
        .isEqualTo("AuthFailure.InvalidAuthorization");
    assertThat(faults).isEmpty();
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"application/x-www-form-urlencoded", ";;;", ";", "text/plain"})
  void whenAV1FormBodyNamesTheVersionThenTheRequestIsTencentsWhateverItsContentType(
      String contentType) {
    StsRequest signed = aliceV1("POST", "HmacSHA1", null);

    assertThat(sts.recognises(reshaped(signed, "", contentType, bodyOf(signed)))).isTrue();
    assertThat(sts.recognises(reshaped(signed, "", contentType, "Action=AssumeRole"))).isFalse();
  }

  @Nested
  class DuplicatedParameters {

    /** Before: the first value won and the request was served. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
        strings = {"Signature=AAAA", "Nonce=1", "Action=GetCallerIdentity", "Extra=", "SecretId="})
    void whenAFormBodyNameOccursTwiceThenInvalidParameter(String appended) {
      StsRequest signed = aliceV1("POST", "HmacSHA1", null);
      String body = bodyOf(signed);
      String first = appended.substring(0, appended.indexOf('=') + 1);
      String repeated = body.contains(first) ? appended : appended + "&" + appended;

      assertThat(
              code(
                  send(
                      reshaped(
                          signed, "", "application/x-www-form-urlencoded", body + "&" + repeated))))
          .isEqualTo("InvalidParameter");
    }

    @Test
    void whenAGetQueryNameOccursTwiceThenInvalidParameter() {
      StsRequest signed = aliceV1("GET", "HmacSHA256", null);

      assertThat(
              code(
                  send(
                      reshaped(
                          signed,
                          signed.rawQuery() + "&Signature=AAAA",
                          "application/x-www-form-urlencoded",
                          null))))
          .isEqualTo("InvalidParameter");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
        strings = {"Signature=AAAA", "Region=ap-guangzhou"})
    void whenANameOccursInTheQueryAndInTheFormBodyThenInvalidParameter(String inQuery) {
      StsRequest signed = aliceV1("POST", "HmacSHA1", null);

      assertThat(
              code(
                  send(
                      reshaped(
                          signed, inQuery, "application/x-www-form-urlencoded", bodyOf(signed)))))
          .isEqualTo("InvalidParameter");
    }

    @Test
    void whenAJsonBodyRepeatsAMemberThenInvalidParameter() {
      String body =
          "{\"RoleArn\":\""
              + MOCK_ROLE
              + "\",\"RoleSessionName\":\"s1\",\"RoleSessionName\":\"s2\"}";

      assertThat(code(send(call("AssumeRole", ALICE, ALICE_KEY).body(body))))
          .isEqualTo("InvalidParameter");
    }
  }

  @Nested
  class PercentEscapes {

    static java.util.stream.Stream<String> malformed() {
      return java.util.stream.Stream.of("%zz", "%", "%4", "%u0041", "%G1", "a%2");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("malformed")
    void whenAQueryValueOrNameHasAMalformedEscapeThenInvalidParameter(String escape) {
      StsRequest signed = aliceV1("GET", "HmacSHA1", null);
      String type = "application/x-www-form-urlencoded";

      assertThat(code(send(reshaped(signed, signed.rawQuery() + "&Bad=" + escape, type, null))))
          .isEqualTo("InvalidParameter");
      assertThat(
              code(send(reshaped(signed, signed.rawQuery() + "&B" + escape + "q=1", type, null))))
          .isEqualTo("InvalidParameter");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("malformed")
    void whenAFormBodyValueOrNameHasAMalformedEscapeThenInvalidParameter(String escape) {
      StsRequest signed = aliceV1("POST", "HmacSHA1", null);
      String type = "application/x-www-form-urlencoded";

      assertThat(code(send(reshaped(signed, "", type, bodyOf(signed) + "&Bad=" + escape))))
          .isEqualTo("InvalidParameter");
      assertThat(code(send(reshaped(signed, "", type, "B" + escape + "q=1&" + bodyOf(signed)))))
          .isEqualTo("InvalidParameter");
      assertThat(faults).isEmpty();
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("malformed")
    void whenATc3GetQueryHasAMalformedEscapeThenInvalidParameter(String escape) {
      assertThat(code(send(call("GetCallerIdentity", ALICE, ALICE_KEY).get("Bad=" + escape))))
          .isEqualTo("InvalidParameter");
    }
  }

  @Test
  void whenAnUnexpectedFaultHappensThenInternalErrorAnswersAndOnlyTheRequestIdIsLogged() {
    TencentProtocol broken =
        new TencentProtocol(
            new TencentAuthenticator(
                WORLD, new SessionTokens(clock), clock, TencentAuthenticator.nonceCache(clock)),
            List.of(
                new TencentAction() {
                  @Override
                  public String name() {
                    return "GetCallerIdentity";
                  }

                  @Override
                  public java.util.Set<String> parameters() {
                    return java.util.Set.of();
                  }

                  @Override
                  public Map<String, Object> handle(Params params, Caller caller) {
                    throw new IllegalStateException("secret detail");
                  }
                }),
            limits,
            faults::add);
    JsonNode response =
        TencentCalls.send(broken, call("GetCallerIdentity", ALICE, ALICE_KEY).request());
    assertThat(code(response)).isEqualTo("InternalError");
    assertThat(faults).singleElement().asString().doesNotContain("secret detail");
  }
}

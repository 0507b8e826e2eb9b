package io.mocksts.internal.alibaba;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mocksts.internal.core.MutableClock;
import io.mocksts.internal.core.RateLimiter;
import io.mocksts.internal.core.ReplayCache;
import io.mocksts.internal.core.SessionTokens;
import io.mocksts.internal.core.World;
import io.mocksts.internal.core.WorldLoader;
import io.mocksts.internal.http.StsRequest;
import io.mocksts.internal.http.StsResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.junit.jupiter.params.provider.ValueSource;
import org.xmlunit.assertj3.XmlAssert;

/**
 * Drives {@link AlibabaProtocol} with requests built and signed here (Alibaba STS API reference,
 * https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/cn.zh-CN/API%E5%8F%82%E8%80%83/API%20%E5%8F%82%E8%80%83%EF%BC%88STS%EF%BC%89/%E6%93%8D%E4%BD%9C%E6%8E%A5%E5%8F%A3/AssumeRole.md):
 * the default world, a fixed clock, no HTTP.
 */
class AlibabaProtocolTest {

  private static final World WORLD = WorldLoader.defaultWorld();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant NOW = Instant.parse("2026-11-01T08:00:00Z");

  static final String UID = "1234567890123456";
  static final String ALICE = "LTAI5tMockAliceAccessKey";
  static final String ALICE_SECRET = "MockAliceAccessKeySecret000001";
  static final String BOB = "LTAI5tMockBobAccessKey00";
  static final String BOB_SECRET = "MockBobAccessKeySecret00000001";
  static final String CAROL = "LTAI5tMockCarolAccessKey";
  static final String CAROL_SECRET = "MockCarolAccessKeySecret000001";
  static final String ROOT = "LTAI5tMockRootAccessKey0";
  static final String ROOT_SECRET = "MockRootAccessKeySecret0000001";
  static final String MALLORY = "LTAI5tMockMalloryAccessK";
  static final String MALLORY_SECRET = "MockMalloryAccessKeySecret0001";

  static final String MOCK_ROLE = "acs:ram::" + UID + ":role/mock-role";

  /**
   * The session-policy example of Alibaba AssumeRole reference,
   * https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/cn.zh-CN/API%E5%8F%82%E8%80%83/API%20%E5%8F%82%E8%80%83%EF%BC%88STS%EF%BC%89/%E6%93%8D%E4%BD%9C%E6%8E%A5%E5%8F%A3/AssumeRole.md,
   * verbatim (it has spaces and stars).
   */
  static final String DOC_POLICY =
      "{\"Statement\": [{\"Action\": [\"*\"],\"Effect\": \"Allow\",\"Resource\": [\"*\"]}],"
          + "\"Version\":\"1\"}";

  private final MutableClock clock = new MutableClock(Clock.fixed(NOW, ZoneOffset.UTC));
  private final List<String> faults = new ArrayList<>();
  private final AlibabaProtocol sts =
      AlibabaSts.protocol(WORLD, new SessionTokens(clock), clock, faults::add);

  // ---------------------------------------------------------------- helpers

  RpcCalls.V1 call(String action, String accessKeyId, String secret) {
    return RpcCalls.v1(clock, action, accessKeyId, secret);
  }

  RpcCalls.V1 aliceCall(String action) {
    return call(action, ALICE, ALICE_SECRET);
  }

  RpcCalls.V1 assumeRole(String accessKeyId, String secret, String roleArn, String session) {
    return call("AssumeRole", accessKeyId, secret)
        .param("RoleArn", roleArn)
        .param("RoleSessionName", session);
  }

  RpcCalls.V1 aliceAssumes(String roleName) {
    return assumeRole(ALICE, ALICE_SECRET, "acs:ram::" + UID + ":role/" + roleName, "s1");
  }

  StsResponse send(RpcCalls.V1 call) {
    return sts.handle(call.build());
  }

  StsResponse send(RpcCalls.V3 call) {
    return sts.handle(call.build());
  }

  static JsonNode json(StsResponse response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode ok(StsResponse response) {
    assertThat(response.status()).as(response.bodyText()).isEqualTo(200);
    assertThat(response.headers()).containsEntry("Content-Type", "application/json;charset=utf-8");
    JsonNode body = json(response);
    assertThat(body.path("RequestId").asText())
        .matches("[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}");
    assertThat(body.has("Code")).isFalse();
    return body;
  }

  /** Checks status and code only; the message is checked against the catalogue elsewhere. */
  static JsonNode error(StsResponse response, int status, String code) {
    assertThat(response.status()).as(response.bodyText()).isEqualTo(status);
    assertThat(response.headers()).containsEntry("Content-Type", "application/json;charset=utf-8");
    JsonNode body = json(response);
    assertThat(body.path("Code").asText()).as(response.bodyText()).isEqualTo(code);
    assertThat(body.path("RequestId").asText()).isNotEmpty();
    assertThat(body.path("HostId").asText()).isNotEmpty();
    assertThat(body.path("Message").asText()).isNotEmpty();
    return body;
  }

  /** Credentials of a fresh mock-role session of alice. */
  JsonNode aliceSession(String sessionName) {
    return ok(send(aliceAssumes("mock-role").param("RoleSessionName", sessionName)))
        .path("Credentials");
  }

  RpcCalls.V1 callWith(JsonNode credentials, String action) {
    return call(
            action,
            credentials.path("AccessKeyId").asText(),
            credentials.path("AccessKeySecret").asText())
        .param("SecurityToken", credentials.path("SecurityToken").asText());
  }

  // ---------------------------------------------------------------- success

  @Nested
  class AssumeRoleSuccess {

    @Test
    void whenAliceAssumesMockRoleThenJsonCredentialsAreReturned() {
      JsonNode body = ok(send(aliceAssumes("mock-role")));

      assertThat(body.path("AssumedRoleUser").path("AssumedRoleId").asText())
          .isEqualTo("300000000000000001:s1");
      assertThat(body.path("AssumedRoleUser").path("Arn").asText())
          .isEqualTo("acs:ram::" + UID + ":role/mock-role/s1");
      JsonNode credentials = body.path("Credentials");
      assertThat(credentials.path("AccessKeyId").asText()).matches("STS\\.[A-Za-z0-9]{25}");
      assertThat(credentials.path("AccessKeySecret").asText()).matches("[A-Za-z0-9]{44}");
      assertThat(credentials.path("SecurityToken").asText()).startsWith("CAIS");
      assertThat(credentials.path("Expiration").asText()).isEqualTo("2026-11-01T09:00:00Z");
      assertThat(body.has("SourceIdentity")).isFalse();
    }

    @Test
    void whenFormatIsXmlThenTheResponseIsAnAssumeRoleResponseDocument() {
      StsResponse response = send(aliceAssumes("mock-role").param("Format", "XML"));

      assertThat(response.status()).isEqualTo(200);
      assertThat(response.headers()).containsEntry("Content-Type", "text/xml;charset=utf-8");
      String xml = response.bodyText();
      assertThat(xml).startsWith("<?xml");
      XmlAssert.assertThat(xml).hasXPath("/AssumeRoleResponse/RequestId");
      XmlAssert.assertThat(xml)
          .valueByXPath("/AssumeRoleResponse/AssumedRoleUser/Arn")
          .isEqualTo("acs:ram::" + UID + ":role/mock-role/s1");
      XmlAssert.assertThat(xml)
          .valueByXPath("/AssumeRoleResponse/AssumedRoleUser/AssumedRoleId")
          .isEqualTo("300000000000000001:s1");
      XmlAssert.assertThat(xml)
          .valueByXPath("/AssumeRoleResponse/Credentials/Expiration")
          .isEqualTo("2026-11-01T09:00:00Z");
      XmlAssert.assertThat(xml)
          .valueByXPath("starts-with(/AssumeRoleResponse/Credentials/AccessKeyId, 'STS.')")
          .isEqualTo("true");
      XmlAssert.assertThat(xml).hasXPath("/AssumeRoleResponse/Credentials/AccessKeySecret");
      XmlAssert.assertThat(xml).hasXPath("/AssumeRoleResponse/Credentials/SecurityToken");
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "Json", "JSON", ""})
    void whenFormatIsJsonInAnyCaseOrEmptyThenJsonIsReturned(String format) {
      ok(send(aliceAssumes("mock-role").param("Format", format)));
    }

    @Test
    void whenFormatIsAbsentThenJsonIsReturned() {
      ok(send(aliceAssumes("mock-role").without("Format")));
    }

    @Test
    void whenIssuedCredentialsAreUsedThenTheyAuthenticate() {
      JsonNode credentials = aliceSession("s1");

      ok(send(callWith(credentials, "GetCallerIdentity")));
    }

    @Test
    void whenARoleSessionAssumesMockRoleAgainThenChainedCredentialsAreReturned() {
      JsonNode credentials = aliceSession("first");

      JsonNode body =
          ok(
              send(
                  callWith(credentials, "AssumeRole")
                      .param("RoleArn", MOCK_ROLE)
                      .param("RoleSessionName", "second")));

      assertThat(body.path("AssumedRoleUser").path("Arn").asText())
          .endsWith(":role/mock-role/second");
      assertThat(body.path("Credentials").path("AccessKeyId").asText())
          .isNotEqualTo(credentials.path("AccessKeyId").asText());
    }

    @Test
    void whenRoleIsInAnotherAccountThatTrustsTheCallerThenCredentialsAreReturned() {
      JsonNode body =
          ok(
              send(
                  assumeRole(
                      MALLORY,
                      MALLORY_SECRET,
                      "acs:ram::" + UID + ":role/mock-foreign-role",
                      "cross")));

      assertThat(body.path("AssumedRoleUser").path("Arn").asText())
          .isEqualTo("acs:ram::" + UID + ":role/mock-foreign-role/cross");
    }

    @Test
    void whenRoleArnUsesAnotherCaseThenTheRoleIsFound() {
      JsonNode body = ok(send(aliceAssumes("Mock-Role")));

      assertThat(body.path("AssumedRoleUser").path("Arn").asText())
          .isEqualTo("acs:ram::" + UID + ":role/mock-role/s1");
    }

    @Test
    void whenBusinessParametersAreInAFormBodyThenTheSignatureCoversThem() {
      RpcCalls.V1 call =
          aliceCall("AssumeRole")
              .form("RoleArn", MOCK_ROLE)
              .form("RoleSessionName", "form-session")
              .form("Policy", DOC_POLICY);

      JsonNode body = ok(send(call));

      assertThat(body.path("AssumedRoleUser").path("Arn").asText()).endsWith("/form-session");
    }

    @Test
    void whenEveryParameterIsInAFormBodyThenTheRequestVerifies() {
      RpcCalls.V1 call = aliceAssumes("mock-role");
      for (String name :
          List.of(
              "Action",
              "Version",
              "Format",
              "AccessKeyId",
              "SignatureMethod",
              "SignatureVersion",
              "SignatureNonce",
              "Timestamp",
              "RoleArn",
              "RoleSessionName")) {
        call.form(name, call.parameter(name));
      }
      call.unsigned();
      StsRequest unsigned = call.build();
      StsRequest signed =
          new StsRequest(
              "POST",
              "/",
              unsigned.rawQuery(),
              unsigned.headers(),
              (new String(unsigned.body(), java.nio.charset.StandardCharsets.UTF_8)
                      + "&Signature="
                      + RpcCalls.percentEncode(call.signature()))
                  .getBytes(java.nio.charset.StandardCharsets.UTF_8),
              "https");

      ok(sts.handle(signed));
    }

    @Test
    void whenQueryEncodesSpacesAsPlusThenTheSignatureVerifies() {
      RpcCalls.V1 call = aliceAssumes("mock-role").param("Policy", DOC_POLICY).plusForSpace();

      assertThat(call.build().rawQuery()).contains("+").contains("*");
      ok(send(call));
    }

    @Test
    void whenTheClientLeavesEmptyParametersOutOfTheSignatureThenItVerifies() {
      ok(send(aliceAssumes("mock-role").param("Policy", "").skipEmptyInSignature()));
    }

    @Test
    void whenEmptyParametersAreSignedThenItVerifies() {
      ok(send(aliceAssumes("mock-role").param("Policy", "")));
    }

    @Test
    void whenParametersAreInAJsonBodyThenTheSignatureCoversThem() {
      RpcCalls.V1 call = aliceCall("AssumeRole").method("POST");
      call.param("RoleArn", MOCK_ROLE).param("RoleSessionName", "json-body");
      String signature = call.signature();
      StsRequest query = call.without("RoleArn").without("RoleSessionName").unsigned().build();
      StsRequest request =
          new StsRequest(
              "POST",
              "/",
              query.rawQuery() + "&Signature=" + RpcCalls.percentEncode(signature),
              Map.of("Content-Type", List.of("application/json")),
              ("{\"RoleArn\":\"" + MOCK_ROLE + "\",\"RoleSessionName\":\"json-body\"}")
                  .getBytes(java.nio.charset.StandardCharsets.UTF_8),
              "https");

      assertThat(ok(sts.handle(request)).path("AssumedRoleUser").path("Arn").asText())
          .endsWith("/json-body");
    }
  }

  @Nested
  class SourceIdentity {

    @Test
    void whenSourceIdentityIsSetThenTheResponseCarriesIt() {
      JsonNode body = ok(send(aliceAssumes("mock-role").param("SourceIdentity", "Alice")));

      assertThat(body.path("SourceIdentity").asText()).isEqualTo("Alice");
    }

    @Test
    void whenSourceIdentityIsNotSetThenTheResponseHasNoSuchField() {
      assertThat(ok(send(aliceAssumes("mock-role"))).has("SourceIdentity")).isFalse();
    }

    @Test
    void whenAChainedSessionAssumesAgainThenTheSourceIdentityIsKept() {
      JsonNode first =
          ok(send(aliceAssumes("mock-role").param("SourceIdentity", "Alice"))).path("Credentials");

      JsonNode body =
          ok(
              send(
                  callWith(first, "AssumeRole")
                      .param("RoleArn", MOCK_ROLE)
                      .param("RoleSessionName", "chained")));

      assertThat(body.path("SourceIdentity").asText()).isEqualTo("Alice");
    }

    @Test
    void whenAChainedSessionAsksForAnotherSourceIdentityThenItIsRefused() {
      JsonNode first =
          ok(send(aliceAssumes("mock-role").param("SourceIdentity", "Alice"))).path("Credentials");

      error(
          send(
              callWith(first, "AssumeRole")
                  .param("RoleArn", MOCK_ROLE)
                  .param("RoleSessionName", "chained")
                  .param("SourceIdentity", "Mallory")),
          400,
          "InvalidParameter.SourceIdentity");
    }

    @ParameterizedTest
    @ValueSource(strings = {"acs:alice", "ACS:alice", "aliyun:x", "alibabacloud:x", "a", "bad id"})
    void whenSourceIdentityIsReservedOrMalformedThenItIsRefused(String value) {
      error(
          send(aliceAssumes("mock-role").param("SourceIdentity", value)),
          400,
          "InvalidParameter.SourceIdentity");
    }
  }

  @Nested
  class GetCallerIdentity {

    @Test
    void whenCallerIsARamUserThenTheUserIsDescribed() {
      JsonNode body = ok(send(aliceCall("GetCallerIdentity")));

      assertThat(body.path("IdentityType").asText()).isEqualTo("RAMUser");
      assertThat(body.path("AccountId").asText()).isEqualTo(UID);
      assertThat(body.path("UserId").asText()).isEqualTo("2000000000000001");
      assertThat(body.path("PrincipalId").asText()).isEqualTo("2000000000000001");
      assertThat(body.path("Arn").asText()).isEqualTo("acs:ram::" + UID + ":user/alice");
      assertThat(body.has("RoleId")).isFalse();
    }

    @Test
    void whenCallerIsTheAccountRootThenTheAccountIsDescribed() {
      JsonNode body = ok(send(call("GetCallerIdentity", ROOT, ROOT_SECRET)));

      assertThat(body.path("IdentityType").asText()).isEqualTo("Account");
      assertThat(body.path("AccountId").asText()).isEqualTo(UID);
      assertThat(body.path("UserId").asText()).isEqualTo(UID);
      assertThat(body.path("Arn").asText()).isEqualTo("acs:ram::" + UID + ":root");
      assertThat(body.has("RoleId")).isFalse();
    }

    @Test
    void whenCallerIsARoleSessionThenTheAssumedRoleIsDescribed() {
      JsonNode body = ok(send(callWith(aliceSession("s1"), "GetCallerIdentity")));

      assertThat(body.path("IdentityType").asText()).isEqualTo("AssumedRoleUser");
      assertThat(body.path("AccountId").asText()).isEqualTo(UID);
      assertThat(body.path("RoleId").asText()).isEqualTo("300000000000000001");
      assertThat(body.path("PrincipalId").asText()).isEqualTo("300000000000000001:s1");
      assertThat(body.path("Arn").asText())
          .isEqualTo("acs:ram::" + UID + ":assumed-role/mock-role/s1");
      assertThat(body.has("UserId")).isFalse();
    }

    @Test
    void whenCallerIsBobWithoutStsPermissionsThenHeMayStillAskWhoHeIs() {
      assertThat(ok(send(call("GetCallerIdentity", BOB, BOB_SECRET))).path("Arn").asText())
          .endsWith(":user/bob");
    }

    @Test
    void whenFormatIsXmlThenTheRootIsGetCallerIdentityResponse() {
      StsResponse response = send(aliceCall("GetCallerIdentity").param("Format", "xml"));

      assertThat(response.headers()).containsEntry("Content-Type", "text/xml;charset=utf-8");
      XmlAssert.assertThat(response.bodyText())
          .valueByXPath("/GetCallerIdentityResponse/IdentityType")
          .isEqualTo("RAMUser");
    }
  }

  // ---------------------------------------------------------------- gateway errors

  @Nested
  class Envelope {

    @Test
    void whenARequestFailsThenTheJsonErrorCarriesTheDocumentedFields() {
      JsonNode body =
          error(send(aliceCall("GetCallerIdentity").secret("wrong")), 400, "SignatureDoesNotMatch");

      assertThat(body.path("RequestId").asText())
          .matches("[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}");
      assertThat(body.path("HostId").asText()).isEqualTo("sts.aliyuncs.com");
      assertThat(body.path("Recommend").asText()).contains("SignatureDoesNotMatch");
    }

    @Test
    void whenFormatIsXmlThenTheErrorIsAnErrorDocument() {
      StsResponse response =
          send(aliceCall("GetCallerIdentity").param("Format", "XML").secret("wrong"));

      assertThat(response.status()).isEqualTo(400);
      assertThat(response.headers()).containsEntry("Content-Type", "text/xml;charset=utf-8");
      XmlAssert.assertThat(response.bodyText())
          .valueByXPath("/Error/Code")
          .isEqualTo("SignatureDoesNotMatch");
      XmlAssert.assertThat(response.bodyText()).hasXPath("/Error/RequestId");
      XmlAssert.assertThat(response.bodyText()).hasXPath("/Error/HostId");
      XmlAssert.assertThat(response.bodyText()).hasXPath("/Error/Message");
    }

    @ParameterizedTest
    @CsvSource({
      "127.0.0.1:8080, 127.0.0.1",
      "localhost, localhost",
      "'[::1]:8443', '[::1]'",
      "'[::1]', '[::1]'",
    })
    void whenHostHeaderIsSetThenHostIdNamesTheHostWithoutPort(String host, String hostId) {
      JsonNode body =
          error(
              send(aliceCall("GetCallerIdentity").header("Host", host).secret("wrong")),
              400,
              "SignatureDoesNotMatch");

      assertThat(body.path("HostId").asText()).isEqualTo(hostId);
    }
  }

  @Nested
  class Gateway {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Action",
          "Version",
          "AccessKeyId",
          "Timestamp",
          "SignatureNonce",
          "SignatureMethod",
          "SignatureVersion"
        })
    void whenACommonParameterIsMissingThenMissingParameter(String name) {
      error(send(aliceCall("GetCallerIdentity").without(name)), 400, "MissingParameter");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Timestamp", "SignatureNonce", "SignatureMethod", "SignatureVersion"})
    void whenACommonParameterIsEmptyThenMissingParameter(String name) {
      error(send(aliceCall("GetCallerIdentity").param(name, "")), 400, "MissingParameter");
    }

    @Test
    void whenSignatureIsAbsentThenMissingParameter() {
      error(send(aliceCall("GetCallerIdentity").unsigned()), 400, "MissingParameter");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2014-01-01", "2015-04-02", "2018-08-13"})
    void whenVersionIsNotTheApiVersionThenInvalidParameter(String version) {
      error(
          send(aliceCall("GetCallerIdentity").param("Version", version)), 400, "InvalidParameter");
    }

    @ParameterizedTest
    @ValueSource(strings = {"%ZZ", "%", "%4", "%G1"})
    void whenQueryHasAMalformedPercentEscapeThenInvalidParameter(String escape) {
      StsRequest request =
          new StsRequest(
              "GET",
              "/",
              "Action=GetCallerIdentity&Version=2015-04-01&Bad=" + escape,
              Map.of(),
              null,
              "https");

      error(sts.handle(request), 400, "InvalidParameter");
    }

    @Test
    void whenFormBodyHasAMalformedPercentEscapeThenInvalidParameter() {
      StsRequest request =
          new StsRequest(
              "POST",
              "/",
              "Action=GetCallerIdentity&Version=2015-04-01",
              Map.of("Content-Type", List.of("application/x-www-form-urlencoded")),
              "Bad=%ZZ".getBytes(java.nio.charset.StandardCharsets.UTF_8),
              "https");

      error(sts.handle(request), 400, "InvalidParameter");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GetFederationToken", "assumerole", "DescribeRegions", "Nope"})
    void whenActionIsUnknownThenInvalidActionNotFound(String action) {
      error(send(aliceCall(action)), 404, "InvalidAction.NotFound");
    }

    @ParameterizedTest
    @ValueSource(strings = {"YAML", "HTML", "JSONP"})
    void whenFormatIsUnsupportedThenInvalidParameterFormat(String format) {
      error(
          send(aliceCall("GetCallerIdentity").param("Format", format)),
          400,
          "InvalidParameter.Format");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "DELETE", "PATCH", "HEAD"})
    void whenHttpMethodIsNotGetOrPostThenUnsupportedHttpMethod(String method) {
      error(send(aliceCall("GetCallerIdentity").method(method)), 400, "UnsupportedHTTPMethod");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/xml", "multipart/form-data; boundary=x"})
    void whenPostBodyHasAnotherContentTypeThenInvalidParameterContentType(String contentType) {
      StsRequest signed = aliceCall("GetCallerIdentity").method("POST").build();
      StsRequest request =
          new StsRequest(
              "POST",
              "/",
              signed.rawQuery(),
              Map.of("Content-Type", List.of(contentType)),
              "Action=GetCallerIdentity".getBytes(java.nio.charset.StandardCharsets.UTF_8),
              "https");

      error(sts.handle(request), 400, "InvalidParameter.ContentType");
    }

    @Test
    void whenPostHasAnotherContentTypeButNoBodyThenTheRequestIsServed() {
      ok(send(aliceCall("GetCallerIdentity").method("POST").header("Content-Type", "text/plain")));
    }

    @Test
    void whenPostIsSentWithEveryParameterInTheQueryThenTheRequestIsServed() {
      ok(
          send(
              aliceAssumes("mock-role")
                  .method("POST")
                  .header("Content-Type", "application/x-www-form-urlencoded")));
    }
  }

  @Nested
  class AccessKeys {

    @ParameterizedTest
    @ValueSource(strings = {"LTAI5tNoSuchAccessKey000", "", "AKIDMockAliceSecretId000000000000001"})
    void whenAccessKeyIdIsUnknownOrEmptyThenInvalidAccessKeyIdNotFound(String accessKeyId) {
      error(
          send(call("GetCallerIdentity", accessKeyId, "whatever")),
          404,
          "InvalidAccessKeyId.NotFound");
    }

    @Test
    void whenAccessKeyIsDisabledThenInvalidAccessKeyIdInactive() {
      error(
          send(call("GetCallerIdentity", CAROL, CAROL_SECRET)), 400, "InvalidAccessKeyId.Inactive");
    }
  }

  @Nested
  class Timestamps {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "2026-11-01 08:00:00",
          "2026-11-01T08:00:00",
          "2026-11-01T08:00:00+08:00",
          "yesterday",
          "1793520000"
        })
    void whenTimestampIsNotIso8601UtcThenInvalidTimeStampFormat(String timestamp) {
      error(
          send(aliceCall("GetCallerIdentity").param("Timestamp", timestamp)),
          400,
          "InvalidTimeStamp.Format");
    }

    @ParameterizedTest
    @ValueSource(ints = {-16, 16, -60, 24 * 60})
    void whenTimestampIsMoreThanFifteenMinutesOffThenInvalidTimeStampExpired(int minutes) {
      String timestamp = RpcCalls.TIMESTAMP.format(NOW.plus(Duration.ofMinutes(minutes)));

      error(
          send(aliceCall("GetCallerIdentity").param("Timestamp", timestamp)),
          400,
          "InvalidTimeStamp.Expired");
    }

    @ParameterizedTest
    @ValueSource(ints = {-15, -14, 0, 14, 15})
    void whenTimestampIsWithinFifteenMinutesThenTheRequestIsServed(int minutes) {
      String timestamp = RpcCalls.TIMESTAMP.format(NOW.plus(Duration.ofMinutes(minutes)));

      ok(send(aliceCall("GetCallerIdentity").param("Timestamp", timestamp)));
    }
  }

  @Nested
  class Nonces {

    @Test
    void whenTheSameNonceIsSentTwiceThenSignatureNonceUsed() {
      StsRequest request = aliceCall("GetCallerIdentity").build();

      ok(sts.handle(request));
      error(sts.handle(request), 400, "SignatureNonceUsed");
    }

    @Test
    void whenTwoKeysUseTheSameNonceThenBothAreServed() {
      ok(send(aliceCall("GetCallerIdentity").param("SignatureNonce", "shared-nonce")));
      ok(send(call("GetCallerIdentity", BOB, BOB_SECRET).param("SignatureNonce", "shared-nonce")));
    }

    /**
     * The old cache was one FIFO of 200,000 entries across keys: another account's key could flood
     * it and make a captured request replayable. Bounds here are small (per key 500, total 1,500)
     * so that a flood past them takes a few thousand signed requests.
     */
    @Test
    void whenAnotherAccountsKeyFloodsPastEveryBoundThenACapturedRequestStillCannotBeReplayed() {
      AlibabaProtocol small =
          AlibabaSts.protocol(
              WORLD,
              new SessionTokens(clock),
              clock,
              new RateLimiter(clock, 0),
              new ReplayCache(clock, AlibabaSts.NONCE_WINDOW, 500, 1_500),
              faults::add);
      StsRequest captured = aliceCall("GetCallerIdentity").build();
      ok(small.handle(captured));

      for (int i = 0; i < 2_000; i++) {
        ok(small.handle(call("GetCallerIdentity", MALLORY, MALLORY_SECRET).build()));
      }

      error(small.handle(captured), 400, "SignatureNonceUsed");
    }

    @Test
    void
        whenEveryKeyTogetherHoldsTheTotalBoundThenANewKeyIsThrottledNotAnotherKeysNonceForgotten() {
      AlibabaProtocol small =
          AlibabaSts.protocol(
              WORLD,
              new SessionTokens(clock),
              clock,
              new RateLimiter(clock, 0),
              new ReplayCache(clock, AlibabaSts.NONCE_WINDOW, 3, 4),
              faults::add);
      StsRequest captured = aliceCall("GetCallerIdentity").build();
      ok(small.handle(captured));
      for (int i = 0; i < 3; i++) {
        ok(small.handle(call("GetCallerIdentity", MALLORY, MALLORY_SECRET).build()));
      }

      error(
          small.handle(call("GetCallerIdentity", BOB, BOB_SECRET).build()), 400, "Throttling.User");
      error(small.handle(captured), 400, "SignatureNonceUsed");

      clock.advance(AlibabaSts.NONCE_WINDOW.plusSeconds(1));
      ok(small.handle(call("GetCallerIdentity", BOB, BOB_SECRET).build()));
    }

    @Test
    void whenTheDefaultBoundsAreReadThenTheyMatchTheDocumentedFigures() {
      assertThat(AlibabaSts.NONCE_WINDOW).isEqualTo(Duration.ofMinutes(30));
      assertThat(AlibabaSts.NONCE_CAPACITY_PER_KEY).isEqualTo(200_000);
      assertThat(AlibabaSts.NONCE_CAPACITY_TOTAL).isEqualTo(400_000);
    }

    @Test
    void whenARequestWithABadSignatureFailsThenItsNonceIsNotSpent() {
      error(
          send(aliceCall("GetCallerIdentity").param("SignatureNonce", "n-1").secret("wrong")),
          400,
          "SignatureDoesNotMatch");

      ok(send(aliceCall("GetCallerIdentity").param("SignatureNonce", "n-1")));
    }
  }

  @Nested
  class Signatures {

    @Test
    void whenSecretIsWrongThenSignatureDoesNotMatchQuotingTheStringToSign() {
      RpcCalls.V1 call = aliceCall("GetCallerIdentity").secret("not-the-secret");

      JsonNode body = error(send(call), 400, "SignatureDoesNotMatch");

      assertThat(body.path("Message").asText())
          .endsWith("server string to sign is:" + call.stringToSign());
    }

    @Test
    void whenAParameterIsChangedAfterSigningThenSignatureDoesNotMatch() {
      RpcCalls.V1 call = aliceAssumes("mock-role");
      String signature = call.signature();
      StsRequest request = call.param("RoleSessionName", "s2").unsigned().build();
      StsRequest tampered =
          new StsRequest(
              "GET",
              "/",
              request.rawQuery() + "&Signature=" + RpcCalls.percentEncode(signature),
              Map.of(),
              null,
              "https");

      error(sts.handle(tampered), 400, "SignatureDoesNotMatch");
    }

    @Test
    void whenSignedForGetButSentAsPostThenSignatureDoesNotMatch() {
      RpcCalls.V1 call = aliceCall("GetCallerIdentity");
      String signature = call.signature();
      StsRequest request = call.method("POST").unsigned().build();

      error(
          sts.handle(
              new StsRequest(
                  "POST",
                  "/",
                  request.rawQuery() + "&Signature=" + RpcCalls.percentEncode(signature),
                  Map.of(),
                  null,
                  "https")),
          400,
          "SignatureDoesNotMatch");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.0", "1", "3.0"})
    void whenSignatureVersionIsNotOnePointZeroThenIncompleteSignature(String version) {
      error(
          send(aliceCall("GetCallerIdentity").param("SignatureVersion", version)),
          400,
          "IncompleteSignature");
    }

    @ParameterizedTest
    @ValueSource(strings = {"HMAC-MD5", "HMAC-SHA256", "hmac-sha1"})
    void whenSignatureMethodIsNotHmacSha1ThenInvalidSignatureMethod(String method) {
      error(
          send(aliceCall("GetCallerIdentity").param("SignatureMethod", method)),
          400,
          "InvalidSignatureMethod");
    }
  }

  @Nested
  class SecurityTokens {

    @Test
    void whenAnStsKeyIsSentWithoutATokenThenMissingSecurityToken() {
      JsonNode credentials = aliceSession("s1");

      error(
          send(callWith(credentials, "GetCallerIdentity").without("SecurityToken")),
          400,
          "MissingSecurityToken");
    }

    @Test
    void whenAnUnknownStsKeyIsSentWithoutATokenThenMissingSecurityToken() {
      error(
          send(call("GetCallerIdentity", "STS.NoSuchKey0000000000000000", "x")),
          400,
          "MissingSecurityToken");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CAISnot-a-token", "garbage", "CAIS.abc"})
    void whenTheTokenIsNotOneThisMockIssuedThenInvalidSecurityTokenMalformed(String token) {
      JsonNode credentials = aliceSession("s1");

      error(
          send(callWith(credentials, "GetCallerIdentity").param("SecurityToken", token)),
          400,
          "InvalidSecurityToken.Malformed");
    }

    @Test
    void whenTheTokenHasBeenEditedThenInvalidSecurityTokenMalformed() {
      JsonNode credentials = aliceSession("s1");
      String token = credentials.path("SecurityToken").asText();
      String edited =
          token.substring(0, 8) + (token.charAt(8) == 'A' ? 'B' : 'A') + token.substring(9);

      error(
          send(callWith(credentials, "GetCallerIdentity").param("SecurityToken", edited)),
          400,
          "InvalidSecurityToken.Malformed");
    }

    @Test
    void whenTheTokenBelongsToAnotherSessionThenInvalidSecurityTokenMismatchWithAccessKey() {
      JsonNode first = aliceSession("first");
      JsonNode second = aliceSession("second");

      error(
          send(
              callWith(first, "GetCallerIdentity")
                  .param("SecurityToken", second.path("SecurityToken").asText())),
          400,
          "InvalidSecurityToken.MismatchWithAccessKey");
    }

    @Test
    void whenTheSessionHasExpiredThenInvalidSecurityTokenExpired() {
      JsonNode credentials = aliceSession("s1");

      clock.advance(Duration.ofSeconds(3600));

      error(send(callWith(credentials, "GetCallerIdentity")), 400, "InvalidSecurityToken.Expired");
    }

    @Test
    void whenTheTokenComesFromAnotherMockInstanceThenInvalidSecurityTokenMalformed() {
      AlibabaProtocol other = AlibabaSts.protocol(WORLD, new SessionTokens(clock), clock, m -> {});
      JsonNode credentials =
          ok(other.handle(aliceAssumes("mock-role").build())).path("Credentials");

      error(
          send(callWith(credentials, "GetCallerIdentity")), 400, "InvalidSecurityToken.Malformed");
    }
  }

  // ---------------------------------------------------------------- AssumeRole parameters

  @Nested
  class AssumeRoleParameters {

    @ParameterizedTest
    @ValueSource(strings = {"RoleArn", "RoleSessionName"})
    void whenARequiredParameterIsMissingThenMissingName(String name) {
      error(send(aliceAssumes("mock-role").without(name)), 400, "Missing" + name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"RoleArn", "RoleSessionName"})
    void whenARequiredParameterIsEmptyThenMissingName(String name) {
      error(send(aliceAssumes("mock-role").param(name, "")), 400, "Missing" + name);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "mock-role",
          "acs:ram::1234567890123456:user/alice",
          "acs:ram::1234567890123456:role/",
          "acs:ram::12345abc:role/mock-role",
          "acs:ram:cn-hangzhou:1234567890123456:role/mock-role",
          "acs:ram::1234567890123456:role/mock/role",
          "qcs::cam::uin/100000000001:roleName/mock-role"
        })
    void whenRoleArnIsMalformedThenInvalidParameterRoleArn(String roleArn) {
      error(
          send(aliceAssumes("mock-role").param("RoleArn", roleArn)),
          400,
          "InvalidParameter.RoleArn");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "bad name", "bad/name", "bad#name", "naïve"})
    void whenRoleSessionNameIsMalformedThenInvalidParameterRoleSessionName(String name) {
      error(
          send(aliceAssumes("mock-role").param("RoleSessionName", name)),
          400,
          "InvalidParameter.RoleSessionName");
    }

    @Test
    void whenRoleSessionNameHas65CharactersThenInvalidParameterRoleSessionName() {
      error(
          send(aliceAssumes("mock-role").param("RoleSessionName", "a".repeat(65))),
          400,
          "InvalidParameter.RoleSessionName");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "alice@example.com", "a.b-c_d", "0123456789"})
    void whenRoleSessionNameIsWellFormedThenItIsAccepted(String name) {
      ok(send(aliceAssumes("mock-role").param("RoleSessionName", name)));
    }

    @Test
    void whenRoleSessionNameHas64CharactersThenItIsAccepted() {
      ok(send(aliceAssumes("mock-role").param("RoleSessionName", "a".repeat(64))));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
      "899, mock-role",
      "3601, mock-role",
      "43201, mock-role",
      "43201, mock-long-role",
      "0, mock-role",
      "-1, mock-role",
      "abc, mock-role",
      "3600.0, mock-role",
    })
    void whenDurationIsOutOfRangeThenInvalidParameterDurationSeconds(String duration, String role) {
      error(
          send(aliceAssumes(role).param("DurationSeconds", duration)),
          400,
          "InvalidParameter.DurationSeconds");
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
      "900, mock-role, 2026-11-01T08:15:00Z",
      "3600, mock-role, 2026-11-01T09:00:00Z",
      "3601, mock-long-role, 2026-11-01T09:00:01Z",
      "43200, mock-long-role, 2026-11-01T20:00:00Z",
    })
    void whenDurationIsInRangeThenTheCredentialsExpireAccordingly(
        String duration, String role, String expiration) {
      JsonNode body = ok(send(aliceAssumes(role).param("DurationSeconds", duration)));

      assertThat(body.path("Credentials").path("Expiration").asText()).isEqualTo(expiration);
    }

    // A long Policy travels as a POST: percent-encoded, 2,048 characters exceed a GET's 4 KB.
    @Test
    void whenPolicyIsLongerThan2048CharactersThenInvalidParameterPolicySize() {
      error(
          send(aliceAssumes("mock-role").method("POST").param("Policy", padded(DOC_POLICY, 2049))),
          400,
          "InvalidParameter.PolicySize");
    }

    @Test
    void whenPolicyIsTooLongAndUngrammaticalThenTheSizeIsReported() {
      error(
          send(aliceAssumes("mock-role").param("Policy", "x".repeat(2049))),
          400,
          "InvalidParameter.PolicySize");
    }

    @Test
    void whenPolicyIs2048GrammaticalCharactersThenItIsAccepted() {
      ok(send(aliceAssumes("mock-role").method("POST").param("Policy", padded(DOC_POLICY, 2048))));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "not json",
          "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"allow\",\"Action\":\"*\","
              + "\"Resource\":\"*\"}]}",
          "{\"Version\":\"1\",\"Statement\":[]}",
          "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\","
              + "\"Resource\":\"*\",\"Principal\":{\"RAM\":\"*\"}}]}"
        })
    void whenPolicyIsUngrammaticalThenInvalidParameterPolicyGrammar(String policy) {
      error(
          send(aliceAssumes("mock-role").param("Policy", policy)),
          400,
          "InvalidParameter.PolicyGrammar");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "bad id", "bad#id", "bad*id"})
    void whenExternalIdIsMalformedThenInvalidParameterExternalId(String externalId) {
      error(
          send(aliceAssumes("mock-role").param("ExternalId", externalId)),
          400,
          "InvalidParameter.ExternalId");
    }

    @Test
    void whenExternalIdIsLongerThan1224CharactersThenInvalidParameterExternalId() {
      error(
          send(aliceAssumes("mock-role").param("ExternalId", "a".repeat(1225))),
          400,
          "InvalidParameter.ExternalId");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "abc=,.@:/-_+", "urn:example:id-1"})
    void whenExternalIdIsWellFormedAndTheRoleHasNoConditionThenItIsAccepted(String externalId) {
      ok(send(aliceAssumes("mock-role").param("ExternalId", externalId)));
    }

    private static String padded(String policy, int length) {
      return policy + " ".repeat(length - policy.length());
    }
  }

  // ---------------------------------------------------------------- entities and permission

  @Nested
  class Authorisation {

    @Test
    void whenCallerHasNoAssumeRolePermissionThenNoPermission() {
      error(send(assumeRole(BOB, BOB_SECRET, MOCK_ROLE, "s1")), 403, "NoPermission");
    }

    @Test
    void whenCallerIsTheAccountRootThenNoPermission() {
      error(send(assumeRole(ROOT, ROOT_SECRET, MOCK_ROLE, "s1")), 403, "NoPermission");
    }

    @Test
    void whenRoleTrustsAnotherAccountThenNoPermission() {
      error(send(aliceAssumes("mock-foreign-role")), 403, "NoPermission");
    }

    @Test
    void whenCallerIsFromAnAccountTheRoleDoesNotTrustThenNoPermission() {
      error(send(assumeRole(MALLORY, MALLORY_SECRET, MOCK_ROLE, "s1")), 403, "NoPermission");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mock-saml-role", "mock-oidc-role"})
    void whenRoleTrustsOnlyAFederatedProviderThenNoPermission(String role) {
      error(send(aliceAssumes(role)), 403, "NoPermission");
    }

    @Test
    void whenRoleRequiresAnExternalIdAndNoneIsSentThenNoPermission() {
      error(send(aliceAssumes("mock-external-role")), 403, "NoPermission");
    }

    @ParameterizedTest
    @ValueSource(strings = {"other-external-id", "MOCK-EXTERNAL-ID", "mock-external-id-2"})
    void whenRoleRequiresAnExternalIdAndAnotherIsSentThenNoPermission(String externalId) {
      error(
          send(aliceAssumes("mock-external-role").param("ExternalId", externalId)),
          403,
          "NoPermission");
    }

    @Test
    void whenRoleRequiresAnExternalIdAndTheRightOneIsSentThenCredentialsAreReturned() {
      ok(send(aliceAssumes("mock-external-role").param("ExternalId", "mock-external-id")));
    }

    @Test
    void whenRoleDoesNotExistThenEntityNotExistRole() {
      error(send(aliceAssumes("no-such-role")), 404, "EntityNotExist.Role");
    }

    @Test
    void whenAccountDoesNotExistThenEntityNotExistRole() {
      error(
          send(assumeRole(ALICE, ALICE_SECRET, "acs:ram::1111111111111111:role/mock-role", "s1")),
          404,
          "EntityNotExist.Role");
    }
  }

  // ---------------------------------------------------------------- V3

  @Nested
  class V3 {

    RpcCalls.V3 aliceV3(String action) {
      return RpcCalls.v3(clock, action, ALICE, ALICE_SECRET);
    }

    @Test
    void whenGetCallerIdentityIsV3SignedWithTheActionOnlyInAHeaderThenTheCallerIsDescribed() {
      RpcCalls.V3 call = aliceV3("GetCallerIdentity");
      StsRequest request = call.build();
      assertThat(request.rawQuery()).doesNotContain("Action");

      JsonNode body = ok(sts.handle(request));

      assertThat(body.path("Arn").asText()).isEqualTo("acs:ram::" + UID + ":user/alice");
    }

    @Test
    void whenAssumeRoleIsV3SignedWithBusinessParametersInTheQueryThenCredentialsAreReturned() {
      RpcCalls.V3 call =
          aliceV3("AssumeRole")
              .param("RoleArn", MOCK_ROLE)
              .param("RoleSessionName", "v3 session".replace(' ', '-'))
              .param("Policy", DOC_POLICY);

      assertThat(ok(send(call)).path("AssumedRoleUser").path("Arn").asText())
          .endsWith("/v3-session");
    }

    @Test
    void whenARoleSessionSignsWithV3ThenTheSecurityTokenHeaderIsUsed() {
      JsonNode credentials = aliceSession("s1");
      RpcCalls.V3 call =
          RpcCalls.v3(
                  clock,
                  "GetCallerIdentity",
                  credentials.path("AccessKeyId").asText(),
                  credentials.path("AccessKeySecret").asText())
              .header("x-acs-security-token", credentials.path("SecurityToken").asText());

      assertThat(ok(send(call)).path("IdentityType").asText()).isEqualTo("AssumedRoleUser");
    }

    @Test
    void whenAnStsKeySignsWithV3WithoutATokenThenMissingSecurityToken() {
      JsonNode credentials = aliceSession("s1");
      RpcCalls.V3 call =
          RpcCalls.v3(
              clock,
              "GetCallerIdentity",
              credentials.path("AccessKeyId").asText(),
              credentials.path("AccessKeySecret").asText());

      error(send(call), 400, "MissingSecurityToken");
    }

    @Test
    void whenTheBodyIsChangedAfterSigningThenSignatureDoesNotMatch() {
      RpcCalls.V3 call =
          aliceV3("GetCallerIdentity").formBody("Note=signed").tamperedBody("Note=tampered");

      error(send(call), 400, "SignatureDoesNotMatch");
    }

    @Test
    void whenTheSecretIsWrongThenSignatureDoesNotMatch() {
      error(
          send(RpcCalls.v3(clock, "GetCallerIdentity", ALICE, "wrong")),
          400,
          "SignatureDoesNotMatch");
    }

    @Test
    void whenASignedFormBodyIsSentThenItsParametersAreUsed() {
      RpcCalls.V3 call =
          aliceV3("AssumeRole").formBody("RoleArn=" + MOCK_ROLE + "&RoleSessionName=v3-form");

      assertThat(ok(send(call)).path("AssumedRoleUser").path("Arn").asText()).endsWith("/v3-form");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "ACS3-HMAC-SHA256",
          "ACS3-HMAC-SHA256 Credential=LTAI5tMockAliceAccessKey",
          "ACS3-HMAC-SHA256 Credential=LTAI5tMockAliceAccessKey,SignedHeaders=host",
          "ACS3-HMAC-SHA256 Credential=LTAI5tMockAliceAccessKey,SignedHeaders=host,Signature=xyz"
        })
    void whenAuthorizationIsMalformedThenIncompleteSignature(String authorization) {
      error(
          send(aliceV3("GetCallerIdentity").authorization(authorization)),
          400,
          "IncompleteSignature");
    }

    @Test
    void whenAnXAcsHeaderIsNotSignedThenIncompleteSignature() {
      error(
          send(aliceV3("GetCallerIdentity").unsignedHeader("x-acs-extra", "value")),
          400,
          "IncompleteSignature");
    }

    @Test
    void whenTheHostHeaderIsNotSignedThenTheSignatureIsVerifiedWithoutIt() {
      // The pop SDK's V3 mode signs content-type and the x-acs-* headers, not host.
      ok(
          send(
              aliceV3("GetCallerIdentity")
                  .withoutHeader("host")
                  .unsignedHeader("host", "sts.aliyuncs.com")));
    }

    @Test
    void whenTheAuthorizationFieldsComeInAnotherOrderThenTheyAreAccepted() {
      ok(
          send(
              aliceV3("GetCallerIdentity")
                  .rewriteAuthorization(
                      auth ->
                          auth.replaceFirst(
                              "SignedHeaders=([^,]+),Signature=([0-9a-f]+)",
                              "Signature=$2,SignedHeaders=$1"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {",Signature=00", ",Region=cn-hangzhou", ",SignedHeaders=host"})
    void whenAnAuthorizationFieldIsRepeatedOrUnknownThenIncompleteSignature(String extra) {
      error(
          send(aliceV3("GetCallerIdentity").rewriteAuthorization(auth -> auth + extra)),
          400,
          "IncompleteSignature");
    }

    @Test
    void whenTheNonceIsReusedThenSignatureNonceUsed() {
      StsRequest request = aliceV3("GetCallerIdentity").build();

      ok(sts.handle(request));
      error(sts.handle(request), 400, "SignatureNonceUsed");
    }

    @Test
    void whenTheDateIsMoreThanFifteenMinutesOffThenInvalidTimeStampExpired() {
      error(
          send(
              aliceV3("GetCallerIdentity")
                  .header("x-acs-date", RpcCalls.TIMESTAMP.format(NOW.minusSeconds(16 * 60)))),
          400,
          "InvalidTimeStamp.Expired");
    }

    @ParameterizedTest
    @ValueSource(strings = {"x-acs-date", "x-acs-signature-nonce"})
    void whenASignatureHeaderIsMissingThenMissingParameter(String header) {
      error(send(aliceV3("GetCallerIdentity").withoutHeader(header)), 400, "MissingParameter");
    }

    @Test
    void whenTheAccessKeyIsUnknownThenInvalidAccessKeyIdNotFound() {
      error(
          send(RpcCalls.v3(clock, "GetCallerIdentity", "LTAI5tNoSuchAccessKey000", "x")),
          404,
          "InvalidAccessKeyId.NotFound");
    }
  }

  // ---------------------------------------------------------------- faults and routing

  @Nested
  class Faults {

    @Test
    void whenAHandlerThrowsUnexpectedlyThenInternalErrorAndALogLineWithoutRequestContent() {
      AlibabaAction broken =
          new AlibabaAction() {
            @Override
            public String name() {
              return "AssumeRole";
            }

            @Override
            public Map<String, Object> handle(RpcRequest request, Caller caller, String requestId) {
              throw new IllegalStateException("boom " + request.parameter("RoleSessionName"));
            }
          };
      List<String> log = new ArrayList<>();
      SessionTokens tokens = new SessionTokens(clock);
      AlibabaProtocol protocol =
          new AlibabaProtocol(
              new RpcAuthenticator(
                  WORLD, tokens, new ReplayCache(clock, Duration.ofMinutes(30), 100, 100), clock),
              List.of(broken),
              log::add);
      RpcCalls.V1 call = aliceAssumes("mock-role").param("RoleSessionName", "secret-session");

      JsonNode body = error(protocol.handle(call.build()), 500, "InternalError");

      assertThat(log)
          .singleElement()
          .asString()
          .contains(body.path("RequestId").asText())
          .contains(IllegalStateException.class.getName())
          .doesNotContain("secret-session")
          .doesNotContain(call.signature())
          .doesNotContain(ALICE);
    }

    @Test
    void whenEveryRequestIsHandledNormallyThenNothingIsLogged() {
      send(aliceAssumes("mock-role"));
      send(aliceAssumes("mock-role").secret("wrong"));

      assertThat(faults).isEmpty();
    }
  }

  /** Builds a request from a signed one with another query string, body or Content-Type. */
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
        body == null ? null : body.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        signed.scheme());
  }

  @Nested
  class ContentTypes {

    /** Before: {@code contentType.split(";")[0]} on {@code ;} threw, answered InternalError. */
    @ParameterizedTest
    @ValueSource(
        strings = {
          ";",
          ";;;",
          "  ;charset=x",
          "=",
          "\u00e9/\u00e8; charset=utf-8",
          "\uD83D\uDE00",
          "application/x-www-form-urlencoded-not"
        })
    void whenAPostBodyHasAContentTypeWithoutAUsableMediaTypeThenInvalidParameterContentType(
        String contentType) {
      StsRequest signed = aliceCall("GetCallerIdentity").method("POST").build();

      error(
          sts.handle(reshaped(signed, signed.rawQuery(), contentType, "RoleSessionName=s1")),
          400,
          "InvalidParameter.ContentType");
      assertThat(faults).isEmpty();
    }

    @Test
    void whenTheContentTypeIsVeryLongThenInvalidParameterContentType() {
      StsRequest signed = aliceCall("GetCallerIdentity").method("POST").build();

      error(
          sts.handle(reshaped(signed, signed.rawQuery(), ";".repeat(100_000), "A=1")),
          400,
          "InvalidParameter.ContentType");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "application/x-www-form-urlencoded",
          "APPLICATION/X-WWW-FORM-URLENCODED; charset=UTF-8",
          " application/x-www-form-urlencoded ;;"
        })
    void whenTheMediaTypeIsAFormInAnySpellingThenTheBodyIsRead(String contentType) {
      RpcCalls.V1 call = aliceAssumes("mock-role").form("RoleSessionName", "in-body");
      StsRequest signed = call.build();

      JsonNode body =
          ok(
              sts.handle(
                  reshaped(
                      signed,
                      signed.rawQuery(),
                      contentType,
                      new String(signed.body(), java.nio.charset.StandardCharsets.UTF_8))));
      assertThat(body.path("AssumedRoleUser").path("Arn").asText()).endsWith("/in-body");
    }
  }

  @Nested
  class DuplicatedParameters {

    /** Before: the first value won ({@code putIfAbsent}) and the request was served. */
    @ParameterizedTest
    @ValueSource(
        strings = {
          "&Signature=AAAAAAAAAAAAAAAAAAAAAAAAAAA%3D",
          "&RoleSessionName=other",
          "&RoleSessionName=s1",
          "&RoleSessionName=",
          "&Action=AssumeRole",
          "&SignatureNonce=another"
        })
    void whenAQueryParameterNameOccursTwiceThenInvalidParameterBeforeAuthentication(
        String appended) {
      StsRequest signed = aliceAssumes("mock-role").build();

      error(
          sts.handle(reshaped(signed, signed.rawQuery() + appended, null, null)),
          400,
          "InvalidParameter");
      // Refused before authentication: the nonce was not spent.
      ok(sts.handle(signed));
    }

    @Test
    void whenAFormBodyParameterNameOccursTwiceThenInvalidParameter() {
      StsRequest signed = aliceAssumes("mock-role").form("RoleSessionName", "s1").build();
      String body = new String(signed.body(), java.nio.charset.StandardCharsets.UTF_8);

      error(
          sts.handle(
              reshaped(
                  signed,
                  signed.rawQuery(),
                  "application/x-www-form-urlencoded",
                  body + "&RoleSessionName=s2")),
          400,
          "InvalidParameter");
    }

    @ParameterizedTest
    @ValueSource(strings = {"RoleSessionName=s1", "RoleSessionName=other", "Signature=x"})
    void whenANameOccursInTheQueryAndInTheBodyThenInvalidParameter(String inBody) {
      StsRequest signed = aliceAssumes("mock-role").method("POST").build();

      error(
          sts.handle(
              reshaped(signed, signed.rawQuery(), "application/x-www-form-urlencoded", inBody)),
          400,
          "InvalidParameter");
    }

    @Test
    void whenAJsonBodyRepeatsAMemberThenInvalidParameter() {
      StsRequest signed =
          aliceAssumes("mock-role").method("POST").without("RoleSessionName").build();

      error(
          sts.handle(
              reshaped(
                  signed,
                  signed.rawQuery(),
                  "application/json",
                  "{\"RoleSessionName\":\"s1\",\"RoleSessionName\":\"s2\"}")),
          400,
          "InvalidParameter");
    }

    @Test
    void whenAnAnonymousActionRepeatsAParameterThenInvalidParameter() {
      StsRequest request =
          new StsRequest(
              "POST",
              "/",
              "Action=AssumeRoleWithSAML&Version=2015-04-01&Format=JSON"
                  + "&SAMLAssertion=a&SAMLAssertion=b",
              Map.of(),
              null,
              "https");

      error(sts.handle(request), 400, "InvalidParameter");
    }
  }

  @Nested
  class UnsignedEmptyParameters {

    private final List<RpcRequest> seen = new ArrayList<>();

    private final AlibabaProtocol recording =
        new AlibabaProtocol(
            new RpcAuthenticator(
                WORLD,
                new SessionTokens(clock),
                new ReplayCache(clock, Duration.ofMinutes(30), 100, 100),
                clock),
            List.of(
                new AlibabaAction() {
                  @Override
                  public String name() {
                    return "GetCallerIdentity";
                  }

                  @Override
                  public Map<String, Object> handle(
                      RpcRequest request, Caller caller, String requestId) {
                    seen.add(request);
                    return new java.util.LinkedHashMap<>(Map.of("RequestId", requestId));
                  }
                }),
            faults::add);

    /**
     * Before: an empty parameter appended to a request signed without empty values verified (the
     * Tea fallback) and reached the handler although no signature covered it.
     */
    @Test
    void whenAnEmptyParameterWasNotSignedThenTheHandlerDoesNotSeeIt() {
      StsRequest signed = aliceCall("GetCallerIdentity").skipEmptyInSignature().build();

      ok(recording.handle(reshaped(signed, signed.rawQuery() + "&Extra=", null, null)));

      assertThat(seen)
          .singleElement()
          .satisfies(r -> assertThat(r.parameters()).doesNotContainKey("Extra"));
    }

    @Test
    void whenAnEmptyParameterWasSignedThenTheHandlerSeesIt() {
      ok(recording.handle(aliceCall("GetCallerIdentity").param("Extra", "").build()));

      assertThat(seen)
          .singleElement()
          .satisfies(r -> assertThat(r.parameters()).containsEntry("Extra", ""));
    }

    @Test
    void whenTheTeaSdkLeavesASignedEmptyParameterOutThenTheRestIsStillServed() {
      ok(
          recording.handle(
              aliceCall("GetCallerIdentity").param("Extra", "").skipEmptyInSignature().build()));

      assertThat(seen)
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.parameters()).doesNotContainKey("Extra");
                assertThat(r.parameters()).containsEntry("Action", "GetCallerIdentity");
              });
    }
  }

  @Nested
  class RequestSizes {

    private String queryOfLength(int length) {
      StsRequest signed = aliceCall("GetCallerIdentity").build();
      String prefix = signed.rawQuery() + "&Pad=";
      return prefix + "x".repeat(Math.max(0, length - prefix.length()));
    }

    /** Before: any size was served (GET 4 KB is documented, alibaba request structure page). */
    @Test
    void whenAGetQueryIsLongerThanFourKilobytesThenInvalidParameter() {
      StsRequest request = new StsRequest("GET", "/", queryOfLength(4097), Map.of(), null, "https");

      error(sts.handle(request), 400, "InvalidParameter");
    }

    @Test
    void whenAGetQueryIsExactlyFourKilobytesThenTheSizeIsAccepted() {
      // Not signed over Pad, so the answer is about the signature, not the size.
      StsRequest request = new StsRequest("GET", "/", queryOfLength(4096), Map.of(), null, "https");

      error(sts.handle(request), 400, "SignatureDoesNotMatch");
    }

    @Test
    void whenAGetOfFourKilobytesIsSignedThenItIsServed() {
      RpcCalls.V1 call = aliceCall("GetCallerIdentity").param("Pad", "");
      int base = call.build().rawQuery().length();
      // A fresh nonce per build; leave room for the signature's encoding to vary.
      StsRequest request =
          aliceCall("GetCallerIdentity").param("Pad", "x".repeat(4096 - base - 8)).build();
      assertThat(request.rawQuery().length()).isLessThanOrEqualTo(4096);

      ok(sts.handle(request));
    }

    @Test
    void whenAPostCarriesLongParametersInTheQueryThenTheGetLimitDoesNotApply() {
      StsRequest request =
          new StsRequest("POST", "/", queryOfLength(200_000), Map.of(), null, "https");

      error(sts.handle(request), 400, "SignatureDoesNotMatch");
    }

    @Test
    void whenAPostIsLargerThanTenMegabytesThenInvalidParameter() {
      StsRequest signed = aliceCall("GetCallerIdentity").method("POST").build();
      StsRequest request =
          new StsRequest(
              "POST",
              "/",
              signed.rawQuery(),
              Map.of("Content-Type", List.of("application/x-www-form-urlencoded")),
              new byte[10 * 1024 * 1024 + 1 - signed.rawQuery().length()],
              "https");

      error(sts.handle(request), 400, "InvalidParameter");
    }
  }

  @Nested
  class PercentEscapes {

    static java.util.stream.Stream<String> malformed() {
      return java.util.stream.Stream.of("%zz", "%", "%4", "%u0041", "%G1", "%%41", "a%2");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("malformed")
    void whenAQueryValueHasAMalformedEscapeThenInvalidParameter(String escape) {
      StsRequest signed = aliceCall("GetCallerIdentity").build();

      error(
          sts.handle(reshaped(signed, signed.rawQuery() + "&Bad=" + escape, null, null)),
          400,
          "InvalidParameter");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("malformed")
    void whenAQueryNameHasAMalformedEscapeThenInvalidParameter(String escape) {
      StsRequest signed = aliceCall("GetCallerIdentity").build();

      error(
          sts.handle(reshaped(signed, signed.rawQuery() + "&B" + escape + "q=1", null, null)),
          400,
          "InvalidParameter");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("malformed")
    void whenAFormBodyValueHasAMalformedEscapeThenInvalidParameter(String escape) {
      StsRequest signed = aliceCall("GetCallerIdentity").method("POST").build();

      error(
          sts.handle(
              reshaped(
                  signed, signed.rawQuery(), "application/x-www-form-urlencoded", "Bad=" + escape)),
          400,
          "InvalidParameter");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("malformed")
    void whenAFormBodyNameHasAMalformedEscapeThenInvalidParameter(String escape) {
      StsRequest signed = aliceCall("GetCallerIdentity").method("POST").build();

      error(
          sts.handle(reshaped(signed, signed.rawQuery(), null, "B" + escape + "q=1")),
          400,
          "InvalidParameter");
      assertThat(faults).isEmpty();
    }
  }

  @Nested
  class OddAuthorizations {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "ACS3-HMAC-SHA256 Credential=LTAI5tMockAliceAccessKey,SignedHeaders=;,Signature=ab",
          "ACS3-HMAC-SHA256 Credential=LTAI5tMockAliceAccessKey,SignedHeaders=;;;,Signature=ab"
        })
    void whenSignedHeadersIsOnlySemicolonsThenIncompleteSignatureNotAFault(String authorization) {
      RpcCalls.V3 call = RpcCalls.v3(clock, "GetCallerIdentity", ALICE, ALICE_SECRET);

      error(send(call.authorization(authorization)), 400, "IncompleteSignature");
      assertThat(faults).isEmpty();
    }
  }

  @Nested
  class DeepJson {

    @ParameterizedTest
    @ValueSource(ints = {1_001, 5_000, 100_000})
    void whenAJsonBodyIsNestedDeeperThanTheParserAllowsThenInvalidParameter(int depth) {
      StsRequest signed = aliceCall("GetCallerIdentity").method("POST").build();
      String body = "{\"A\":" + "[".repeat(depth) + "]".repeat(depth) + "}";

      error(
          sts.handle(reshaped(signed, signed.rawQuery(), "application/json", body)),
          400,
          "InvalidParameter");
      assertThat(faults).isEmpty();
    }

    @Test
    void whenAJsonBodyIsNestedWithinTheLimitThenItIsRead() {
      StsRequest signed =
          aliceAssumes("mock-role").method("POST").without("RoleSessionName").build();
      String body =
          "{\"RoleSessionName\":\"s1\",\"Deep\":" + "[".repeat(900) + "]".repeat(900) + "}";

      // Deep is not signed: the answer is about the signature, not the depth.
      error(
          sts.handle(reshaped(signed, signed.rawQuery(), "application/json", body)),
          400,
          "SignatureDoesNotMatch");
      assertThat(faults).isEmpty();
    }
  }

  @Nested
  class Recognition {

    @Test
    void whenRequestHasRpcParametersThenItIsRecognised() {
      assertThat(sts.recognises(aliceCall("GetCallerIdentity").build())).isTrue();
    }

    @Test
    void whenRequestHasV3HeadersThenItIsRecognised() {
      assertThat(sts.recognises(RpcCalls.v3(clock, "GetCallerIdentity", ALICE, "x").build()))
          .isTrue();
    }

    @Test
    void whenRequestHasNoAlibabaMarkersThenItIsNotRecognised() {
      assertThat(sts.recognises(new StsRequest("GET", "/", "", Map.of(), null, "http"))).isFalse();
    }
  }

  @Nested
  class RateLimit {

    private final AlibabaProtocol limited =
        AlibabaSts.protocol(
            WORLD, new SessionTokens(clock), clock, new RateLimiter(clock, 2), faults::add);

    StsResponse aliceAssumesAs(String session) {
      return limited.handle(aliceAssumes("mock-role").param("RoleSessionName", session).build());
    }

    @Test
    void whenAnAccountExceedsItsAssumeRoleCallsPerMinuteThenItIsThrottled() {
      ok(aliceAssumesAs("s1"));
      ok(aliceAssumesAs("s2"));

      error(aliceAssumesAs("s3"), 400, "Throttling.User");
    }

    @Test
    void whenTheNextMinuteStartsThenTheAccountMayCallAgain() {
      ok(aliceAssumesAs("s1"));
      ok(aliceAssumesAs("s2"));
      clock.advance(Duration.ofMinutes(1));

      ok(aliceAssumesAs("s3"));
    }

    @Test
    void whenOneAccountIsThrottledThenAnotherAccountKeepsItsOwnBudget() {
      ok(aliceAssumesAs("s1"));
      ok(aliceAssumesAs("s2"));

      ok(
          limited.handle(
              assumeRole(
                      MALLORY,
                      MALLORY_SECRET,
                      "acs:ram::" + UID + ":role/mock-foreign-role",
                      "cross")
                  .build()));
    }

    @Test
    void whenTheAccountIsThrottledThenGetCallerIdentityStillAnswers() {
      ok(aliceAssumesAs("s1"));
      ok(aliceAssumesAs("s2"));

      ok(limited.handle(aliceCall("GetCallerIdentity").build()));
    }
  }
}

package io.mocksts.internal.alibaba;

import static io.mocksts.internal.alibaba.AlibabaProtocolTest.error;
import static io.mocksts.internal.alibaba.AlibabaProtocolTest.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mocksts.idp.SamlResponseBuilder;
import io.mocksts.idp.TestIdp;
import io.mocksts.internal.core.MutableClock;
import io.mocksts.internal.core.SessionTokens;
import io.mocksts.internal.core.World;
import io.mocksts.internal.core.WorldLoader;
import io.mocksts.internal.http.StsResponse;
import io.mocksts.internal.saml.AttackerKeys;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * AssumeRoleWithSAML (Alibaba AssumeRoleWithSAML reference,
 * https://www.alibabacloud.com/help/id/ram/api-assumerolewithsaml, Alibaba role-based SSO,
 * https://www.alibabacloud.com/help/en/ram/saml-response-for-role-based-sso) through {@link
 * AlibabaProtocol}: the default world, responses of the bundled test IdP, a fixed clock, no HTTP.
 */
class AssumeRoleWithSAMLTest {

  private static final World WORLD = WorldLoader.defaultWorld();
  private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

  static final String UID = "1234567890123456";
  static final String PROVIDER = "acs:ram::" + UID + ":saml-provider/mock-idp";
  static final String ROLE = "acs:ram::" + UID + ":role/mock-saml-role";

  private final MutableClock clock = new MutableClock(Clock.fixed(NOW, ZoneOffset.UTC));
  private final List<String> faults = new ArrayList<>();
  private final AlibabaProtocol sts =
      AlibabaSts.protocol(WORLD, new SessionTokens(clock), clock, faults::add);
  private final TestIdp idp = TestIdp.bundled(clock);

  SamlResponseBuilder response() {
    return idp.response("alibaba").role(ROLE, PROVIDER).sessionName("alice");
  }

  RpcCalls.V1 call(String assertion) {
    return RpcCalls.v1(clock, "AssumeRoleWithSAML", "unused", "unused")
        // A POST with every parameter in the query, as the Tea SDK sends it: a GET may carry 4 KB.
        .method("POST")
        .without("AccessKeyId")
        .without("SignatureMethod")
        .without("SignatureVersion")
        .unsigned()
        .param("SAMLProviderArn", PROVIDER)
        .param("RoleArn", ROLE)
        .param("SAMLAssertion", assertion);
  }

  StsResponse send(RpcCalls.V1 call) {
    return sts.handle(call.build());
  }

  @Test
  void whenTheBundledIdpVouchesForAliceThenEveryDocumentedFieldIsAnswered() {
    JsonNode body = ok(send(call(response().toBase64())));
    assertThat(body.at("/SAMLAssertionInfo/SubjectType").asText()).isEqualTo("persistent");
    assertThat(body.at("/SAMLAssertionInfo/Subject").asText()).isEqualTo("alice");
    assertThat(body.at("/SAMLAssertionInfo/Issuer").asText()).isEqualTo(TestIdp.ENTITY_ID);
    assertThat(body.at("/SAMLAssertionInfo/Recipient").asText())
        .isEqualTo("https://signin.aliyun.com/saml-role/sso");
    assertThat(body.at("/AssumedRoleUser/AssumedRoleId").asText())
        .isEqualTo("300000000000000005:alice");
    assertThat(body.at("/AssumedRoleUser/Arn").asText())
        .isEqualTo("acs:ram::" + UID + ":role/mock-saml-role/alice");
    assertThat(body.at("/Credentials/AccessKeyId").asText()).startsWith("STS.");
    assertThat(body.at("/Credentials/Expiration").asText()).isEqualTo("2026-12-01T09:00:00Z");
    assertThat(body.has("SourceIdentity")).isFalse();
  }

  @Test
  void whenSessionNotOnOrAfterComesFirstThenTheCredentialsExpireWithTheSession() {
    JsonNode body =
        ok(send(call(response().sessionNotOnOrAfter(NOW.plus(Duration.ofMinutes(20))).toBase64())));
    assertThat(body.at("/Credentials/Expiration").asText()).isEqualTo("2026-12-01T08:20:00Z");
  }

  @Test
  void whenTheSameResponseIsSentTwiceThenTheReplayIsRefused() {
    String once = response().toBase64();
    ok(send(call(once)));
    error(send(call(once)), 401, "AuthenticationFail.SAMLAssertion.Invalid");
  }

  @Test
  void whenARequestIsRefusedForItsDurationThenTheAssertionStaysUnusedForTheCorrectedRequest() {
    String once = response().toBase64();
    error(
        send(call(once).param("DurationSeconds", "3601")), 400, "InvalidParameter.DurationSeconds");
    ok(send(call(once).param("DurationSeconds", "3600")));
  }

  @Test
  void whenTheAssertionHasExpiredThenExpiredIsAnswered() {
    String assertion = response().toBase64();
    clock.advance(Duration.ofMinutes(20));
    error(send(call(assertion)), 401, "AuthenticationFail.SAMLAssertion.Expired");
  }

  @Test
  void whenAnAttackerSignsTheResponseThenItIsInvalid() {
    String forged =
        AttackerKeys.idp(clock)
            .response("alibaba")
            .issuer(TestIdp.ENTITY_ID)
            .role(ROLE, PROVIDER)
            .sessionName("mallory")
            .toBase64();
    error(send(call(forged)), 401, "AuthenticationFail.SAMLAssertion.Invalid");
  }

  @ParameterizedTest
  @CsvSource({
    "SAMLAssertion,400,MissingParameter.SAMLAssertion",
    "SAMLProviderArn,400,MissingParameter.SAMLProviderArn",
    "RoleArn,400,MissingParameter.RoleArn",
  })
  void whenARequiredParameterIsMissingThenItsDocumentedCodeAnswers(
      String parameter, int status, String code) {
    error(send(call(response().toBase64()).without(parameter)), status, code);
  }

  @ParameterizedTest
  @CsvSource({
    "SAMLProviderArn,acs:ram::" + UID + ":saml-provider/nobody,404,EntityNotExist.SAMLProvider",
    "RoleArn,acs:ram::" + UID + ":role/nobody,404,EntityNotExist.RoleArn",
    "RoleArn,not-an-arn,400,InvalidParameter.RoleArn",
    "DurationSeconds,899,400,InvalidParameter.DurationSeconds",
    "DurationSeconds,3601,400,InvalidParameter.DurationSeconds",
    "Policy,{},400,InvalidParameter.PolicyGrammar",
  })
  void whenAParameterIsWrongThenItsDocumentedCodeAnswers(
      String parameter, String value, int status, String code) {
    error(send(call(response().toBase64()).param(parameter, value)), status, code);
  }

  @Test
  void whenTheRolePairIsNotInTheAssertionThenItIsInvalid() {
    String other =
        idp.response("alibaba")
            .role("acs:ram::" + UID + ":role/mock-role", PROVIDER)
            .sessionName("alice")
            .toBase64();
    error(send(call(other)), 401, "AuthenticationFail.SAMLAssertion.Invalid");
  }

  @Test
  void whenTheRoleDoesNotTrustTheProviderThenThereIsNoPermission() {
    String role = "acs:ram::" + UID + ":role/mock-role";
    String assertion = idp.response("alibaba").role(role, PROVIDER).sessionName("alice").toBase64();
    error(send(call(assertion).param("RoleArn", role)), 401, "AuthenticationFail.NoPermission");
  }

  @Test
  void whenTheSessionNameAttributeIsMalformedThenRoleSessionNameIsInvalid() {
    error(
        send(call(response().sessionName("a").toBase64())),
        400,
        "InvalidParameter.RoleSessionName");
  }

  @Test
  void whenTheCredentialsAreUsedThenGetCallerIdentityAnswersAsTheRoleSession() {
    JsonNode body = ok(send(call(response().toBase64())));
    JsonNode credentials = body.get("Credentials");
    JsonNode identity =
        ok(
            sts.handle(
                RpcCalls.v1(
                        clock,
                        "GetCallerIdentity",
                        credentials.get("AccessKeyId").asText(),
                        credentials.get("AccessKeySecret").asText())
                    .param("SecurityToken", credentials.get("SecurityToken").asText())
                    .build()));
    assertThat(identity.get("Arn").asText())
        .isEqualTo("acs:ram::" + UID + ":assumed-role/mock-saml-role/alice");
  }
}

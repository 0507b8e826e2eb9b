package io.mocksts.internal.alibaba;

import static io.mocksts.internal.alibaba.AlibabaProtocolTest.error;
import static io.mocksts.internal.alibaba.AlibabaProtocolTest.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mocksts.idp.TestIssuer;
import io.mocksts.internal.core.MutableClock;
import io.mocksts.internal.core.SessionTokens;
import io.mocksts.internal.core.World;
import io.mocksts.internal.core.WorldLoader;
import io.mocksts.internal.http.StsResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xmlunit.assertj3.XmlAssert;

/**
 * AssumeRoleWithOIDC (Alibaba AssumeRoleWithOIDC reference,
 * https://www.alibabacloud.com/help/en/resource-access-management/latest/assumerolewithoidc,
 * Alibaba OIDC SSO, https://www.alibabacloud.com/help/en/ram/overview-of-oidc-based-sso) through
 * {@link AlibabaProtocol}: the default world, tokens from the bundled {@link TestIssuer}, a fixed
 * clock, no HTTP.
 */
class AssumeRoleWithOIDCTest {

  private static final World WORLD = WorldLoader.defaultWorld();
  private static final Instant NOW = Instant.parse("2026-11-01T08:00:00Z");

  static final String UID = "1234567890123456";
  static final String PROVIDER = "acs:ram::" + UID + ":oidc-provider/mock-oidc";
  static final String ROLE = "acs:ram::" + UID + ":role/mock-oidc-role";
  static final String ROLE_ID = "300000000000000006";
  static final String AUDIENCE = "sts.aliyuncs.com";

  private final MutableClock clock = new MutableClock(Clock.fixed(NOW, ZoneOffset.UTC));
  private final List<String> faults = new ArrayList<>();
  private final TestIssuer issuer = TestIssuer.bundled(clock);
  private AlibabaProtocol sts =
      AlibabaSts.protocol(WORLD, new SessionTokens(clock), clock, faults::add);

  // ---------------------------------------------------------------- helpers

  TestIssuer.Token token() {
    return issuer.token("system:serviceaccount:default:app").audience(AUDIENCE);
  }

  /**
   * An unsigned call as the Tea SDK sends it (Alibaba Java SDKs: what they send,
   * https://repo1.maven.org/maven2/com/aliyun/aliyun-java-sdk-core/4.7.10/): no AccessKeyId, no
   * Signature.
   */
  RpcCalls.V1 call(String jwt) {
    return RpcCalls.v1(clock, "AssumeRoleWithOIDC", "unused", "unused")
        // A POST with every parameter in the query, as the Tea SDK sends it: a GET may carry 4 KB.
        .method("POST")
        .without("AccessKeyId")
        .without("SignatureMethod")
        .without("SignatureVersion")
        .unsigned()
        .param("OIDCProviderArn", PROVIDER)
        .param("RoleArn", ROLE)
        .param("OIDCToken", jwt)
        .param("RoleSessionName", "oidc-session");
  }

  RpcCalls.V1 call() {
    return call(token().sign());
  }

  StsResponse send(RpcCalls.V1 call) {
    return sts.handle(call.build());
  }

  static String bundledJwks() {
    try {
      return Files.readString(Path.of("..", "fixtures", "oidc", "jwks.json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A protocol over a one-account world whose OIDC role has this trust policy. */
  void useWorld(String providerExtra, String trustPolicy) {
    String yaml =
        """
        alibaba:
          accounts:
            - id: "%s"
              alias: main
              roles:
                - name: mock-oidc-role
                  id: "%s"
                  trustPolicy: '%s'
              oidcProviders:
                - name: mock-oidc
                  issuer: https://oidc.mock-sts.local
                  clientIds: [sts.aliyuncs.com, second-client]
        %s
        """
            .formatted(UID, ROLE_ID, trustPolicy, providerExtra.indent(10).stripTrailing());
    sts =
        AlibabaSts.protocol(
            WorldLoader.parse(yaml, "test.yaml"), new SessionTokens(clock), clock, faults::add);
  }

  static String trust(String condition) {
    return "{\"Statement\":[{\"Action\":\"sts:AssumeRole\",\"Effect\":\"Allow\",\"Principal\":"
        + "{\"Federated\":[\""
        + PROVIDER
        + "\"]},\"Condition\":"
        + condition
        + "}],\"Version\":\"1\"}";
  }

  static String jwksLine() {
    return "jwks: '" + bundledJwks().replace("\n", "") + "'";
  }

  // ---------------------------------------------------------------- success

  @Nested
  class Success {

    @Test
    void whenTheBundledIssuersTokenIsExchangedThenEveryDocumentedFieldIsReturned() {
      JsonNode body = ok(send(call()));

      JsonNode info = body.path("OIDCTokenInfo");
      assertThat(info.path("Subject").asText()).isEqualTo("system:serviceaccount:default:app");
      assertThat(info.path("Issuer").asText()).isEqualTo(TestIssuer.ISSUER);
      assertThat(info.path("ClientIds").asText()).isEqualTo(AUDIENCE);
      assertThat(info.path("IssuanceTime").asText()).isEqualTo("2026-11-01T08:00:00Z");
      assertThat(info.path("ExpirationTime").asText()).isEqualTo("2026-11-01T09:00:00Z");
      assertThat(info.path("VerificationInfo").asText()).isEqualTo("Success");
      assertThat(body.path("AssumedRoleUser").path("AssumedRoleId").asText())
          .isEqualTo(ROLE_ID + ":oidc-session");
      assertThat(body.path("AssumedRoleUser").path("Arn").asText())
          .isEqualTo("acs:ram::" + UID + ":role/mock-oidc-role/oidc-session");
      JsonNode credentials = body.path("Credentials");
      assertThat(credentials.path("AccessKeyId").asText()).matches("STS\\.[A-Za-z0-9]{25}");
      assertThat(credentials.path("AccessKeySecret").asText()).matches("[A-Za-z0-9]{44}");
      assertThat(credentials.path("SecurityToken").asText()).startsWith("CAIS");
      assertThat(credentials.path("Expiration").asText()).isEqualTo("2026-11-01T09:00:00Z");
      assertThat(body.has("SourceIdentity")).isFalse();
      List<String> order = new ArrayList<>();
      body.fieldNames().forEachRemaining(order::add);
      assertThat(order)
          .containsExactly("RequestId", "OIDCTokenInfo", "AssumedRoleUser", "Credentials");
    }

    @Test
    void whenTheTokenHasSeveralAudiencesThenClientIdsJoinsThemWithCommas() {
      JsonNode body =
          ok(send(call(issuer.token("app").audience(AUDIENCE, "another-client").sign())));

      assertThat(body.path("OIDCTokenInfo").path("ClientIds").asText())
          .isEqualTo(AUDIENCE + ",another-client");
    }

    @Test
    void whenFormatIsXmlThenTheResponseIsAnAssumeRoleWithOIDCResponseDocument() {
      StsResponse response = send(call().param("Format", "XML"));

      assertThat(response.status()).isEqualTo(200);
      String xml = response.bodyText();
      XmlAssert.assertThat(xml).hasXPath("/AssumeRoleWithOIDCResponse/RequestId");
      XmlAssert.assertThat(xml)
          .valueByXPath("/AssumeRoleWithOIDCResponse/OIDCTokenInfo/Issuer")
          .isEqualTo(TestIssuer.ISSUER);
      XmlAssert.assertThat(xml)
          .valueByXPath("/AssumeRoleWithOIDCResponse/OIDCTokenInfo/ClientIds")
          .isEqualTo(AUDIENCE);
      XmlAssert.assertThat(xml)
          .valueByXPath("/AssumeRoleWithOIDCResponse/AssumedRoleUser/AssumedRoleId")
          .isEqualTo(ROLE_ID + ":oidc-session");
      XmlAssert.assertThat(xml).hasXPath("/AssumeRoleWithOIDCResponse/Credentials/SecurityToken");
    }

    @Test
    void whenTheParametersTravelInAFormBodyThenTheyAreRead() {
      String jwt = token().sign();
      RpcCalls.V1 call =
          RpcCalls.v1(clock, "AssumeRoleWithOIDC", "unused", "unused")
              .without("AccessKeyId")
              .unsigned()
              .form("OIDCProviderArn", PROVIDER)
              .form("RoleArn", ROLE)
              .form("OIDCToken", jwt)
              .form("RoleSessionName", "credentials-java")
              .form("DurationSeconds", "900");

      JsonNode body = ok(send(call));

      assertThat(body.path("Credentials").path("Expiration").asText())
          .isEqualTo("2026-11-01T08:15:00Z");
    }

    @Test
    void whenTheAnonymousCallCarriesABogusSignatureThenItIsIgnored() {
      RpcCalls.V1 call =
          RpcCalls.v1(clock, "AssumeRoleWithOIDC", "saml2alibabacloud", "0.0.5")
              .param("OIDCProviderArn", PROVIDER)
              .param("RoleArn", ROLE)
              .param("OIDCToken", token().sign())
              .param("RoleSessionName", "s1");

      ok(send(call));
    }

    @Test
    void whenTheIssuedCredentialsCallGetCallerIdentityThenTheyAreTheRoleSession() {
      JsonNode credentials = ok(send(call())).path("Credentials");

      JsonNode identity =
          ok(
              sts.handle(
                  RpcCalls.v1(
                          clock,
                          "GetCallerIdentity",
                          credentials.path("AccessKeyId").asText(),
                          credentials.path("AccessKeySecret").asText())
                      .param("SecurityToken", credentials.path("SecurityToken").asText())
                      .build()));

      assertThat(identity.path("IdentityType").asText()).isEqualTo("AssumedRoleUser");
      assertThat(identity.path("Arn").asText())
          .isEqualTo("acs:ram::" + UID + ":assumed-role/mock-oidc-role/oidc-session");
      assertThat(identity.path("RoleId").asText()).isEqualTo(ROLE_ID);
      assertThat(identity.path("PrincipalId").asText()).isEqualTo(ROLE_ID + ":oidc-session");
    }

    @ParameterizedTest
    @ValueSource(strings = {"RS256", "PS512", "ES256"})
    void whenTheTokenIsSignedWithAnyBundledKeyThenItIsAccepted(String algorithm) {
      ok(send(call(token().algorithm(algorithm).sign())));
    }

    @Test
    void whenAPolicyIsGivenThenItIsChecked() {
      ok(send(call().param("Policy", AlibabaProtocolTest.DOC_POLICY)));
      error(send(call().param("Policy", "x".repeat(2049))), 400, "InvalidParameter.PolicySize");
      error(send(call().param("Policy", "allow all")), 400, "InvalidParameter.PolicyGrammar");
    }
  }

  // ---------------------------------------------------------------- parameters

  @Nested
  class Parameters {

    @ParameterizedTest
    @ValueSource(strings = {"OIDCProviderArn", "RoleArn", "OIDCToken", "RoleSessionName"})
    void whenARequiredParameterIsMissingThenMissingItIsAnswered(String name) {
      error(send(call().without(name)), 400, "Missing" + name);
    }

    @Test
    void whenTheRoleArnIsWronglyFormedThenItIsRefused() {
      error(send(call().param("RoleArn", "mock-oidc-role")), 400, "InvalidParameter.RoleArn");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "has space", "slash/name"})
    void whenTheSessionNameIsWronglyFormedThenItIsRefused(String name) {
      error(send(call().param("RoleSessionName", name)), 400, "InvalidParameter.RoleSessionName");
    }

    @Test
    void whenTheSessionNameHas64CharactersThenItIsAccepted() {
      ok(send(call().param("RoleSessionName", "s".repeat(64))));
      error(
          send(call().param("RoleSessionName", "s".repeat(65))),
          400,
          "InvalidParameter.RoleSessionName");
    }

    @ParameterizedTest
    @ValueSource(strings = {"899", "3601", "-1", "an hour"})
    void whenDurationSecondsIsOutsideTheRangeThenItIsRefused(String seconds) {
      error(
          send(call().param("DurationSeconds", seconds)), 400, "InvalidParameter.DurationSeconds");
    }

    @Test
    void whenDurationSecondsIs3600ThenTheCredentialsLastAnHour() {
      JsonNode body = ok(send(call().param("DurationSeconds", "3600")));

      assertThat(body.path("Credentials").path("Expiration").asText())
          .isEqualTo("2026-11-01T09:00:00Z");
    }

    @Test
    void whenTheTokenIsShorterThan4OrLongerThan20000CharactersThenItIsInvalid() {
      error(send(call("abc")), 401, "AuthenticationFail.OIDCToken.Invalid");
      error(send(call("x".repeat(20_001))), 401, "AuthenticationFail.OIDCToken.Invalid");
    }
  }

  // ---------------------------------------------------------------- entities

  @Nested
  class Entities {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "acs:ram::1234567890123456:oidc-provider/no-such-idp",
          "acs:ram::9999999999999999:oidc-provider/mock-oidc",
          "acs:ram::1234567890123456:saml-provider/mock-idp",
          "mock-oidc"
        })
    void whenTheProviderIsNotRegisteredThenNoPermissionIsAnswered(String arn) {
      JsonNode body =
          error(send(call().param("OIDCProviderArn", arn)), 401, "AuthenticationFail.NoPermission");

      assertThat(body.path("Message").asText()).isEqualTo("No such OIDC Provider registered.");
    }

    @Test
    void whenTheRoleDoesNotExistThenTheErrorNamesIt() {
      String arn = "acs:ram::" + UID + ":role/no-such-role";

      JsonNode body = error(send(call().param("RoleArn", arn)), 404, "EntityNotExist.Role");

      assertThat(body.path("Message").asText()).isEqualTo("The role not exists: " + arn + ". ");
    }

    @Test
    void whenTheRoleDoesNotTrustTheProviderThenThereIsNoPermission() {
      JsonNode body =
          error(
              send(call().param("RoleArn", "acs:ram::" + UID + ":role/mock-role")),
              401,
              "AuthenticationFail.NoPermission");

      assertThat(body.path("Message").asText()).isEqualTo("There is no permission");
    }

    @Test
    void whenTheProviderHasNoKeysThenTheIssuerConfigurationIsBroken() {
      useWorld("", trust("{\"StringEquals\":{\"oidc:iss\":\"https://oidc.mock-sts.local\"}}"));

      JsonNode body =
          error(send(call()), 401, "AuthenticationFail.OIDCToken.IssuerConfigurationBroken");

      assertThat(body.path("Message").asText())
          .isEqualTo(
              "Get public keys from OIDC Provider failed, the issuer is"
                  + " https://oidc.mock-sts.local.");
    }
  }

  // ---------------------------------------------------------------- token

  @Nested
  class Token {

    @Test
    void whenTheTokenHasExpiredThenExpiredIsAnswered() {
      String jwt = token().lifetime(Duration.ofMinutes(5)).sign();
      clock.advance(Duration.ofMinutes(5));

      error(send(call(jwt)), 401, "AuthenticationFail.OIDCToken.Expired");
    }

    @Test
    void whenTheIssuerDiffersThenIssuerNotMatchIsAnswered() {
      error(
          send(call(token().issuer("https://evil.example").sign())),
          401,
          "AuthenticationFail.OIDCToken.IssuerNotMatch");
    }

    @Test
    void whenTheAudienceIsNotAClientIdThenAudienceNotMatchIsAnswered() {
      error(
          send(call(issuer.token("app").audience("sts.cloud.tencent.com").sign())),
          401,
          "AuthenticationFail.OIDCToken.AudienceNotMatch");
    }

    @Test
    void whenTheSignatureIsForgedThenTheTokenIsInvalid() {
      String[] parts = token().sign().split("\\.");
      String other = token().claim("sub", "root").sign().split("\\.")[2];

      JsonNode body =
          error(
              send(call(parts[0] + "." + parts[1] + "." + other)),
              401,
              "AuthenticationFail.OIDCToken.Invalid");

      assertThat(body.path("Message").asText()).startsWith("The OIDC token is invalid: ");
    }

    @Test
    void whenIatIsOlderThanTheIssuanceLimitThenTheTokenIsInvalid() {
      String jwt = token().lifetime(Duration.ofHours(13)).sign();
      clock.advance(Duration.ofHours(12).plusSeconds(1));

      error(send(call(jwt)), 401, "AuthenticationFail.OIDCToken.Invalid");
    }

    @Test
    void whenAnyTokenCheckFailsThenNothingIsLoggedAsAFault() {
      send(call(UUID.randomUUID().toString()));

      assertThat(faults).isEmpty();
    }
  }

  // ---------------------------------------------------------------- trust policy

  @Nested
  class TrustPolicy {

    @Test
    void whenTheSubjectMatchesAStringLikeConditionThenTheRoleIsAssumed() {
      useWorld(
          jwksLine(),
          trust(
              "{\"StringEquals\":{\"oidc:iss\":\"https://oidc.mock-sts.local\",\"oidc:aud\":"
                  + "\"sts.aliyuncs.com\"},\"StringLike\":{\"oidc:sub\":\"system:serviceaccount:prod:*\"}}"));

      ok(send(call(issuer.token("system:serviceaccount:prod:web").audience(AUDIENCE).sign())));
      error(
          send(call(issuer.token("system:serviceaccount:dev:web").audience(AUDIENCE).sign())),
          401,
          "AuthenticationFail.NoPermission");
    }

    @Test
    void whenTheConditionNamesTheSecondClientIdThenATokenForItIsAdmitted() {
      useWorld(jwksLine(), trust("{\"StringEquals\":{\"oidc:aud\":\"second-client\"}}"));

      ok(send(call(issuer.token("app").audience(AUDIENCE, "second-client").sign())));
      error(send(call()), 401, "AuthenticationFail.NoPermission");
    }

    @Test
    void whenTheRoleDemandsAnotherIssuerThenThereIsNoPermission() {
      useWorld(jwksLine(), trust("{\"StringEquals\":{\"oidc:iss\":\"https://other.example\"}}"));

      error(send(call()), 401, "AuthenticationFail.NoPermission");
    }

    @Test
    void whenTheTrustPolicyUsesTheActionAssumeRoleWithOidcThenItIsHonoured() {
      useWorld(
          jwksLine(),
          trust("{\"StringEquals\":{\"oidc:iss\":\"https://oidc.mock-sts.local\"}}")
              .replace("sts:AssumeRole", "sts:AssumeRoleWithOIDC"));

      ok(send(call()));
    }
  }
}

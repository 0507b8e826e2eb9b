package io.mocksts.internal.tencent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mocksts.idp.TestIssuer;
import io.mocksts.internal.core.MutableClock;
import io.mocksts.internal.core.SessionTokens;
import io.mocksts.internal.core.World;
import io.mocksts.internal.core.WorldLoader;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * AssumeRoleWithWebIdentity (Tencent AssumeRoleWithWebIdentity reference,
 * https://cloud.tencent.com/document/product/1312/73070) through {@link TencentProtocol}: the
 * default world, tokens from the bundled {@link TestIssuer}, a fixed clock, no HTTP.
 */
class OidcAssumeRoleWithWebIdentityTest {

  private static final World WORLD = WorldLoader.defaultWorld();
  private static final Instant NOW = Instant.parse("2026-11-01T08:00:00Z");

  static final String OWNER = "100000000001";
  static final String ROLE = "qcs::cam::uin/" + OWNER + ":roleName/mock-oidc-role";
  static final String ROLE_ID = "4611686018427397903";
  static final String AUDIENCE = "sts.cloud.tencent.com";

  private final MutableClock clock = new MutableClock(Clock.fixed(NOW, ZoneOffset.UTC));
  private final List<String> faults = new ArrayList<>();
  private final TestIssuer issuer = TestIssuer.bundled(clock);
  private TencentProtocol sts = protocol(WORLD);

  private TencentProtocol protocol(World world) {
    return TencentSts.protocol(
        world, new SessionTokens(clock), clock, new TencentLimits(clock), faults::add);
  }

  TestIssuer.Token token() {
    return issuer.token("repo:mock-sts/mock-sts:ref:refs/heads/main").audience(AUDIENCE);
  }

  ObjectNode body(String jwt) {
    ObjectNode body = TencentCalls.JSON.createObjectNode();
    body.put("ProviderId", "mock-oidc");
    body.put("WebIdentityToken", jwt);
    body.put("RoleArn", ROLE);
    body.put("RoleSessionName", "oidc-session");
    return body;
  }

  /**
   * An unsigned call as the Go and newest Java SDKs send it (Tencent unsigned federation calls,
   * https://github.com/TencentCloud/tencentcloud-sdk-go/blob/144f6c8d39e4/tencentcloud/common/client.go).
   */
  JsonNode send(ObjectNode body) {
    return TencentCalls.send(
        sts,
        new TencentCalls.Tc3(clock, "AssumeRoleWithWebIdentity", "", "")
            .body(body.toString())
            .header("Authorization", "SKIP")
            .request());
  }

  static String code(JsonNode response) {
    return response.path("Error").path("Code").asText(null);
  }

  @Test
  void whenTheBundledIssuersTokenIsExchangedThenTheAssumeRoleCredentialsBodyIsReturned() {
    JsonNode response = send(body(token().sign()));

    assertThat(code(response)).as(response.toString()).isNull();
    JsonNode credentials = response.path("Credentials");
    assertThat(credentials.path("TmpSecretId").asText()).startsWith("AKID");
    assertThat(credentials.path("TmpSecretKey").asText()).isNotEmpty();
    assertThat(credentials.path("Token").asText()).isNotEmpty();
    assertThat(response.path("ExpiredTime").asLong()).isEqualTo(NOW.getEpochSecond() + 7200);
    assertThat(response.path("Expiration").asText()).isEqualTo("2026-11-01T10:00:00Z");
    assertThat(response.path("RequestId").asText()).isNotEmpty();
  }

  @Test
  void whenTheCredentialsCallGetCallerIdentityThenTheyAreACamRoleSession() {
    JsonNode credentials = send(body(token().sign())).path("Credentials");

    JsonNode identity =
        TencentCalls.send(
            sts,
            new TencentCalls.Tc3(
                    clock,
                    "GetCallerIdentity",
                    credentials.path("TmpSecretId").asText(),
                    credentials.path("TmpSecretKey").asText())
                .header("X-TC-Token", credentials.path("Token").asText())
                .request());

    assertThat(code(identity)).as(identity.toString()).isNull();
    assertThat(identity.path("Type").asText()).isEqualTo("CAMRole");
    assertThat(identity.path("Arn").asText())
        .isEqualTo("qcs::sts:" + OWNER + ":assumed-role/" + ROLE_ID);
    assertThat(identity.path("UserId").asText()).isEqualTo(ROLE_ID + ":oidc-session");
    assertThat(identity.path("AccountId").asText()).isEqualTo(OWNER);
    assertThat(identity.path("PrincipalId").asText()).isEqualTo(OWNER);
  }

  @Test
  void whenDurationSecondsIsANumericStringThenItSetsTheLifetime() {
    ObjectNode body = body(token().sign());
    body.put("DurationSeconds", "1800");

    assertThat(send(body).path("ExpiredTime").asLong()).isEqualTo(NOW.getEpochSecond() + 1800);
  }

  @Test
  void whenTheProviderIsNotRegisteredInTheRolesAccountThenProviderIdIsABadParameter() {
    ObjectNode body = body(token().sign());
    body.put("ProviderId", "no-such-provider");

    assertThat(code(send(body))).isEqualTo("InvalidParameter.ParamError");
  }

  @Test
  void whenTheRoleDoesNotExistThenRoleNotFound() {
    ObjectNode body = body(token().sign());
    body.put("RoleArn", "qcs::cam::uin/" + OWNER + ":roleName/no-such-role");

    assertThat(code(send(body))).isEqualTo("ResourceNotFound.RoleNotFound");
  }

  @Test
  void whenTheRoleDoesNotTrustTheProviderThenTheOperationIsUnauthorized() {
    ObjectNode body = body(token().sign());
    body.put("RoleArn", "qcs::cam::uin/" + OWNER + ":roleName/mock-role");

    assertThat(code(send(body))).isEqualTo("UnauthorizedOperation");
  }

  @ParameterizedTest
  @ValueSource(strings = {"expired", "alibaba audience", "other issuer", "forged", "garbage"})
  void whenTheTokenFailsAnyCheckThenWebIdentityTokenErrorNamesTheCheck(String what) {
    String jwt =
        switch (what) {
          case "expired" ->
              token().issuedAt(NOW.minusSeconds(120)).lifetime(Duration.ofMinutes(1)).sign();
          case "alibaba audience" -> issuer.token("app").audience("sts.aliyuncs.com").sign();
          case "other issuer" ->
              token().issuer("https://token.actions.githubusercontent.com").sign();
          case "forged" -> {
            String[] parts = token().sign().split("\\.");
            yield parts[0]
                + "."
                + parts[1]
                + "."
                + token().claim("sub", "x").sign().split("\\.")[2];
          }
          default -> "not-a-token";
        };

    JsonNode response = send(body(jwt));

    assertThat(code(response)).isEqualTo("InvalidParameter.WebIdentityTokenError");
    assertThat(response.path("Error").path("Message").asText())
        .startsWith("WebIdentityToken parameter error: ");
    assertThat(faults).isEmpty();
  }

  @Test
  void whenTheTrustPolicyRestrictsTheSubjectThenOtherSubjectsAreUnauthorized() {
    String jwks = jwks().replace("\n", "");
    String yaml =
        """
        tencent:
          accounts:
            - id: "%s"
              alias: main
              roles:
                - name: mock-oidc-role
                  id: "%s"
                  maxSessionDuration: 43200
                  trustPolicy: '{"version":"2.0","statement":[{"action":"name/sts:AssumeRoleWithWebIdentity","effect":"allow","principal":{"federated":["qcs::cam::uin/%s:oidc-provider/mock-oidc"]},"condition":{"string_equal":{"oidc:iss":["https://oidc.mock-sts.local"],"oidc:aud":["sts.cloud.tencent.com"]},"string_like":{"oidc:sub":["repo:mock-sts/*"]}}}]}'
              oidcProviders:
                - name: mock-oidc
                  issuer: https://oidc.mock-sts.local
                  clientIds: [sts.cloud.tencent.com]
                  jwks: '%s'
        """
            .formatted(OWNER, ROLE_ID, OWNER, jwks);
    sts = protocol(WorldLoader.parse(yaml, "test.yaml"));

    assertThat(code(send(body(token().sign())))).isNull();
    assertThat(code(send(body(issuer.token("repo:evil/x").audience(AUDIENCE).sign()))))
        .isEqualTo("UnauthorizedOperation");
  }

  private static String jwks() {
    try {
      return Files.readString(Path.of("..", "fixtures", "oidc", "jwks.json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

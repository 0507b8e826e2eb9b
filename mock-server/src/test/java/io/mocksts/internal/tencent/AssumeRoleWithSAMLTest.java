package io.mocksts.internal.tencent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mocksts.idp.SamlResponseBuilder;
import io.mocksts.idp.TestIdp;
import io.mocksts.internal.core.MutableClock;
import io.mocksts.internal.core.SessionTokens;
import io.mocksts.internal.core.World;
import io.mocksts.internal.core.WorldLoader;
import io.mocksts.internal.saml.AttackerKeys;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * AssumeRoleWithSAML (Tencent AssumeRoleWithSAML reference,
 * https://cloud.tencent.com.cn/document/product/1312/48196, Tencent SAML role SSO,
 * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/yehe_doc/%E5%BC%80%E5%8F%91%E8%80%85%E6%9C%8D%E5%8A%A1/%E8%AE%BF%E9%97%AE%E7%AE%A1%E7%90%86/%E7%94%A8%E6%88%B7%E6%8C%87%E5%8D%97/%E8%BA%AB%E4%BB%BD%E6%8F%90%E4%BE%9B%E5%95%86/%E4%BD%BF%E7%94%A8%20SAML%202.0%20%E8%81%94%E5%90%88%E8%BA%AB%E4%BB%BD%E7%94%A8%E6%88%B7%E8%AE%BF%E9%97%AE%E8%85%BE%E8%AE%AF%E4%BA%91%E7%AE%A1%E7%90%86%E6%8E%A7%E5%88%B6%E5%8F%B0_intl_en.md)
 * through {@link TencentProtocol}: the default world, responses of the bundled test IdP, unsigned
 * ({@code Authorization: SKIP}) calls.
 */
class AssumeRoleWithSAMLTest {

  private static final World WORLD = WorldLoader.defaultWorld();
  private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
  static final String OWNER = "100000000001";
  static final String PROVIDER = "qcs::cam::uin/" + OWNER + ":saml-provider/mock-idp";
  static final String ROLE = "qcs::cam::uin/" + OWNER + ":roleName/mock-saml-role";

  private final MutableClock clock = new MutableClock(Clock.fixed(NOW, ZoneOffset.UTC));
  private final List<String> faults = new ArrayList<>();
  private final TencentProtocol sts =
      TencentSts.protocol(
          WORLD, new SessionTokens(clock), clock, new TencentLimits(clock), faults::add);
  private final TestIdp idp = TestIdp.bundled(clock);

  SamlResponseBuilder response() {
    return idp.response("tencent").role(ROLE, PROVIDER).sessionName("alice");
  }

  JsonNode send(String assertion, String roleArn) {
    String body =
        "{\"SAMLAssertion\":\""
            + assertion
            + "\",\"PrincipalArn\":\""
            + PROVIDER
            + "\",\"RoleArn\":\""
            + roleArn
            + "\",\"RoleSessionName\":\"alice\",\"DurationSeconds\":1800}";
    return TencentCalls.send(
        sts,
        new TencentCalls.Tc3(clock, "AssumeRoleWithSAML", "", "")
            .header("Authorization", "SKIP")
            .body(body)
            .request());
  }

  static String code(JsonNode response) {
    return response.path("Error").path("Code").asText(null);
  }

  @Test
  void whenTheBundledIdpVouchesForAliceThenCredentialsOfTheRoleAreIssued() {
    JsonNode response = send(response().toBase64(), ROLE);
    assertThat(code(response)).as(response.toString()).isNull();
    assertThat(response.at("/Credentials/TmpSecretId").asText()).startsWith("AKID");
    assertThat(response.get("ExpiredTime").asLong()).isEqualTo(NOW.getEpochSecond() + 1800);
    assertThat(response.get("Expiration").asText()).isEqualTo("2026-12-01T08:30:00Z");
    JsonNode c = response.get("Credentials");
    JsonNode identity =
        TencentCalls.send(
            sts,
            new TencentCalls.Tc3(
                    clock,
                    "GetCallerIdentity",
                    c.get("TmpSecretId").asText(),
                    c.get("TmpSecretKey").asText())
                .header("X-TC-Token", c.get("Token").asText())
                .request());
    assertThat(identity.get("Type").asText()).isEqualTo("CAMRole");
    assertThat(identity.get("UserId").asText()).isEqualTo("4611686018427397902:alice");
  }

  @Test
  void whenTheAssertionIsReplayedExpiredOrForgedThenSamlAssertionIsABadParameter() {
    String once = response().toBase64();
    assertThat(code(send(once, ROLE))).isNull();
    assertThat(code(send(once, ROLE))).isEqualTo("InvalidParameter.ParamError");
    String later = response().toBase64();
    clock.advance(Duration.ofMinutes(20));
    assertThat(code(send(later, ROLE))).isEqualTo("InvalidParameter.ParamError");
    String forged =
        AttackerKeys.idp(clock)
            .response("tencent")
            .issuer(TestIdp.ENTITY_ID)
            .role(ROLE, PROVIDER)
            .sessionName("mallory")
            .toBase64();
    assertThat(code(send(forged, ROLE))).isEqualTo("InvalidParameter.ParamError");
  }

  @Test
  void whenTheRoleDoesNotTrustTheIdpThenUnauthorizedOperationAnswers() {
    String role = "qcs::cam::uin/" + OWNER + ":roleName/mock-role";
    String assertion = idp.response("tencent").role(role, PROVIDER).sessionName("alice").toBase64();
    assertThat(code(send(assertion, role))).isEqualTo("UnauthorizedOperation");
  }
}
